/**
 * Issue 12: commentary golden texts for a monthly table and a cumulative measure, each worked out
 * by hand from the figures (comments), never copied from the engine's output.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../corpus/support/runCli";
import { maidstoneProfiled, type PeriodLayout, rotherhamMonthlyTwoRow } from "./periodLayouts";
import { writePeriodLayout } from "./periodLayoutWriter";
import { maidstoneCollection } from "./collectionLayouts";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "perf-challenge-golden-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function classify(layout: PeriodLayout): Promise<{ commentary: string }> {
  const input = join(root, `${layout.id}.xlsx`);
  const mdPath = join(root, `${layout.id}.md`);
  await writePeriodLayout(layout, input);
  const run = await runCli([
    "classify",
    input,
    "--out",
    join(root, `${layout.id}-out.xlsx`),
    "--commentary",
    mdPath,
  ]);
  expect(run.code).toBe(0);
  return { commentary: await readFile(mdPath, "utf8") };
}

/** A heading and its paragraph from the commentary Markdown. */
function paragraph(commentary: string, headline: string): string {
  const at = commentary.indexOf(`### ${headline}\n\n`);
  if (at < 0) return `(no "${headline}")`;
  return commentary.slice(at).split("\n")[2];
}

describe("commentary golden texts (worked out by hand)", () => {
  it("monthly: agency social workers 78, 72, 71 against target 70 and tolerance 75 (lower is better)", async () => {
    const { commentary } = await classify(rotherhamMonthlyTwoRow());
    // June 71: above 70, within 75 → inside; May 72 inside; April 78 outside → second successive
    // month. 71 is within a fifth of the band (5) of the target → almost at target. 72 → 71 is a
    // change of 1, under a quarter of the band → very slight; lower is better → improvement. Inside
    // tolerance, nearer the target and improving (two facts for, none against) → good, said first.
    expect(
      paragraph(
        commentary,
        "SW1 - Agency social workers across the service (number) – Jun 2017 = 71"
      )
    ).toBe(
      "This is good and improving performance, almost at target. Performance remains above target (70) but within tolerance (75) for the second successive month. There has been a very slight improvement of 1 from 72 in May 2017."
    );
  });

  it("cumulative: council tax 96.76% in Q4 2022/23 against 96.70% a year before", async () => {
    const { commentary } = await classify(maidstoneCollection());
    // 96.76% ≥ 95.75% → on target; the quarter before in the table is Q1 2022/23, not adjacent, so
    // no streak. Year-to-date: compared with Q4 2021/22, 0.06 / 96.70 < 1% → very slight.
    expect(
      paragraph(
        commentary,
        "Percentage of Council Tax collected (BV 009) – Q4 2022/23 (year to date) = 96.76%"
      )
    ).toBe(
      "This is good and improving performance. Performance is on or better than target (95.75%). Compared with Q4 2021/22 (96.70%), this is a very slight improvement."
    );
  });

  it("cumulative with no figure a year before: no comparison at all", async () => {
    const { commentary } = await classify(maidstoneProfiled());
    expect(
      paragraph(
        commentary,
        "Maidstone: Percentage of Council Tax collected – Q3 2023/24 (year to date) = 81.50%"
      )
    ).toBe(
      "Performance remains a concern. Performance has been below target (82.42%) in each of the last two quarters, with no tolerance set. As a year-to-date figure it is not compared with the period before, and there is no figure for Q3 2022/23 to compare with."
    );
  });
});
