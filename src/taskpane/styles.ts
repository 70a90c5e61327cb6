/**
 * The task pane's look, after Fluent 2 (Office's design language): Segoe UI, brand #0F6CBD, 4px
 * radii, the 4px spacing ramp, a visible focus ring. Applied as a constructed style sheet, which the
 * page's Content-Security-Policy (style-src 'self', no 'unsafe-inline') allows, so no inline
 * <style> and no stylesheet request are needed.
 *
 * Sized for Excel's pane: 320x455 (Windows), 350x378 (the web), 270 wide (Mac): the report button
 * and the summary of what it will make come first, the settings fold away behind one button, and
 * the header leaves the top-right corner empty for the Mac personality menu (34x32 px).
 * Colours are variables, so the Office theme (theme.ts) and forced colors (high contrast, the
 * media query at the end) can replace them.
 */
export const CSS = `
:root {
  --colorBrandBackground: #0f6cbd;
  --colorBrandBackgroundHover: #115ea3;
  --colorBrandBackgroundPressed: #0c3b5e;
  --colorBrandForeground1: #0f6cbd;
  --colorNeutralForeground1: #242424;
  --colorNeutralForeground2: #424242;
  --colorNeutralForeground3: #616161;
  --colorNeutralBackground1: #ffffff;
  --colorNeutralBackground2: #fafafa;
  --colorNeutralBackground3: #f5f5f5;
  --colorNeutralStroke1: #d1d1d1;
  --colorNeutralStroke2: #e0e0e0;
  --colorStrokeFocus2: #000000;
  --colorNeutralForegroundOnBrand: #ffffff;
  --colorPaletteRedForeground1: #bc2f32;
  --colorPaletteRedBackground1: #fdf3f4;
  --colorPaletteYellowForeground2: #817400;
  --colorPaletteYellowBackground1: #fffef5;
  --colorPaletteGreenForeground1: #0e700e;
  --colorPaletteGreenBackground1: #f1faf1;
  --borderRadiusMedium: 4px;
  --spacingXS: 4px;
  --spacingS: 8px;
  --spacingM: 12px;
  --spacingL: 16px;
  --spacingXL: 20px;
  --fontFamilyBase: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto,
    "Helvetica Neue", Arial, sans-serif;
  --fontFamilyMonospace: Consolas, "Courier New", Courier, monospace;
  --fontSizeBase200: 12px;
  --fontSizeBase300: 14px;
  --fontSizeBase400: 16px;
  --fontSizeBase500: 20px;
  --lineHeightBase300: 20px;
  --shadow4: 0 0 2px rgba(0, 0, 0, 0.12), 0 2px 4px rgba(0, 0, 0, 0.14);
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  font-family: var(--fontFamilyBase);
  font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300);
  color: var(--colorNeutralForeground1);
  background: var(--colorNeutralBackground2);
  min-width: 0;
  overflow-wrap: anywhere;
}
[hidden] { display: none !important; }
.offscreen { position: fixed; left: -10000px; top: 0; width: 1px; height: 1px; opacity: 0; }
header.app-header {
  display: flex; align-items: center; gap: var(--spacingS); min-height: 36px;
  /* The right 40px stay empty: the Mac personality menu floats over the top-right 34x32 px. */
  padding: var(--spacingXS) 40px var(--spacingXS) var(--spacingM); background: var(--colorBrandBackground); color: #fff;
}
header.app-header h1 { font-size: var(--fontSizeBase400); line-height: 22px; font-weight: 600; margin: 0; white-space: nowrap; }
.lang-switch {
  background: transparent; color: #fff; border: 1px solid rgba(255, 255, 255, 0.7);
  border-radius: var(--borderRadiusMedium); padding: 1px var(--spacingS); font: inherit;
  font-size: var(--fontSizeBase200); font-weight: 600; cursor: pointer; white-space: nowrap; flex: none;
}
.lang-switch:hover { background: var(--colorBrandBackgroundHover); }
[role=tablist] {
  display: flex; gap: 2px; padding: 0 var(--spacingXS); background: var(--colorNeutralBackground1);
  border-bottom: 1px solid var(--colorNeutralStroke2); flex-wrap: nowrap;
}
[role=tab] {
  font: inherit; background: none; border: none; padding: 6px var(--spacingS); cursor: pointer;
  color: var(--colorNeutralForeground2); border-bottom: 3px solid transparent; border-radius: var(--borderRadiusMedium) var(--borderRadiusMedium) 0 0;
  white-space: nowrap; flex: 0 1 auto; min-width: 0;
}
[role=tab][aria-selected=true] { color: var(--colorNeutralForeground1); font-weight: 600; border-bottom-color: var(--colorBrandBackground); }
[role=tab]:hover { background: var(--colorNeutralBackground3); }
.summary-row { display: flex; align-items: flex-start; gap: var(--spacingS); margin-bottom: var(--spacingS); }
.summary { flex: 1 1 auto; min-width: 0; margin: 0; font-size: var(--fontSizeBase200); line-height: 18px; color: var(--colorNeutralForeground2); }
.summary span:not(.offscreen) { display: block; }
button.btn.subtle { flex: none; min-height: 28px; padding: 2px var(--spacingS); font-weight: 400; }
button.btn.subtle[aria-expanded=true] { background: var(--colorNeutralBackground3); font-weight: 600; }
section.card.run { padding-top: var(--spacingS); }
main { padding: var(--spacingS) var(--spacingS) var(--spacingXL); }
section.card {
  background: var(--colorNeutralBackground1); border-radius: var(--borderRadiusMedium); box-shadow: var(--shadow4);
  padding: var(--spacingM); margin-bottom: var(--spacingS);
}
h2 { font-size: var(--fontSizeBase400); line-height: 22px; font-weight: 600; margin: 0 0 var(--spacingS); }
h3 { font-size: var(--fontSizeBase300); font-weight: 600; margin: var(--spacingM) 0 var(--spacingXS); }
p { margin: 0 0 var(--spacingS); }
.note { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
.field { display: flex; flex-direction: column; gap: var(--spacingXS); margin-bottom: var(--spacingM); }
.field > label, fieldset > legend { font-weight: 600; font-size: var(--fontSizeBase300); }
.row { display: flex; gap: var(--spacingS); flex-wrap: wrap; align-items: flex-end; }
.row > .field { flex: 1 1 120px; min-width: 0; }
fieldset { border: none; padding: 0; margin: 0 0 var(--spacingM); min-width: 0; }
fieldset label { display: flex; align-items: flex-start; gap: var(--spacingS); font-weight: 400; padding: 2px 0; }
select, input[type=number], textarea {
  font: inherit; color: var(--colorNeutralForegroundControl, inherit); background: var(--colorNeutralBackground1); width: 100%; min-width: 0;
  border: 1px solid var(--colorNeutralStroke1); border-bottom-color: var(--colorNeutralForeground3);
  border-radius: var(--borderRadiusMedium); padding: 5px var(--spacingS); min-height: 32px;
}
textarea { min-height: 160px; resize: vertical; line-height: 1.5; }
input[type=radio] { margin: 3px 0 0; accent-color: var(--colorBrandBackground); }
input[aria-invalid=true] { border-color: var(--colorPaletteRedForeground1); }
button.btn {
  font: inherit; font-weight: 600; min-height: 32px; padding: 5px var(--spacingM); cursor: pointer;
  border-radius: var(--borderRadiusMedium); border: 1px solid var(--colorNeutralStroke1);
  background: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1);
}
button.btn:hover { background: var(--colorNeutralBackground3); }
button.btn.primary { background: var(--colorBrandBackground); border-color: transparent; color: var(--colorNeutralForegroundOnBrand); }
button.btn.primary:hover { background: var(--colorBrandBackgroundHover); }
button.btn.primary:active { background: var(--colorBrandBackgroundPressed); }
button.btn[disabled] { opacity: 0.6; cursor: default; }
button.btn.wide { width: 100%; }
button.link {
  font: inherit; background: none; border: none; padding: 0; color: var(--colorBrandForeground1);
  text-decoration: underline; cursor: pointer; text-align: left;
}
:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 2px; }
header :focus-visible { outline-color: #fff; }
.status { min-height: var(--lineHeightBase300); margin: var(--spacingS) 0; color: var(--colorNeutralForeground2); }
progress { width: 100%; height: 4px; accent-color: var(--colorBrandBackground); }
.result { border-left: 4px solid var(--colorPaletteGreenForeground1); background: var(--colorPaletteGreenBackground1); padding: var(--spacingS) var(--spacingM); border-radius: var(--borderRadiusMedium); }
.result.failed { border-left-color: var(--colorPaletteRedForeground1); background: var(--colorPaletteRedBackground1); }
.result.warning { border-left-color: var(--colorPaletteYellowForeground2); background: var(--colorPaletteYellowBackground1); }
.status.warning { color: var(--colorPaletteYellowForeground2); font-weight: 600; }
.result ul { margin: var(--spacingXS) 0 var(--spacingS); padding-left: var(--spacingL); }
.counts { display: flex; flex-wrap: wrap; gap: var(--spacingXS); margin: 0 0 var(--spacingS); padding: 0; list-style: none; }
.counts li { background: var(--colorNeutralBackground3); border-radius: var(--borderRadiusMedium); padding: 2px var(--spacingS); font-size: var(--fontSizeBase200); }
ul.problems { list-style: none; margin: 0; padding: 0; }
ul.problems li { border-top: 1px solid var(--colorNeutralStroke2); }
.problem {
  display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: none; border: none;
  padding: var(--spacingS) var(--spacingXS); cursor: pointer; border-radius: var(--borderRadiusMedium);
}
button.problem:hover { background: var(--colorNeutralBackground3); }
div.problem { cursor: default; }
.problem .addr { font-family: var(--fontFamilyMonospace); font-size: var(--fontSizeBase200); color: var(--colorBrandForeground1); }
.problem .msg { display: block; }
.problem .addr.none { font-family: inherit; color: var(--colorNeutralForeground3); }
.sev { display: inline-block; font-size: 11px; font-weight: 600; border-radius: var(--borderRadiusMedium); padding: 0 6px; margin-right: var(--spacingXS); }
.sev-error { color: var(--colorPaletteRedForeground1); background: var(--colorPaletteRedBackground1); }
.sev-warning { color: var(--colorPaletteYellowForeground2); background: var(--colorPaletteYellowBackground1); border: 1px solid #fdeb7b; }
.sev-info { color: var(--colorNeutralForeground2); background: var(--colorNeutralBackground3); }
.help code, .help .fn { font-family: var(--fontFamilyMonospace); font-size: var(--fontSizeBase200); background: var(--colorNeutralBackground3); padding: 1px 4px; border-radius: var(--borderRadiusMedium); overflow-wrap: anywhere; }
.help dl { margin: 0; }
.help dt { margin-top: var(--spacingS); }
.help dd { margin: 2px 0 0; }
.help ul, .help ol { padding-left: var(--spacingL); margin: 0 0 var(--spacingS); }
.actions { display: flex; gap: var(--spacingS); flex-wrap: wrap; align-items: center; margin-top: var(--spacingS); }
button.btn.primary.wide { min-height: 36px; }

/* Office's dark themes (theme.ts sets data-theme="dark" and the background/foreground variables). */
:root[data-theme=dark] {
  --colorNeutralForeground2: #d6d6d6;
  --colorNeutralForeground3: #adadad;
  --colorNeutralBackground3: #3d3d3d;
  --colorNeutralStroke1: #666666;
  --colorNeutralStroke2: #525252;
  --colorStrokeFocus2: #ffffff;
  --colorBrandForeground1: #479ef5;
  --colorPaletteRedForeground1: #f1bbbc;
  --colorPaletteRedBackground1: #3f1011;
  --colorPaletteYellowForeground2: #feee66;
  --colorPaletteYellowBackground1: #463100;
  --colorPaletteGreenForeground1: #9fd89f;
  --colorPaletteGreenBackground1: #052505;
  --shadow4: 0 0 2px rgba(0, 0, 0, 0.4), 0 2px 4px rgba(0, 0, 0, 0.5);
}

/*
 * High contrast (Windows contrast themes, forced-colors): the system colours win; what carried
 * meaning by colour alone gets a border or the system's Highlight instead.
 * https://learn.microsoft.com/office/dev/add-ins/design/add-in-color#high-contrast
 */
@media (forced-colors: active) {
  header.app-header { border-bottom: 1px solid CanvasText; }
  .lang-switch, button.btn, button.btn.primary, button.btn.subtle { border: 1px solid ButtonText; }
  button.btn[disabled] { border-color: GrayText; color: GrayText; opacity: 1; }
  [role=tab] { border-bottom: 3px solid Canvas; }
  [role=tab][aria-selected=true] { border-bottom-color: Highlight; }
  section.card { border: 1px solid CanvasText; box-shadow: none; }
  .result, .result.failed, .result.warning { border: 1px solid CanvasText; border-left-width: 4px; }
  .sev { border: 1px solid CanvasText; }
  :focus-visible, header :focus-visible { outline: 2px solid Highlight; }
  progress { forced-color-adjust: auto; }
}
`;

/** Apply the style sheet to the document (constructed sheet; an old web view without it stays unstyled but usable). */
export function applyStyles(doc: Document): void {
  const withSheets = doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] };
  if (typeof CSSStyleSheet === "undefined" || !Array.isArray(withSheets.adoptedStyleSheets)) return;
  const sheet = new CSSStyleSheet();
  if (typeof sheet.replaceSync !== "function") return;
  sheet.replaceSync(CSS);
  withSheets.adoptedStyleSheets = [...withSheets.adoptedStyleSheets, sheet];
}
