/**
 * The corpus for the add-in: the same rows as the command-line corpus, loaded into the fake Excel
 * of tests/excel/fake (which refuses writes to a protected sheet at sync, as Excel does).
 */
import { WorkbookData } from "../../excel/fake";
import { COLUMNS, type RowSpec } from "./table";

type FakeValue = string | number | boolean | null | { error: string };

function toFake(value: unknown): FakeValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "error" in (value as object))
    return { error: String((value as { error: unknown }).error) };
  throw new Error(`The fake Excel corpus cannot hold ${JSON.stringify(value)}`);
}

/** A workbook with the table of `rows` on sheet "Indicators" from A1; `protectedSheet` locks it. */
export function fakeCorpusWorkbook(
  rows: RowSpec[],
  options: { protectedSheet?: boolean } = {}
): WorkbookData {
  const data = new WorkbookData();
  const header: FakeValue[] = COLUMNS.map(([, title]) => title);
  const body = rows.map((row) => COLUMNS.map(([key]) => toFake(row[key])));
  const formats = [
    COLUMNS.map(() => null),
    ...rows.map((row) => COLUMNS.map(([key]) => row.formats?.[key] ?? null)),
  ];
  const sheet = data.fill("Indicators", [header, ...body], { formats });
  sheet.protected = options.protectedSheet ?? false;
  data.activeSheet = "Indicators";
  return data;
}
