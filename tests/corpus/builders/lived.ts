/**
 * Corpus workbooks shaped by years of many hands: figures computed by formulas, a comments column
 * after the quarters, rich-text names, a sheet name with an apostrophe, and sheets the analyst
 * already called "Challenge summary" or "Challenge log" for their own notes.
 */
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

export const formulaValues: CorpusCase = {
  id: "formula-values",
  fault: "figures computed by formulas (results cached in the file)",
  build: async (dir) => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Indicators");
    const rows = writeTable(sheet, [
      ...HEALTHY_ROWS,
      { ...HEALTHY_ROWS[0], ref: "FX1", q2: undefined },
      { ...HEALTHY_ROWS[0], ref: "FX2", q2: undefined },
    ]);
    sheet.getCell(addressOf("q2", rows[3])).value = { formula: "ROUND(460/500*100,0)", result: 92 };
    sheet.getCell(addressOf("q2", rows[4])).value = {
      formula: "1/0",
      result: { error: "#DIV/0!" },
    };
    return saveWorkbook(workbook, `${dir}/formula-values.xlsx`);
  },
  expect: {
    exitCode: 0,
    findings: [{ code: CODE.errorValue, cell: addressOf("q2", 6), severity: "error", ref: "FX2" }],
    statuses: { ...HEALTHY_STATUSES, FX1: "onTarget", FX2: "notClassified" },
  },
};

export const commentsColumn: CorpusCase = {
  id: "comments-column",
  fault: "a comments column after the quarters and notes beside the table",
  build: async (dir) => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Indicators");
    const rows = writeTable(sheet, HEALTHY_ROWS);
    const comments = COLUMNS.length + 1;
    sheet.getCell(1, comments).value = "Comments";
    sheet.getCell(rows[0], comments).value = "Validated by the Trust's data team";
    sheet.getCell(rows[2], comments + 1).value = "check with LAC team";
    return saveWorkbook(workbook, `${dir}/comments-column.xlsx`);
  },
  expect: { exitCode: 0, findings: [], statuses: HEALTHY_STATUSES },
};

export const richTextNames: CorpusCase = {
  id: "rich-text",
  fault: "names with mixed formatting (rich text) and a sheet name with an apostrophe",
  build: async (dir) => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("O'Brien's PIs");
    const rows = writeTable(sheet, [
      ...HEALTHY_ROWS,
      { ...HEALTHY_ROWS[0], ref: "RT1", q2: "95%" },
    ]);
    sheet.getCell(rows[3], 2).value = {
      richText: [
        { text: "Timeliness ", font: { bold: true } },
        { text: "(revised)", font: { italic: true } },
      ],
    };
    return saveWorkbook(workbook, `${dir}/rich-text.xlsx`);
  },
  expect: {
    exitCode: 0,
    findings: [
      { code: CODE.numberAsText, cell: addressOf("q2", 5), severity: "warning", ref: "RT1" },
    ],
    statuses: { ...HEALTHY_STATUSES, RT1: "onTarget" },
  },
};

/** "Updated" and its date on the header row, right of the quarters: where the status column would go. */
export const dateBesideHeader: CorpusCase = {
  id: "date-beside-header",
  fault: "a date typed on the header row, right of the table",
  build: async (dir) => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Indicators");
    writeTable(sheet, HEALTHY_ROWS);
    sheet.getCell(1, COLUMNS.length + 2).value = "Updated";
    sheet.getCell(1, COLUMNS.length + 3).value = new Date(Date.UTC(2018, 9, 3));
    sheet.getCell(1, COLUMNS.length + 3).numFmt = "dd/mm/yyyy";
    return saveWorkbook(workbook, `${dir}/date-beside-header.xlsx`);
  },
  expect: { exitCode: 0, findings: [], statuses: HEALTHY_STATUSES },
};

/** The analyst's own sheets that happen to carry the names the add-in writes. */
export const ANALYST_OWN_SHEETS = {
  "Challenge summary": [
    ["Summary for the Chief Executive"],
    ["Agreed at the meeting of 14 September", 2018],
  ],
  "Challenge log": [
    ["Date", "Challenge", "Owner"],
    ["3 September", "Why is A2 below target?", "Head of Service"],
  ],
} as const;

export const sheetNamesTaken: CorpusCase = {
  id: "sheet-names-taken",
  fault: "the analyst already has sheets called Challenge summary and Challenge log",
  build: async (dir) => {
    const workbook = newWorkbook();
    writeTable(workbook.addWorksheet("Indicators"), HEALTHY_ROWS);
    for (const [name, rows] of Object.entries(ANALYST_OWN_SHEETS)) {
      const sheet = workbook.addWorksheet(name);
      rows.forEach((row) => sheet.addRow([...row]));
    }
    return saveWorkbook(workbook, `${dir}/sheet-names-taken.xlsx`);
  },
  expect: { exitCode: 0, findings: [], statuses: HEALTHY_STATUSES },
};
