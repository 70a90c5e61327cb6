/**
 * ESLint (flat config): typescript-eslint's recommended rules, eslint-plugin-office-addins' recommended
 * rules (pulled in by hand: its v4 flat config brings its own parser and typescript-eslint copy, and runs
 * prettier inside eslint, which `npm run lint` already checks), and the house rules of STYLE.md:
 * src/core and src/report stay pure (no Office, Excel, CustomFunctions or DOM globals), no eval, and cell
 * text never reaches HTML (no innerHTML and friends).
 */
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The office-addins rules of the plugin's own recommended config, as it sets them. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const OFFICE_GLOBALS = {
  Office: "readonly",
  Excel: "readonly",
  CustomFunctions: "readonly",
  OfficeExtension: "readonly",
};

const IMPURE_GLOBALS = [
  ...Object.keys(OFFICE_GLOBALS),
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "location",
  "alert",
].map((name) => ({
  name,
  message: `src/core and src/report are pure: no ${name} here (STYLE.md). Do it in src/excel or src/taskpane.`,
}));

const HTML_SINKS = ["innerHTML", "outerHTML", "insertAdjacentHTML"].map((property) => ({
  property,
  message: "Cell text is only ever set as text (textContent, createTextNode), never as HTML.",
}));

export default tseslint.config(
  { ignores: ["dist/**", "build-ts/**", "out/**", "coverage/**", "test-artifacts/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-properties": ["error", ...HTML_SINKS],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: "No document.write: build the page with DOM calls and textContent.",
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, ...OFFICE_GLOBALS } },
  },
  {
    // The Office.js code only: the rules read any getCell()/load() as Office's proxy objects, which
    // ExcelJS (src/cli) and the recording double's own tests are not.
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.ts", "src/functions/**/*.ts"],
    rules: officeAddinsRules,
  },
  {
    // The metadata generator reads plain types only: the wrappers take any[][] (STYLE.md).
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/core/**/*.ts", "src/report/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...IMPURE_GLOBALS],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/*", "**/functions/*", "**/taskpane/*", "**/commands/*", "**/cli/*"],
              message: "src/core and src/report are pure: they import nothing from the Office or UI layers.",
            },
            {
              group: ["exceljs", "@microsoft/office-js", "fs", "path", "child_process"],
              message: "src/core and src/report are pure.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts", "src/cli/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
);
