/** @jest-environment jsdom */
/**
 * Issue 10: refs named like object internals. "__proto__" used to blank the pane, "constructor"
 * and "toString" showed an empty text marked "Edited by a reviewer" and made Copy all throw.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { buildRunResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

const REFS = ["__proto__", "constructor", "toString"];

function hostileResult() {
  return buildRunResult(
    REFS.map((ref, i) => ({
      ref,
      name: `Indicator called ${ref}`,
      area: "Social Care",
      status: "onTarget" as const,
      value: 90 + i,
    })),
    []
  );
}

describe("refs named like object internals", () => {
  it("shows each draft, marks only the real edit, and copies everything", async () => {
    const result = hostileResult();
    // An own property "__proto__" (as a workbook's log gives it), not the prototype.
    const edits = Object.fromEntries([["__proto__", "The reviewer's own words."]]);
    const port = createFakePort(result, edits);
    const { user } = await renderApp(port);
    const clipboard = {
      write: jest.fn(async () => undefined),
      writeText: jest.fn(async () => undefined),
    };
    Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
    await classifyNow(user);

    for (const item of result.commentary) {
      const article = screen.getByRole("article", { name: item.headline });
      if (item.ref === "__proto__") {
        expect(within(article).getByText("The reviewer's own words.")).toBeInTheDocument();
        expect(within(article).getByText("Edited by a reviewer")).toBeInTheDocument();
      } else {
        expect(within(article).getByText(item.text)).toBeInTheDocument();
        expect(within(article).queryByText("Edited by a reviewer")).not.toBeInTheDocument();
      }
    }

    await user.click(screen.getByRole("button", { name: "Copy all commentary" }));
    await waitFor(() =>
      expect(clipboard.write.mock.calls.length + clipboard.writeText.mock.calls.length).toBe(1)
    );
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it('saves an edit for the ref "constructor"', async () => {
    const result = hostileResult();
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    await classifyNow(user);
    const item = result.commentary.find((c) => c.ref === "constructor")!;
    const article = screen.getByRole("article", { name: item.headline });
    await user.click(
      within(article).getByRole("button", { name: "Edit commentary for constructor" })
    );
    const box = await within(article).findByLabelText("Commentary for constructor");
    await user.clear(box);
    await user.type(box, "Edited for constructor.");
    await user.click(within(article).getByRole("button", { name: "Save" }));
    expect(await within(article).findByText("Edited for constructor.")).toBeInTheDocument();
    // The other refs are untouched by the edit.
    const other = result.commentary.find((c) => c.ref === "toString")!;
    const otherArticle = screen.getByRole("article", { name: other.headline });
    expect(within(otherArticle).queryByText("Edited by a reviewer")).not.toBeInTheDocument();
  });
});
