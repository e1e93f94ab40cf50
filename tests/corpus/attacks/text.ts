/**
 * Text from cells that would act on a terminal, create Markdown structure, or hide a difference:
 * control characters (stored in the file as `_x001B_` escapes), a newline and `## ` in a name,
 * zero-width and bidi characters in a quarter heading, a ref and an area.
 */
import fs from "node:fs";
import JSZip from "jszip";
import path from "node:path";
import { HEALTHY_ROWS, newWorkbook, writeTable, type RowSpec } from "../builders/table";
import { type Attack, classify, completed, json, save } from "./kit";

interface Summary {
  quarter: string;
  indicators: { ref: string; status: string }[];
  findings: { code: string; cell: string }[];
}

async function runTable(
  dir: string,
  rows: RowSpec[],
  header?: (ws: import("exceljs").Worksheet) => void,
  afterSave?: (file: string) => Promise<void>
): Promise<{ code: number; stdout: string; stderr: string; md: string; summary: Summary | null }> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Indicators");
  writeTable(ws, rows);
  header?.(ws);
  const input = await save(wb, path.join(dir, "in.xlsx"));
  await afterSave?.(input);
  const md = path.join(dir, "c.md");
  const jsonFile = path.join(dir, "s.json");
  const run = await classify(
    input,
    path.join(dir, "out.xlsx"),
    "--commentary",
    md,
    "--json",
    jsonFile
  );
  return {
    ...run,
    md: fs.existsSync(md) ? fs.readFileSync(md, "utf8") : "",
    summary: fs.existsSync(jsonFile) ? json<Summary>(jsonFile) : null,
  };
}

const ESC = "\u001b";
const BIDI = "\u202e";

/** Control characters go into the file as Excel's `_xHHHH_` escapes (a reader decodes them). */
async function escapeInSharedStrings(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const part = zip.file("xl/sharedStrings.xml");
  if (!part) return;
  const xml = (await part.async("string"))
    .replace(/§ESC§/g, "_x001B_")
    .replace(/§BEL§/g, "_x0007_");
  zip.file("xl/sharedStrings.xml", xml);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const controlChars: Attack = {
  id: "text/control-characters",
  title: "Escape sequences (as _x001B_) in area, name and unit: clear screen, set title",
  async run(dir) {
    const rows = [
      {
        ...HEALTHY_ROWS[0],
        area: "North§ESC§[2J§ESC§]0;owned§BEL§",
        indicator: "Name§ESC§[31m red",
        unit: "%§ESC§[8m",
      },
      ...HEALTHY_ROWS.slice(1),
    ];
    const run = await runTable(dir, rows, undefined, escapeInSharedStrings);
    const problems = completed(run);
    if (run.stdout.includes(ESC) || run.stdout.includes("\u0007"))
      problems.push("the terminal got control characters");
    if (run.md.includes(ESC)) problems.push("the Markdown holds control characters");
    return problems;
  },
};

const headingInjection: Attack = {
  id: "text/markdown-heading-in-name",
  title: "A newline and ## in an indicator name",
  async run(dir) {
    const rows = [
      { ...HEALTHY_ROWS[0], indicator: "Timeliness\n## Injected heading\n===" },
      ...HEALTHY_ROWS.slice(1),
    ];
    const run = await runTable(dir, rows);
    const problems = completed(run);
    const lines = run.md.split("\n");
    if (lines.some((l) => /^#{1,6} Injected/.test(l)))
      problems.push("the name made a Markdown heading");
    if (lines.some((l) => /^=+\s*$/.test(l))) problems.push("the name made a setext underline");
    return problems;
  },
};

const zeroWidthQuarter: Attack = {
  id: "text/zero-width-in-quarter-heading",
  title: "A zero-width space in the Q2 heading",
  async run(dir) {
    const run = await runTable(
      dir,
      HEALTHY_ROWS,
      (ws) => (ws.getCell(1, 10).value = "Q2\u200b 2018/19")
    );
    const problems = completed(run);
    if (run.summary?.quarter !== "Q2 2018/19")
      problems.push(`classified ${run.summary?.quarter ?? "nothing"}, not Q2`);
    if (!run.summary?.findings.some((f) => f.code === "text.hiddenCharacters"))
      problems.push("no finding about the invisible character");
    return problems;
  },
};

const zeroWidthRef: Attack = {
  id: "text/zero-width-duplicate-ref",
  title: "Refs OK1 and OK1 + zero-width space",
  async run(dir) {
    const rows = [...HEALTHY_ROWS, { ...HEALTHY_ROWS[1], ref: "OK1\u200b" }];
    const run = await runTable(dir, rows);
    const problems = completed(run);
    if (!run.summary?.findings.some((f) => f.code === "ref.duplicate"))
      problems.push("OK1 with a zero-width space is not reported as a duplicate of OK1");
    return problems;
  },
};

const bidiArea: Attack = {
  id: "text/bidi-override-in-area",
  title: "A right-to-left override in a service area",
  async run(dir) {
    const rows = [
      { ...HEALTHY_ROWS[0], area: `Social Care ${BIDI}yawhtaP` },
      ...HEALTHY_ROWS.slice(1),
    ];
    const run = await runTable(dir, rows);
    const problems = completed(run);
    if (run.stdout.includes(BIDI)) problems.push("the terminal got a bidi override");
    if (run.md.includes(BIDI)) problems.push("the Markdown holds a bidi override");
    return problems;
  },
};

export const TEXT_ATTACKS: Attack[] = [
  controlChars,
  headingInjection,
  zeroWidthQuarter,
  zeroWidthRef,
  bidiArea,
];
