/**
 * The classified workbook's bytes for the command line: ExcelJS renders every part exactly as its
 * own `xlsx.write` does (the same steps, in the same order), and Node's native zlib zips them
 * instead of JSZip's JavaScript deflate. Each part is compressed on the thread pool as soon as it
 * is rendered and its text released, so the whole workbook's XML is never held at once. Should
 * ExcelJS's write steps ever change shape, ExcelJS's own writer is used instead.
 * docs/performance.md ("Command line (session 3)") has the measurements.
 */
import type ExcelJS from "exceljs";
import { workbookToBytes } from "../xlsx/workbookActions";
import { withXmlSafeText, xmlLegalPart } from "../xlsx/xmlSafeText";
import { ZipWriter } from "./zipWriter";

/** What ExcelJS's XLSX writer calls on its zip (lib/xlsx/xlsx.js). */
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

type Model = object;
type Step = (zip: PartSink, model: Model) => unknown;

/** ExcelJS 4's `XLSX.write` steps; consecutive names in one group ran as one Promise.all there. */
const STEPS = [
  ["addContentTypes"],
  ["addOfficeRels"],
  ["addWorkbookRels"],
  ["addWorksheets"],
  ["addSharedStrings"],
  ["addDrawings"],
  ["addTables"],
  ["addThemes", "addStyles"],
  ["addMedia"],
  ["addApp", "addCore"],
  ["addWorkbook"],
] as const;

type XlsxInternals = Record<string, unknown> & {
  prepareModel(model: Model, options: object): void;
};

function hasSteps(xlsx: Record<string, unknown>): xlsx is XlsxInternals {
  return (
    typeof xlsx.prepareModel === "function" &&
    STEPS.every((group) => group.every((name) => typeof xlsx[name] === "function"))
  );
}

/** Same parts and bytes as ExcelJS's `writeBuffer` would zip (level 1 deflate, as that did). */
export async function classifiedWorkbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const xlsx = wb.xlsx as unknown as Record<string, unknown>;
  if (!hasSteps(xlsx)) return workbookToBytes(wb);
  return withXmlSafeText(wb, () => zipParts(wb, xlsx));
}

async function zipParts(wb: ExcelJS.Workbook, xlsx: XlsxInternals): Promise<Uint8Array> {
  const zip = new ZipWriter(1);
  const sink: PartSink = {
    append(data, { name, base64 }) {
      if (typeof data === "string" && !base64) zip.add(name, xmlLegalPart(data));
      else zip.add(name, typeof data === "string" ? Buffer.from(data, "base64") : data);
    },
  };
  // The getter builds a fresh model from the worksheets, as `write` does.
  const model = (wb as unknown as { model: Model }).model;
  xlsx.prepareModel(model, {});
  for (const group of STEPS)
    await Promise.all(group.map((name) => (xlsx[name] as Step).call(xlsx, sink, model)));
  return zip.finish();
}
