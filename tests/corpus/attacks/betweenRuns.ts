/**
 * Attacks in the most ordinary workflow: the analyst edits the classified workbook between runs
 * (next quarter's column, an indicator row) or the state sheet is stale, crafted or damaged.
 * Expected values are worked out from the table: Regional is 91, 22, 70% on rows 2..4.
 */
import path from "node:path";
import type ExcelJS from "exceljs";
import * as xlsx from "../../../src/xlsx";
import {
  type Attack,
  classify,
  columnValues,
  completed,
  json,
  open,
  refusal,
  regionalWorkbook,
  save,
  sameText,
} from "./kit";

type Names = "excel" | "script";

/** Splices like Excel (defined names move with the cells) or like a script (they stay). */
function splice(wb: ExcelJS.Workbook, edit: (ws: ExcelJS.Worksheet) => void, names: Names): void {
  const before = JSON.parse(JSON.stringify(wb.definedNames.model)) as typeof wb.definedNames.model;
  edit(wb.getWorksheet("Indicators")!);
  if (names === "script") {
    (wb.definedNames as unknown as { matrixMap: object }).matrixMap = {};
    wb.definedNames.model = before;
  }
}

async function classifiedOnce(dir: string): Promise<string> {
  const input = await save(regionalWorkbook(), path.join(dir, "input.xlsx"));
  const out = path.join(dir, "q2.xlsx");
  const run = await classify(input, out, "--quarter", "Q2 2018/19");
  if (run.code !== 0) throw new Error(`first run failed: ${run.stderr}`);
  return out;
}

function nextQuarter(names: Names): Attack {
  return {
    id: `between-runs/next-quarter-column-${names}`,
    title: `Classify Q2, insert a Q3 column after Q2 (${names} moves names ${names === "excel" ? "with cells" : "not at all"}), classify again`,
    async run(dir) {
      const wb = await open(await classifiedOnce(dir));
      splice(wb, (ws) => ws.spliceColumns(11, 0, ["Q3 2018/19", 95, 30, 0.78]), names);
      wb.getWorksheet("Indicators")!.getCell(4, 11).numFmt = "0%";
      const edited = await save(wb, path.join(dir, "edited.xlsx"));
      const out = path.join(dir, "q3.xlsx");
      const jsonFile = path.join(dir, "q3.json");
      const run = await classify(edited, out, "--json", jsonFile);
      const problems = completed(run);
      if (problems.length) return problems;
      const ws = (await open(out)).getWorksheet("Indicators")!;
      problems.push(
        ...sameText(["Regional", 91, 22, 0.7], columnValues(ws, 12, 4), "Regional (L)")
      );
      const statuses = json<{ indicators: { status: string }[] }>(jsonFile).indicators.map(
        (i) => i.status
      );
      // Q3: 95 ≥ 90 on target; 30 days > tolerance 25 outside; 78% between 75% and 80% inside.
      problems.push(
        ...sameText(["onTarget", "outsideTolerance", "insideTolerance"], statuses, "Q3 statuses")
      );
      return problems;
    },
  };
}

const insertedRow: Attack = {
  id: "between-runs/inserted-indicator-row",
  title: "Classify, insert an indicator row (a count) above a percentage row, classify twice more",
  async run(dir) {
    const wb = await open(await classifiedOnce(dir));
    splice(
      wb,
      (ws) =>
        ws.spliceRows(3, 0, [
          "N1",
          "New count",
          "Social Care Pathway",
          "Contract",
          "Higher is better",
          "Number",
          300,
          280,
          310,
          330,
        ]),
      "excel"
    );
    const edited = await save(wb, path.join(dir, "edited.xlsx"));
    const formatsBefore = columnValues(wb.getWorksheet("Indicators")!, 10, 5).map(
      (_, r) => wb.getWorksheet("Indicators")!.getCell(r + 1, 10).numFmt ?? null
    );
    const problems: string[] = [];
    const first = path.join(dir, "r1.xlsx");
    const second = path.join(dir, "r2.xlsx");
    const run1 = await classify(
      edited,
      first,
      "--quarter",
      "Q2 2018/19",
      "--json",
      `${first}.json`
    );
    const run2 = await classify(
      first,
      second,
      "--quarter",
      "Q2 2018/19",
      "--json",
      `${second}.json`
    );
    problems.push(...completed(run1), ...completed(run2));
    if (problems.length) return problems;
    const ws = (await open(second)).getWorksheet("Indicators")!;
    const formatsAfter = formatsBefore.map((_, r) => ws.getCell(r + 1, 10).numFmt ?? null);
    problems.push(...sameText(formatsBefore, formatsAfter, "number formats of the Q2 column"));
    const statuses = (file: string) =>
      json<{ indicators: { ref: string; status: string }[] }>(file).indicators.map(
        (i) => `${i.ref}:${i.status}`
      );
    // N1 330 ≥ 300 on target; OK1 92 on; OK2 23 days inside 20..25; OK3 60% outside 75%.
    const expected = ["OK1:onTarget", "N1:onTarget", "OK2:insideTolerance", "OK3:outsideTolerance"];
    problems.push(...sameText(expected, statuses(`${first}.json`), "statuses after the insert"));
    problems.push(...sameText(expected, statuses(`${second}.json`), "statuses on a plain rerun"));
    return problems;
  },
};

