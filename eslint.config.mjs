import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  {
    ignores: ["dist/**", "out/**", "coverage/**", "node_modules/**", "tests/e2e/artifacts/**", "**/*.d.ts"],
  },
  ...officeAddins.configs.react,
  {
    // The plugin's own config names .ts files only; the pane and its tests are .tsx.
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, ...globals.jest, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      "no-undef": "off", // TypeScript checks names; the rule does not understand types.
      "react/react-in-jsx-scope": "off", // react-jsx runtime
      "react/prop-types": "off", // props are typed
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
