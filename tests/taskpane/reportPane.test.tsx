/** @jest-environment jsdom */
/**
 * The pane's pictures (trend per card, summary) and Download report (Word): the report is built
 * from the run and the reviewer's edits, read back independently; where the host refuses
 * downloads the pane says so and offers Copy instead.
 */
import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "node:util";
import { render, screen, waitFor, within } from "@testing-library/react";
import { SummaryPicture } from "../../src/taskpane/components/Pictures";
import { canvasRasteriser } from "../../src/taskpane/svgRaster";
import { paragraphs, readDocx } from "../report/docxReader";
import { engineResult } from "./engineFixture";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

function captureDownloads(): { files: { name: string; blob: Blob }[] } {
  const captured: { files: { name: string; blob: Blob }[] } = { files: [] };
  let lastBlob: Blob | null = null;
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      lastBlob = blob;
      return "blob:report";
    }),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    if (lastBlob) captured.files.push({ name: this.download, blob: lastBlob });
  });
  return captured;
}

const bytesOf = (blob: Blob): Promise<Uint8Array> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

// jsdom draws nothing on a canvas: the browser's drawing of the PNG fallback is checked in
// Chromium (tests/e2e/report.e2e.test.ts); here a 1 × 1 PNG stands in for it.
const ONE_PIXEL_PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==",
    "base64"
  )
);
jest.mock("../../src/taskpane/svgRaster", () => ({
  canvasRasteriser: jest.fn(async () => ONE_PIXEL_PNG),
}));

// jsdom has no TextEncoder; browsers and Node do.
Object.assign(globalThis, { TextEncoder, TextDecoder });

afterEach(() => jest.restoreAllMocks());

describe("pictures in the pane", () => {
  it("shows each card's trend as a picture whose accessible name says the trend", async () => {
    const result = engineResult();
    const { user } = await renderApp(createFakePort(result));
    await classifyNow(user);
    // The chart code loads on demand (its own chunk): wait for it as the pane does.
    await waitFor(
      () => expect(screen.getAllByTestId("trend-picture")).toHaveLength(result.commentary.length),
      { timeout: 15000 }
    );
    const first = result.commentary[0];
    const card = screen.getByRole("article", { name: first.headline });
    const picture = within(card).getByTestId("trend-picture");
    expect(picture.tagName.toLowerCase()).toBe("svg");
    expect(picture).toHaveAccessibleName(
      expect.stringMatching(new RegExp(`^Trend of ${first.ref} `))
    );
    expect(
      picture.querySelectorAll("[data-role=series], [data-role=classified]").length
    ).toBeGreaterThan(0);
    // A value axis with its round ticks, drawn for the pane's width.
    expect(picture.querySelectorAll("[data-role=tick]").length).toBeGreaterThanOrEqual(3);
    expect(picture).toHaveAttribute("width", "360");
    // No previous period to set beside this one: the summary table stands alone, no picture.
    expect(screen.queryByTestId("summary-picture")).toBeNull();
  });

  it("draws the summary picture when the previous period is given, its name giving both", () => {
    const result = engineResult();
    render(
      <SummaryPicture
        result={result}
        previous={{ period: "Q1 2018/19", summary: result.summary }}
      />
    );
    const picture = screen.getByTestId("summary-picture");
    expect(picture).toHaveAccessibleName(
      expect.stringContaining(`Q1 2018/19 beside ${result.quarter.label}.`)
    );
    expect(picture.querySelectorAll("[data-role=bar]").length).toBeGreaterThan(1);
  });
});

describe("Download report (Word)", () => {
  // Each test classifies in the pane and the first builds a whole Word document inside jsdom:
  // minutes on a loaded machine (the 60 s default was overrun at a load average of 18).
  jest.setTimeout(240_000);

  it("downloads a .docx of the run with the reviewer's edit and the saved names", async () => {
    const result = seedLikeResult();
    const edited = result.commentary[0];
    const port = createFakePort(result, { [edited.ref]: "Edited in the pane by the reviewer." });
    await port.saveSettings({ providerName: "Example Trust" });
    const downloads = captureDownloads();
    const { user } = await renderApp(port);
    await classifyNow(user);
    await user.click(screen.getByRole("button", { name: "Download report (Word)" }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0].name).toBe("performance-challenge-Q2-2018-19.docx");
    const doc = await readDocx(await bytesOf(downloads.files[0].blob));
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain("Provider: Example Trust");
    expect(texts).toContain("Date: [To fill in: the report's date]");
    expect(texts).toContain("Edited in the pane by the reviewer.");
    // Each picture's PNG fallback came from the pane's rasteriser (the browser's canvas).
    expect(jest.mocked(canvasRasteriser)).toHaveBeenCalledTimes(doc.images.length);
    expect(doc.media.some((m) => m.endsWith(".png"))).toBe(true);
    expect(texts).not.toContain(edited.text);
    await screen.findByText(/Word report downloaded: performance-challenge-Q2-2018-19\.docx\./);
  });

  it("says when the host refuses downloads and offers Copy instead", async () => {
    const port = { ...createFakePort(seedLikeResult()), canDownload: () => false };
    const downloads = captureDownloads();
    const { user } = await renderApp(port);
    // After renderApp: user-event installs a clipboard of its own.
    const clipboard = {
      write: jest.fn(async () => undefined),
      writeText: jest.fn(async () => undefined),
    };
    Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
    await classifyNow(user);
    await user.click(screen.getByRole("button", { name: "Download report (Word)" }));
    const bar = await screen.findByRole("group", { name: "Report not downloaded" });
    expect(bar).toHaveTextContent("This version of Excel does not let add-ins download files.");
    expect(downloads.files).toHaveLength(0);
    await user.click(within(bar).getByRole("button", { name: "Copy all commentary" }));
    await waitFor(() =>
      expect(clipboard.writeText.mock.calls.length + clipboard.write.mock.calls.length).toBe(1)
    );
  });
});
