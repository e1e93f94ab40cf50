/**
 * Issue 21, class "the state is untrusted input": a copied, stale or crafted state sheet names the
 * analyst's own cells. Whatever it says, no heading, name or typed label of theirs is emptied:
 * the rerun and Clear refuse in one line, or leave those cells as they were.
 */
import path from "node:path";
import type ExcelJS from "exceljs";
import * as xlsx from "../../../src/xlsx";
import {
  type Attack,
  classify,
  columnValues,
  open,
  refusal,
  regionalWorkbook,
  save,
  sameText,
} from "./kit";

async function classifiedOnce(dir: string): Promise<string> {
  const input = await save(regionalWorkbook(), path.join(dir, "input.xlsx"));
  const out = path.join(dir, "q2.xlsx");
  const run = await classify(input, out, "--quarter", "Q2 2018/19");
  if (run.code !== 0) throw new Error(`first run failed: ${run.stderr}`);
  return out;
}

/** Rewrites the markers of the state sheet's header JSON. */
function craftMarkers(wb: ExcelJS.Workbook, change: (m: Record<string, unknown>) => void): void {
  const state = wb.getWorksheet("PerfChallenge state")!;
  const header = JSON.parse(String(state.getCell(1, 2).value)) as Record<string, unknown>;
  change(header.markers as Record<string, unknown>);
  change(header);
  state.getCell(1, 2).value = JSON.stringify(header);
}

/** Both a rerun and Clear of `input` must keep rows 1..4 of column `col` as `expected`. */
async function rerunAndClearKeep(
  dir: string,
  input: string,
  col: number,
  expected: unknown[],
  what: string
): Promise<string[]> {
  const problems: string[] = [];
  const out = path.join(dir, "out.xlsx");
  const run = await classify(input, out, "--quarter", "Q2 2018/19");
  if (run.code !== 0) problems.push(...refusal(run));
  else
    problems.push(
      ...sameText(
        expected,
        columnValues((await open(out)).getWorksheet("Indicators")!, col, 4),
        `${what} after a rerun`
      )
    );
  const wb = await open(input);
  try {
    xlsx.clearClassification(wb);
  } catch (error) {
    if (!/Nothing was changed/.test((error as Error).message))
      problems.push(`Clear: ${(error as Error).message}`);
  }
  problems.push(
    ...sameText(
      expected,
      columnValues(wb.getWorksheet("Indicators")!, col, 4),
      `${what} after Clear`
    )
  );
  return problems;
}

const headingIsIndicator: Attack = {
  id: "state/heading-is-indicator",
  title:
    'The state names the analyst\'s "Indicator" heading (column B) as the status heading it wrote',
  async run(dir) {
    const wb = await open(await classifiedOnce(dir));
    craftMarkers(wb, (m) => {
      if ("statusHeading" in m) m.statusHeading = "Indicator";
      if ("statusColumn" in m) m.statusColumn = 1;
      if ("statusColumnAdded" in m) m.statusColumnAdded = true;
    });
    const names = columnValues(wb.getWorksheet("Indicators")!, 2, 4);
    if (names[0] !== "Indicator") return [`the builder's heading is ${String(names[0])}`];
    const input = await save(wb, path.join(dir, "crafted.xlsx"));
    return rerunAndClearKeep(dir, input, 2, names, "the Indicator column");
  },
};

const labelsTypedByAnalyst: Attack = {
  id: "state/labels-typed-by-analyst",
  title:
    "A state copied from another workbook, over a status column the analyst typed themselves (labels, no fills)",
  async run(dir) {
    const wb = await open(await classifiedOnce(dir));
    const ws = wb.getWorksheet("Indicators")!;
    // The analyst's own column: the same labels, typed, with no status colour.
    let col = 0;
    ws.getRow(1).eachCell((cell, c) => {
      if (String(cell.value).startsWith("Status ")) col = c;
    });
    if (col === 0) return ["no status column after the first run"];
    for (let r = 2; r <= 4; r++) ws.getCell(r, col).fill = { type: "pattern", pattern: "none" };
    const typed = columnValues(ws, col, 4);
    const input = await save(wb, path.join(dir, "typed.xlsx"));
    return rerunAndClearKeep(dir, input, col, typed, "the analyst's typed status column");
  },
};

export const UNTRUSTED_STATE_ATTACKS: Attack[] = [headingIsIndicator, labelsTypedByAnalyst];
