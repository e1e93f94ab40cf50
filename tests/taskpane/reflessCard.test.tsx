/** @jest-environment jsdom */
/**
 * An indicator with no ref (a table listed by name only) cannot be told from another ref-less
 * one by the pane's edits or the log's ref: its card neither shows nor writes an edit, and says
 * where to type instead. Before, every ref-less card showed and saved the same edit.
 */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CommentaryCard } from "../../src/taskpane/components/CommentaryCard";
import { mergeClassified, withEdit } from "../../src/taskpane/periodEdits";
import { seedLikeResult } from "./runResultFixture";

const Q2 = "Q2 2018/19";

describe("a ref-less indicator's card", () => {
  it("offers Copy, labelled by name, and no Edit, Redraft or Add to challenge log", () => {
    const item = { ...seedLikeResult().commentary[0], ref: "" };
    const onSave = jest.fn(async () => true);
    render(
      <FluentProvider theme={webLightTheme}>
        <CommentaryCard
          item={item}
          edited="Another ref-less indicator's edit"
          busy={false}
          onSave={onSave}
          onRedraft={jest.fn(async () => undefined)}
          onAddToLog={jest.fn(async () => undefined)}
          onError={jest.fn()}
          onAnnounce={jest.fn()}
        />
      </FluentProvider>
    );
    const card = screen.getByRole("article", { name: item.headline });
    expect(within(card).queryByRole("button", { name: /^Edit/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: /^Redraft/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: /^Add to challenge log/ })).toBeNull();
    expect(
      within(card).getByRole("button", { name: `Copy commentary for ${item.name}` })
    ).toBeInTheDocument();
    expect(within(card).getByText(item.text)).toBeInTheDocument();
    expect(within(card).queryByText("Another ref-less indicator's edit")).toBeNull();
    expect(within(card).getByText(/No ref in the sheet/)).toBeInTheDocument();
  });
});

describe("edits without a ref", () => {
  it("are never stored, so no ref-less card shows another's", () => {
    const start = new Map();
    expect(withEdit(start, "", Q2, "text")).toBe(start);
    expect(withEdit(start, "  ", Q2, "text")).toBe(start);
    const merged = mergeClassified(start, Q2, { "": "typed in the log", A1: "A1's" });
    expect([...merged.values()]).toEqual([{ ref: "A1", period: Q2, text: "A1's" }]);
  });
});
