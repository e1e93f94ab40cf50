/** `A2 - Timeliness of single assessments – Q2 2018/19 = 91%`: hyphen after the ref, en dash before the quarter. */
import type { Quarter, SourcedNumber } from "../types";
import { formatSourced } from "./numberText";

export function headline(
  ref: string,
  name: string,
  quarter: Quarter,
  value: SourcedNumber | null
): string {
  const title = ref && name ? `${ref} - ${name}` : ref || name;
  return `${title} – ${quarter.label} = ${value ? formatSourced(value) : "no value"}`;
}
