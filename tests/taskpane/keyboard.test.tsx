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

    const firstFinding = screen.getAllByRole("button", { name: /Select cell/ })[0];
    for (let i = 0; i < 15 && document.activeElement !== firstFinding; i++) await user.tab();
    expect(firstFinding).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(port.selectCell).toHaveBeenCalledTimes(1));

    const settings = screen.getByRole("button", { name: "Settings" });
    settings.focus();
    await user.keyboard("{Enter}");
    const points = await screen.findByRole("radio", { name: /band in points/ });
    await user.click(points);
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(port.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ toleranceMode: "points" })));
    expect(screen.getByRole("status")).toHaveTextContent("Settings saved");
  });
});
