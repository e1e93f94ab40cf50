/**
 * A second workbook for the "Open workbook…" flow, made with ExcelJS in the test: a different
 * layout (title rows, other header names, fractions shown as %), two areas, and one value typed as
 * "tbc" so that there is a finding to click.
 */
import ExcelJS from "exceljs";

export const OTHER_SHEET = "KPI table";

export async function makeOtherWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(OTHER_SHEET);
  ws.addRow(["Quarterly KPIs — test workbook"]);
  ws.addRow([]);
  ws.addRow([
    "PI ref",
    "Measure",
    "Service",
    "Good is",
    "Units",
    "Target",
    "Tolerance",
    "Q1 2019/20",
    "Q2 2019/20",
  ]);
  const rows: [
    string,
    string,
    string,
    string,
    string,
    number,
    number,
    number | string,
    number | string,
  ][] = [
    ["K1", "Adoptions within timescale", "Adoption", "Higher", "%", 0.8, 0.75, 0.78, 0.82],
    ["K2", "Placement moves (three or more)", "Adoption", "Lower", "%", 0.1, 0.12, 0.09, 0.11],
    [
      "K3",
      "Care leavers in suitable accommodation",
      "Leaving care",
      "Higher",
      "%",
      0.9,
      0.85,
      0.86,
      0.8,
    ],
    ["K4", "Pathway plans up to date", "Leaving care", "Higher", "%", 0.95, 0.9, 0.93, "tbc"],
  ];
  for (const row of rows) {
    const added = ws.addRow(row);
    for (const col of [6, 7, 8, 9])
      if (typeof added.getCell(col).value === "number") added.getCell(col).numFmt = "0%";
  }
  ws.getColumn(2).width = 40;
  const buffer = await wb.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
