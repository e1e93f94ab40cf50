/** `A2 - Timeliness of single assessments – Q2 2018/19 = 91%`: hyphen after the ref, en dash before the quarter. */
import type { Quarter, SourcedNumber } from "../types";
import { formatSourced } from "./numberText";

export function headline(
  ref: string,
  name: string,
  quarter: Quarter,
  value: SourcedNumber | null,
  /** `year to date` for a cumulative measure (docs/periods.md). */
  basis?: string
): string {
  const title = ref && name ? `${ref} - ${name}` : ref || name;
  const period = basis ? `${quarter.label} (${basis})` : quarter.label;
  return `${title} – ${period} = ${value ? formatSourced(value) : "no value"}`;
}
