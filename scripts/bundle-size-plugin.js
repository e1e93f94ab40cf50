/**
 * Webpack plugin: after a build, prints the gzipped size of every entry's initial JavaScript and
 * writes them to bundle-sizes.json in the output folder (read by tests/build/bundle-budget.test.ts).
 * Office.js is loaded from Microsoft's CDN and is not part of these bundles.
 */
const { gzipSync } = require("node:zlib");

class BundleSizePlugin {
  constructor(options = {}) {
    this.fileName = options.fileName || "bundle-sizes.json";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "BundleSizePlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const report = {
            generatedAt: new Date().toISOString(),
            mode: compiler.options.mode,
            entries: {},
          };
          for (const [name, entrypoint] of compilation.entrypoints) {
            const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
            const sized = files.map((file) => {
              const source = compilation.getAsset(file).source.buffer();
              return {
                file,
                bytes: source.length,
                gzipBytes: gzipSync(source, { level: 9 }).length,
              };
            });
            report.entries[name] = {
              files: sized,
              gzipBytes: sized.reduce((sum, f) => sum + f.gzipBytes, 0),
              bytes: sized.reduce((sum, f) => sum + f.bytes, 0),
            };
          }
          const json = JSON.stringify(report, null, 2);
          compilation.emitAsset(this.fileName, new compiler.webpack.sources.RawSource(json));
          const lines = Object.entries(report.entries).map(
            ([name, e]) =>
              `  ${name.padEnd(10)} ${(e.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzipped (${(e.bytes / 1024).toFixed(1)} KB raw, ${e.files.length} file(s))`
          );
          console.log(`\nInitial JavaScript per entry:\n${lines.join("\n")}\n`);
        }
      );
    });
  }
}

module.exports = { BundleSizePlugin };