/** Rewrites the state sheet's header JSON of a classified file. */
async function craftState(
  file: string,
  change: (header: Record<string, unknown>, wb: ExcelJS.Workbook) => string
): Promise<ExcelJS.Workbook> {
  const wb = await open(file);
  const state = wb.getWorksheet("PerfChallenge state")!;
  const header = JSON.parse(String(state.getCell(1, 2).value)) as Record<string, unknown>;
  state.getCell(1, 2).value = change(header, wb);
  return wb;
}

const craftedColumn: Attack = {
  id: "state/crafted-status-column-1",
  title: "A crafted state sheet says the status column is B (the indicator names)",
  async run(dir) {
    const wb = await craftState(await classifiedOnce(dir), (h) =>
      JSON.stringify({ ...h, statusColumn: 1, statusColumnAdded: true })
    );
    const state = wb.getWorksheet("PerfChallenge state")!;
    state.getCell(2, 1).value = "B1:B4";
    const input = await save(wb, path.join(dir, "crafted.xlsx"));
    const names = columnValues(wb.getWorksheet("Indicators")!, 2, 4);
    const out = path.join(dir, "out.xlsx");
    const run = await classify(input, out);
    if (run.code !== 0) return refusal(run);
    return sameText(
      names,
      columnValues((await open(out)).getWorksheet("Indicators")!, 2, 4),
      "indicator names"
    );
  },
};

const craftedSheet: Attack = {
  id: "state/crafted-sheet-notes",
  title: 'A stale state sheet names another sheet ("Notes") whose cells it would empty',
  async run(dir) {
    const wb = await craftState(await classifiedOnce(dir), (h) =>
      JSON.stringify({ ...h, sheet: "Notes", statusColumn: 0, statusColumnAdded: true })
    );
    const notes = wb.addWorksheet("Notes");
    ["Keep me", "And me", "Me too"].forEach((t, i) => (notes.getCell(i + 1, 1).value = t));
    wb.getWorksheet("PerfChallenge state")!.getCell(2, 1).value = "A1:A3";
    const input = await save(wb, path.join(dir, "crafted.xlsx"));
    const out = path.join(dir, "out.xlsx");
    const run = await classify(input, out);
    if (run.code !== 0) return refusal(run);
    const after = (await open(out)).getWorksheet("Notes")!;
    return sameText(["Keep me", "And me", "Me too"], columnValues(after, 1, 3), "Notes!A1:A3");
  },
};

const badJson: Attack = {
  id: "state/bad-json-rerun",
  title: "The state sheet's JSON is damaged; classify again",
  async run(dir) {
    const wb = await craftState(await classifiedOnce(dir), () => "{damaged");
    const input = await save(wb, path.join(dir, "damaged.xlsx"));
    // Our fills would be recorded as the analyst's originals: the run must refuse instead.
    return refusal(await classify(input, path.join(dir, "out.xlsx")));
  },
};

type ClearFn = (wb: ExcelJS.Workbook) => { cleared: boolean; message: string };
const clearWorkbook = (xlsx as unknown as { clearWorkbook?: ClearFn }).clearWorkbook;

const clearBadJson: Attack = {
  id: "clear/bad-json",
  title: "Clear a workbook whose state JSON is damaged",
  async run(dir) {
    const wb = await craftState(await classifiedOnce(dir), () => "{damaged");
    if (!clearWorkbook) return ["Clear has no message: the pane says formats were restored"];
    try {
      const outcome = clearWorkbook(wb);
      return [`Clear answered "${outcome.message}" while the fills remain`];
    } catch (error) {
      return /damaged/i.test((error as Error).message) ? [] : [(error as Error).message];
    }
  },
};

const clearNothing: Attack = {
  id: "clear/nothing-to-clear",
  title: "Clear a workbook that was never classified",
  async run() {
    if (!clearWorkbook) return ["Clear has no message: the pane says formats were restored"];
    const outcome = clearWorkbook(regionalWorkbook());
    return !outcome.cleared && /nothing to clear/i.test(outcome.message)
      ? []
      : [`Clear said: ${outcome.message}`];
  },
};

const clearAfterInsert: Attack = {
  id: "clear/after-next-quarter-column",
  title: "Classify, insert a Q3 column after Q2, then Clear",
  async run(dir) {
    const wb = await open(await classifiedOnce(dir));
    splice(wb, (ws) => ws.spliceColumns(11, 0, ["Q3 2018/19", 95, 30, 0.78]), "excel");
    xlsx.clearClassification(wb);
    return sameText(
      ["Regional", 91, 22, 0.7],
      columnValues(wb.getWorksheet("Indicators")!, 12, 4),
      "Regional after Clear"
    );
  },
};

export const BETWEEN_RUNS_ATTACKS: Attack[] = [
  nextQuarter("excel"),
  nextQuarter("script"),
  insertedRow,
  craftedColumn,
  craftedSheet,
  badJson,
  clearBadJson,
  clearNothing,
  clearAfterInsert,
];
