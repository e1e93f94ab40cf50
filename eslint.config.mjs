import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The plugin's TypeScript block names .ts files only; reuse its plugins and rules for .tsx too.
const officeBlock = officeAddins.configs.recommended.find(
  (config) => config.plugins?.["office-addins"]
);

export default [
  {
    ignores: [
      "dist/**",
      "out/**",
      "coverage/**",
      "node_modules/**",
      "tests/e2e/artifacts/**",
      "**/*.d.ts",
    ],
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
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    plugins: officeBlock.plugins,
    rules: {
      // The plugin's rules, applied to .tsx as well as .ts.
      ...officeAddins.configs.recommended.find(
        (config) => config.rules?.["office-addins/load-object-before-read"]
      ).rules,
      "no-unused-vars": "off", // the JavaScript rule misreads parameter names in type signatures
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-undef": "off", // TypeScript checks names; the rule does not understand types.
      "react/react-in-jsx-scope": "off", // react-jsx runtime
      "react/prop-types": "off", // props are typed
    },
  },
  {
    // The engine is pure (docs/engine.md): grid in, results out. No Office.js, DOM, I/O, clock or
    // randomness, and nothing from the front ends — enforced here rather than by habit.
    files: ["src/engine/**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        Office: "off",
        Excel: "off",
        OfficeExtension: "off",
      },
    },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\.{1,2}/)",
              message:
                "The engine imports only its own modules: no packages, Node or browser APIs.",
            },
            {
              regex:
                "^(\\.\\./)+(taskpane|excel|xlsx|cli|preview|commands|functions|report|worker|ports?)(/|$)",
              message: "The engine must not import a front end or an adapter.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "navigator",
          "localStorage",
          "sessionStorage",
          "fetch",
          "XMLHttpRequest",
          "performance",
          "crypto",
          "process",
          "require",
          "setTimeout",
          "setInterval",
          "Office",
          "Excel",
          "OfficeExtension",
        ].map((name) => ({ name, message: `The engine is pure: no ${name} (docs/engine.md).` })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The engine has no clock: pass the date in.",
        },
        {
          selector:
            "MemberExpression[object.name='Date'][property.name='now'], MemberExpression[object.name='Math'][property.name='random']",
          message: "The engine has no clock and no randomness: pass them in.",
        },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
