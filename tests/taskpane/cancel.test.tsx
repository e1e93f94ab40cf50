/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { CANCELLED_MESSAGE } from "../../src/ports/cancel";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { renderApp } from "./renderApp";

describe("Cancel stops a long Classify cleanly", () => {
  it("passes a signal to the port, says nothing was written, and leaves the pane ready", async () => {
    const port = createFakePort(seedLikeResult());
    // A run that only ends when cancelled, as a port does before its first write.
    port.classify.mockImplementationOnce(
      (_quarter, onProgress, signal) =>
        new Promise((_, reject) => {
          onProgress?.({ label: "Classifying", fraction: 0.35 });
          signal?.addEventListener("abort", () => reject(new Error(CANCELLED_MESSAGE)));
        })
    );
    const { user } = await renderApp(port);
    await user.click(screen.getByRole("button", { name: "Classify quarter" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(CANCELLED_MESSAGE));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Cancel" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Classify quarter" })).toBeEnabled();
    expect(screen.queryByRole("heading", { name: /^Summary,/ })).not.toBeInTheDocument();
  });
});
