/** Jest: ts-jest over test/, which mirrors src/. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // office-addin-manifest's main entry pulls an ESM-only dependency that breaks under jest: take its CommonJS file.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // Tests are transpiled only (tsconfig.jest.json sets isolatedModules); `npm run lint` type-checks them with tsc.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  testTimeout: 30000,
};
