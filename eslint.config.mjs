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

/** The report's rooms by stage, lowest first: a room imports only rooms below it (and src/core). */
const REPORT_ROOMS = ["read", "period", "measure", "words", "edits", "table", "document", "make"];
const FACES = ["excel", "functions", "taskpane", "commands", "cli", "page", "ui", "writers", "xlsx", "help"];
const PURE_PACKAGES = {
  group: ["exceljs", "@microsoft/office-js", "fs", "path", "child_process", "node:*"],
  message: "src/core and src/report are pure (STYLE.md).",
};

/**
 * One Office-package module (issue 21): only src/core/package opens or writes a zip. It sits at the
 * core level so that src/xlsx, which may import only src/xlsx and src/core, reads its zip through it
 * (the reader gives cells, the package module gives parts), and the writers, the command and the page
 * use the same one; it is pure (fflate, saxes, @noble/hashes), as src/core must be.
 */
const ONE_PACKAGE = {
  group: ["fflate"],
  message: "Zips are read and written by the package module only: import from src/core/package.",
};

/**
 * A no-restricted-imports rule: relative imports matching `regex` are refused with `message`, and fflate
 * outside the package module. One block per file set: a later block replaces an earlier one's list.
 */
function refuse(files, regex, message, extra = [], ignores = []) {
  return {
    files,
    ignores,
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex, message }, ...extra, ONE_PACKAGE] }] },
  };
}

const LAYER_RULES = [
  // Faces without a room rule of their own (cli, excel, taskpane, commands, functions, help) still
  // open no zip of their own.
  { files: ["src/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [ONE_PACKAGE] }] } },
  refuse(["src/core/**/*.ts"], "^\\.\\./", "src/core imports only src/core.", [PURE_PACKAGES], ["src/core/package/**"]),
  {
    files: ["src/core/package/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^\\.\\./\\.\\./", message: "src/core/package imports only src/core." }, PURE_PACKAGES] },
      ],
    },
  },
  ...REPORT_ROOMS.map((room, i) =>
    refuse(
      [`src/report/${room}/**/*.ts`],
      `^\\.\\./(${[...REPORT_ROOMS.slice(i + 1), "\\.\\./(?:" + FACES.join("|") + ")"].join("|")})(/|$)`,
      `src/report/${room} imports only src/core and the report rooms below it: ${REPORT_ROOMS.slice(0, i).join(", ") || "none"}.`,
      [PURE_PACKAGES],
    ),
  ),
  refuse(["src/xlsx/**/*.ts"], "^\\.\\./(?!core/)", "src/xlsx gives cells: it imports only src/xlsx and src/core."),
  refuse(
    ["src/writers/**/*.ts"],
    "^\\.\\./(excel|taskpane|page|cli|functions|commands|ui)/",
    "The writers turn the grid into files: no Office, UI or command code.",
  ),
  refuse(
    ["src/ui/**/*.ts"],
    "^\\.\\./(excel|taskpane|page|cli|functions|commands)/",
    "src/ui is shared by the pane and the page.",
  ),
  refuse(
    ["src/page/**/*.ts"],
    "^\\.\\./(excel|taskpane|cli|functions|commands)/",
    "The page shares src/ui with the pane, never the pane or Office code.",
  ),
];

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
    rules: { "no-restricted-globals": ["error", ...IMPURE_GLOBALS] },
  },
  // Who may import whom (docs/architecture.md): one block per room, each with its whole list.
  ...LAYER_RULES,
  {
    // Functions stay short enough to read in one screen (issue 21).
    files: ["src/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 80 }] },
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
