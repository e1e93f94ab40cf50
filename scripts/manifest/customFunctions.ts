/**
 * The CustomFunctions extension point (docs/manifest.md): declared under AllFormFactors, its Script
 * and Page on the shared runtime's page (a different page would start a runtime of its own, where
 * the functions are never registered), a namespace Excel accepts, the CustomFunctionsRuntime set
 * the functions need, and metadata that matches the functions the source declares. For a built
 * folder, functions.json itself is read: every function it lists must be declared in the source
 * (the build registers each one with CustomFunctions.associate), and none may be missing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { child, descendants, type XmlNode } from "./tree";
import { localFile } from "./localFile";

/** Functions whose registration the CustomFunctions extension point needs: the runtime's set. */
const FUNCTIONS_SET = "CustomFunctionsRuntime";
/** parameterAddresses (to read a cell's number format) needs 1.3. */
const FUNCTIONS_SET_MIN = 1.3;

/** Ids of `@customfunction ID` tags in src/functions (what functions.json will list). */
export function declaredCustomFunctions(root: string): string[] {
  const dir = join(root, "src", "functions");
  if (!existsSync(dir)) return [];
  const ids: string[] = [];
  for (const file of readdirSync(dir)) {
    if (!/\.(ts|js)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), "utf8");
    for (const match of text.matchAll(/@customfunction\s+([A-Za-z][\w.]*)/g)) ids.push(match[1]);
  }
  return ids.sort();
}

interface Context {
  root: string;
  web?: string;
  base: string;
  folder: string;
}

type Resources = Map<string, { kind: string; value: string }>;

function metadataIds(file: string): string[] | string {
  if (!existsSync(file)) return `${file} does not exist (the build writes it: npm run build)`;
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as { functions?: { id?: unknown }[] };
    if (!Array.isArray(json.functions)) return `${file} has no "functions" list`;
    return json.functions.map((f) => String(f.id)).sort();
  } catch (error) {
    return `${file} is not JSON: ${(error as Error).message}`;
  }
}

export function checkCustomFunctions(root: XmlNode, res: Resources, context: Context): string[] {
  const points = descendants(root, "ExtensionPoint").filter(
    (e) => e.attrs["xsi:type"] === "CustomFunctions"
  );
  if (points.length === 0) return [];
  const errors: string[] = [];
  const inAll = descendants(root, "AllFormFactors").flatMap((a) => a.children);
  const point = points[0];
  if (points.length > 1) errors.push("the CustomFunctions extension point is declared twice");
  if (!inAll.includes(point))
    errors.push(
      `line ${point.line}: the CustomFunctions extension point belongs in <AllFormFactors>`
    );

  const resid = (part: string) => child(child(point, part) ?? point, "SourceLocation")?.attrs.resid;
  const runtime = descendants(root, "Runtime")[0]?.attrs.resid;
  if (!runtime)
    errors.push("custom functions need the shared <Runtime> (they run on the task pane's page)");
  for (const part of ["Script", "Page"]) {
    const used = resid(part);
    if (runtime && used !== undefined && used !== runtime)
      errors.push(
        `<${part}> of the custom functions is "${used}", not the shared runtime page "${runtime}" — the functions would run in a runtime of their own, where nothing registers them`
      );
  }

  const namespace = res.get(child(point, "Namespace")?.attrs.resid ?? "")?.value;
  if (namespace === undefined) errors.push("the custom functions have no <Namespace>");
  else if (!/^[A-Za-z][A-Za-z0-9.]{0,31}$/.test(namespace))
    errors.push(
      `the namespace "${namespace}" must be letters, digits and periods, starting with a letter`
    );

  const set = descendants(child(root, "Requirements") ?? root, "Set").find(
    (s) => s.attrs.Name === FUNCTIONS_SET
  );
  if (!set || Number(set.attrs.MinVersion ?? "1.1") < FUNCTIONS_SET_MIN)
    errors.push(
      `<Requirements> must declare ${FUNCTIONS_SET} ${FUNCTIONS_SET_MIN} (the functions read their arguments' cell addresses)`
    );

  const declared = declaredCustomFunctions(context.root);
  if (declared.length === 0)
    errors.push(
      "src/functions declares no @customfunction, but the manifest names custom functions"
    );
  const metadataUrl = res.get(resid("Metadata") ?? "")?.value ?? "";
  const name = metadataUrl.slice(metadataUrl.lastIndexOf("/") + 1);
  if (name !== "functions.json")
    errors.push(
      `the custom functions' metadata must be the functions.json the build writes, not "${name}"`
    );
  if (context.web) {
    const path = localFile(metadataUrl, context.base, context.folder);
    if (path === null) errors.push(`the metadata URL "${metadataUrl}" is not a URL`);
    else {
      const ids = metadataIds(path);
      if (typeof ids === "string") errors.push(ids);
      else if (ids.join() !== declared.join())
        errors.push(
          `functions.json lists ${ids.join(", ") || "nothing"}, but src/functions declares ${declared.join(", ") || "nothing"}`
        );
    }
  }
  return errors;
}
