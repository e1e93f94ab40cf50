import { execFileSync } from "node:child_process";
import path from "node:path";

// The engine's purity is a lint rule, not a habit: each line below, placed in src/engine, must fail.
const root = path.resolve(__dirname, "../..");
const eslintBin = path.join(root, "node_modules/.bin/eslint");

interface LintMessage {
  ruleId: string | null;
  line: number;
}

function lintAsEngineFile(source: string): LintMessage[] {
  let output: string;
  try {
    output = execFileSync(
      eslintBin,
      ["--stdin", "--stdin-filename", "src/engine/purityProbe.ts", "--format", "json"],
      { cwd: root, input: source, encoding: "utf8" }
    );
  } catch (error) {
    // ESLint exits 1 when it reports errors; its JSON is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(output) as { messages: LintMessage[] }[];
  return result.messages;
}

const forbidden: [string, string][] = [
  ['import ExcelJS from "exceljs";', "no-restricted-imports"],
  ['import { readFileSync } from "node:fs";', "no-restricted-imports"],
  ['import * as port from "../taskpane/port";', "no-restricted-imports"],
  ['import * as plan from "../xlsx/applyPlan";', "no-restricted-imports"],
  ["export const now = Date.now();", "no-restricted-syntax"],
  ["export const today = new Date();", "no-restricted-syntax"],
  ["export const dice = Math.random();", "no-restricted-syntax"],
  ["export const href = window.location.href;", "no-restricted-globals"],
  ["export const host = Office.context;", "no-restricted-globals"],
  ["export const tick = performance.now();", "no-restricted-globals"],
];

describe("the engine's purity is enforced by ESLint", () => {
  jest.setTimeout(120_000);

  it("refuses packages, front ends, the clock, randomness and host globals in src/engine", () => {
    const source =
      forbidden.map(([line]) => line).join("\n") +
      "\nexport const uses = [ExcelJS, readFileSync, port, plan];\n";
    const messages = lintAsEngineFile(source);
    forbidden.forEach(([line, rule], index) => {
      const onLine = messages.filter((message) => message.line === index + 1);
      expect({ line, rules: onLine.map((message) => message.ruleId) }).toEqual({
        line,
        rules: expect.arrayContaining([rule]),
      });
    });
  });

  it("accepts the engine's own imports and turning a serial number into a date", () => {
    const source =
      'import { columnLetters } from "./address";\n' +
      "export const label = (serial: number): string =>\n" +
      "  columnLetters(1) + new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString();\n";
    expect(lintAsEngineFile(source)).toEqual([]);
  });
});
