/**
 * Builders of engine data for commentary tests: an indicator from a short description, with cell
 * addresses laid out as on a sheet (row r, quarters from column I), and its classification computed
 * by the docs/engine.md rules.
 */
import type { CommentaryInput } from "../../../src/engine/commentary";
import { rateValue } from "../../../src/engine/commentary/context";
import type {
  Classification,
  Indicator,
  Polarity,
  Quarter,
  SourcedNumber,
  Status,
} from "../../../src/engine/types";

export function quarter(fy: number, q: 1 | 2 | 3 | 4): Quarter {
  return { fy, q, label: `Q${q} ${fy}/${String((fy + 1) % 100).padStart(2, "0")}` };
}

/** `count` quarters ending at Q2 2018/19. */
export function quartersEndingQ2(count: number): Quarter[] {
  const out: Quarter[] = [];
  let fy = 2018;
  let q = 2;
  for (let i = 0; i < count; i++) {
    out.unshift(quarter(fy, q as 1 | 2 | 3 | 4));
    q--;
    if (q === 0) {
      q = 4;
      fy--;
    }
  }
  return out;
}

function column(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export interface IndicatorSpec {
  ref?: string;
  name?: string;
  area?: string;
  row?: number;
  type?: "contract" | "volumetric";
  polarity?: Polarity | null;
  percent?: boolean;
  decimals?: number;
  target?: number | null;
  /** Threshold (threshold mode). */
  tolerance?: number | null;
  values: (number | null)[];
  benchmarks?: { name: string; value: number; decimals?: number }[];
  denominator?: number;
  unit?: Indicator["unit"];
}

export function makeIndicator(
  spec: IndicatorSpec,
  quarters: Quarter[] = quartersEndingQ2(spec.values.length)
): Indicator {
  const row = spec.row ?? 4;
  const percent = spec.percent ?? true;
  const decimals = spec.decimals ?? 0;
  const at = (col: number): string => `Indicators!${column(col)}${row + 1}`;
  const num = (value: number, col: number, d = decimals): SourcedNumber => ({
    value,
    cell: at(col),
    decimals: d,
    percent,
  });
  const firstQuarterCol = 8;
  const benchCol = firstQuarterCol + spec.values.length;
  const target = spec.target === undefined ? 90 : spec.target;
  const tolerance = spec.tolerance === undefined ? 85 : spec.tolerance;
  const type = spec.type ?? "contract";
  return {
    row,
    ref: spec.ref ?? "A2",
    name: spec.name ?? "Timeliness of single assessments",
    area: spec.area ?? "Social Care Pathway",
    type,
    polarity:
      spec.polarity === undefined ? (type === "volumetric" ? null : "higher") : spec.polarity,
    unit: spec.unit ?? (percent ? "percent" : "count"),
    unitText: percent ? "%" : "Number",
    target: target === null || type === "volumetric" ? null : num(target, 6),
    tolerance: tolerance === null || type === "volumetric" ? null : num(tolerance, 7),
    threshold: tolerance === null || type === "volumetric" ? null : tolerance,
    series: spec.values.map((v, i) => ({
      quarter: quarters[i],
      cell: at(firstQuarterCol + i),
      value: v === null ? null : num(v, firstQuarterCol + i),
    })),
    benchmarks: (spec.benchmarks ?? []).map((b, i) => ({
      name: b.name,
      value: num(b.value, benchCol + i, b.decimals ?? decimals),
    })),
    numerator: null,
    denominator:
      spec.denominator === undefined
        ? null
        : { value: spec.denominator, cell: at(benchCol + 4), decimals: 0, percent: false },
    hasError: false,
  };
}

export function classify(
  indicator: Indicator,
  chosen: Quarter,
  override?: Partial<Classification>
): Classification {
  const entry = indicator.series.find(
    (s) => s.quarter.fy === chosen.fy && s.quarter.q === chosen.q
  );
  const value = entry?.value ?? null;
  let status: Status;
  if (indicator.type === "volumetric") status = "noTarget";
  else if (!value) status = "notClassified";
  else status = rateValue(value.value, indicator, indicator.polarity);
  return {
    ref: indicator.ref,
    row: indicator.row,
    status,
    value,
    cell: entry?.cell ?? "",
    reason: value ? undefined : "no value for this quarter",
    ...override,
  };
}

/** A commentary input for indicators that share the same quarters (the last one is chosen). */
export function inputFor(
  indicators: Indicator[],
  options: Partial<CommentaryInput> = {}
): CommentaryInput {
  const quarters = indicators[0]?.series.map((s) => s.quarter) ?? [];
  const chosen = options.quarter ?? quarters[quarters.length - 1];
  return {
    indicators,
    classifications: indicators.map((ind) => classify(ind, chosen)),
    quarters,
    quarter: chosen,
    toleranceMode: "threshold",
    smallCohortThreshold: 10,
    ...options,
  };
}
