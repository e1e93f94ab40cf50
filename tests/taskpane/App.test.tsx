/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { COMMENTARY_GROUP_TITLE, STATUS_LABEL, type Status } from "../../src/engine/types";
import { classifiedMessage } from "../../src/commands/handlers";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

describe("task pane", () => {
  it("defaults the quarter picker to the table's default (latest) quarter, latest first", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    await renderApp(port);
    const picker = screen.getByLabelText("Quarter") as HTMLSelectElement;
    const latest = result.quarters[result.quarters.length - 1].label;
    expect(picker.value).toBe(latest);
    expect(Array.from(picker.options).map((o) => o.value)).toEqual(
      [...result.quarters].reverse().map((q) => q.label)
    );
  });

  it("classifies the chosen quarter and shows the summary table as the seed lays it out", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    const earlier = result.quarters[0].label;
    await user.selectOptions(screen.getByLabelText("Quarter"), earlier);
    await classifyNow(user);
    // Issue 13: a third argument, the Cancel signal (the port's contract gained it).
    expect(port.classify).toHaveBeenCalledWith(
      earlier,
      expect.any(Function),
      expect.any(AbortSignal)
    );

    // The outcome in the ribbon's words (issue 22: one outcome, one wording).
    const outcome = await (port.classify.mock.results[0].value as ReturnType<typeof port.classify>);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(screen.getByRole("status")).toHaveTextContent(classifiedMessage(outcome.result));
    const table = screen.getByRole("table");
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual([
      "Service area",
      "Outside tolerance",
      "Inside tolerance",
      "On or better than target",
      "No target specified",
    ]);
    const areaNames = within(table)
      .getAllByRole("rowheader")
      .map((h) => h.textContent);
    expect(areaNames).toEqual([
      ...result.summary.areas.map((a) => a.area),
      `Total (${result.summary.total.count})`,
    ]);

    const total = screen.getByTestId("summary-total");
    const statuses: Status[] = ["outsideTolerance", "insideTolerance", "onTarget", "noTarget"];
    for (const status of statuses) {
      const cell = total.querySelector(`[data-status="${status}"]`) as HTMLElement;
      expect(cell.querySelector('[data-part="count"]')).toHaveTextContent(
        String(result.summary.total[status])
      );
      expect(cell.querySelector('[data-part="percent"]')).toHaveTextContent(
        `${result.summary.percent[status]}%`
      );
    }
    const firstArea = result.summary.areas[0];
    const firstRow = within(table)
      .getByRole("rowheader", { name: firstArea.area })
      .closest("tr") as HTMLElement;
    expect(
      within(firstRow)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(statuses.map((s) => String(firstArea[s])));
  });

  it("adds a Not classified column only when some indicator is not classified", async () => {
    const result = seedLikeResult();
    result.summary.total.notClassified = 1;
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    await classifyNow(user);
    expect(
      within(screen.getByRole("table")).getByRole("columnheader", {
        name: STATUS_LABEL.notClassified,
      })
    ).toBeInTheDocument();
  });

  it("shows the commentary in its four groups with each indicator's headline and text", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    await classifyNow(user);
    for (const title of Object.values(COMMENTARY_GROUP_TITLE)) {
      expect(
        screen.getByRole("heading", { name: new RegExp(`^${title} \\(\\d+\\)$`) })
      ).toBeInTheDocument();
    }
    const item = result.commentary[0];
    const article = screen.getByRole("article", { name: item.headline });
    expect(article).toHaveTextContent(item.text);
    const concern = screen
      .getByRole("heading", { name: new RegExp(`^${COMMENTARY_GROUP_TITLE.concern}`) })
      .closest("section") as HTMLElement;
    const concernCount = result.commentary.filter((c) => c.group === "concern").length;
    expect(within(concern).getAllByRole("article")).toHaveLength(concernCount);
  });

  it("lists findings with severity as icon and word, and selects the cell on click", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    await classifyNow(user);
    const list = screen.getByRole("list", { name: "Findings" });
    const items = within(list).getAllByRole("button");
    expect(items).toHaveLength(result.findings.length);
    expect(items[0]).toHaveTextContent("Error");
    expect(items[0].querySelector("svg")).not.toBeNull();
    const warning = result.findings.find((f) => f.severity === "warning")!;
    await user.click(
      screen.getByRole("button", { name: new RegExp(warning.message.slice(0, 10)) })
    );
    expect(port.selectCell).toHaveBeenCalledWith(warning.cell);
  });

  it("shows a port rejection's message in an error bar", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    port.classify.mockRejectedValueOnce(
      new Error(
        "The sheet is protected. Unprotect it (Review > Unprotect Sheet) and classify again."
      )
    );
    const { user } = await renderApp(port);
    await user.click(screen.getByRole("button", { name: "Classify quarter" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The sheet is protected. Unprotect it"
    );
    // Shown once: in the bar, not again in the status line below it (issue 22).
    expect(screen.getAllByText(/The sheet is protected\. Unprotect it/)).toHaveLength(1);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows why nothing was classified when the port reports no table", async () => {
    const port = createFakePort(seedLikeResult());
    port.inspect.mockResolvedValueOnce({
      ok: false,
      message: "No indicator table was found on any sheet.",
      findings: [],
    });
    render(<App port={port} />);
    expect(await screen.findByText("Nothing classified")).toBeInTheDocument();
    expect(
      screen.getAllByText("No indicator table was found on any sheet.").length
    ).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Classify quarter" })).toBeDisabled();
  });

  it("clears the classification through the port", async () => {
    const port = createFakePort(seedLikeResult());
    const { user } = await renderApp(port);
    await classifyNow(user);
    await user.click(screen.getByRole("button", { name: "Clear classification" }));
    await waitFor(() => expect(port.clear).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole("table")).not.toBeInTheDocument());
    expect(screen.getByRole("status")).toHaveTextContent("Classification cleared");
  });
});
