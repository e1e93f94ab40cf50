/**
 * The preview keeps each workbook's settings under a fingerprint of its content (issue 21): a
 * different file of the same name starts from the defaults, the same file under another name
 * finds them, the workbook it downloads reopens with them, and the page is told when saved
 * settings were applied.
 */
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../corpus/builders/table";
import { createPreviewPort, type PreviewEvent } from "../../src/preview/previewPort";
import { workbookFingerprint } from "../../src/preview/storedSettings";

/** localStorage as a browser keeps it (the test environment has none). */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

async function bytesOf(note: string): Promise<ArrayBuffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Indicators");
  writeTable(ws, HEALTHY_ROWS);
  ws.getCell("L1").value = note;
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

describe("preview settings keyed by the workbook's content", () => {
  beforeEach(() => {
    (globalThis as { localStorage?: Storage }).localStorage = fakeStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  it("applies saved settings to the same content only, and says so", async () => {
    const port = createPreviewPort();
    const events: PreviewEvent[] = [];
    port.subscribe((e) => events.push(e));
    const a = await bytesOf("this council");
    const b = await bytesOf("another council");
    await port.open(a, "Performance.xlsx");
    await port.saveSettings({ toleranceMode: "points" });

    await port.open(b, "Performance.xlsx");
    expect((await port.getSettings()).toleranceMode).toBe("threshold");
    await port.open(a.slice(0), "Renamed copy.xlsx");
    expect((await port.getSettings()).toleranceMode).toBe("points");
    const opened = events.filter((e) => e.type === "opened");
    expect(opened.map((e) => e.type === "opened" && e.settingsRestored)).toEqual([
      false,
      false,
      true,
    ]);

    // The downloaded workbook reopens with the settings it was made with.
    const downloaded = await port.save();
    const again = createPreviewPort();
    await again.open(downloaded.slice().buffer, "Performance-classified.xlsx");
    expect((await again.getSettings()).toleranceMode).toBe("points");
  }, 60_000);

  it("fingerprints content with SHA-256", async () => {
    expect(await workbookFingerprint(new TextEncoder().encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
  });
});
