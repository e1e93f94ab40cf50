/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { renderApp } from "./renderApp";

describe("keyboard-only use", () => {
  it("reaches Classify, a finding and Settings with Tab, and acts with Enter", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    const { user } = await renderApp(port);

    const classify = screen.getByRole("button", { name: "Classify quarter" });
    for (let i = 0; i < 10 && document.activeElement !== classify; i++) await user.tab();
    expect(classify).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("table");
    expect(port.classify).toHaveBeenCalledTimes(1);

    // Findings come after the commentary (issue 22): Tab on past every card to the first one.
    const firstFinding = screen.getAllByRole("button", { name: /Select cell/ })[0];
    for (let i = 0; i < 200 && document.activeElement !== firstFinding; i++) await user.tab();
    expect(firstFinding).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(port.selectCell).toHaveBeenCalledTimes(1));

    const settings = screen.getByRole("button", { name: "Settings" });
    for (let i = 0; i < 120 && document.activeElement !== settings; i++) await user.tab();
    expect(settings).toHaveFocus();
    await user.keyboard("{Enter}");
    const threshold = await screen.findByRole("radio", { name: /The threshold/ });
    await user.tab();
    expect(threshold).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: /band in points/ })).toBeChecked();
    const save = screen.getByRole("button", { name: "Save settings" });
    for (let i = 0; i < 10 && document.activeElement !== save; i++) await user.tab();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(port.saveSettings).toHaveBeenCalledWith(
        expect.objectContaining({ toleranceMode: "points" })
      )
    );
    expect(screen.getByRole("status")).toHaveTextContent("Settings saved");
  });
});
