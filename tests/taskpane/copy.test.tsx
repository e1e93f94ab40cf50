/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { COMMENTARY_GROUP_TITLE } from "../../src/engine/types";
import { escapeHtml, groupsToHtml } from "../../src/taskpane/clipboard";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function installClipboard() {
  const clipboard = {
    write: jest.fn(async () => undefined),
    writeText: jest.fn(async () => undefined),
  };
  Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
  (globalThis as unknown as { ClipboardItem: unknown }).ClipboardItem = FakeClipboardItem;
  return clipboard;
}

const blobText = (blob: Blob): Promise<string> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe("copying commentary", () => {
  it("escapes every HTML-significant character", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)"> & 'q'`)).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;"
    );
    const html = groupsToHtml([
      { group: "concern", entries: [{ headline: "<b>A1</b>", text: "x < y" }] },
    ]);
    expect(html).not.toContain("<b>");
    expect(html).toContain(COMMENTARY_GROUP_TITLE.concern);
  });

  it("copies one indicator as plain text and HTML for Word", async () => {
    const result = seedLikeResult();
    const item = result.commentary[0];
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    const clipboard = installClipboard();
    await classifyNow(user);
    await user.click(
      within(screen.getByRole("article", { name: item.headline })).getByRole("button", {
        name: /^Copy/,
      })
    );
    await waitFor(() => expect(clipboard.write).toHaveBeenCalledTimes(1));
    const [[[clip]]] = clipboard.write.mock.calls as unknown as [[[FakeClipboardItem]]];
    expect(await blobText(clip.items["text/plain"])).toBe(`${item.headline}\n${item.text}`);
    expect(await blobText(clip.items["text/html"])).toContain(
      `<strong>${escapeHtml(item.headline)}</strong>`
    );
  });

  it("falls back to plain text when rich copying is refused, and copies all groups", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    const clipboard = installClipboard();
    clipboard.write.mockRejectedValueOnce(new Error("NotAllowedError"));
    await classifyNow(user);
    await user.click(screen.getByRole("button", { name: "Copy all commentary" }));
    await waitFor(() => expect(clipboard.writeText).toHaveBeenCalledTimes(1));
    const text = (clipboard.writeText.mock.calls[0] as unknown as [string])[0];
    for (const item of result.commentary) expect(text).toContain(item.headline);
    expect(text.indexOf(COMMENTARY_GROUP_TITLE.good)).toBeLessThan(
      text.indexOf(COMMENTARY_GROUP_TITLE.concern)
    );
  });
});
