/**
 * Checks an XSD cannot make: every resid resolves to a resource of the right kind, ids are unique,
 * every URL is https on one origin, icon files exist at their declared pixel size, every
 * FunctionName is registered by the commands code, the shared runtime is declared consistently,
 * the custom functions live in that runtime with a namespace and the metadata the build writes,
 * and the permission is no wider than the add-in needs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { child, descendants, type XmlNode } from "./tree";
import { checkCustomFunctions } from "./customFunctions";
import { localFile } from "./localFile";

export interface SemanticContext {
  /** Repository root: src/commands/ and src/functions/ are looked up under it. */
  root: string;
  /**
   * A built folder (dist/web) the manifest's URLs are served from: icons and functions.json are
   * looked up there. Without it, icons are looked up in the repository (assets/).
   */
  web?: string;
}

const SHORT_LIMIT = 125;
const LONG_LIMIT = 250;

/** Reads width and height from a PNG's IHDR chunk; null when the file is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = "89504e470d0a1a0a";
  if (
    bytes.length < 24 ||
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.subarray(12, 16).toString("ascii") !== "IHDR"
  )
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Names registered with Office.actions.associate("name", …) in src/commands. */
export function registeredFunctions(root: string): Set<string> {
  const dir = join(root, "src", "commands");
  const names = new Set<string>();
  if (!existsSync(dir)) return names;
  for (const file of readdirSync(dir)) {
    if (!/\.(ts|tsx|js)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), "utf8");
    for (const match of text.matchAll(/\b[Oo]ffice\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g))
      names.add(match[1]);
  }
  return names;
}

function resources(root: XmlNode): Map<string, { kind: string; value: string }> {
  const map = new Map<string, { kind: string; value: string }>();
  const res = descendants(root, "Resources")[0];
  if (!res) return map;
  for (const group of res.children) {
    for (const item of group.children) {
      const id = item.attrs.id ?? "";
      if (map.has(id)) map.set(`${id}#duplicate`, { kind: "duplicate", value: id });
      map.set(id, { kind: group.name, value: item.attrs.DefaultValue ?? "" });
    }
  }
  return map;
}

/** The resource kind each resid-bearing element must point at. */
function expectedKind(node: XmlNode, parent: XmlNode | undefined): string {
  if (node.name === "Image") return "Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(node.name))
    return "Urls";
  if (node.name === "Description") return "LongStrings";
  if (node.name === "Title" && parent?.name === "GetStarted") return "ShortStrings";
  return "ShortStrings";
}

