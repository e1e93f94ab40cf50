/** Unit, adapter, CLI and component tests. Browser end-to-end tests live in jest.e2e.config.js. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, which needs network-only pieces at load time.
    "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.ts",
    "\\.(css)$": "<rootDir>/tests/support/style-stub.ts",
    // No Web Worker or import.meta in Jest: the engine client runs the engine in-thread.
    "(^|/)workerUrl$": "<rootDir>/tests/support/workerUrl-stub.ts",
  },
  // Waits of Testing Library's findBy* sized for a loaded machine (tests assert behaviour, not time).
  setupFilesAfterEnv: ["<rootDir>/tests/support/testingLibrary.ts"],
  testTimeout: 60000,
  // Two workers on two-core machines (Jest would use one).
  maxWorkers: 2,
  reporters: ["default", ["<rootDir>/tests/support/plainSummaryReporter.js", { label: "unit" }]],
};
