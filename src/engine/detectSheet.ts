/**
 * Chooses the sheet to classify (docs/engine.md): the one named in the options, else the active sheet if
 * it holds a table, else the first sheet that does.
 */
import type { EngineOptions, Finding, RunFailure, SheetGrid, WorkbookGrid } from "./types";
import { GridView } from "./grid";
import { findHeader, scanTable, type ColumnOverrides, type DetectedTable } from "./detect";
import { findings } from "./findings";
import { PERIOD_EXAMPLES, readPeriodChoices } from "./columnChoices";
import { noPeriodFailure } from "./tableRescue";

export type TableChoice = { ok: true; table: DetectedTable } | { ok: false; failure: RunFailure };

function sheetsOf(workbook: WorkbookGrid | null | undefined): SheetGrid[] {
  const sheets = workbook && Array.isArray(workbook.sheets) ? workbook.sheets : [];
  return sheets.filter((s): s is SheetGrid => !!s && typeof s === "object");
}

function sameName(a: unknown, b: string): boolean {
  return typeof a === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function noTableOn(sheet: string): Finding {
  return findings.tableNotFound(sheet, sheet);
}

export function chooseTable(workbook: WorkbookGrid, options: EngineOptions): TableChoice {
  const sheets = sheetsOf(workbook);
  const overrides = withNotUsed(options);
  if (typeof options.sheet === "string" && options.sheet.trim() !== "") {
    const wanted = options.sheet;
    const grid =
      sheets.find((s) => s.name === wanted) ?? sheets.find((s) => sameName(s.name, wanted));
    if (!grid) {
      const finding = findings.sheetNotFound(
        wanted,
        sheets.map((s) => String(s.name))
      );
      return {
        ok: false,
        failure: { kind: "noSheet", message: finding.message, findings: [finding] },
      };
    }
    const view = new GridView(grid);
    const header = findHeader(view, overrides);
    if (!header) {
      const help = noPeriodFailure(view, overrides);
      if (help) return { ok: false, failure: help };
      const finding = noTableOn(view.name);
      return {
        ok: false,
        failure: {
          kind: "noTable",
          message: `No indicator table found on sheet "${view.name}": ${finding.message.slice(view.name.length + 2)}`,
          findings: [finding],
        },
      };
    }
    return { ok: true, table: scanTable(view, header) };
  }

  const active =
    typeof workbook?.activeSheet === "string"
      ? sheets.find((s) => s.name === workbook.activeSheet)
      : undefined;
  const order = active ? [active, ...sheets.filter((s) => s !== active)] : sheets;
  for (const grid of order) {
    const view = new GridView(grid);
    const header = findHeader(view, overrides);
    if (header) return { ok: true, table: scanTable(view, header) };
  }
  // Indicator rows without a period column: refused with help, never a bare "not found".
  for (const grid of order) {
    const help = noPeriodFailure(new GridView(grid), overrides);
    if (help) return { ok: false, failure: help };
  }
  const notFound = sheets.map((s) => noTableOn(new GridView(s).name));
  const message =
    sheets.length === 0
      ? "No indicator table found: the workbook has no sheets."
      : `No indicator table found: no sheet has, within its first 30 rows, a header row with a Ref or Indicator column and a period column (forms read: ${PERIOD_EXAMPLES}). To fix: head the column of indicator names "Indicator" and each column of figures with its period, or name them on the command line (--columns indicator=A,E=2019/20).`;
  return { ok: false, failure: { kind: "noTable", message, findings: notFound } };
}

/** The analyst's roles and "Not used" columns, as the header reader takes them. */
function withNotUsed(options: EngineOptions): ColumnOverrides | undefined {
  const notUsed = Array.isArray(options.columnsNotUsed) ? options.columnsNotUsed : [];
  const periods = readPeriodChoices(
    Array.isArray(options.columnPeriods) ? options.columnPeriods : []
  );
  if (notUsed.length === 0 && periods.length === 0) return options.columnOverrides;
  return { ...(options.columnOverrides ?? {}), notUsed, periods };
}
