/** @jest-environment jsdom */
/**
 * Issue 26: the card says why the engine put the indicator in its group, so the reviewer can check
 * the grouping of an inside-tolerance indicator (the seed's A8 and FO2 good, A1 potential concern).
 */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CommentaryCard } from "../../src/taskpane/components/CommentaryCard";
import { buildSampleGrid } from "../../scripts/sample-data";
import { runEngine } from "../../src/engine/run";
import type { CommentaryItem } from "../../src/engine/types";

function sampleItems(): CommentaryItem[] {
  const outcome = runEngine(buildSampleGrid(), {});
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result.commentary;
}

function renderCard(item: CommentaryItem): HTMLElement {
  render(
    <FluentProvider theme={webLightTheme}>
      <CommentaryCard
        item={item}
        edited={undefined}
        busy={false}
        onSave={jest.fn(async () => true)}
        onRedraft={jest.fn(async () => undefined)}
        onError={jest.fn()}
        onAnnounce={jest.fn()}
      />
    </FluentProvider>
  );
  return screen.getByRole("article", { name: item.headline });
}

describe("the reason for an indicator's group, on its card", () => {
  const items = sampleItems();
  const byRef = (ref: string) => items.find((i) => i.ref === ref) as CommentaryItem;

  it.each([
    [
      "A8",
      "good",
      "Grouped as good: inside tolerance, almost at target and better than in Q2 2017/18 (though worse than in Q1 2018/19).",
    ],
    [
      "FO2",
      "good",
      "Grouped as good: inside tolerance, almost at target, better than all comparators and better than in Q2 2017/18 (though worse than in Q1 2018/19).",
    ],
    [
      "A1",
      "concern",
      "Grouped as potential concern: just within tolerance, adrift of all comparators, worse than in Q2 2017/18 and worse than in Q1 2018/19.",
    ],
  ])("shows %s's reason (%s) under its headline", (ref, group, reason) => {
    const item = byRef(ref);
    expect(item.group).toBe(group);
    expect(item.groupReason).toBe(reason);
    const card = renderCard(item);
    expect(within(card).getByText(reason)).toBeInTheDocument();
  });

  it("shows nothing extra for an item built without a reason (older callers)", () => {
    const { groupReason: _omitted, ...item } = byRef("A2");
    const card = renderCard(item);
    expect(within(card).queryByText(/^Grouped as/)).toBeNull();
    expect(within(card).getByText(item.text)).toBeInTheDocument();
  });
});
