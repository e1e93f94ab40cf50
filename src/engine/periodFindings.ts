/** Findings about how the periods were read (docs/periods.md): a year taken from the title. */
import type { Finding } from "./types";
import type { HeaderFound } from "./headerRow";
import { make } from "./findingBase";
import { columnLetters } from "./address";

/** `Quarter 1` … `Quarter 4` with no year: says where the year came from, on the first of them. */
export function periodFindings(header: HeaderFound, sheetPrefix: string): Finding[] {
  const hint = header.yearFrom;
  const first = header.quarterColumns[0];
  if (!hint || !first) return [];
  const local = columnLetters(first.column) + (header.row + 1);
  const next = String((hint.fy + 1) % 100).padStart(2, "0");
  return [
    make(
      "info",
      "period.yearFromTitle",
      { cell: sheetPrefix + local, local },
      `the period headings give no year, so the financial year ${hint.fy}/${next} was taken from ${hint.where} — if that is wrong, write the year into the headings (for example Quarter 1 ${hint.fy}/${next}).`
    ),
  ];
}
