/** `--columns role=COLUMN` (docs/layouts.md): the analyst sets a role by hand; bad pairs are one clear line. */
import { parseColumnsArg } from "../../src/cli/columnsArg";
import { parseCliArgs, UsageError } from "../../src/cli/args";

describe("--columns", () => {
  it("reads role=letter pairs into 0-based columns, roles in any case", () => {
    expect(parseColumnsArg("target=G, tolerance=h,statneighbours=AA")).toEqual({
      ok: true,
      overrides: { target: 6, tolerance: 7, statNeighbours: 26 },
    });
  });

  it.each(["target", "target=7", "colour=G", "target=G=H"])(
    "refuses %s with the roles listed",
    (text) => {
      const parsed = parseColumnsArg(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.message).toMatch(
          /^--columns takes role=COLUMN pairs .*roles: ref, indicator/
        );
    }
  );

  it("passes the overrides to the classify command", () => {
    const args = parseCliArgs([
      "classify",
      "in.xlsx",
      "--out",
      "out.xlsx",
      "--columns",
      "target=D",
    ]);
    expect(args).toMatchObject({ command: "classify", columns: { target: 3 } });
    expect(() =>
      parseCliArgs(["classify", "in.xlsx", "--out", "o.xlsx", "--columns", "x=1"])
    ).toThrow(UsageError);
  });
});
