import type { CellValue, WorkbookGrid } from "../src/engine/types";
/**
 * Synthetic performance workbooks for the bench: one row per indicator, like a council's quarterly
 * return (title row, header row, Ref … Tolerance, quarter columns, benchmarks). Deterministic: the
 * same size always gives the same sheet, so runs compare.
 */
import ExcelJS from "exceljs";
import { MemoryWorkbook } from "./officejs/workbook";

export type FixtureValue = string | number | null;

export interface IndicatorFixture {
  sheet: string;
  title: string;
  header: string[];
  /** Data rows only (the header is row 2 of the sheet, the title row 1). */
  rows: FixtureValue[][];
  /** Number format per data cell (same shape as rows); null = General. */
  formats: (string | null)[][];
  quarterCount: number;
}

const AREAS = [
  "Early Help",
  "Social Care Pathway",
  "Children in Care",
  "Care Leavers",
  "Fostering and Adoption",
  "Education Services",
];
const UNITS = [
  { unit: "%", format: "0%", scale: 0.01, low: 40, high: 99, places: 3 },
  { unit: "Number", format: "0", scale: 1, low: 5, high: 900, places: 0 },
  { unit: "Rate per 10,000", format: "0.0", scale: 1, low: 20, high: 700, places: 1 },
  { unit: "Days", format: "0", scale: 1, low: 10, high: 400, places: 0 },
];
const BENCHMARKS = ["National", "Statistical neighbours", "Regional"];

/** Small, fast, seeded generator (mulberry32) so fixtures are identical run to run. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function quarterLabels(count: number): string[] {
  const labels: string[] = [];
  for (let i = 0; i < count; i++) {
    const fy = 2017 + Math.floor(i / 4);
    labels.push(`Q${(i % 4) + 1} ${fy}/${String((fy + 1) % 100).padStart(2, "0")}`);
  }
  return labels;
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

export function makeIndicatorFixture(rowCount: number, quarterCount = 9): IndicatorFixture {
  const random = seeded(rowCount * 31 + quarterCount);
  const header = [
    "Ref",
    "Indicator",
    "Service area",
    "Type",
    "Polarity",
    "Unit",
    "Target",
    "Tolerance",
    ...quarterLabels(quarterCount),
    ...BENCHMARKS,
  ];
  const rows: FixtureValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let i = 0; i < rowCount; i++) {
    const spec = UNITS[i % UNITS.length];
    const higher = spec.unit === "%" ? random() < 0.8 : random() < 0.4;
    const volumetric = random() < 0.1;
    const target = round(spec.low + random() * (spec.high - spec.low), 0);
    const band = Math.max(1, round(target * 0.08, 0));
    const threshold = higher ? target - band : target + band;
    let level = target + (random() - 0.5) * band * 4;
    const series: FixtureValue[] = [];
    for (let q = 0; q < quarterCount; q++) {
      level += (random() - 0.45) * band;
      const value = Math.min(spec.unit === "%" ? 100 : Infinity, Math.max(0, level));
      series.push(random() < 0.02 ? "n/a" : round(value * spec.scale, spec.places));
    }
    const bench = BENCHMARKS.map(() =>
      round((target + (random() - 0.5) * band * 3) * spec.scale, spec.places)
    );
    rows.push([
      `${String.fromCharCode(65 + (i % 26))}${i + 1}`,
      `${spec.unit === "%" ? "Percentage of" : "Number of"} cases meeting standard ${i + 1}`,
      AREAS[Math.floor(i / 50) % AREAS.length],
      volumetric ? "Volumetric" : "Contract",
      higher ? "Higher is better" : "Lower is better",
      spec.unit,
      volumetric ? null : round(target * spec.scale, 3),
      volumetric ? null : round(threshold * spec.scale, 3),
      ...series,
      ...bench,
    ]);
    const f = spec.format;
    formats.push([
      null,
      null,
      null,
      null,
      null,
      null,
      f,
      f,
      ...series.map(() => f),
      ...bench.map(() => f),
    ]);
  }
  return {
    sheet: "Indicators",
    title: "Children's services trust — quarterly performance",
    header,
    rows,
    formats,
    quarterCount,
  };
}

/** The fixture as Excel would hold it: title in A1, header in row 2, data below. */
export function toMemoryWorkbook(fixture: IndicatorFixture): MemoryWorkbook {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet(fixture.sheet);
  sheet.setValue(0, 0, fixture.title);
  fixture.header.forEach((name, c) => sheet.setValue(1, c, name));
  fixture.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      sheet.setValue(r + 2, c, value ?? "");
      const format = fixture.formats[r][c];
      if (format) sheet.setNumberFormat(r + 2, c, format);
    })
  );
  return book;
}

export async function writeFixtureXlsx(fixture: IndicatorFixture, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(fixture.sheet);
  sheet.addRow([fixture.title]);
  sheet.addRow(fixture.header);
  fixture.rows.forEach((row, r) => {
    const added = sheet.addRow(row.map((v) => (v === null ? undefined : v)));
    fixture.formats[r].forEach((format, c) => {
      if (format) added.getCell(c + 1).numFmt = format;
    });
  });
  await workbook.xlsx.writeFile(file);
}

/** The fixture as the engine's grid: title in row 1, header in row 2, data below. */
export function toEngineGrid(fixture: IndicatorFixture): WorkbookGrid {
  const values: CellValue[][] = [[fixture.title], fixture.header, ...fixture.rows];
  const formats = [[], [], ...fixture.formats];
  return {
    sheets: [{ name: fixture.sheet, top: 0, left: 0, values, formats }],
    activeSheet: fixture.sheet,
  };
}
