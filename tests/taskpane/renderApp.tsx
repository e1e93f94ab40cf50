/** Renders the task pane against a fake port and returns the user-event session. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import type { WorkbookPort } from "../../src/ports/workbookPort";

export async function renderApp(port: WorkbookPort) {
  const user = userEvent.setup();
  const view = render(<App port={port} />);
  // The pane is ready once inspect() has answered and the quarter picker shows.
  await screen.findByLabelText("Quarter");
  return { user, ...view };
}

export async function classifyNow(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Classify quarter" }));
  await screen.findByRole("heading", { name: /^Summary,/ });
}
