/**
 * The Office theme, applied at load: Office.context.officeTheme gives the body and control colours of
 * the officer's Office theme (white, light grey, dark grey, black), and the pane takes them so it
 * does not glare white beside a dark Excel.
 * https://learn.microsoft.com/javascript/api/office/office.officetheme and
 * https://learn.microsoft.com/office/dev/add-ins/design/add-in-color
 * Pure: the caller reads Office.context.officeTheme (absent on the web and outside Office) and passes it.
 */

/** The four colours Office gives (hex, "#RRGGBB" or "RRGGBB"). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** "#1F1F1F" or "1f1f1f" as "#1f1f1f"; null for anything else. */
export function hexColor(value: unknown): string | null {
  const m = typeof value === "string" ? HEX.exec(value.trim()) : null;
  return m ? `#${(m[1] as string).toLowerCase()}` : null;
}

/** Relative luminance (WCAG 2) of a "#rrggbb" colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * The style variables and the "dark" mark a theme gives; null when it gives no usable body colours
 * (then the pane keeps its own light look).
 */
export function themeVariables(
  theme: OfficeThemeColors | null | undefined,
): { dark: boolean; variables: Record<string, string> } | null {
  const body = hexColor(theme?.bodyBackgroundColor);
  const text = hexColor(theme?.bodyForegroundColor);
  if (!body || !text) return null;
  const control = hexColor(theme?.controlBackgroundColor) ?? body;
  const controlText = hexColor(theme?.controlForegroundColor) ?? text;
  return {
    dark: luminance(body) < 0.2,
    variables: {
      "--colorNeutralBackground2": body,
      "--colorNeutralForeground1": text,
      "--colorNeutralBackground1": control,
      "--colorNeutralForegroundControl": controlText,
    },
  };
}

/** Apply a theme to the document's root element; returns whether one was applied. */
export function applyTheme(doc: Document, theme: OfficeThemeColors | null | undefined): boolean {
  const found = themeVariables(theme);
  if (!found) return false;
  const root = doc.documentElement;
  for (const [name, value] of Object.entries(found.variables)) root.style.setProperty(name, value);
  root.setAttribute("data-theme", found.dark ? "dark" : "light");
  return true;
}
