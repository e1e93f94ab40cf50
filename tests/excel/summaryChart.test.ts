/**
 * The Challenge summary's stacked-bar chart in the Office.js adapter, on the sync-counting fake:
 * written by Classify from the table it plots, replaced (never duplicated) on every rerun, removed
 * by Clear — and never a sync of its own (it is queued with the summary write, looked for in the
 * first read).
 */
import { classifyInContext } from "../../src/excel/classify";
import { clearInContext } from "../../src/excel/clear";
import { decodeSnapshot } from "../../src/engine/formatState";
import { PALETTES } from "../../src/engine/palette";
import { SUMMARY_CHART } from "../../src/excel/summaryChart";
import { asExcel, FakeRequestContext, type WorkbookData } from "./fake";
import type { ChartData } from "./fake/state";
import { indicatorWorkbook, Q2_COLUMN } from "./helpers";

async function classify(data: WorkbookData, quarter?: string) {
  const ctx = new FakeRequestContext(data);
  const run = await classifyInContext(asExcel(ctx), { quarter });
  if (!run.outcome.ok) throw new Error(run.outcome.message);
  return { ctx, run };
}

async function clear(data: WorkbookData) {
  const ctx = new FakeRequestContext(data);
  const run = await clearInContext(asExcel(ctx), decodeSnapshot);
  return { ctx, run };
}

function charts(data: WorkbookData, sheet = "Challenge summary"): ChartData[] {
  return data.sheet(sheet)?.charts ?? [];
}

const colours = PALETTES.highContrast;

describe("the Challenge summary chart (Office.js adapter)", () => {
  it("classify writes a stacked-bar chart of the table, in the same two syncs as before", async () => {
    const data = indicatorWorkbook(20);
    const { ctx, run } = await classify(data);
    expect(ctx.syncCount).toBe(2);
    expect(run.report.syncs).toBe(2);
    const [chart] = charts(data);
    expect(charts(data)).toHaveLength(1);
    expect(chart).toEqual({
      name: SUMMARY_CHART,
      type: "BarStacked",
      seriesBy: "Columns",
      // The header row (A4) and the two areas' rows, Service area and four statuses (A4:E6).
      source: { top: 3, left: 0, rows: 3, cols: 5 },
      title: "Contract measures by service area, Q2 2018/19",
      legend: "Bottom",
      showValues: true,
      series: [
        { name: "", color: colours.outsideTolerance },
        { name: "", color: colours.insideTolerance },
        { name: "", color: colours.onTarget },
        { name: "", color: colours.noTarget },
      ],
      position: ["G2", "O20"],
    });
    // What the chart plots is the table the summary sheet holds there.
    const summary = data.sheet("Challenge summary")!;
    const header = [0, 1, 2, 3, 4].map((c) => summary.get(3, c)?.value);
    expect(header).toEqual([
      "Service area",
      "Outside tolerance",
      "Inside tolerance",
      "On or better than target",
      "No target specified",
    ]);
    expect([summary.get(4, 0)?.value, summary.get(5, 0)?.value]).toEqual([
      "Social care",
      "Early help",
    ]);
    expect(summary.get(6, 0)?.value).toBe("Total");
  });

  it("a rerun replaces the chart (one chart, the new quarter) without another sync", async () => {
    const data = indicatorWorkbook(20);
    const first = await classify(data);
    const again = await classify(data, "Q1 2018/19");
    expect(again.ctx.syncCount).toBe(first.ctx.syncCount);
    expect(charts(data)).toHaveLength(1);
    expect(charts(data)[0].title).toBe("Contract measures by service area, Q1 2018/19");
  });

  it("follows the table: a Not classified column adds a series (dark grey) and a column", async () => {
    const data = indicatorWorkbook(20);
    await classify(data);
    data.sheet("Indicators")!.touch(3, Q2_COLUMN).value = "abc";
    await classify(data);
    const [chart] = charts(data);
    expect(charts(data)).toHaveLength(1);
    expect(chart.source).toEqual({ top: 3, left: 0, rows: 3, cols: 6 });
    expect(chart.series.map((s) => s.color)).toEqual([
      colours.outsideTolerance,
      colours.insideTolerance,
      colours.onTarget,
      colours.noTarget,
      "#595959",
    ]);
  });

  it("Clear removes our chart in its usual two syncs and keeps the summary and a chart of the analyst's", async () => {
    const data = indicatorWorkbook(20);
    await classify(data);
    const own: ChartData = { ...charts(data)[0], name: "Analyst's chart", title: "Mine" };
    data.sheet("Challenge summary")!.charts.push(own);
    const { ctx, run } = await clear(data);
    expect(run.cleared).toBe(true);
    expect(ctx.syncCount).toBe(2);
    expect(charts(data)).toEqual([own]);
    expect(data.sheet("Challenge summary")!.get(3, 0)?.value).toBe("Service area");
  });

  it("an analyst's own 'Challenge summary' is left alone: ours (and its chart) go to '(2)', and Clear finds it there", async () => {
    const data = indicatorWorkbook(20);
    data.fill("Challenge summary", [["My notes on the quarter"]]);
    await classify(data);
    expect(charts(data)).toEqual([]);
    expect(charts(data, "Challenge summary (2)").map((c) => c.name)).toEqual([SUMMARY_CHART]);
    await clear(data);
    expect(charts(data, "Challenge summary (2)")).toEqual([]);
  });
});
