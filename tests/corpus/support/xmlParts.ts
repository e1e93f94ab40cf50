/** Checks every XML part of an .xlsx with libxml2's strict parser (`xmllint`), as Excel would. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";

/** xmllint's complaints about the parts of `file` (unpacked into `dir`); "" when all are well-formed. */
export async function malformedParts(file: string, dir: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir || !/\.(xml|rels|vml)$/.test(name)) continue;
    const target = path.join(dir, `part-${name.replace(/[\\/]/g, "__")}`);
    fs.writeFileSync(target, await zip.files[name].async("nodebuffer"));
    parts.push(target);
  }
  try {
    execFileSync("xmllint", ["--noout", ...parts], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 600);
  } finally {
    for (const part of parts) fs.rmSync(part, { force: true });
  }
}
