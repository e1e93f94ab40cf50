/** The report's provider and committee names: saved with the workbook's settings, with defaults. */
import { memorySettingsStore, sanitiseSettings } from "../../src/excel/settingsStore";
import { createPreviewPort } from "../../src/preview/previewPort";
import { DEFAULT_REPORT_NAMES, reportNamesOf } from "../../src/report/names";

describe("report names in settings", () => {
  it("keeps typed names on one line, trimmed, and falls back to the defaults", () => {
    expect(reportNamesOf({ providerName: "  Example\nTrust ", committeeName: "" })).toEqual({
      providerName: "Example Trust",
      committeeName: DEFAULT_REPORT_NAMES.committeeName,
    });
    expect(reportNamesOf({ providerName: 42 })).toEqual(DEFAULT_REPORT_NAMES);
    expect(reportNamesOf({ providerName: "x".repeat(500) }).providerName).toHaveLength(200);
  });

  it("are part of the add-in's document settings", async () => {
    const settings = sanitiseSettings({ providerName: "Example Trust", palette: "highContrast" });
    expect(settings.providerName).toBe("Example Trust");
    expect(settings.committeeName).toBe("Overview and Scrutiny Panel");
    const store = memorySettingsStore();
    await store.save({ ...store.load(), committeeName: "Children's Scrutiny Panel" });
    expect(store.load().committeeName).toBe("Children's Scrutiny Panel");
  });

  it("are kept by the preview with the open workbook", async () => {
    const port = createPreviewPort();
    const saved = await port.saveSettings({ providerName: "Example Trust", committeeName: " " });
    expect(saved.providerName).toBe("Example Trust");
    expect(saved.committeeName).toBe(DEFAULT_REPORT_NAMES.committeeName);
    expect((await port.getSettings()).providerName).toBe("Example Trust");
  });
});
