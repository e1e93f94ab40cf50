/**
 * Nothing let in, checked in the source itself: no code in src/ turns text into HTML or code
 * (dangerouslySetInnerHTML, innerHTML, insertAdjacentHTML, document.write, eval, new Function),
 * and the pane, preview, ribbon and Office.js adapter never report errors to the console, where no
 * user would see them. The scanner is itself tested on planted lines, so the rule can fail.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const SRC = join(ROOT, "src");

/** Patterns that put text into the page as markup, or run text as code. */
const HTML_AND_CODE_SINKS: [string, RegExp][] = [
  ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
  ["innerHTML/outerHTML", /\.(inner|outer)HTML\b/],
  ["insertAdjacentHTML", /insertAdjacentHTML/],
  ["document.write", /document\.write(ln)?\s*\(/],
  ["createContextualFragment", /createContextualFragment/],
  ["srcdoc", /\bsrcdoc\b/i],
  ["eval", /(^|[^\w.])eval\s*\(/],
  ["new Function", /new\s+Function\s*\(/],
  ["string timer", /set(Timeout|Interval)\s*\(\s*["'`]/],
];

const CONSOLE = /(^|[^\w.])console\s*\.\s*(log|error|warn|info|debug|trace)\s*\(/;
/** Where errors must reach the user, not the console. */
const USER_FACING = ["taskpane", "preview", "commands", "excel"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|html)$/.test(name) ? [path] : [];
  });
}

/** Lines of `text` that match `pattern`, as "file:line: code", ignoring comment-only lines. */
function offendingLines(file: string, text: string, pattern: RegExp): string[] {
  return text.split("\n").flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, "").trim();
    if (!code || code.startsWith("*") || code.startsWith("/*")) return [];
    return pattern.test(code) ? [`${file}:${i + 1}: ${code}`] : [];
  });
}

describe("no text becomes HTML or code in src/", () => {
  const files = sourceFiles(SRC).map((path) => ({
    file: relative(ROOT, path),
    text: readFileSync(path, "utf8"),
  }));

  it("scans the real sources (src/taskpane and src/preview among them)", () => {
    expect(files.some((f) => f.file.startsWith("src/taskpane/"))).toBe(true);
    expect(files.some((f) => f.file.startsWith("src/preview/"))).toBe(true);
  });

  it.each(HTML_AND_CODE_SINKS)("nothing uses %s", (_name, pattern) => {
    expect(files.flatMap(({ file, text }) => offendingLines(file, text, pattern))).toEqual([]);
  });

  it("the pane, preview, ribbon and Office.js adapter do not report to the console", () => {
    const userFacing = files.filter(({ file }) =>
      USER_FACING.some((dir) => file.startsWith(`src/${dir}/`))
    );
    expect(userFacing.flatMap(({ file, text }) => offendingLines(file, text, CONSOLE))).toEqual([]);
  });

  it("the scanner catches each pattern on a planted line", () => {
    const planted = [
      "<div dangerouslySetInnerHTML={{ __html: name }} />",
      "el.innerHTML = name;",
      "el.insertAdjacentHTML('beforeend', name);",
      "document.write(name);",
      "range.createContextualFragment(name);",
      "<iframe srcDoc={name} />",
      "const f = eval(text);",
      "const f = new Function(text);",
      "setTimeout('run()', 10);",
    ];
    HTML_AND_CODE_SINKS.forEach(([, pattern], i) =>
      expect(offendingLines("planted.tsx", planted[i], pattern)).toHaveLength(1)
    );
    expect(
      offendingLines("planted.ts", "  } catch (e) { console.error(e); }", CONSOLE)
    ).toHaveLength(1);
    expect(offendingLines("planted.ts", "// console.error(e) in a comment", CONSOLE)).toEqual([]);
  });
});
