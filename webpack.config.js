/**
 * Webpack: the yo office shared-runtime shape. One page (taskpane.html) loads three bundles:
 * functions (the CT custom functions), commands (ribbon handlers) and taskpane (the UI), so all three
 * share one JavaScript runtime. Other pages (help.html, the manifest's SupportUrl and LearnMoreUrl)
 * are one line each in PAGES below: an entry, a template, the bundles it loads. dist/ also gets functions.json (from the functions' JSDoc, by
 * custom-functions-metadata-plugin), functions.vi.json (the same with Vietnamese help), the icons and
 * manifest.xml (localhost URLs rewritten to the production host in production mode).
 *
 *   npm run build       production: minified, no source maps, manifest for ADDIN_HOST
 *   npm run build:dev   development: source maps, localhost manifest
 *   npm start           development server on https://localhost:3000 (scripts/start.js)
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  rewriteManifest,
  prodUrl,
  placeholderWarning,
  devManifest,
  devPort,
  DEFAULT_DEV_PORT,
} = require("./scripts/manifest-url");
const { ViFunctionsPlugin } = require("./scripts/vi-functions-plugin");

const ROOT = __dirname;
const FUNCTIONS_DIR = path.join(ROOT, "src", "functions");

/** Every src/functions/*.ts except the entry index.ts: the files the metadata generator reads. */
function functionFiles() {
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && f !== "index.ts")
    .sort()
    .map((f) => path.join(FUNCTIONS_DIR, f));
}

/**
 * Every page the build makes: its file name, its HTML template and its bundles (entry name -> file),
 * in load order. The task pane is the shared runtime's page: functions first, then commands, then the UI.
 */
const PAGES = [
  {
    filename: "taskpane.html",
    template: "./src/taskpane/taskpane.html",
    entries: {
      functions: "./src/functions/index.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
  },
  { filename: "help.html", template: "./src/help/help.html", entries: { help: "./src/help/help.ts" } },
  // The browser page (docs/page.md): its light entry; the reader and writers load as a lazy chunk.
  { filename: "report.html", template: "./src/page/report.html", entries: { report: "./src/page/report.ts" } },
];

/** Prints the placeholder-host warning after a production build made without ADDIN_HOST (the build still succeeds). */
class PlaceholderHostWarning {
  apply(compiler) {
    compiler.hooks.done.tap("PlaceholderHostWarning", () => {
      const warning = placeholderWarning();
      if (warning) console.error("\n" + warning + "\n");
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const dev = mode === "development";
  const base = dev ? null : prodUrl();
  // The development server's port (CT_DEV_PORT): the served manifest and the server agree on it.
  const port = dev ? devPort() : DEFAULT_DEV_PORT;
  return {
    mode,
    context: ROOT,
    devtool: dev ? "source-map" : false,
    entry: Object.assign({}, ...PAGES.map((p) => p.entries)),
    output: {
      path: path.join(ROOT, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked once by `tsc --noEmit -p .` (npm run lint); the bundle only transpiles.
              transpileOnly: true,
              // ES modules so webpack can tree-shake; no maps in production.
              compilerOptions: { module: "es2015", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles() }),
      new ViFunctionsPlugin({
        source: "functions.json",
        output: "functions.vi.json",
        help: path.join(FUNCTIONS_DIR, "help.vi.json"),
      }),
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            template: page.template,
            chunks: Object.keys(page.entries),
            chunksSortMode: "manual",
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/page/report.css", to: "report.css" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              Buffer.from(dev ? devManifest(content.toString(), port) : rewriteManifest(content.toString(), base)),
          },
        ],
      }),
      ...(dev ? [] : [new PlaceholderHostWarning()]),
    ],
    performance: { hints: false },
    devServer: {
      port,
      // localhost only: the development server is for Excel on this machine, never the network.
      host: "localhost",
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
