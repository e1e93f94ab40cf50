/** @jest-environment jsdom */
/**
 * How the sheet was read (docs/layouts.md, issue 12): each column with its heading and role in plain
 * words; choosing a role saves it with the workbook (port settings) and classifies again.
 */
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { runEngine } from "../../src/engine/run";
import type { RunResult } from "../../src/engine/types";
import { SheetReading } from "../../src/taskpane/components/SheetReading";
import { withColumnRole } from "../../src/taskpane/roleWords";
import { createFakePort } from "./fakePort";

function result(): RunResult {
  const outcome = runEngine({
    sheets: [
      {
        name: "KPIs",
        top: 0,
        left: 0,
        values: [
          ["Ref", "Indicator", "Expected level", "Target 2022/23", "Q1 2022/23"],
          ["A1", "Visits in time (%)", 70, 75, 72],
        ],
      },
    ],
  });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result;
}

describe("How the sheet was read", () => {
  it("lists every column in plain words, a year target as the target for its year", () => {
    const run = result();
    render(
      <SheetReading
        result={run}
        port={createFakePort(run)}
        disabled={false}
        onChanged={jest.fn()}
        onError={jest.fn()}
        onAnnounce={jest.fn()}
      />
    );
    expect(screen.getByText("C · Expected level → Not used")).toBeInTheDocument();
    expect(screen.getByText("D · Target 2022/23 → Target for 2022/23")).toBeInTheDocument();
    expect(screen.getByText("E · Q1 2022/23 → Period: Q1 2022/23")).toBeInTheDocument();
    // The indicator has no polarity: it can be set here.
    expect(screen.getByLabelText("Polarity of A1 Visits in time (%)")).toBeInTheDocument();
  });

  it("gives each role its evidence: a two-row header with a Targets group (issue 19)", () => {
    const outcome = runEngine({
      sheets: [
        {
          name: "KPIs",
          top: 0,
          left: 0,
          values: [
            [null, null, null, "Outturn", null, "Targets"],
            ["Ref", "Indicator", "Polarity (H/L)", "2020/21", "2021/22", "2022/23"],
            ["A1", "Visits in time (%)", "H", 70, 72, 75],
            ["A2", "Re-referrals (%)", "L", 22, 19, 18],
          ],
        },
      ],
    });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    render(
      <SheetReading
        result={outcome.result}
        port={createFakePort(outcome.result)}
        disabled={false}
        onChanged={jest.fn()}
        onError={jest.fn()}
        onAnnounce={jest.fn()}
      />
    );
    expect(
      screen.getByText("C · Polarity (H/L) → Polarity (higher or lower is better)")
    ).toBeInTheDocument();
    expect(
      screen.getByText("Read from its heading's words and its H/L entries.")
    ).toBeInTheDocument();
    expect(screen.getByText("F · Targets 2022/23 → Target for 2022/23")).toBeInTheDocument();
    expect(screen.getByText('Read from "targets" in its heading.')).toBeInTheDocument();
    expect(screen.getByText("E · Outturn 2021/22 → Period: 2021/22")).toBeInTheDocument();
  });

  it("names the status column as this run wrote it, not as it was read (issue 22)", () => {
    const outcome = runEngine({
      sheets: [
        {
          name: "KPIs",
          top: 0,
          left: 0,
          values: [
            [
              "Ref",
              "Indicator",
              "Polarity",
              "Target",
              "Q1 2022/23",
              "Q2 2022/23",
              "Status Q1 2022/23",
            ],
            ["A1", "Visits in time (%)", "Higher is better", 75, 72, 76, "Inside tolerance"],
          ],
        },
      ],
    });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const run = outcome.result;
    expect(run.quarter.label).toBe("Q2 2022/23");
    render(
      <SheetReading
        result={run}
        port={createFakePort(run)}
        disabled={false}
        onChanged={jest.fn()}
        onError={jest.fn()}
        onAnnounce={jest.fn()}
      />
    );
    expect(screen.getByText(/^G · Status Q2 2022\/23 → /)).toBeInTheDocument();
    expect(screen.queryByText(/Status Q1 2022\/23/)).not.toBeInTheDocument();
  });

  it("saves a chosen role with the workbook and classifies again", async () => {
    const run = result();
    const port = createFakePort(run);
    const onChanged = jest.fn(async () => undefined);
    const user = userEvent.setup();
    render(
      <SheetReading
        result={run}
        port={port}
        disabled={false}
        onChanged={onChanged}
        onError={jest.fn()}
        onAnnounce={jest.fn()}
      />
    );
    screen.getByRole("combobox", { name: "Role of column C" }).focus();
    await user.keyboard("{Enter}");
    await user.click(await screen.findByRole("option", { name: "Tolerance" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(port.saveSettings).toHaveBeenCalledWith({
      columnOverrides: { tolerance: 2 },
      columnsNotUsed: [],
      columnPeriods: [],
    });
  });

  it("marks a role that comes from a saved choice as such (issue 21)", async () => {
    const outcome = runEngine(
      {
        sheets: [
          {
            name: "KPIs",
            top: 0,
            left: 0,
            values: [
              ["Ref", "Indicator", "Expected level", "Target 2022/23", "Q1 2022/23"],
              ["A1", "Visits in time (%)", 70, 75, 72],
            ],
          },
        ],
      },
      { columnOverrides: { tolerance: 2 } }
    );
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const port = createFakePort(outcome.result);
    await port.saveSettings({ columnOverrides: { tolerance: 2 } });
    render(
      <SheetReading
        result={outcome.result}
        port={port}
        disabled={false}
        onChanged={jest.fn()}
        onError={jest.fn()}
        onAnnounce={jest.fn()}
      />
    );
    expect(
      await screen.findByText(/^C · Expected level → .* \(your saved choice\)$/)
    ).toBeInTheDocument();
    // A role read from its heading is not marked.
    expect(screen.getByText("D · Target 2022/23 → Target for 2022/23")).toBeInTheDocument();
  });

  it("moving a role to another column frees the first; Not used is kept as a list", () => {
    expect(withColumnRole({ columnOverrides: { target: 2 } }, 2, "notUsed")).toEqual({
      columnOverrides: {},
      columnsNotUsed: [2],
      columnPeriods: [],
    });
    expect(withColumnRole({ columnsNotUsed: [2, 5] }, 2, "target")).toEqual({
      columnOverrides: { target: 2 },
      columnsNotUsed: [5],
      columnPeriods: [],
    });
    // A column named a period becomes a role again: its period is dropped.
    expect(
      withColumnRole(
        { columnPeriods: [{ column: 2, period: "2019/20", kind: "result" }] },
        2,
        "target"
      )
    ).toEqual({ columnOverrides: { target: 2 }, columnsNotUsed: [], columnPeriods: [] });
  });
});
