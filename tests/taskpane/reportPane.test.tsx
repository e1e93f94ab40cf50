/** @jest-environment jsdom */
/**
 * The pane's pictures (trend per card, summary) and Download report (Word): the report is built
 * from the run and the reviewer's edits, read back independently; where the host refuses
 * downloads the pane says so and offers Copy instead.
 */
import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "node:util";
import { screen, waitFor, within } from "@testing-library/react";
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

// jsdom has no TextEncoder; browsers and Node do.
Object.assign(globalThis, { TextEncoder, TextDecoder });

afterEach(() => jest.restoreAllMocks());

describe("pictures in the pane", () => {
  it("shows each card's trend and the summary as pictures whose accessible name gives the figures", async () => {
    const result = engineResult();
    const { user } = await renderApp(createFakePort(result));
    await classifyNow(user);
    const summary = await screen.findByTestId("summary-picture");
    expect(summary).toHaveAttribute("role", "img");
    expect(summary).toHaveAccessibleName(
      expect.stringContaining(`In all, ${result.summary.total.count}:`)
    );
    await waitFor(() =>
      expect(screen.getAllByTestId("trend-picture")).toHaveLength(result.commentary.length)
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
  });
});

describe("Download report (Word)", () => {
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
    expect(texts).toContain("Edited in the pane by the reviewer.");
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
