/**
 * The offline validator accepts manifest.xml and rejects broken copies of it. It runs as a child
 * process (tsx) because libxml2-wasm is an ES module with top-level await, which Jest's CommonJS
 * transform cannot load; one process validates every copy.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pngSize, registeredFunctions } from "../../scripts/manifest/semantics";
import { ICON_SIZES } from "../../scripts/make-icons";
import {
  RIBBON_ICONS,
  RIBBON_ICON_SIZES,
  ribbonIconFile,
  ribbonIconPng,
  type RibbonIcon,
} from "../../scripts/ribbon-icons";
import { declaredCustomFunctions } from "../../scripts/manifest/customFunctions";
// The CommonJS helper webpack.config.js uses.
const { addinBase, manifestForOrigin } = require("../../scripts/manifest/origin") as {
  addinBase(origin: string): { origin: string; base: string };
  manifestForOrigin(xml: string, origin: string): string;
};

const ROOT = resolve(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** Each mutation must change the manifest and must be caught; `expect` matches one reported problem. */
const MUTATIONS: { name: string; change: (xml: string) => string; expect: RegExp }[] = [
  {
    name: "not well-formed",
    change: (x) => x.replace("</Permissions>", ""),
    expect: /not well-formed/,
  },
  {
    name: "unresolved resid",
    change: (x) => x.replace('<Label resid="Clear.Label"/>', '<Label resid="Clear.Missing"/>'),
    expect: /"Clear.Missing".*not declared/,
  },
  {
    name: "resid of the wrong kind",
    change: (x) =>
      x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Tab.Label"/>'),
    expect: /must name one of Urls/,
  },
  {
    name: "duplicate control id",
    change: (x) => x.replace('id="PerfChallenge.Clear"', 'id="PerfChallenge.Classify"'),
    expect: /"PerfChallenge.Classify" is used by 2/,
  },
  {
    name: "http URL",
    change: (x) =>
      x.replace(
        'DefaultValue="https://localhost:3000/assets/icon-16.png"',
        'DefaultValue="http://localhost:3000/assets/icon-16.png"'
      ),
    expect: /must use https/,
  },
  {
    name: "second origin",
    change: (x) =>
      x.replace(
        "<AppDomain>https://localhost:3000</AppDomain>",
        "<AppDomain>https://example.org</AppDomain>"
      ),
    expect: /2 origins/,
  },
  {
    name: "unregistered function",
    change: (x) =>
      x.replace(
        "<FunctionName>clearClassification</FunctionName>",
        "<FunctionName>clearEverything</FunctionName>"
      ),
    expect: /"clearEverything" is not registered/,
  },
  {
    name: "children out of order",
    change: (x) =>
      x.replace(
        /(<Group id="PerfChallenge.Group">\s*)(<Label resid="Group.Label"\/>)(\s*)(<Icon>[\s\S]*?<\/Icon>)/,
        "$1$4$3$2"
      ),
    expect: /not allowed at this place/,
  },
  {
    name: "icon of the wrong size",
    change: (x) =>
      x.replace(
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'
      ),
    expect: /64×64, declared 80×80/,
  },
  {
    name: "missing icon file",
    change: (x) => x.replace('assets/icon-32.png"/>\n  <HighRes', 'assets/none.png"/>\n  <HighRes'),
    expect: /does not exist/,
  },
  {
    name: "no shared runtime set",
    change: (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
    expect: /SharedRuntime requirement set/,
  },
  {
    name: "wider permission",
    change: (x) =>
      x.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>Restricted</Permissions>"
      ),
    expect: /must be ReadWriteDocument/,
  },
  {
    name: "unknown control type",
    change: (x) =>
      x.replace(
        '<Control xsi:type="Button" id="PerfChallenge.Pane">',
        '<Control xsi:type="Gallery" id="PerfChallenge.Pane">'
      ),
    expect: /Control\[Gallery\]/,
  },
  {
    name: "custom functions on a page of their own",
    change: (x) =>
      x.replace(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1GetStarted.LearnMoreUrl"),
    expect:
      /<Page> of the custom functions is "GetStarted.LearnMoreUrl", not the shared runtime page/,
  },
  {
    name: "no CustomFunctionsRuntime set",
    change: (x) => x.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', ""),
    expect: /must declare CustomFunctionsRuntime 1.3/,
  },
  {
    name: "a namespace Excel refuses",
    change: (x) =>
      x.replace(
        'id="Functions.Namespace" DefaultValue="PERF"',
        'id="Functions.Namespace" DefaultValue="PERF-X"'
      ),
    expect: /the namespace "PERF-X" must be letters/,
  },
  {
    name: "metadata that the build does not write",
    change: (x) => x.replace("/functions.json", "/metadata.json"),
    expect: /must be the functions.json the build writes/,
  },
  {
    name: "custom functions without their metadata",
    change: (x) =>
      x.replace(
        /<Metadata>\s*<SourceLocation resid="Functions.Metadata.Url"\/>\s*<\/Metadata>/,
        ""
      ),
    expect: /ExtensionPoint\[CustomFunctions\]> needs <Metadata>/,
  },
];

/** Production manifests the build would write (scripts/manifest/origin.js). */
const ORIGINS = ["https://apps.council.gov.uk/performance/", "https://addin.example.org"];

describe("offline manifest validation", () => {
  let results: Record<string, string[]>;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    const files = [join(ROOT, "manifest.xml")];
    for (const [i, origin] of ORIGINS.entries()) {
      const file = join(dir, `origin-${i}.xml`);
      writeFileSync(file, manifestForOrigin(MANIFEST, origin));
      files.push(file);
    }
    for (const [i, m] of MUTATIONS.entries()) {
      const changed = m.change(MANIFEST);
      if (changed === MANIFEST) throw new Error(`mutation "${m.name}" did not change the manifest`);
      const file = join(dir, `mutant-${i}.xml`);
      writeFileSync(file, changed);
      files.push(file);
    }
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [
          require.resolve("tsx/cli"),
          join(ROOT, "scripts", "validate-manifest.ts"),
          "--json",
          "--root",
          ROOT,
          ...files,
        ],
        { encoding: "utf8" }
      );
    } catch (error) {
      // Exit code 1 is expected: the mutants are invalid. The JSON is still on stdout.
      out = (error as { stdout: string }).stdout;
    }
    results = JSON.parse(out);
  }, 60_000);

  it("accepts manifest.xml", () => {
    expect(results[join(ROOT, "manifest.xml")]).toEqual([]);
  });

  it.each(ORIGINS.map((origin, i) => [origin, i] as const))(
    "accepts the production manifest for %s, every URL on it",
    (origin, i) => {
      const [file, errors] = Object.entries(results).find(([f]) => f.endsWith(`origin-${i}.xml`))!;
      expect(errors).toEqual([]);
      const xml = readFileSync(file, "utf8");
      expect(xml).not.toContain("https://localhost:3000/");
      const base = addinBase(origin).base;
      expect(xml).toContain(`<AppDomain>${new URL(origin).origin}</AppDomain>`);
      expect(xml).toContain(`DefaultValue="${base}taskpane.html"`);
      expect(xml).toContain(`DefaultValue="${base}functions.json"`);
    }
  );

  it.each([
    ["http://apps.council.gov.uk", /must start with https:\/\//],
    ["apps.council.gov.uk", /is not a web address/],
    ["https://apps.council.gov.uk/?x=1", /without \?query/],
  ])("refuses ADDIN_ORIGIN %s", (origin, message) => {
    expect(() => manifestForOrigin(MANIFEST, origin)).toThrow(message);
  });

  it.each(MUTATIONS.map((m, i) => [m.name, i] as const))(
    "rejects a manifest with: %s",
    (_name, i) => {
      const errors = Object.entries(results).find(([file]) => file.endsWith(`mutant-${i}.xml`))![1];
      expect(errors.join("\n")).toMatch(MUTATIONS[i].expect);
    }
  );

  it("finds the commands the ribbon calls", () => {
    expect([...registeredFunctions(ROOT)].sort()).toEqual([
      "classifyQuarter",
      "clearClassification",
    ]);
  });

  it("finds the custom functions the source declares", () => {
    expect(declaredCustomFunctions(ROOT)).toEqual(["DIRECTION", "STATUS", "SUMMARY"]);
  });

  it("gives each ribbon button its own icon at 16, 32 and 80 px, as scripts/ribbon-icons.ts draws it", () => {
    const names = Object.keys(RIBBON_ICONS) as RibbonIcon[];
    const controls = [...MANIFEST.matchAll(/<Control xsi:type="Button"[\s\S]*?<\/Control>/g)];
    expect(controls).toHaveLength(names.length);
    const iconSets = controls.map(([control]) =>
      [...control.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => m[2]).join()
    );
    expect(new Set(iconSets).size).toBe(controls.length);
    for (const name of names)
      for (const size of RIBBON_ICON_SIZES) {
        const file = ribbonIconFile(name, size);
        expect(MANIFEST).toContain(`assets/${file}"`);
        const bytes = readFileSync(join(ROOT, "assets", file));
        expect(pngSize(bytes)).toEqual({ width: size, height: size });
        expect(bytes.equals(ribbonIconPng(name, size))).toBe(true);
      }
    // Three different pictures, not one drawn three times.
    const drawn = names.map((name) => readFileSync(join(ROOT, "assets", ribbonIconFile(name, 32))));
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) expect(drawn[i].equals(drawn[j])).toBe(false);
  });

  it("ships every icon at the pixel size in its name", () => {
    for (const size of ICON_SIZES) {
      expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});
