/**
 * Golden test: the bundled sample (scripts/sample-data.ts, built from the seed report) run through
 * the whole engine gives the summary of the seed's table and exactly the reviewed commentary in
 * __golden__/sample-q2-2018-19.md. After a deliberate change to the drafting, regenerate with
 * `UPDATE_GOLDEN=1 npx jest tests/engine/commentary/golden` and review every line of the diff.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSampleGrid } from "../../../scripts/sample-data";
import { runEngine } from "../../../src/engine/run";
import {
  COMMENTARY_GROUP_TITLE,
  type CommentaryItem,
  type RunResult,
} from "../../../src/engine/types";

const GOLDEN = join(__dirname, "__golden__", "sample-q2-2018-19.md");

function render(result: RunResult): string {
  const lines = [`# Challenge commentary – ${result.quarter.label}`, ""];
  let group: CommentaryItem["group"] | null = null;
  for (const item of result.commentary) {
    if (item.group !== group) {
      group = item.group;
      lines.push(`## ${COMMENTARY_GROUP_TITLE[group]}`, "");
    }
    lines.push(
      `### ${item.headline}`,
      "",
      item.text,
      "",
      `Direction of travel: ${item.direction}. Sources: ${item.sources.join(", ")}.`,
      ""
    );
  }
  return lines.join("\n");
}

function sampleRun(): RunResult {
  const outcome = runEngine(buildSampleGrid(), {});
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result;
}

describe("sample workbook (seed Q2 2018/19)", () => {
  const result = sampleRun();

  it("classifies Q2 2018/19 by default with no findings", () => {
    expect(result.quarter.label).toBe("Q2 2018/19");
    expect(result.findings).toEqual([]);
  });

  it("reproduces the seed's summary table: 2 / 5 / 13 / 0 of 20 → 10% / 25% / 65% / 0%", () => {
    const { total, percent, areas } = result.summary;
    expect(total).toEqual({
      outsideTolerance: 2,
      insideTolerance: 5,
      onTarget: 13,
      noTarget: 0,
      notClassified: 0,
      count: 20,
    });
    expect(percent).toEqual({
      outsideTolerance: 10,
      insideTolerance: 25,
      onTarget: 65,
      noTarget: 0,
      notClassified: 0,
    });
    expect(
      areas.map((a) => [a.area, a.outsideTolerance, a.insideTolerance, a.onTarget, a.noTarget])
    ).toEqual([
      ["Social Care Pathway", 1, 2, 4, 0],
      ["Children in Care", 1, 0, 4, 0],
      ["Youth Offending Services", 0, 2, 1, 0],
      ["Family Support Services", 0, 1, 1, 0],
      ["Workforce", 0, 0, 3, 0],
    ]);
  });

  it("drafts one item per indicator, contract and volumetric", () => {
    expect(result.commentary).toHaveLength(result.indicators.length);
    expect(result.commentary.filter((c) => c.group === "volumetric").map((c) => c.ref)).toEqual([
      "E1",
      "E18",
      "E19",
      "E34",
      "E35",
    ]);
  });

  it("drafts exactly the reviewed commentary", () => {
    const drafted = render(result);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, drafted);
    expect(drafted).toBe(readFileSync(GOLDEN, "utf8"));
  });
});
