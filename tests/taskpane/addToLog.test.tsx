/** @jest-environment jsdom */
/** Add to challenge log: offered on the cards the log does not list for the period, and only there. */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

function portListing(listed: string[]) {
  const result = seedLikeResult();
  const port = createFakePort(result);
  const classify = port.classify.getMockImplementation()!;
  port.classify.mockImplementation(async (quarter, onProgress) => {
    const outcome = await classify(quarter, onProgress);
    return outcome.ok ? { ...outcome, logRefs: listed } : outcome;
  });
  const add = jest.fn(async (_ref: string) => true);
  return { result, port: { ...port, addToChallengeLog: add }, add };
}

describe("Add to challenge log", () => {
  it("shows the button only on cards the log does not list, adds through the port, then hides it", async () => {
    const { result, port, add } = portListing([seedLikeResult().commentary[0].ref]);
    const [listed, other] = result.commentary;
    const { user } = await renderApp(port);
    await classifyNow(user);

    const listedCard = screen.getByRole("article", { name: listed.headline });
    expect(
      within(listedCard).queryByRole("button", { name: `Add to challenge log: ${listed.ref}` })
    ).not.toBeInTheDocument();

    const card = screen.getByRole("article", { name: other.headline });
    await user.click(
      within(card).getByRole("button", { name: `Add to challenge log: ${other.ref}` })
    );
    await waitFor(() => expect(add).toHaveBeenCalledWith(other.ref));
    await waitFor(() =>
      expect(
        within(card).queryByRole("button", { name: `Add to challenge log: ${other.ref}` })
      ).not.toBeInTheDocument()
    );
    expect(screen.getByText(`${other.ref} added to the Challenge log.`)).toBeInTheDocument();
  });

  it("offers nothing when the host does not say which indicators the log lists", async () => {
    const result = seedLikeResult();
    const port = { ...createFakePort(result), addToChallengeLog: jest.fn(async () => true) };
    const { user } = await renderApp(port);
    await classifyNow(user);
    expect(screen.queryByRole("button", { name: /^Add to challenge log/ })).not.toBeInTheDocument();
  });

  it("shows the host's message when adding fails", async () => {
    const { result, port, add } = portListing([]);
    add.mockRejectedValueOnce(new Error("The Challenge log is protected. Unprotect it, then add."));
    const { user } = await renderApp(port);
    await classifyNow(user);
    const item = result.commentary[0];
    const card = screen.getByRole("article", { name: item.headline });
    await user.click(
      within(card).getByRole("button", { name: `Add to challenge log: ${item.ref}` })
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("protected");
  });
});
