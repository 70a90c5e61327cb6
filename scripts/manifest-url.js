/**
 * The production host of the add-in. Development serves from https://localhost:3000/ (npm start);
 * `npm run build` (production mode) copies manifest.xml into dist/ with every localhost URL
 * rewritten to this host. Set ADDIN_HOST to the web server that will serve dist/, for example
 *   ADDIN_HOST=https://addin.sct.example.gov.vn/ npm run build
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
/** Change this (or set ADDIN_HOST) before publishing: where dist/ will be served from. */
const DEFAULT_PROD_URL = "https://ct-addin.example.gov.vn/";

/** The production base URL, always ending in "/"; throws on a URL that is not https. */
function prodUrl(env = process.env) {
  const raw = (env.ADDIN_HOST || DEFAULT_PROD_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_HOST is not a URL: "${raw}" (e.g. https://addin.example.gov.vn/)`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_HOST must be https (Office loads add-ins over https only): "${raw}"`);
  return url.href.endsWith("/") ? url.href : url.href + "/";
}

/** The manifest text with every development URL pointing at the production host instead. */
function rewriteManifest(xml, base = prodUrl()) {
  const origin = new URL(base).origin;
  return xml
    .split(DEV_URL)
    .join(base)
    .split(DEV_URL.slice(0, -1)) // the bare origin, as in <AppDomain>
    .join(origin);
}

module.exports = { DEV_URL, DEFAULT_PROD_URL, prodUrl, rewriteManifest };
