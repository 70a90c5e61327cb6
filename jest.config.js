/**
 * Jest: ts-jest over test/, which mirrors src/, in two projects (test/setup/tiers.js says which file
 * is where): "unit", the pure tests (`npm run test:unit`), and "slow", the suites that build, start a
 * process, Chromium or LibreOffice (`npm test` runs both).
 */
const path = require("path");
const { SLOW } = require("./test/setup/tiers");

const slowFiles = Object.keys(SLOW);
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const shared = {
  preset: "ts-jest",
  testEnvironment: "node",
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  // office-addin-manifest's main entry pulls an ESM-only dependency that breaks under jest: take its CommonJS file.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // Tests are transpiled only (tsconfig.jest.json sets isolatedModules); `npm run lint` type-checks them with tsc.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  setupFiles: ["<rootDir>/test/setup/fastCheck.ts"],
};

module.exports = {
  globalSetup: "<rootDir>/test/setup/seed.js",
  // Jest's default (CPUs - 1) ran one suite at a time on a 2-CPU machine. The suites allow parallel runs:
  // builds wait for one another (test/build/distBuild.ts), each Chromium and soffice has its own profile.
  maxWorkers: "100%",
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", ...slowFiles.map((f) => `^${escapeRegExp(path.join(__dirname, f))}$`)],
      setupFiles: [...shared.setupFiles, "<rootDir>/test/setup/unitTier.ts"],
    },
    {
      ...shared,
      displayName: "slow",
      testMatch: slowFiles.map((f) => `<rootDir>/${f}`),
    },
  ],
};
