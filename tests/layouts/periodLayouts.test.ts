/**
 * Issue 12: period layouts rebuilt from real council reports (tests/layouts/periodLayouts.ts,
 * sources in docs/layouts.md), classified through the command line. Each expected status is
 * worked out by hand from the figures in the comment beside it, never copied from the output.
 */
import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../corpus/support/runCli";
import {
  darlingtonYearless,
  maidstoneCalendarQuarters,
  maidstoneProfiled,
  type PeriodLayout,
  rotherhamMonthly,
  rotherhamMonthlyTwoRow,
} from "./periodLayouts";
import { writePeriodLayout } from "./periodLayoutWriter";
import { maidstoneAnnual, maidstoneCollection } from "./collectionLayouts";

interface Json {
  quarter?: string;
  period: string;
  periodKind: string;
  indicators: { ref: string; name: string; type: string; status: string }[];
  summary: { total: Record<string, number>; percent: Record<string, number> };
  findings: { severity: string; code: string; cell: string; message: string }[];
  layout: { columns: { column: string; heading: string; role: string }[] };
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "perf-challenge-periods-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function classify(
  layout: PeriodLayout,
  extra: string[] = []
): Promise<{ json: Json; out: string; commentary: string; stdout: string }> {
  const input = join(root, `${layout.id}.xlsx`);
  const out = join(root, `${layout.id}-out.xlsx`);
  const jsonPath = join(root, `${layout.id}.json`);
  const mdPath = join(root, `${layout.id}.md`);
  await writePeriodLayout(layout, input);
  const run = await runCli([
    "classify",
    input,
    "--out",
    out,
    "--json",
    jsonPath,
    "--commentary",
    mdPath,
    ...extra,
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return {
    json: JSON.parse(await readFile(jsonPath, "utf8")) as Json,
    out,
    commentary: await readFile(mdPath, "utf8"),
    stdout: run.stdout,
  };
}

function statuses(json: Json): string[] {
  return json.indicators.map((i) => `${i.type}:${i.status}`);
}

async function headerTexts(path: string, row: number): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const values = (wb.worksheets[0].getRow(row).values as unknown[]).slice(1);
  return values.filter((v): v is string => typeof v === "string");
}

describe("monthly scorecards", () => {
  it("reads Jan-17 Feb-17 Mar-17, rates March (the latest with data) and writes Status Mar 2017", async () => {
    const { json, out, commentary } = await classify(rotherhamMonthly());
    expect(json).toMatchObject({ period: "Mar 2017", periodKind: "month" });
    expect(json.quarter).toBeUndefined();
    // 1.1 contacts: Info. 2.4 single assessments: 92.9% against 90% (higher is better).
    expect(statuses(json)).toEqual(["volumetric:noTarget", "contract:onTarget"]);
    expect(json.summary.percent).toMatchObject({ onTarget: 100, outsideTolerance: 0 });
    // February (85.9%) was below the same 90% target, and the row sets no tolerance.
    expect(commentary).toMatch(
      /on or better than target \(90\), having been below target in Feb 2017\./
    );
    expect(await headerTexts(out, 4)).toContain("Status Mar 2017");
  });

  it("classifies another month on request (--period Feb-17: 85.9% against 90%)", async () => {
    const { json } = await classify(rotherhamMonthly(), ["--period", "Feb-17"]);
    expect(json.period).toBe("Feb 2017");
    expect(statuses(json)).toEqual(["volumetric:noTarget", "contract:outsideTolerance"]);
  });

  it("reads a two-row header whose months are date cells formatted mmm-yy", async () => {
    const { json } = await classify(rotherhamMonthlyTwoRow());
    expect(json.period).toBe("Jun 2017");
    expect(json.layout.columns.filter((c) => c.role === "period").map((c) => c.column)).toEqual([
      "F",
      "G",
      "H",
    ]);
    // EH3 Info; SW1 71 (lower is better) against target 70, tolerance 75 → inside tolerance;
    // ED1 4.1% against 4.2% (lower is better) → on target.
    expect(statuses(json)).toEqual([
      "volumetric:noTarget",
      "contract:insideTolerance",
      "contract:onTarget",
    ]);
    expect(json.summary.percent).toMatchObject({ insideTolerance: 50, onTarget: 50 });
  });
});

describe("calendar-quarter labels and targets by period", () => {
  it("reads Jan-Mar 2022 … Jan-Mar 2023 as Q4 2021/22 … Q4 2022/23, each against its own target", async () => {
    const { json, commentary, stdout } = await classify(maidstoneCalendarQuarters());
    expect(stdout).toContain("C, D, E  → quarters (Q4 2021/22 to Q4 2022/23)");
    expect(stdout).toContain("H  Target Jan-Mar 2023 → target for Q4 2022/23");
    expect(json).toMatchObject({
      quarter: "Q4 2022/23",
      period: "Q4 2022/23",
      periodKind: "quarter",
    });
    // Relief duty 38.41% < 60%; footfall 356,574 < 468,658; unemployed 2.8% > 2.2% (lower better);
    // youths 563 > 373 (lower better). No tolerance: each is outside tolerance.
    expect(statuses(json)).toEqual(Array(4).fill("contract:outsideTolerance"));
    expect(commentary).toContain("below target (468,658)");
  });

  it("takes the chosen quarter's own target (Apr-Jun 2022: footfall target 2,722,375)", async () => {
    const { json, commentary } = await classify(maidstoneCalendarQuarters(), [
      "--quarter",
      "Apr-Jun 2022",
    ]);
    expect(json.period).toBe("Q1 2022/23");
    expect(commentary).toContain("below target (2,722,375)");
  });

  it("judges each earlier quarter against its own profiled target (Maidstone 2023/24)", async () => {
    const { json, commentary } = await classify(maidstoneProfiled());
    // NNDR Q3 82.86% ≥ 81.03%; council tax Q3 81.50% < 82.42%.
    expect(statuses(json)).toEqual(["contract:onTarget", "contract:outsideTolerance"]);
    // NNDR Q2 59.26% met its own Q2 target of 56.52% (against 81.03% it would have been below).
    expect(commentary).toContain(
      "Performance has been on or better than target (81.03%) in each of the last two quarters."
    );
    expect(commentary).not.toMatch(/having been below target[^.]*Q2 2023\/24/);
    // Council tax Q2 54.81% also missed its Q2 target of 54.93%.
    expect(commentary).toContain("in each of the last two quarters.");
  });
});

describe("cumulative (year-to-date) measures", () => {
  it("compares with the same quarter last year, never the quarter before, and says year to date", async () => {
    const { json, commentary } = await classify(maidstoneCollection());
    // NNDR 97.65% ≥ 95.20%; council tax 96.76% ≥ 95.75%.
    expect(statuses(json)).toEqual(["contract:onTarget", "contract:onTarget"]);
    expect(commentary).toContain(
      "Percentage of Council Tax collected (BV 009) – Q4 2022/23 (year to date) = 96.76%"
    );
    // Q1 2022/23 (19.03%) → Q4 (96.76%) is the year filling up: never called an improvement.
    expect(commentary).not.toMatch(/significant improvement/);
    expect(commentary).not.toContain("from 19.03%");
  });

  it("rates Q1 against the profiled Q1 target (19.03% against 18.49%)", async () => {
    const { json, commentary } = await classify(maidstoneCollection(), ["--period", "Q1 2022/23"]);
    expect(statuses(json)).toEqual(["contract:onTarget", "contract:onTarget"]);
    expect(commentary).toContain("there is no figure for Q1 2021/22 to compare with");
  });
});

describe("Quarter N with the year only in the title; annual tables", () => {
  it("takes 2021/22 from the title row and says so", async () => {
    const { json } = await classify(darlingtonYearless());
    expect(json.period).toBe("Q3 2021/22");
    // Over three days: no Q3 figure; re-referrals 10.8 ≤ 18; CP allocated: no target;
    // children in care: Info; visits 89.8 < 90 with no tolerance.
    expect(statuses(json)).toEqual([
      "contract:notClassified",
      "contract:onTarget",
      "contract:noTarget",
      "volumetric:noTarget",
      "contract:outsideTolerance",
    ]);
    const found = json.findings.find((f) => f.code === "period.yearFromTitle");
    expect(found?.cell).toBe("CYP!D4");
    expect(found?.message).toContain("2021/22 was taken from CYP!A2");
  });

  it("reads 2021/22 2022/23 as years and counts runs in years", async () => {
    const { json, commentary } = await classify(maidstoneAnnual());
    expect(json).toMatchObject({ period: "2022/23", periodKind: "year" });
    expect(json.quarter).toBeUndefined();
    expect(statuses(json)).toEqual(["contract:onTarget", "contract:onTarget"]);
    // 96.70% and 96.76% are both at or above 95.75%.
    expect(commentary).toContain(
      "Performance has been on or better than target (95.75%) in each of the last two years."
    );
  });
});

describe("--columns by heading text and --columns-file", () => {
  const unknown = maidstoneAnnual("Expected level");

  it("an unknown target heading is not used; naming it sets the target", async () => {
    const before = await classify(unknown);
    expect(before.json.summary.total).toMatchObject({ noTarget: 2, onTarget: 0 });
    const after = await classify(unknown, ["--columns", "target=Expected level"]);
    expect(after.json.summary.total).toMatchObject({ noTarget: 0, onTarget: 2 });
  });

  it("reads the roles from a JSON file", async () => {
    const file = join(root, "mapping.json");
    await writeFile(file, JSON.stringify({ target: "C" }));
    const { json } = await classify(unknown, ["--columns-file", file]);
    expect(json.summary.total).toMatchObject({ onTarget: 2 });
  });

  it.each([
    [
      ["--columns", "target=No such heading"],
      /^perf-challenge: --columns: no heading "No such heading"/,
    ],
    [["--columns", "target=ZZ"], /^perf-challenge: --columns: column ZZ for target is beyond/],
    [
      ["--columns-file", "missing.json"],
      /^perf-challenge: --columns-file: missing\.json cannot be read: there is no such file\.$/,
    ],
  ])("refuses %j with one line and exit 1", async (extra, message) => {
    const input = join(root, "unknown.xlsx");
    await writePeriodLayout(unknown, input);
    const run = await runCli(["classify", input, "--out", join(root, "x.xlsx"), ...extra]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
  });

  it("refuses a mapping file with an unknown role", async () => {
    const file = join(root, "bad.json");
    await writeFile(file, JSON.stringify({ colour: "C" }));
    const input = join(root, "unknown2.xlsx");
    await writePeriodLayout(unknown, input);
    const run = await runCli([
      "classify",
      input,
      "--out",
      join(root, "y.xlsx"),
      "--columns-file",
      file,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^perf-challenge: --columns-file: "colour": "C" is neither a role and a column .* nor a column and its period/
    );
  });
});
