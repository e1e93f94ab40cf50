/**
 * The Office.js harness must see exactly what the real runtime sends: one request per sync, with
 * the actions the batch queued, and answer loads from the in-memory workbook.
 */
import { runProbe } from "../../bench/officejs/probe";
import { PAYLOAD_LIMIT_BYTES, RecordingHost } from "../../bench/officejs/recorder";
import { MemoryWorkbook } from "../../bench/officejs/workbook";

function bookWithSheet(rows: (string | number)[][]): MemoryWorkbook {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Data");
  rows.forEach((row, r) => row.forEach((value, c) => sheet.setValue(r, c, value)));
  return book;
}

describe("the bench host refuses what Excel refuses", () => {
  it("a very hidden sheet cannot be deleted until it is made hidden (office-js#365)", async () => {
    const book = bookWithSheet([["x"]]);
    book.addSheet("Keep");
    book.sheet("Data")!.visibility = "VeryHidden";
    const host = new RecordingHost(book);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.visibility = "Hidden";
      sheet.delete();
      await context.sync();
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["Keep"]);
  });

  it("a protected sheet reports itself protected and refuses cell writes", async () => {
    const book = bookWithSheet([["x"]]);
    book.sheet("Data")!.protected = true;
    const host = new RecordingHost(book);
    const isProtected = await host.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Data").protection;
      protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(isProtected).toBe(true);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["y"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(book.sheet("Data")!.value(0, 0)).toBe("x");
  });

  it("data validation set on a range is reported back, and clear removes it", async () => {
    const host = new RecordingHost(bookWithSheet([[1], [2]]));
    const typeOf = () =>
      host.run(async (context) => {
        const validation = context.workbook.worksheets
          .getItem("Data")
          .getRange("A1:A2").dataValidation;
        validation.load("type");
        await context.sync();
        return validation.type;
      });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A2").dataValidation.rule = {
        decimal: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo },
      };
      await context.sync();
    });
    expect(await typeOf()).toBe("Decimal");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").dataValidation.clear();
      await context.sync();
    });
    expect(await typeOf()).toBe("Inconsistent");
  });
});

describe("Office.js recording harness", () => {
  it("records one request per sync, plus Excel.run's cleanup of tracked ranges", async () => {
    const { host, values, address } = await runProbe();
    expect(values).toEqual([
      ["Ref", "Indicator", "Q1 2018/19"],
      ["A1", "Timeliness", 0.91],
      ["A2", "Visits", 12],
    ]);
    expect(address).toBe("Indicators!A1:C3");
    expect(host.syncs.map((s) => s.kind)).toEqual(["read", "write", "cleanup"]);
    expect(host.syncs[0].actionNames.Query).toBe(1);
    expect(host.syncs[1].actionNames["SetProperty:Values"]).toBe(1);
    expect(host.syncs[1].actionNames["SetProperty:Color"]).toBe(1);
    expect(host.syncs[2].actionNames["Method:_RemoveReference"]).toBe(3);
    for (const sync of host.syncs) {
      expect(sync.actions).toBe(Object.values(sync.actionNames).reduce((a, b) => a + b, 0));
      expect(sync.bytesUp).toBeGreaterThan(0);
      expect(sync.bytesDown).toBeGreaterThan(0);
    }
    expect(host.server.liveReferences).toBe(0);
    const sheet = host.server.book.sheet("Indicators")!;
    expect(sheet.value(1, 3)).toBe("On or better than target");
    expect(sheet.style("fill.color", 1, 3)).toBe("#1B9E77");
    expect(sheet.style("fill.color", 2, 3)).toBe("#FFFFFF");
  });

  it("has no cleanup round trip when the batch untracks its ranges", async () => {
    const host = new RecordingHost(bookWithSheet([["x", 1]]));
    const range = (context: Excel.RequestContext): Excel.Range =>
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").untrack();
    const read = await host.run(async (context) => {
      const before = range(context).load("values");
      await context.sync();
      // An untracked range is valid for one sync only (the runtime enforces it), so write via a new one.
      range(context).values = [["y", 2]];
      await context.sync();
      return before.values;
    });
    expect(read).toEqual([["x", 1]]);
    expect(host.syncs.map((s) => s.kind)).toEqual(["read", "write"]);
    expect(host.server.book.sheet("Data")!.value(0, 0)).toBe("y");
  });

  it("answers cell properties in the same read and rejects oversized requests like Excel on the web", async () => {
    const host = new RecordingHost(bookWithSheet([["a"], ["b"]]));
    host.server.book.sheet("Data")!.setStyle("fill.color", 1, 0, "#FF0000");
    const fills = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:A2");
      const props = range.getCellProperties({ format: { fill: { color: true } } });
      range.load("values");
      await context.sync();
      return props.value.map((row) => row[0].format?.fill?.color);
    });
    expect(fills).toEqual(["#FFFFFF", "#FF0000"]);
    expect(host.syncs.filter((s) => s.kind !== "cleanup")).toHaveLength(1);

    const big = "x".repeat(1000);
    const rows = Math.ceil(PAYLOAD_LIMIT_BYTES / 1000) + 10;
    const error = await host
      .run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange(`A1:A${rows}`);
        range.values = Array.from({ length: rows }, () => [big]);
        await context.sync();
      })
      .catch((e: { code?: string }) => e);
    expect((error as { code?: string }).code).toBe("RequestPayloadSizeLimitExceeded");
    const refused = host.syncs.find((s) => s.error === "RequestPayloadSizeLimitExceeded")!;
    expect(refused.bytesUp).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(refused.writeBytesBySheet.Data).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(refused.rangeObjects).toBeGreaterThan(0);
    expect(host.server.book.sheet("Data")!.value(0, 0)).toBe("a");
  });
});

describe("the summary chart through the real Office.js runtime", () => {
  it("classify writes it in its usual syncs, a rerun replaces it and Clear removes it", async () => {
    const { readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { memoryBookFrom } = await import("../e2e/officeRuntime/memoryBook");
    const { classifyInContext } = await import("../../src/excel/classify");
    const { clearInContext } = await import("../../src/excel/clear");
    const { decodeSnapshot } = await import("../../src/engine/formatState");
    const { SUMMARY_CHART } = await import("../../src/excel/summaryChart");
    const sample = path.resolve(__dirname, "../../samples/performance-q2-2018-19.xlsx");
    const book = await memoryBookFrom(readFileSync(sample));
    const host = new RecordingHost(book);
    const classify = () =>
      host.run((context) => classifyInContext(context, { requestLimit: 4_000_000 }));
    const first = await classify();
    expect(first.outcome.ok).toBe(true);
    expect(host.syncs.filter((s) => s.error)).toEqual([]);
    const charts = () => book.sheet("Challenge summary")?.charts ?? [];
    expect(charts().map((c) => [c.name, c.type, c.seriesBy, c.title])).toEqual([
      [SUMMARY_CHART, "BarStacked", "Columns", "Contract measures by service area, Q2 2018/19"],
    ]);
    // The chart's writes travel in the request that writes the summary, not in one of their own.
    const chartSyncs = host.syncs.filter((s) =>
      Object.keys(s.actionNames).some((n) => /Chart|SetSolidColor|SetPosition/.test(n))
    );
    expect(first.report.syncs).toBe(host.syncs.filter((s) => s.kind !== "cleanup").length);
    expect(chartSyncs.length).toBe(1);
    await classify();
    expect(charts()).toHaveLength(1);
    await host.run((context) => clearInContext(context, decodeSnapshot));
    expect(charts()).toEqual([]);
    expect(host.syncs.filter((s) => s.error)).toEqual([]);
  }, 120_000);
});
