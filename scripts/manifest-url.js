/**
 * The production host of the add-in. Development serves from https://localhost:3000/ (npm start; another
 * port with CT_DEV_PORT, and then the manifest the server serves names that port: devManifest);
 * `npm run build` (production mode) copies manifest.xml into dist/ with every localhost URL
 * rewritten to this host. Set ADDIN_HOST to the web server that will serve dist/, for example
 *   ADDIN_HOST=https://addin.sct.example.gov.vn/ npm run build
 * Without ADDIN_HOST the build still succeeds (CI builds without it) but says loudly, on stderr, that
 * dist/manifest.xml points at a placeholder host. docs/deploy.md says what to upload where.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
/** The development server's port when CT_DEV_PORT is not set: the one manifest.xml names. */
const DEFAULT_DEV_PORT = 3000;

/** The development server's port: CT_DEV_PORT (1..65535), else 3000. Throws on anything else. */
function devPort(env = process.env) {
  const raw = (env.CT_DEV_PORT || "").trim();
  if (raw === "") return DEFAULT_DEV_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`CT_DEV_PORT must be a port number (1-65535): "${raw}"`);
  return port;
}

/**
 * The manifest the development server serves: every localhost:3000 URL on the server's own port, so a
 * manifest sideloaded from https://localhost:PORT/manifest.xml sends Excel to that server.
 */
function devManifest(xml, port = devPort()) {
  return port === DEFAULT_DEV_PORT ? xml : rewriteUrls(xml, `https://localhost:${port}/`);
}
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

/** Every development URL in a piece of markup pointing at the production host instead. */
function rewriteUrls(text, base) {
  const origin = new URL(base).origin;
  return text
    .split(DEV_URL)
    .join(base)
    .split(DEV_URL.slice(0, -1)) // the bare origin, as in <AppDomain>
    .join(origin);
}

/**
 * The manifest text with every development URL pointing at the production host instead. Comments
 * are kept word for word (they describe the source manifest, "npm start" and all); a comment after
 * the XML declaration says which host this copy was built for.
 */
function rewriteManifest(xml, base = prodUrl()) {
  const out = xml
    .split(/(<!--[\s\S]*?-->)/)
    .map((part) => (part.startsWith("<!--") ? part : rewriteUrls(part, base)))
    .join("");
  const note = `<!-- Built by \`npm run build\` for ${base} (ADDIN_HOST); the source is manifest.xml. -->\n`;
  const declaration = out.match(/^<\?xml[^>]*\?>\s*\n?/);
  return declaration ? declaration[0] + note + out.slice(declaration[0].length) : note + out;
}

/**
 * The warning a production build prints when ADDIN_HOST is not set (null when it is): the manifest
 * would send Excel to a host that serves nothing.
 */
function placeholderWarning(env = process.env) {
  if (env.ADDIN_HOST && env.ADDIN_HOST.trim()) return null;
  const rule = "!".repeat(78);
  return [
    rule,
    `!! ADDIN_HOST is not set: dist/manifest.xml points at ${DEFAULT_PROD_URL}`,
    "!! (a placeholder: Excel will find no add-in there). For a real deployment, build with",
    "!!   ADDIN_HOST=https://your-server.gov.vn/ct/ npm run build",
    "!! and upload dist/ there (docs/deploy.md). / Chưa đặt ADDIN_HOST: manifest trỏ tới địa chỉ mẫu.",
    rule,
  ].join("\n");
}

module.exports = {
  DEV_URL,
  DEFAULT_DEV_PORT,
  DEFAULT_PROD_URL,
  devPort,
  devManifest,
  prodUrl,
  rewriteManifest,
  placeholderWarning,
};
