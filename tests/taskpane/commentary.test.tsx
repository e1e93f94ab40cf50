/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";
import { classifyNow, renderApp } from "./renderApp";

describe("commentary editing", () => {
  it("edits, saves through the port, then redrafts after confirmation", async () => {
    const result = seedLikeResult();
    const item = result.commentary[1];
    const port = createFakePort(result);
    const { user } = await renderApp(port);
    await classifyNow(user);

    const article = screen.getByRole("article", { name: item.headline });
    await user.click(
      within(article).getByRole("button", { name: `Edit commentary for ${item.ref}` })
    );
    const box = await within(article).findByLabelText(`Commentary for ${item.ref}`);
    expect(box).toHaveValue(item.text);
    await user.clear(box);
    await user.type(box, "Reviewer's wording.");
    await user.click(within(article).getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(port.saveCommentary).toHaveBeenCalledWith(item.ref, "Reviewer's wording.")
    );
    expect(await within(article).findByText("Reviewer's wording.")).toBeInTheDocument();
    expect(within(article).getByText("Edited by a reviewer")).toBeInTheDocument();

    await user.click(
      within(article).getByRole("button", { name: `Redraft commentary for ${item.ref}` })
    );
    expect(port.redraft).not.toHaveBeenCalled();
    await user.click(within(article).getByRole("button", { name: "Replace with draft" }));
    await waitFor(() => expect(port.redraft).toHaveBeenCalledWith(item.ref));
    const draft = await port.redraft.mock.results[0].value;
    expect(await within(article).findByText(draft)).toBeInTheDocument();
    expect(within(article).queryByText("Edited by a reviewer")).not.toBeInTheDocument();
  });

  it("keeps the editor open and shows the message when saving fails", async () => {
    const result = seedLikeResult();
    const item = result.commentary[0];
    const port = createFakePort(result);
    port.saveCommentary.mockRejectedValueOnce(
      new Error("The workbook is in cell-edit mode. Press Enter or Esc in Excel, then save again.")
    );
    const { user } = await renderApp(port);
    await classifyNow(user);
    const article = screen.getByRole("article", { name: item.headline });
    await user.click(within(article).getByRole("button", { name: /^Edit/ }));
    await user.type(await within(article).findByLabelText(`Commentary for ${item.ref}`), " More.");
    await user.click(within(article).getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("cell-edit mode");
    expect(within(article).getByLabelText(`Commentary for ${item.ref}`)).toBeInTheDocument();
  });

  it("shows a reviewer's edit kept in the workbook instead of the draft", async () => {
    const result = seedLikeResult();
    const item = result.commentary[2];
    const port = createFakePort(result, { [item.ref]: "Kept from an earlier session." });
    const { user } = await renderApp(port);
    await classifyNow(user);
    const article = screen.getByRole("article", { name: item.headline });
    expect(article).toHaveTextContent("Kept from an earlier session.");
    expect(article).not.toHaveTextContent(item.text);
  });
});
