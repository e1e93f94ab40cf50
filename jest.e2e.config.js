/**
 * Browser end-to-end tests of the preview page. Global setup builds the web bundle once (when out of
 * date) and serves dist/web on a free port; the tests drive Debian's /usr/bin/chromium.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }],
  },
  globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/e2e/globalTeardown.ts",
  maxWorkers: 1,
  testTimeout: 120000,
  reporters: ["default", ["<rootDir>/tests/support/plainSummaryReporter.js", { label: "e2e" }]],
};
