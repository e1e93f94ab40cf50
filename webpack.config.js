/**
 * Web bundle for the add-in (one shared-runtime page: task pane + ribbon commands) and the
 * browser preview.
 * `npm run build:web` -> dist/web (production); `npm run dev-server` -> https://localhost:3000.
 * `ADDIN_ORIGIN=https://… npm run build` writes dist/web/manifest.xml for that origin; every
 * production build checks the manifest it writes offline (scripts/validate-manifest.ts).
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { BundleSizePlugin } = require("./scripts/bundle-size-plugin");
const { ManifestCheckPlugin } = require("./scripts/manifest-check-plugin");
const { manifestForOrigin } = require("./scripts/manifest/origin");

const DEV_PORT = 3000;
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
// Office.js itself loads MicrosoftAjax from this CDN (OfficeDev/office-js#1005).
const OFFICE_AJAX_CDN = "https://ajax.aspnetcdn.com";
const SAMPLE = "samples/performance-q2-2018-19.xlsx";

/**
 * One CSP per page, as a meta tag. No inline script anywhere. Styles allow 'unsafe-inline' because
 * Fluent UI (Griffel) inserts its style rules at run time and Office on the web sets inline styles.
 */
function contentSecurityPolicy({ addin, dev }) {
  const scripts = addin ? `'self' ${OFFICE_CDN} ${OFFICE_AJAX_CDN}` : "'self'";
  const connect = [
    "'self'",
    addin ? OFFICE_CDN : "",
    dev ? `wss://localhost:${DEV_PORT} ws://localhost:${DEV_PORT}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

function page({ name, template, chunks, addin, dev }) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    scriptLoading: "defer",
    // The templates put this first in <head>: a CSP meta only governs what comes after it.
    csp: contentSecurityPolicy({ addin, dev }),
  });
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const exists = (file) => fs.existsSync(path.resolve(__dirname, file));
  // ONE add-in page: the manifest's SourceLocation, FunctionFile and shared Runtime all name
  // taskpane.html, so its single entry registers the ribbon commands AND mounts the pane, with one
  // port and one copy of the engine. There is no separate commands page.
  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    preview: "./src/preview/index.tsx",
    // The ribbon's message where the pane cannot be opened (src/commands/outcomeDialog.ts).
    outcome: "./src/commands/outcomePage.ts",
  };
  // The origin dist/web will be served from (a council's own); the development one otherwise.
  const origin = process.env.ADDIN_ORIGIN;
  if (origin) manifestForOrigin("", origin); // refuses a bad origin before anything is built
  const copies = [
    exists("assets") && { from: "assets", to: "assets", noErrorOnMissing: true },
    exists("manifest.xml") && {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (origin ? manifestForOrigin(content.toString(), origin) : content),
    },
    exists(SAMPLE) && { from: SAMPLE, to: path.basename(SAMPLE) },
  ].filter(Boolean);

  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval'.
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "esnext" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page({
        name: "taskpane",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        addin: true,
        dev,
      }),
      page({
        name: "outcome",
        template: "./src/commands/outcome.html",
        chunks: ["outcome"],
        addin: false,
        dev,
      }),
      page({
        name: "preview",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        addin: false,
        dev,
      }),
      // functions.json from the JSDoc of src/functions/functions.ts, whose module it also makes
      // register each function (CustomFunctions.associate) when the page loads.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      ...(copies.length ? [new CopyWebpackPlugin({ patterns: copies })] : []),
      new BundleSizePlugin(),
      ...(dev ? [] : [new ManifestCheckPlugin()]),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist/web") },
      // Office requires HTTPS; office-addin-dev-certs installs a trusted localhost certificate.
      server: {
        type: "https",
        options: env && env.WEBPACK_SERVE ? await getHttpsOptions() : undefined,
      },
      client: { overlay: false },
    },
  };
};

/** Certificates only for `webpack serve`: a plain build never needs (or installs) them. */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}
