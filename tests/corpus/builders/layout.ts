/** Corpus workbooks whose table sits awkwardly on its sheet: titles, gaps, hidden parts, offsets. */
import { CODE } from "./codes";
import {
  addressOf,
  COLUMNS,
  type CorpusCase,
  HEALTHY_ROWS,
  HEALTHY_STATUSES,
  newWorkbook,
  saveWorkbook,
  writeTable,
} from "./table";

export const blankRows: CorpusCase = {
  id: "blank-rows",
  fault: "blank rows inside the table, and a row of figures with no ref or name",
  build: async (dir) => {
    const workbook = newWorkbook();
    const [ok1, ok2, ok3] = HEALTHY_ROWS;
    const stray = { target: 90, q1: 50, q2: 60 };
    writeTable(workbook.addWorksheet("Indicators"), [ok1, null, null, ok2, null, stray, ok3]);
    return saveWorkbook(workbook, `${dir}/blank-rows.xlsx`);
  },
  expect: {
    exitCode: 0,
    // Sheet row 7: header, ok1, two blanks, ok2, a blank, then the stray row.
    findings: [{ code: CODE.rowWithoutIdentity, cell: addressOf("ref", 7), severity: "warning" }],
    statuses: HEALTHY_STATUSES,
  },
};

export const mergedTitle: CorpusCase = {
  id: "merged-title",
  fault: "merged title cells above the table and a merged section row",
  build: async (dir) => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Indicators");
    sheet.getCell("A1").value = "Children's Services Trust — quarterly performance";
    sheet.mergeCells(1, 1, 1, COLUMNS.length);
    sheet.getCell("A2").value = "Produced 3 October 2018";
    sheet.mergeCells(2, 1, 2, 4);
    const [ok1, ok2, ok3] = HEALTHY_ROWS;
    // Header on row 4; row 6 is left blank for a section heading merged across the table.
    writeTable(sheet, [ok1, null, ok2, ok3], { row: 4, col: 1 });
    sheet.getCell("A6").value = "Looked After Children";
    sheet.mergeCells(6, 1, 6, COLUMNS.length);
    return saveWorkbook(workbook, `${dir}/merged-title.xlsx`);
  },
  expect: { exitCode: 0, findings: [], statuses: HEALTHY_STATUSES },
};

export const hiddenRowsAndColumns: CorpusCase = {
  id: "hidden-rows-columns",
  fault: "hidden rows and columns",
  build: async (dir) => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Indicators");
    const rows = writeTable(sheet, HEALTHY_ROWS);
    sheet.getRow(rows[1]).hidden = true;
    sheet.getColumn(COLUMNS.findIndex(([key]) => key === "q1") + 1).hidden = true;
    sheet.getColumn(COLUMNS.findIndex(([key]) => key === "type") + 1).hidden = true;
    return saveWorkbook(workbook, `${dir}/hidden-rows-columns.xlsx`);
  },
  expect: { exitCode: 0, findings: [], statuses: HEALTHY_STATUSES },
};

/** The table's header is at C5 and a fault sits in it, so finding cells must carry the offset. */
export const tableInColumnC: CorpusCase = {
  id: "table-in-column-c",
  fault: "a table that starts in column C",
  build: async (dir) => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Indicators");
    sheet.getCell("C2").value = "Quarterly indicators";
    sheet.getCell("A7").value = "Notes kept left of the table";
    writeTable(sheet, [...HEALTHY_ROWS, { ...HEALTHY_ROWS[0], ref: "OFF1", q2: "93%" }], {
      row: 5,
      col: 3,
    });
    return saveWorkbook(workbook, `${dir}/table-in-column-c.xlsx`);
  },
  expect: {
    exitCode: 0,
    findings: [
      { code: CODE.numberAsText, cell: addressOf("q2", 9, 3), severity: "warning", ref: "OFF1" },
    ],
    statuses: { ...HEALTHY_STATUSES, OFF1: "onTarget" },
  },
};

export const sheetWithoutTable: CorpusCase = {
  id: "no-table",
  fault: "a workbook whose only sheet holds no indicator table",
  build: async (dir) => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Notes");
    sheet.getCell("A1").value = "Notes for the scrutiny panel";
    sheet.getCell("A3").value = "Figures to follow";
    sheet.getCell("B3").value = 42;
    return saveWorkbook(workbook, `${dir}/no-table.xlsx`);
  },
  expect: { exitCode: 2 },
};

/** A cover sheet with no table comes first; the run must find the table on the next sheet. */
export const tableOnSecondSheet: CorpusCase = {
  id: "table-on-second-sheet",
  fault: "a sheet with no table before the sheet with the table",
  build: async (dir) => {
    const workbook = newWorkbook();
    workbook.addWorksheet("Cover").getCell("B2").value =
      "Quarter 2 2018/19 — performance challenge";
    writeTable(workbook.addWorksheet("Indicators"), HEALTHY_ROWS);
    return saveWorkbook(workbook, `${dir}/table-on-second-sheet.xlsx`);
  },
  expect: { exitCode: 0, findings: [], statuses: HEALTHY_STATUSES },
};
