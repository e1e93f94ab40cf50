/**
 * Who and when the report names: saved with the workbook's settings (or given on the command
 * line); nothing invented — a name not given is "" and the report marks the place.
 */
import { memorySettingsStore, sanitiseSettings } from "../../src/excel/settingsStore";
import { createPreviewPort } from "../../src/preview/previewPort";
import { DEFAULT_REPORT_NAMES, parseReportDate, reportNamesOf } from "../../src/report/names";

describe("report names in settings", () => {
  it("keeps typed names on one line, trimmed; blank, not text or an old default is not set", () => {
    expect(
      reportNamesOf({ providerName: "  Example\nTrust ", committeeName: "", authorName: "  " })
    ).toEqual({ ...DEFAULT_REPORT_NAMES, providerName: "Example Trust" });
    expect(reportNamesOf({ providerName: 42 })).toEqual(DEFAULT_REPORT_NAMES);
    expect(reportNamesOf({ providerName: "x".repeat(500) }).providerName).toHaveLength(200);
    // The default earlier versions saved into workbooks was never a reviewer's words.
    expect(reportNamesOf({ providerName: "the provider" }).providerName).toBe("");
    expect(DEFAULT_REPORT_NAMES).toEqual({
      providerName: "",
      committeeName: "",
      authorName: "",
      reportDate: "",
    });
  });

  it("takes the report's date as a real calendar date only", () => {
    expect(parseReportDate("2018-11-14")).toBe("2018-11-14");
    expect(parseReportDate("14/11/2018")).toBe("2018-11-14");
    expect(parseReportDate("2018-2-3")).toBe("2018-02-03");
    for (const bad of [
      "2018-02-30",
      "31/04/2019",
      "11/14/2018",
      "tomorrow",
      "",
      "2018-11-14T00:00",
    ])
      expect(parseReportDate(bad)).toBeNull();
    expect(reportNamesOf({ reportDate: "2019-02-29" }).reportDate).toBe("");
  });

  it("are part of the add-in's document settings", async () => {
    const settings = sanitiseSettings({
      providerName: "Example Trust",
      authorName: "Director of People",
      reportDate: "2018-11-14",
      palette: "highContrast",
    });
    expect(settings.providerName).toBe("Example Trust");
    expect(settings.committeeName).toBe("");
    expect(settings.authorName).toBe("Director of People");
    expect(settings.reportDate).toBe("2018-11-14");
    const store = memorySettingsStore();
    await store.save({ ...store.load(), committeeName: "Children's Scrutiny Panel" });
    expect(store.load().committeeName).toBe("Children's Scrutiny Panel");
  });

  it("are kept by the preview with the open workbook", async () => {
    const port = createPreviewPort();
    const saved = await port.saveSettings({
      providerName: "Example Trust",
      committeeName: " ",
      reportDate: "2018-11-14",
    });
    expect(saved.providerName).toBe("Example Trust");
    expect(saved.committeeName).toBe("");
    expect(saved.reportDate).toBe("2018-11-14");
    expect((await port.getSettings()).providerName).toBe("Example Trust");
  });
});
