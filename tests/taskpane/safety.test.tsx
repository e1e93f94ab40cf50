/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { buildRunResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

const HOSTILE = "<img src=x onerror=alert(1)>";

describe("workbook text is shown as text", () => {
  it("renders names containing markup literally and creates no element from them", async () => {
    const result = buildRunResult(
      [
        {
          ref: `R${HOSTILE}`,
          name: `Name ${HOSTILE}`,
          area: `Area ${HOSTILE}`,
          status: "onTarget",
          value: 90,
        },
      ],
      [{ severity: "warning", code: "x", cell: `${HOSTILE}!A1`, message: `Message ${HOSTILE}` }],
      HOSTILE
    );
    const port = createFakePort(result);
    const { user, container } = await renderApp(port);
    expect(screen.getByText(`Indicator table on sheet: ${HOSTILE}`)).toBeInTheDocument();
    await classifyNow(user);
    expect(container.querySelector("img")).toBeNull();
    expect(
      screen.getAllByText(new RegExp(HOSTILE.replace(/[()]/g, "\\$&"))).length
    ).toBeGreaterThan(3);
    expect(screen.getByRole("rowheader", { name: `Area ${HOSTILE}` })).toBeInTheDocument();
  });
});
