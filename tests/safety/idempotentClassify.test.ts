/**
 * Classify twice = classify once: a second run of the same quarter leaves the same bytes of sheet
 * content (every worksheet, shared strings, styles, workbook part) as the first. Both outputs are
 * compared as opened and saved again, so ExcelJS's own normalisation on reading (default page
 * setup and zoom attributes, `spans` hints) is not mistaken for a change made by the add-in.
 */
import JSZip from "jszip";
import { classifyWorkbook, loadWorkbook, workbookToBytes } from "../../src/xlsx";
import { councilWorkbook, sheetLook } from "./support/councilWorkbook";

const QUARTER = "Q2 2018/19";

/** The parts of the package that hold sheet content (not docProps, whose dates change). */
async function sheetParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  const names = Object.keys(zip.files).filter((name) =>
    /^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml|styles\.xml|workbook\.xml)$/.test(name)
  );
  for (const name of names.sort()) parts[name] = await zip.file(name)!.async("string");
  return parts;
}

async function classifyBytes(bytes: Uint8Array, quarter = QUARTER): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  const outcome = classifyWorkbook(workbook, { quarter });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return workbookToBytes(workbook);
}

async function resave(bytes: Uint8Array): Promise<Uint8Array> {
  return workbookToBytes(await loadWorkbook(bytes));
}

describe("classifying twice is classifying once", () => {
  let input: Uint8Array;
  let once: Uint8Array;

  beforeAll(async () => {
    input = await workbookToBytes(councilWorkbook());
    once = await classifyBytes(input);
  });

  it("a second run of the same quarter changes no byte of sheet content", async () => {
    const twice = await classifyBytes(once);
    expect(await sheetParts(await resave(twice))).toEqual(await sheetParts(await resave(once)));
  });

  it("a third run still changes nothing, and the status column is not duplicated", async () => {
    const thrice = await classifyBytes(await classifyBytes(once));
    expect(await sheetParts(await resave(thrice))).toEqual(await sheetParts(await resave(once)));
    const sheet = (await loadWorkbook(thrice)).getWorksheet("Indicators")!;
    const headers = (sheet.getRow(1).values as unknown[]).filter(
      (v) => typeof v === "string" && v.startsWith("Status ")
    );
    expect(headers).toEqual([`Status ${QUARTER}`]);
  });

  // The hidden state sheet legitimately remembers the Q1 cells too (for Clear), so this compares
  // what a person sees: every visible sheet's values and formats. The Challenge log keeps the Q1
  // rows as the history of the challenge (docs/workbook-output.md): its Q2 rows look exactly as after Q2 once.
  it("Q1 then Q2 again looks exactly like Q2 once on every visible sheet, the log's history apart", async () => {
    const back = await loadWorkbook(await classifyBytes(await classifyBytes(once, "Q1 2018/19")));
    const first = await loadWorkbook(once);
    const visible = first.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);
    expect(visible).toEqual(["Indicators", "Challenge summary", "Challenge log"]);
    for (const name of ["Indicators", "Challenge summary"])
      expect(sheetLook(back.getWorksheet(name)!)).toEqual(sheetLook(first.getWorksheet(name)!));
    const firstLog = first.getWorksheet("Challenge log")!;
    const backLog = back.getWorksheet("Challenge log")!;
    const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
    const q2Part = Object.fromEntries(
      Object.entries(sheetLook(backLog)).filter(([address]) => rowOf(address) <= firstLog.rowCount)
    );
    expect(q2Part).toEqual(sheetLook(firstLog));
    const periodCol = (firstLog.getRow(1).values as unknown[]).indexOf("Period");
    const history: unknown[] = [];
    for (let r = firstLog.rowCount + 1; r <= backLog.rowCount; r++)
      history.push(backLog.getCell(r, periodCol).value);
    expect(history.length).toBeGreaterThan(0);
    expect(new Set(history)).toEqual(new Set(["Q1 2018/19"]));
  });

  it("the comparison sees a real change (the tests above are not vacuous)", async () => {
    const otherQuarter = await classifyBytes(once, "Q1 2018/19");
    expect(await sheetParts(await resave(otherQuarter))).not.toEqual(
      await sheetParts(await resave(once))
    );
  });
});
