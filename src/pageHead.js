/**
 * The head lines every page of the add-in shares (the task pane, the help page, the browser report
 * page): charset, viewport and the Content-Security-Policy, written once. Each template asks for its
 * page's head: `<%= require("../pageHead.js")("help") %>` (html-webpack-plugin compiles templates as
 * lodash templates, so `require` runs at build time). Everything stays on the page's own origin; the
 * task pane alone adds what office.js needs.
 */
"use strict";

/** The policy of every page, directive by directive. */
const BASE = [
  ["default-src", "'self'"],
  ["script-src", "'self'"],
  ["style-src", "'self'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'none'"],
];

/**
 * What a page adds or changes. The task pane loads office.js from Microsoft, which (in Office and when
 * the page is opened in a browser) adds a hidden iframe for its telemetry proxy with
 * setAttribute("style", "display:none"): style-src-attr allows exactly that one attribute by its hash
 * (sha256 of "display:none"; 'unsafe-hashes' admits hashes for attributes, not inline <style> or
 * scripts), frame-src that one origin (OfficeDev/office-js#1125, #1627). Without them the console shows
 * two policy violations on every load.
 */
const PAGES = {
  taskpane: [
    ["script-src", "'self' https://appsforoffice.microsoft.com"],
    ["style-src-attr", "'unsafe-hashes' 'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='"],
    ["frame-src", "https://telemetryservice.firstpartyapps.oaspapps.com"],
  ],
  help: [],
  report: [],
};

/** The Content-Security-Policy of a page: the base policy, the page's own directives after style-src. */
function contentSecurityPolicy(page) {
  const extra = PAGES[page];
  if (!extra) throw new Error(`pageHead: unknown page ${page}`);
  const directives = new Map(BASE);
  const added = extra.filter(([name]) => !directives.has(name));
  for (const [name, value] of extra) if (directives.has(name)) directives.set(name, value);
  const ordered = [...directives];
  const at = ordered.findIndex(([name]) => name === "style-src") + 1;
  ordered.splice(at, 0, ...added);
  return ordered.map(([name, value]) => `${name} ${value}`).join("; ");
}

/** The shared head lines of a page, indented for the templates' <head>. */
function pageHead(page) {
  return [
    '<meta charset="UTF-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}" />`,
  ].join("\n");
}

module.exports = pageHead;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.PAGES = Object.keys(PAGES);
