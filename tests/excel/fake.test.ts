/**
 * The fake Excel must behave like the real host where the adapter depends on it; these tests pin
 * those behaviours, and document how office-addin-mock differs (it is too lenient to catch a
 * missing load or a missing sync).
 */
/* These tests break the load/sync rules on purpose, to prove the fake enforces them. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read */
import { OfficeMockObject } from "office-addin-mock";
import { asExcel, FakeRequestContext, WorkbookData } from "./fake";

function workbook(): WorkbookData {
  const data = new WorkbookData();
  data.fill("Sheet1", [
    ["Ref", "Value"],
    ["A1", 5],
  ]);
  return data;
}

describe("fake Excel keeps Office.js rules", () => {
  it("refuses to delete a very hidden sheet until it is made hidden (office-js#365)", async () => {
    const data = workbook();
    data.sheet("Sheet1")!.visibility = "VeryHidden";
    const ctx = asExcel(new FakeRequestContext(data));
    ctx.workbook.worksheets.getItem("Sheet1").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    const again = asExcel(new FakeRequestContext(data));
    const sheet = again.workbook.worksheets.getItem("Sheet1");
    sheet.visibility = "Hidden";
    sheet.delete();
    await again.sync();
    expect(data.sheets).toHaveLength(0);
  });

  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const ctx = asExcel(new FakeRequestContext(workbook()));
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    expect(() => range.values).toThrow(/call the load method/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    await ctx.sync();
    expect(range.values).toEqual([
      ["Ref", "Value"],
      ["A1", 5],
    ]);
    expect(() => range.numberFormat).toThrow(/not available/);
  });

  it("applies writes only at sync, and counts syncs and queued actions", async () => {
    const data = workbook();
    const fake = new FakeRequestContext(data);
    const ctx = asExcel(fake);
    ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[7]];
    expect(data.sheet("Sheet1")!.get(1, 1)!.value).toBe(5);
    expect(fake.pendingActions).toBe(3);
    await ctx.sync();
    expect(data.sheet("Sheet1")!.get(1, 1)!.value).toBe(7);
    expect(fake.syncCount).toBe(1);
  });

  it("parses text beginning with = as a formula unless the cell is formatted as Text", async () => {
    const data = workbook();
    const ctx = asExcel(new FakeRequestContext(data));
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("C1").values = [["=1+1"]];
    const text = sheet.getRange("C2");
    text.numberFormat = [["@"]];
    text.values = [["=1+1"]];
    await ctx.sync();
    expect(data.sheet("Sheet1")!.get(0, 2)!.formula).toBe("=1+1");
    expect(data.sheet("Sheet1")!.get(1, 2)!.formula).toBeUndefined();
    expect(data.sheet("Sheet1")!.get(1, 2)!.value).toBe("=1+1");
  });

  it("rejects writes to a protected sheet at sync, keeping earlier actions", async () => {
    const data = workbook();
    data.sheet("Sheet1")!.protected = true;
    data.fill("Open", [["x"]]);
    const ctx = asExcel(new FakeRequestContext(data));
    ctx.workbook.worksheets.getItem("Open").getRange("A1").values = [["y"]];
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["z"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(data.sheet("Open")!.get(0, 0)!.value).toBe("y");
    expect(data.sheet("Sheet1")!.get(0, 0)!.value).toBe("Ref");
  });

  it("resolves *OrNullObject chains to null objects readable after sync", async () => {
    const ctx = asExcel(new FakeRequestContext(workbook()));
    const used = ctx.workbook.worksheets
      .getItemOrNullObject("Missing")
      .getUsedRangeOrNullObject(true);
    used.load("values");
    expect(() => used.isNullObject).toThrow();
    await ctx.sync();
    expect(used.isNullObject).toBe(true);
  });
});

describe("office-addin-mock is more lenient than Excel (why tests/excel uses its own fake)", () => {
  function mockContext() {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          range: { values: [[1]] },
          getSelectedRange(this: { range: unknown }) {
            return this.range;
          },
        },
      },
    });
    return (mock as unknown as { context: Excel.RequestContext }).context;
  }

  it("does not throw when a property is read before load and sync", () => {
    const range = mockContext().workbook.getSelectedRange();
    expect(() => range.values).not.toThrow();
  });

  it("applies a write at once, without a sync", () => {
    const range = mockContext().workbook.getSelectedRange();
    range.values = [[2]];
    expect(range.values).toEqual([[2]]);
  });
});
