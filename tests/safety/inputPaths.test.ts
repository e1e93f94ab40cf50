/**
 * Files the command line reads (issue 21): decoded as editors save them, whatever the text, and
 * opened only when they are regular files within the cap. The attack corpus runs the command
 * line on /dev/zero, FIFOs and oversized files (tests/corpus/attacks/inputPaths.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { decodeText, excerpt, readInputFile } from "../../src/cli/inputFile";

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

describe("decodeText", () => {
  it("property: UTF-8 with or without a mark, UTF-16 LE and BE with one, give the text back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), (body) => {
        // JSON files start with an ASCII character, which is how a mark-less UTF-16 is seen.
        const text = `{${body}`;
        expect(decodeText(Buffer.from(text))).toBe(text);
        expect(decodeText(Buffer.concat([BOM8, Buffer.from(text)]))).toBe(text);
        expect(
          decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))
        ).toBe(text);
        expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toBe(text);
        expect(decodeText(Buffer.from(text, "utf16le"))).toBe(text);
      })
    );
  });

  it("cuts long text to an excerpt", () => {
    expect(excerpt("x".repeat(500))).toBe(`${"x".repeat(60)}…`);
    expect(excerpt("short")).toBe("short");
  });
});

describe("readInputFile", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-challenge-inputs-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads a regular file within the cap and refuses everything else", () => {
    const file = path.join(dir, "roles.json");
    fs.writeFileSync(file, "{}");
    expect(readInputFile(file, 10)).toEqual({ ok: true, bytes: Buffer.from("{}") });
    expect(readInputFile(file, 1)).toMatchObject({
      ok: false,
      why: expect.stringMatching(/larger than/),
    });
    expect(readInputFile("/dev/zero", 10)).toMatchObject({
      why: expect.stringMatching(/not a regular file/),
    });
    expect(readInputFile(dir, 10)).toMatchObject({ why: "it is a folder, not a file" });
    expect(readInputFile(path.join(dir, "none"), 10)).toMatchObject({
      why: "there is no such file",
    });
    const link = path.join(dir, "link.json");
    fs.symlinkSync(file, link);
    expect(readInputFile(link, 10)).toMatchObject({ ok: true });
  });
});
