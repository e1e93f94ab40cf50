/** Builds small RunResults for the write-plan, output and log tests (not a test file itself). */
import type {
  Classification,
  CommentaryItem,
  Indicator,
  Quarter,
  RunResult,
  Status,
  StatusCounts,
} from "../../src/engine/types";
import { STATUS_ORDER } from "../../src/engine/types";

export interface RowSpec {
  ref: string;
  name?: string;
  area: string;
  status: Status;
  value?: number | null;
  percent?: boolean;
  volumetric?: boolean;
  draft?: string;
  group?: CommentaryItem["group"];
}

const Q1: Quarter = { fy: 2018, q: 1, label: "Q1 2018/19" };
const Q2: Quarter = { fy: 2018, q: 2, label: "Q2 2018/19" };

function zero(): StatusCounts {
  return { outsideTolerance: 0, insideTolerance: 0, onTarget: 0, noTarget: 0, notClassified: 0 };
}

/** Largest-remainder percentages, as the engine's contract requires. */
function percentages(total: StatusCounts, count: number): StatusCounts {
  const result = zero();
  if (count === 0) return result;
  const raw = STATUS_ORDER.map((s) => ({ s, exact: (total[s] * 100) / count }));
  let left = 100;
  for (const r of raw) {
    result[r.s] = Math.floor(r.exact);
    left -= result[r.s];
  }
  raw.sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)));
  for (let i = 0; i < left; i++) result[raw[i].s] += 1;
  return result;
}

/** Table: header on row `headerRow`, ref col 0, name col 1, Q1 col 2, Q2 col 3 (value column). */
export function makeResult(
  specs: RowSpec[],
  options: { headerRow?: number; existingStatusColumn?: number | null } = {}
): RunResult {
  const headerRow = options.headerRow ?? 0;
  const sheet = "Indicators";
  const indicators: Indicator[] = [];
  const classifications: Classification[] = [];
  const commentary: CommentaryItem[] = [];
  const areas = new Map<string, StatusCounts>();
  const total = zero();
  specs.forEach((spec, i) => {
    const row = headerRow + 1 + i;
    const value = spec.value === undefined || spec.value === null ? null : spec.value;
    const sourced =
      value === null
        ? null
        : { value, cell: `${sheet}!D${row + 1}`, decimals: 0, percent: spec.percent ?? true };
    const type = spec.volumetric ? "volumetric" : "contract";
    indicators.push({
      row,
      ref: spec.ref,
      name: spec.name ?? `Indicator ${spec.ref}`,
      area: spec.area,
      type,
      polarity: "higher",
      unit: "percent",
      unitText: "%",
      target: null,
      tolerance: null,
      threshold: null,
      series: [
        { quarter: Q1, cell: `${sheet}!C${row + 1}`, value: null },
        { quarter: Q2, cell: `${sheet}!D${row + 1}`, value: sourced },
      ],
      benchmarks: [],
      numerator: null,
      denominator: null,
      hasError: spec.status === "notClassified",
    });
    classifications.push({
      ref: spec.ref,
      row,
      status: spec.status,
      value: sourced,
      cell: `${sheet}!D${row + 1}`,
    });
    commentary.push({
      ref: spec.ref,
      name: spec.name ?? `Indicator ${spec.ref}`,
      area: spec.area,
      group:
        spec.group ??
        (spec.volumetric
          ? "volumetric"
          : spec.status === "notClassified"
            ? "notClassified"
            : "good"),
      headline: `${spec.ref} - Indicator ${spec.ref} – Q2 2018/19 = ${value ?? "no value"}`,
      sentences: [spec.draft ?? `Draft for ${spec.ref}.`],
      text: spec.draft ?? `Draft for ${spec.ref}.`,
      direction: "Improved slightly",
      sources: [],
    });
    if (type === "volumetric") return;
    const counts = areas.get(spec.area) ?? zero();
    counts[spec.status] += 1;
    total[spec.status] += 1;
    areas.set(spec.area, counts);
  });
  const count = STATUS_ORDER.reduce((n, s) => n + total[s], 0);
  return {
    sheet,
    quarter: Q2,
    quarters: [Q1, Q2],
    toleranceMode: "threshold",
    layout: {
      sheet,
      headerRow,
      firstRow: headerRow + 1,
      lastRow: headerRow + specs.length,
      lastColumn: 3,
      columns: { ref: 0, indicator: 1 },
      quarterColumns: [
        { quarter: Q1, column: 2 },
        { quarter: Q2, column: 3 },
      ],
      existingStatusColumn: options.existingStatusColumn ?? null,
    },
    indicators,
    classifications,
    summary: {
      areas: [...areas].map(([area, c]) => ({ area, ...c })),
      total: { ...total, count },
      percent: percentages(total, count),
    },
    commentary,
    findings: [],
  };
}
