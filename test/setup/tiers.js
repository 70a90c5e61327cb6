/**
 * The two tiers of the tests, in one place (jest.config.js reads this list; test/setup/tiers.test.ts
 * holds it to its rule).
 *
 * unit (`npm run test:unit`): every test file not listed here. Pure tests: in-process code, temporary
 * files at most. test/setup/unitTier.ts makes the modules that leave the process (LEAVING) throw in
 * this tier, so a new suite that starts a process, Chromium, a server or a webpack build fails there
 * until it is listed here.
 *
 * slow: the files below, each with what makes it slow: a process, a port, Chromium, LibreOffice, a
 * build, or the TypeScript compiler over a whole program. They run in `npm test` only. Name a new
 * browser suite *.browser.test.ts and a new LibreOffice suite *.libreoffice.test.ts (tiers.test.ts
 * holds both names to this list).
 */

/** Test file (from the repository root) -> what it needs beyond the process. */
const SLOW = {
  "test/build/bundle.test.ts": "build: the production bundle (webpack), loaded in a sandbox",
  "test/build/dist.test.ts": "build: dist/ (webpack), and node processes",
  "test/build/functions-json.test.ts": "build: dist/functions.json (webpack)",
  "test/build/lint.test.ts": "process: eslint on snippets",
  "test/cli/bin.test.ts": "process: bin/ct-report.js and the demo after tsc -p tsconfig.cli.json",
  "test/cli/clearWords.test.ts": "LibreOffice: .xls and .ods inputs converted by soffice",
  "test/cli/folderRun.test.ts": "process: mkfifo makes a named pipe",
  "test/cli/libreoffice.test.ts": "LibreOffice: the report recalculated by soffice",
  "test/cli/libreofficeFingerprint.test.ts": "LibreOffice: a report saved again by soffice",
  "test/manifest/apiSets.test.ts": "build: TypeScript's checker over src/ (scripts/api-sets.js)",
  "test/manifest/validate.test.ts": "process: scripts/validate-manifest.js and xmllint",
  "test/page/dist.test.ts": "build: dist/report.html (webpack)",
  "test/page/page.browser.test.ts": "browser: Chromium on the built page",
  "test/page/zipBomb.browser.test.ts": "browser: Chromium on the built page",
  "test/scripts/devServer.test.ts": "process and ports: npm start and npm stop",
  "test/taskpane/layout.browser.test.ts": "browser: Chromium on the built task pane",
  "test/taskpane/problems.browser.test.ts": "browser: Chromium on the built task pane",
  "test/taskpane/taskpane.browser.test.ts": "browser: Chromium on the built task pane",
  "test/writers/document.libreoffice.test.ts": "LibreOffice: the Word report and the sheet rendered to PDF",
};

/**
 * Modules that leave the process: a unit-tier suite that requires one fails, or for webpack, one that
 * builds (test/setup/unitTier.ts).
 */
const LEAVING = ["child_process", "http", "https", "net", "tls", "dgram", "playwright-core", "webpack"];

module.exports = { SLOW, LEAVING };
