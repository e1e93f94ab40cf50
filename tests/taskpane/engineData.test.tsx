/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { COMMENTARY_GROUP_TITLE, type CommentaryGroup } from "../../src/engine/types";
import { messageWithoutCell } from "../../src/taskpane/findingGroups";
import { engineResult } from "./engineFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

describe("task pane on the engine's own RunResult", () => {
  it("shows the engine's summary, findings and every commentary item in its group", async () => {
    const result = engineResult();
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    expect(screen.getByLabelText("Quarter")).toHaveValue(result.quarter.label);
    await classifyNow(user);

    const total = screen.getByTestId("summary-total");
    expect(within(total).getByRole("rowheader")).toHaveTextContent(
      `Total (${result.summary.total.count})`
    );
    const findingsHeading = screen.getByRole("heading", {
      name: new RegExp(`^Findings \\(${result.findings.length}\\)`),
    });
    // Closed when nothing in it is an error or warning (issue 22): open it.
    const toggle = within(findingsHeading).getByRole("button");
    if (toggle.getAttribute("aria-expanded") === "false") await user.click(toggle);
    // Every finding: its card's text, or (a row's further cells) its cell's button, titled
    // with its own message.
    for (const finding of result.findings) {
      const asText = screen.queryAllByText(finding.message);
      if (asText.length > 0) continue;
      const cell = screen.getByRole("button", { name: `Select cell ${finding.cell}` });
      expect(cell).toHaveAttribute("title", messageWithoutCell(finding.message));
    }

    for (const group of Object.keys(COMMENTARY_GROUP_TITLE) as CommentaryGroup[]) {
      const heading = screen.getByRole("heading", {
        name: new RegExp(`^${COMMENTARY_GROUP_TITLE[group]} \\(`),
      });
      const section = heading.closest("section") as HTMLElement;
      const items = result.commentary.filter((c) => c.group === group);
      expect(within(section).queryAllByRole("article")).toHaveLength(items.length);
      for (const item of items)
        expect(within(section).getByRole("article", { name: item.headline })).toHaveTextContent(
          item.text
        );
    }
  });
});
