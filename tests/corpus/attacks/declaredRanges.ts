/**
 * Issue 21, class "work bounded by the cells present": a 4-row table whose file declares ranges
 * over the whole sheet (a defined name, a merge, a data validation, a conditional format, the
 * dimension), and a reviewer's cell at row 1,048,576 of the Challenge log. Each runs as a child
 * under a 512 MB heap (kit.ts): work in proportion to a declared range fails it. The analyst's
 * values and the reviewer's text must come back.
 */
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../builders/table";
import { type Attack, cliChild, columnValues, open, save, sameText } from "./kit";

const PEAK_LIMIT_MB = 300;
const WHOLE_SHEET = "A1:XFD1048576";

/** Rewrites one part of a saved workbook. */
async function editPart(file: string, part: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  zip.file(part, edit(await zip.file(part)!.async("string")));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Inserts `xml` into the sheet right after its cell data (where each of these elements goes). */
const afterCells = (xml: string) => (sheet: string) =>
  sheet.replace("</sheetData>", `</sheetData>${xml}`);

function bounded(run: ReturnType<typeof cliChild>, what: string): string[] {
  const problems = run.code === 0 ? [] : [`exit ${run.code}: ${run.stderr.slice(0, 200)}`];
  if (run.peakMb > PEAK_LIMIT_MB) problems.push(`${what}: peak memory ${run.peakMb} MB`);
  return problems;
}

function declared(id: string, title: string, part: string, edit: (xml: string) => string): Attack {
  return {
    id: `ranges/${id}`,
    title,
    async run(dir) {
      const wb = newWorkbook();
      writeTable(wb.addWorksheet("Indicators"), HEALTHY_ROWS);
      const input = await save(wb, path.join(dir, "in.xlsx"));
      await editPart(input, part, edit);
      const out = path.join(dir, "out.xlsx");
      const problems = bounded(cliChild(["classify", input, "--out", out]), id);
      if (problems.length) return problems;
      const ws = (await open(out)).getWorksheet("Indicators")!;
      const names = columnValues(ws, 2, 4);
      return sameText(["Indicator", ...HEALTHY_ROWS.map((r) => r.indicator)], names, "names");
    },
  };
}

const SHEET = "xl/worksheets/sheet1.xml";

const ATTACKS_ON_RANGES: Attack[] = [
  declared(
    "defined-name-whole-sheet",
    `A defined name over ${WHOLE_SHEET}`,
    "xl/workbook.xml",
    (xml) =>
      xml.replace(
        /<\/sheets>/,
        `</sheets><definedNames><definedName name="Everything">Indicators!$A$1:$XFD$1048576</definedName></definedNames>`
      )
  ),
  declared(
    "merge-whole-sheet",
    `A merge over F6:XFD1048576 (below and right of the table)`,
    SHEET,
    afterCells(`<mergeCells count="1"><mergeCell ref="F6:XFD1048576"/></mergeCells>`)
  ),
  declared(
    "validation-whole-sheet",
    `Data validation over ${WHOLE_SHEET}`,
    SHEET,
    afterCells(
      `<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="${WHOLE_SHEET}"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>`
    )
  ),
  declared(
    "conditional-format-whole-sheet",
    `A conditional format over ${WHOLE_SHEET}`,
    SHEET,
    afterCells(
      `<conditionalFormatting sqref="${WHOLE_SHEET}"><cfRule type="cellIs" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>`
    )
  ),
  declared(
    "dimension-whole-sheet",
    `The sheet's dimension declared as ${WHOLE_SHEET}`,
    SHEET,
    (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, "")
        .replace(
          /<sheetViews|<sheetFormatPr|<sheetData/,
          (m) => `<dimension ref="${WHOLE_SHEET}"/>${m}`
        )
  ),
];

const reviewerAtLastRow: Attack = {
  id: "ranges/log-cell-at-row-1048576",
  title: "A reviewer's note at row 1,048,576 of the Challenge log, then classify again",
  async run(dir) {
    const wb = newWorkbook();
    writeTable(wb.addWorksheet("Indicators"), HEALTHY_ROWS);
    const input = await save(wb, path.join(dir, "in.xlsx"));
    const first = path.join(dir, "q2.xlsx");
    const firstRun = cliChild(["classify", input, "--out", first, "--quarter", "Q2 2018/19"]);
    if (firstRun.code !== 0) return [`first run: ${firstRun.stderr.slice(0, 200)}`];
    const classified = await open(first);
    classified.getWorksheet("Challenge log")!.getCell(1_048_576, 1).value = "Reviewer: see me";
    const edited = await save(classified, path.join(dir, "edited.xlsx"));
    const out = path.join(dir, "out.xlsx");
    const problems = bounded(
      cliChild(["classify", edited, "--out", out, "--quarter", "Q2 2018/19"]),
      "rerun"
    );
    if (problems.length) return problems;
    const log = (await open(out)).getWorksheet("Challenge log")!;
    let kept = false;
    log.eachRow((row) => (kept ||= row.getCell(1).value === "Reviewer: see me"));
    return kept ? [] : ["the reviewer's note at row 1,048,576 is gone"];
  },
};

export const DECLARED_RANGE_ATTACKS: Attack[] = [...ATTACKS_ON_RANGES, reviewerAtLastRow];
