/**
 * The Office theme as the pane takes it (src/taskpane/theme.ts). Luminance values are WCAG 2's
 * definition (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance): white 1, black 0, and the sRGB
 * channel weights 0.2126 / 0.7152 / 0.0722 for pure red, green and blue.
 */
import fc from "fast-check";
import { hexColor, luminance, themeVariables } from "../../src/taskpane/theme";

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => "#" + [r, g, b].map((c) => c.toString(16).padStart(2, "0")).join(""));

describe("hexColor", () => {
  it.each([
    ["#1F1F1F", "#1f1f1f"],
    ["1f1f1f", "#1f1f1f"],
    [" #FFFFFF ", "#ffffff"],
    ["#FFF", null],
    ["red", null],
    ["", null],
    [undefined, null],
    [42, null],
  ])("reads %p as %p", (value, expected) => {
    expect(hexColor(value)).toBe(expected);
  });
});

describe("luminance", () => {
  it.each([
    ["#ffffff", 1],
    ["#000000", 0],
    ["#ff0000", 0.2126],
    ["#00ff00", 0.7152],
    ["#0000ff", 0.0722],
  ])("of %s is %p (WCAG 2)", (color, expected) => {
    expect(luminance(color)).toBeCloseTo(expected, 10);
  });

  it("lies between 0 and 1 and grows when every channel grows", () => {
    fc.assert(
      fc.property(hex, fc.integer({ min: 1, max: 60 }), (color, step) => {
        const l = luminance(color);
        expect(l).toBeGreaterThanOrEqual(0);
        expect(l).toBeLessThanOrEqual(1);
        const lighter =
          "#" +
          [1, 3, 5]
            .map((i) =>
              Math.min(255, parseInt(color.slice(i, i + 2), 16) + step)
                .toString(16)
                .padStart(2, "0"),
            )
            .join("");
        expect(luminance(lighter)).toBeGreaterThanOrEqual(l);
      }),
    );
  });
});

describe("themeVariables", () => {
  it("takes Office's dark grey and black themes as dark, and colorful and white as light", () => {
    // The body colours Office gives for its themes (the dark ones as reported by Office on Windows).
    expect(themeVariables({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" })?.dark).toBe(true);
    expect(themeVariables({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" })?.dark).toBe(true);
    expect(themeVariables({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" })?.dark).toBe(false);
    expect(themeVariables({ bodyBackgroundColor: "#E6E6E6", bodyForegroundColor: "#262626" })?.dark).toBe(false);
  });

  it("maps the body and control colours onto the pane's variables, controls falling back to the body", () => {
    expect(
      themeVariables({
        bodyBackgroundColor: "#262626",
        bodyForegroundColor: "#FFFFFF",
        controlBackgroundColor: "#333333",
        controlForegroundColor: "#F0F0F0",
      })?.variables,
    ).toEqual({
      "--colorNeutralBackground2": "#262626",
      "--colorNeutralForeground1": "#ffffff",
      "--colorNeutralBackground1": "#333333",
      "--colorNeutralForegroundControl": "#f0f0f0",
    });
    expect(themeVariables({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" })?.variables).toEqual({
      "--colorNeutralBackground2": "#262626",
      "--colorNeutralForeground1": "#ffffff",
      "--colorNeutralBackground1": "#262626",
      "--colorNeutralForegroundControl": "#ffffff",
    });
  });

  it.each([
    [undefined],
    [null],
    [{}],
    [{ bodyBackgroundColor: "#262626" }],
    [{ bodyBackgroundColor: "dark", bodyForegroundColor: "#fff" }],
  ])("gives nothing (the pane keeps its own look) for %p", (theme) => {
    expect(themeVariables(theme as never)).toBeNull();
  });

  it("calls a theme dark exactly when its background's luminance is under 0.2", () => {
    fc.assert(
      fc.property(hex, hex, (body, text) => {
        const found = themeVariables({ bodyBackgroundColor: body, bodyForegroundColor: text });
        expect(found?.dark).toBe(luminance(body) < 0.2);
      }),
    );
  });
});
