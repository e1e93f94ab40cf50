/**
 * Webpack plugin: after a production build, the offline manifest check
 * (scripts/validate-manifest.ts) runs on the manifest.xml the build wrote, against the folder it
 * will be served from (icons, functions.json). A manifest that would not load fails the build.
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

class ManifestCheckPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ManifestCheckPlugin", (compilation) => {
      const web = compiler.options.output.path;
      const manifest = path.join(web, "manifest.xml");
      if (!compilation.getAsset("manifest.xml")) return;
      const root = path.resolve(__dirname, "..");
      const run = spawnSync(
        process.execPath,
        [
          require.resolve("tsx/cli", { paths: [root] }),
          path.join(root, "scripts", "validate-manifest.ts"),
          manifest,
          "--root",
          root,
          "--web",
          web,
        ],
        { encoding: "utf8" }
      );
      if (run.status === 0) console.log(`Manifest checked: ${run.stdout.trim()}`);
      else
        compilation.errors.push(
          new compiler.webpack.WebpackError(
            `The built manifest does not pass the offline check:\n${run.stderr || run.stdout}`
          )
        );
    });
  }
}

module.exports = { ManifestCheckPlugin };