export function checkSemantics(root: XmlNode, context: SemanticContext): string[] {
  const errors: string[] = [];
  const res = resources(root);
  for (const entry of res.values())
    if (entry.kind === "duplicate") errors.push(`resource id "${entry.value}" is declared twice`);
  for (const [id, entry] of res) {
    if (entry.kind === "duplicate") continue;
    if (id.length > 32) errors.push(`resource id "${id}" is longer than 32 characters`);
    if (entry.kind === "ShortStrings" && entry.value.length > SHORT_LIMIT)
      errors.push(`short string "${id}" is longer than ${SHORT_LIMIT} characters`);
    if (entry.kind === "LongStrings" && entry.value.length > LONG_LIMIT)
      errors.push(`long string "${id}" is longer than ${LONG_LIMIT} characters`);
  }

  // Every resid resolves, to the right kind of resource.
  const walk = (node: XmlNode, parent?: XmlNode) => {
    const resid = node.attrs.resid;
    if (resid !== undefined) {
      const found = res.get(resid);
      const kind = expectedKind(node, parent);
      if (!found)
        errors.push(
          `line ${node.line}: resid "${resid}" of <${node.name}> is not declared in <Resources>`
        );
      else if (found.kind !== kind)
        errors.push(
          `line ${node.line}: resid "${resid}" of <${node.name}> must name one of ${kind}, not ${found.kind}`
        );
    }
    for (const c of node.children) walk(c, node);
  };
  walk(root);

  // Control, group and tab ids are unique.
  const ids = new Map<string, number>();
  for (const el of [
    ...descendants(root, "CustomTab"),
    ...descendants(root, "Group"),
    ...descendants(root, "Control"),
  ]) {
    const id = el.attrs.id ?? "";
    ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  for (const [id, count] of ids)
    if (count > 1) errors.push(`id "${id}" is used by ${count} elements`);

  // URLs: https, one origin.
  const urls: string[] = [];
  for (const el of descendants(root)) {
    if (el.name === "AppDomain") urls.push(el.text);
    else if (
      el.attrs.DefaultValue &&
      ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"].includes(
        el.name
      )
    )
      urls.push(el.attrs.DefaultValue);
  }
  const origins = new Set<string>();
  for (const url of urls) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      errors.push(`"${url}" is not a URL`);
    }
    if (!parsed) continue;
    if (parsed.protocol !== "https:") errors.push(`"${url}" must use https`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1)
    errors.push(
      `URLs use ${origins.size} origins (${[...origins].join(", ")}); the add-in needs one`
    );

  // Icons exist at their declared sizes (below the page's own folder: the add-in's base URL).
  const page = descendants(child(root, "DefaultSettings") ?? root, "SourceLocation")[0]?.attrs
    .DefaultValue;
  const base = page ? page.slice(0, page.lastIndexOf("/") + 1) : "https://localhost/";
  const folder = context.web ?? context.root;
  const checkIcon = (url: string | undefined, size: number, where: string) => {
    if (!url) return;
    const path = localFile(url, base, folder);
    if (path === null) return;
    if (!existsSync(path)) return errors.push(`${where}: icon file ${path} does not exist`);
    const dims = pngSize(readFileSync(path));
    if (!dims) errors.push(`${where}: ${path} is not a PNG`);
    else if (dims.width !== size || dims.height !== size)
      errors.push(`${where}: ${path} is ${dims.width}×${dims.height}, declared ${size}×${size}`);
  };
  checkIcon(child(root, "IconUrl")?.attrs.DefaultValue, 32, "IconUrl");
  checkIcon(child(root, "HighResolutionIconUrl")?.attrs.DefaultValue, 64, "HighResolutionIconUrl");
  for (const icon of descendants(root, "Icon")) {
    const sizes = icon.children.map((i) => Number(i.attrs.size));
    for (const need of [16, 32, 80])
      if (!sizes.includes(need))
        errors.push(`line ${icon.line}: <Icon> needs an image of size ${need}`);
    for (const image of icon.children) {
      const entry = res.get(image.attrs.resid ?? "");
      checkIcon(
        entry?.value,
        Number(image.attrs.size),
        `line ${image.line}: image "${image.attrs.resid}"`
      );
    }
  }

  // Every ExecuteFunction is registered by the commands code.
  const registered = registeredFunctions(context.root);
  for (const fn of descendants(root, "FunctionName")) {
    if (!registered.has(fn.text))
      errors.push(
        `line ${fn.line}: FunctionName "${fn.text}" is not registered with Office.actions.associate in src/commands`
      );
  }

  // Shared runtime: declared in Requirements, and the same page for runtime, functions and pane.
  const runtime = descendants(root, "Runtime")[0];
  if (runtime) {
    const sets = descendants(child(root, "Requirements") ?? root, "Set").map((s) => s.attrs.Name);
    if (!sets.includes("SharedRuntime"))
      errors.push("a <Runtime> needs the SharedRuntime requirement set in <Requirements>");
    if (runtime.attrs.lifetime !== "long")
      errors.push('<Runtime> must have lifetime="long" for a shared runtime');
    const pages = [
      descendants(root, "FunctionFile")[0]?.attrs.resid,
      ...descendants(root, "Action")
        .filter((a) => a.attrs["xsi:type"] === "ShowTaskpane")
        .map((a) => child(a, "SourceLocation")?.attrs.resid),
    ];
    for (const page of pages)
      if (page !== undefined && page !== runtime.attrs.resid)
        errors.push(`"${page}" differs from the shared runtime page "${runtime.attrs.resid}"`);
  }
  errors.push(...checkCustomFunctions(root, res, { ...context, base, folder }));

  const excel = descendants(child(root, "Requirements") ?? root, "Set").find(
    (s) => s.attrs.Name === "ExcelApi"
  );
  if (!excel?.attrs.MinVersion)
    errors.push("<Requirements> must declare the ExcelApi set and its MinVersion");

  const permissions = child(root, "Permissions")?.text;
  if (permissions !== "ReadWriteDocument")
    errors.push(
      `<Permissions> must be ReadWriteDocument (the add-in writes cells and reads no more than the document), not "${permissions}"`
    );
  return errors;
}
