/**
 * Offline manifest validation (no network): well-formedness by libxml2, the structural rules of
 * scripts/manifest/structure.ts and the semantic checks of scripts/manifest/semantics.ts.
 *
 *   npx tsx scripts/validate-manifest.ts [manifest.xml …] [--root DIR] [--web DIR] [--json]
 *
 * --web DIR checks a built manifest against the folder it is served from (dist/web): its icons
 * and functions.json there, not in the repository.
 *
 * Exit 0 when every manifest passes, 1 otherwise (each problem on its own line).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkSemantics } from "./manifest/semantics";
import { checkStructure } from "./manifest/structure";
import { parseXml } from "./manifest/tree";

export async function validateManifest(
  text: string,
  root: string,
  web?: string
): Promise<string[]> {
  let tree;
  try {
    tree = await parseXml(text);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  return [...checkStructure(tree), ...checkSemantics(tree, { root, web })];
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const [rootAt, webAt] = [argv.indexOf("--root"), argv.indexOf("--web")];
  const root = resolve(rootAt >= 0 ? argv[rootAt + 1] : resolve(__dirname, ".."));
  const web = webAt >= 0 ? resolve(argv[webAt + 1]) : undefined;
  const values = new Set([rootAt + 1, webAt + 1].filter((i) => i > 0));
  const files = argv.filter((a, i) => !a.startsWith("--") && !values.has(i));
  if (files.length === 0) files.push(resolve(root, "manifest.xml"));
  const results: Record<string, string[]> = {};
  for (const file of files)
    results[file] = await validateManifest(readFileSync(file, "utf8"), root, web);
  if (json) console.log(JSON.stringify(results));
  else {
    for (const [file, errors] of Object.entries(results)) {
      if (errors.length === 0) console.log(`${file}: valid`);
      else for (const e of errors) console.error(`${file}: ${e}`);
    }
  }
  return Object.values(results).every((e) => e.length === 0) ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`validate-manifest: ${(error as Error).message}`);
      process.exit(1);
    }
  );
}
