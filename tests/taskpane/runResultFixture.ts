/**
 * A hand-built RunResult shaped like the seed report's quarter (five service areas, contract and
 * volumetric indicators, findings, commentary in the four groups). Counts and percentages are
 * derived from the indicator list below, not typed in, so the fixture stays self-consistent.
 */
import type {
  Classification,
  CommentaryGroup,
  CommentaryItem,
  Finding,
  Indicator,
  Quarter,
  RunResult,
  Status,
  StatusCounts,
  Summary,
} from "../../src/engine/types";

export const QUARTERS: Quarter[] = [
  { fy: 2017, q: 4, label: "Q4 2017/18" },
  { fy: 2018, q: 1, label: "Q1 2018/19" },
  { fy: 2018, q: 2, label: "Q2 2018/19" },
];

interface Row {
  ref: string;
  name: string;
  area: string;
  status: Status;
  value: number;
  volumetric?: boolean;
}

const GROUP_BY_STATUS: Record<Status, CommentaryGroup> = {
  onTarget: "good",
  insideTolerance: "concern",
  outsideTolerance: "concern",
  noTarget: "good",
  notClassified: "notClassified",
};

function emptyCounts(): StatusCounts {
  return { outsideTolerance: 0, insideTolerance: 0, onTarget: 0, noTarget: 0, notClassified: 0 };
}

/** Largest-remainder whole percentages, as the engine documents. */
function percentages(total: StatusCounts, count: number): StatusCounts {
  const keys = Object.keys(total) as Status[];
  const exact = keys.map((k) => (count ? (total[k] * 100) / count : 0));
  const floors = exact.map(Math.floor);
  let left = count ? 100 - floors.reduce((a, b) => a + b, 0) : 0;
  const order = exact.map((e, i) => [e - floors[i], i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) floors[i]++;
  const out = emptyCounts();
  keys.forEach((k, i) => (out[k] = floors[i]));
  return out;
}

export function buildRunResult(rows: Row[], findings: Finding[], sheet = "Indicators"): RunResult {
  const quarter = QUARTERS[QUARTERS.length - 1];
  const indicators: Indicator[] = rows.map((r, i) => ({
    row: i + 1,
    ref: r.ref,
    name: r.name,
    area: r.area,
    type: r.volumetric ? "volumetric" : "contract",
    polarity: "higher",
    unit: "percent",
    unitText: "%",
    target: null,
    tolerance: null,
    threshold: null,
    series: [],
    benchmarks: [],
    numerator: null,
    denominator: null,
    hasError: r.status === "notClassified",
  }));
  const classifications: Classification[] = rows.map((r, i) => ({
    ref: r.ref,
    row: i + 1,
    status: r.status,
    value: { value: r.value, cell: `${sheet}!N${i + 2}`, decimals: 0, percent: true },
    cell: `${sheet}!N${i + 2}`,
  }));
  const areas: Summary["areas"] = [];
  const total = emptyCounts();
  for (const r of rows.filter((row) => !row.volumetric)) {
    let area = areas.find((a) => a.area === r.area);
    if (!area) areas.push((area = { area: r.area, ...emptyCounts() }));
    area[r.status]++;
    total[r.status]++;
  }
  const count = rows.filter((r) => !r.volumetric).length;
  const commentary: CommentaryItem[] = rows.map((r) => ({
    ref: r.ref,
    name: r.name,
    area: r.area,
    group: r.volumetric ? "volumetric" : GROUP_BY_STATUS[r.status],
    headline: `${r.ref} - ${r.name} – ${quarter.label} = ${r.value}%`,
    sentences: [`Performance is ${r.value}% in ${quarter.label}.`],
    text: `Performance is ${r.value}% in ${quarter.label}.`,
    direction: "No change",
    sources: [`${sheet}!N2`],
  }));
  return {
    sheet,
    quarter,
    quarters: QUARTERS,
    toleranceMode: "threshold",
    layout: {
      sheet,
      headerRow: 0,
      firstRow: 1,
      lastRow: rows.length,
      lastColumn: 14,
      columns: {},
      quarterColumns: QUARTERS.map((q, i) => ({ quarter: q, column: 11 + i })),
      existingStatusColumn: null,
    },
    indicators,
    classifications,
    summary: { areas, total: { ...total, count }, percent: percentages(total, count) },
    commentary,
    findings,
  };
}

const AREAS: [string, Partial<Record<Status, number>>][] = [
  ["Social Care Pathway", { outsideTolerance: 1, insideTolerance: 2, onTarget: 4 }],
  ["Children in Care", { outsideTolerance: 1, onTarget: 4 }],
  ["Youth Offending Services", { insideTolerance: 2, onTarget: 1 }],
  ["Family Support Services", { insideTolerance: 1, onTarget: 1 }],
  ["Workforce", { onTarget: 3 }],
];

/** The seed's quarter: 20 contract indicators in five areas, plus two volumetric measures. */
export function seedLikeResult(): RunResult {
  const rows: Row[] = [];
  let n = 0;
  for (const [area, counts] of AREAS) {
    for (const [status, times] of Object.entries(counts) as [Status, number][]) {
      for (let i = 0; i < times; i++) {
        n++;
        rows.push({ ref: `A${n}`, name: `Indicator number ${n}`, area, status, value: 50 + n });
      }
    }
  }
  rows.push({
    ref: "V1",
    name: "Referrals received",
    area: "Volumetric",
    status: "noTarget",
    value: 12,
    volumetric: true,
  });
  rows.push({
    ref: "V2",
    name: "Children in care",
    area: "Volumetric",
    status: "noTarget",
    value: 30,
    volumetric: true,
  });
  const findings: Finding[] = [
    {
      severity: "error",
      code: "value.notNumber",
      cell: "Indicators!N7",
      ref: "A6",
      message: "N7: the value “tbc” is not a number — type the figure or mark the cell n/a.",
    },
    {
      severity: "warning",
      code: "value.numberAsText",
      cell: "Indicators!N4",
      ref: "A3",
      message: "N4: the number 27% is stored as text.",
    },
    {
      severity: "info",
      code: "polarity.inferred",
      cell: "Indicators!E9",
      ref: "A8",
      message: "E9: polarity inferred from the tolerance side.",
    },
  ];
  return buildRunResult(rows, findings);
}
