/** @jest-environment jsdom */
/**
 * Issue 13 in the pane: edits belong to their period, commentary filters, search, Copy of what is
 * shown, Go to cell, and the Redraft confirmation's keyboard and focus (WAI-ARIA dialog pattern).
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { COMMENTARY_GROUP_TITLE } from "../../src/engine/types";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

function installClipboard() {
  const clipboard = { write: jest.fn(async () => undefined), writeText: jest.fn(async () => "") };
  Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
  // No ClipboardItem: the pane falls back to plain text, which the test reads.
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  return clipboard;
}

describe("edits belong to an indicator and a period", () => {
  it("offers an edit written for Q2 when Q1 is classified, and never shows it as Q1's text", async () => {
    const result = seedLikeResult();
    const item = result.commentary[0];
    // A Challenge log without periods: it hands the edit back whatever quarter is classified.
    const log: Record<string, string> = {};
    const port = createFakePort(result, log);
    port.saveCommentary.mockImplementation(async (ref, text) => void (log[ref] = text));
    const { user } = await renderApp(port);
    await classifyNow(user); // Q2 2018/19, the latest
    let article = screen.getByRole("article", { name: item.headline });
    await user.click(within(article).getByRole("button", { name: /^Edit commentary/ }));
    const box = await within(article).findByLabelText(`Commentary for ${item.ref}`);
    await user.clear(box);
    await user.type(box, "Q2 reviewer wording.");
    await user.click(within(article).getByRole("button", { name: "Save" }));
    expect(await within(article).findByText("Q2 reviewer wording.")).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Quarter"), "Q1 2018/19");
    await user.click(screen.getByRole("button", { name: "Classify quarter" }));
    await screen.findByRole("heading", { name: "Summary, Q1 2018/19" });
    article = screen.getByRole("article", { name: item.headline });
    // Q1 shows its own draft; the Q2 edit is offered with its period.
    expect(within(article).getByText(item.text)).toBeVisible();
    expect(within(article).queryByText("Edited by a reviewer")).not.toBeInTheDocument();
    expect(
      await within(article).findByText("Edited for Q2 2018/19 — use it here?")
    ).toBeInTheDocument();
    await user.click(within(article).getByText("Edited for Q2 2018/19 — use it here?"));
    await user.click(
      within(article).getByRole("button", { name: `Use the Q2 2018/19 edit for ${item.ref} here` })
    );
    await waitFor(() =>
      expect(port.saveCommentary).toHaveBeenLastCalledWith(item.ref, "Q2 reviewer wording.")
    );
    expect(await within(article).findByText("Edited by a reviewer")).toBeInTheDocument();
  });
});

describe("commentary you can navigate", () => {
  it("filters by area and group, searches, copies only what is shown, and goes to a cell", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    const clipboard = installClipboard();
    await classifyNow(user);
    expect(screen.getAllByRole("article")).toHaveLength(result.commentary.length);

    // The filters open on demand (issue 22: the first Edit a few Tab presses from the top).
    await user.click(screen.getByRole("button", { name: "Filter and search" }));
    await user.selectOptions(await screen.findByLabelText("Service area"), "Children in Care");
    await user.selectOptions(screen.getByLabelText("Status group"), COMMENTARY_GROUP_TITLE.concern);
    // Children in Care: A8 is its one indicator outside tolerance (the fixture's second area).
    await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(1));
    const a8 = result.commentary.find((c) => c.ref === "A8")!;
    const card = screen.getByRole("article", { name: a8.headline });
    expect(within(card).getByText("Area: Children in Care")).toBeInTheDocument();
    expect(screen.getByText("1 of 22 shown.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Copy 1 shown" }));
    await waitFor(() => expect(clipboard.writeText).toHaveBeenCalledTimes(1));
    const copied = (clipboard.writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toContain(a8.headline);
    expect(copied).not.toContain("A9 -");
    expect(copied).not.toContain(COMMENTARY_GROUP_TITLE.good);

    await user.click(within(card).getByRole("button", { name: /^Go to cell Indicators!N9/ }));
    expect(port.selectCell).toHaveBeenCalledWith("Indicators!N9");

    await user.click(screen.getByRole("button", { name: "Show all" }));
    await user.type(screen.getByLabelText("Search ref, name or text"), "Referrals");
    await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(1));
    expect(screen.getByRole("article", { name: /^V1 / })).toBeInTheDocument();
  });

  it("collapses a group under its heading, which keeps its count", async () => {
    const result = seedLikeResult();
    const { user } = await renderApp(createFakePort(result));
    await classifyNow(user);
    const concern = result.commentary.filter((c) => c.group === "concern").length;
    const toggle = screen.getByRole("button", {
      name: `${COMMENTARY_GROUP_TITLE.concern} (${concern})`,
    });
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.getAllByRole("article")).toHaveLength(result.commentary.length - concern);
  });
});

describe("Redraft confirmation, keyboard only", () => {
  async function editedCard() {
    const result = seedLikeResult();
    const item = result.commentary[2];
    const port = createFakePort(result, { [item.ref]: "Reviewer's wording." });
    const { user } = await renderApp(port);
    await classifyNow(user);
    const article = screen.getByRole("article", { name: item.headline });
    const redraft = within(article).getByRole("button", {
      name: `Redraft commentary for ${item.ref}`,
    });
    return { user, port, item, article, redraft };
  }

  it("opens with focus inside, keeps Tab inside, closes on Escape and returns focus", async () => {
    const { user, port, article, redraft } = await editedCard();
    redraft.focus();
    await user.keyboard("{Enter}");
    const dialog = within(article).getByRole("alertdialog", { name: "Replace the edited text?" });
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(within(dialog).getByRole("button", { name: "Keep my edit" })).toHaveFocus();
    // Nothing behind the dialog is active: the card's own buttons and the pane are inert.
    expect(
      screen.getByRole("button", { name: "Classify quarter" }).closest("[inert]")
    ).not.toBeNull();
    expect(redraft.closest("[inert]")).not.toBeNull();
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Replace with draft" })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Keep my edit" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(within(article).queryByRole("alertdialog")).not.toBeInTheDocument();
    await waitFor(() => expect(redraft).toHaveFocus());
    expect(document.querySelector("[inert]")).toBeNull();
    expect(port.redraft).not.toHaveBeenCalled();
  });

  it("Replace with draft redrafts and puts focus on the card's Edit button", async () => {
    const { user, port, item, article, redraft } = await editedCard();
    redraft.focus();
    await user.keyboard("{Enter}");
    await user.tab();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(port.redraft).toHaveBeenCalledWith(item.ref));
    await waitFor(() =>
      expect(
        within(article).getByRole("button", { name: `Edit commentary for ${item.ref}` })
      ).toHaveFocus()
    );
  });
});
