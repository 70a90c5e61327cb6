#!/usr/bin/env node
/**
 * Offline check of the add-in manifest (`npm run validate`):
 *  1. Microsoft's schema, with xmllint and the XSDs in ../shared/office-manifest-xsd (beside the
 *     repository; override with --schema-dir or CT_MANIFEST_XSD);
 *  2. what the schema cannot see: every resid defined, resids at most 32 characters, resource and
 *     control ids unique, the custom functions' namespace is CT, each ExecuteFunction's FunctionName
 *     associated in code (`Office.actions.associate("name", ...)` under src/), no TaskpaneId under a host
 *     whose runtime is long-lived, the runtime, the function file and the functions page on one URL, and
 *     ReadWriteDocument as the only permission.
 *
 * Usage: node scripts/validate-manifest.js [file.xml ...] [--src dir] [--schema-dir dir] [--no-schema]
 * Without a file it checks manifest.xml, and dist/manifest.xml (the production rewrite) when it exists.
 * Exit codes: 0 valid; 1 the manifest has errors (listed); 2 the check itself could not run
 * (no xmllint, no schema folder, no such file).
 * `npm run validate:online` runs Microsoft's own validator instead (it needs its online service).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const NAMESPACE = "CT";
const PERMISSIONS = ["ReadWriteDocument"];
const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

class SetupError extends Error {}

/** The folder of Microsoft's manifest XSDs. */
function schemaDir(explicit) {
  return explicit || process.env.CT_MANIFEST_XSD || path.join(ROOT, "..", "shared", "office-manifest-xsd");
}

/** Check the manifest against the schema with xmllint; returns its complaints (empty when valid). */
function schemaCheck(file, dir) {
  const xsd = path.join(dir, SCHEMA_FILE);
  if (!fs.existsSync(xsd)) {
    throw new SetupError(
      `The manifest schemas are not at ${dir} (${SCHEMA_FILE} missing).\n` +
        "Check out the shared folder beside the repository (../shared/office-manifest-xsd, see its README),\n" +
        "or point CT_MANIFEST_XSD / --schema-dir at a copy.",
    );
  }
  const r = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  if (r.error && r.error.code === "ENOENT") {
    throw new SetupError("xmllint is not installed: apt-get install -y libxml2-utils (Debian/Ubuntu).");
  }
  if (r.error) throw new SetupError(`xmllint could not run: ${r.error.message}`);
  if (r.status === 0) return [];
  return (r.stderr || "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/fails to validate$/.test(l))
    .map((l) => `schema: ${l}`);
}

/** The text with XML comments removed, so commented-out markup is not checked. */
function stripComments(xml) {
  return xml.replace(/<!--[\s\S]*?-->/g, "");
}

function matchAll(text, re) {
  return [...text.matchAll(re)];
}

/** Every .ts/.js file under a folder. */
function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|js)$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/**
 * The action names the code associates: the literal first argument of Office.actions.associate("name", f),
 * and, in a file that calls Office.actions.associate with a constant (associate(IDS.name, f)), every
 * string literal of that file that reads as an identifier (the constant's value is one of them).
 */
function associatedActions(srcDir) {
  const names = new Set();
  for (const f of sourceFiles(srcDir)) {
    const code = fs.readFileSync(f, "utf8");
    for (const m of code.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)) names.add(m[1]);
    if (/Office\.actions\.associate\(\s*[A-Za-z_$][\w$.]*\s*,/.test(code)) {
      for (const m of code.matchAll(/["'`]([A-Za-z_$][\w$]*)["'`]/g)) names.add(m[1]);
    }
  }
  return names;
}

/**
 * The project's own checks of a manifest's text; returns the errors found (empty when it passes).
 * @param {string} rawXml the manifest
 * @param {{ srcDir: string }} opts where the code that associates the ribbon's actions lives
 */
function projectChecks(rawXml, opts) {
  const xml = stripComments(rawXml);
  const errors = [];

  // Resources: every defined id, by kind, and duplicates.
  const resources = (xml.match(/<Resources>([\s\S]*?)<\/Resources>/) || [])[1] || "";
  const defined = new Map(); // id -> { tag, value }
  for (const m of matchAll(resources, /<bt:(Image|Url|String)\s+id="([^"]*)"\s+DefaultValue="([^"]*)"/g)) {
    const [, tag, id, value] = m;
    if (defined.has(id)) errors.push(`resource id "${id}" is defined twice`);
    defined.set(id, { tag, value });
  }
  if (!resources) errors.push("no <Resources> in <VersionOverrides>");

  // Every resid points to a defined resource; resids are at most 32 characters.
  const used = new Set();
  for (const m of matchAll(xml, /\bresid="([^"]*)"/g)) {
    const id = m[1];
    used.add(id);
    if (!defined.has(id)) errors.push(`resid "${id}" is used but not defined in <Resources>`);
    if (id.length > 32) errors.push(`resid "${id}" is longer than 32 characters`);
  }
  for (const id of defined.keys()) if (!used.has(id)) errors.push(`resource "${id}" is defined but never used`);

  // Tab, group and control ids are unique.
  const uiIds = matchAll(xml, /<(?:CustomTab|OfficeTab|Group|Control)\b[^>]*\bid="([^"]*)"/g).map((m) => m[1]);
  const seen = new Set();
  for (const id of uiIds) {
    if (seen.has(id)) errors.push(`control id "${id}" is used twice`);
    seen.add(id);
  }

  // Custom functions: namespace CT.
  const cf = (xml.match(/<ExtensionPoint\s+xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/) || [])[1];
  if (!cf) errors.push("no CustomFunctions extension point");
  else {
    const ns = (cf.match(/<Namespace\s+resid="([^"]*)"/) || [])[1];
    const value = ns && defined.get(ns) ? defined.get(ns).value : undefined;
    if (!ns) errors.push("the CustomFunctions extension point has no <Namespace>");
    else if (value !== NAMESPACE) errors.push(`the custom functions' namespace is "${value}", not "${NAMESPACE}"`);
  }

  // Each ExecuteFunction's FunctionName is associated in code.
  const actions = associatedActions(opts.srcDir);
  for (const m of matchAll(xml, /<FunctionName>\s*([^<\s]+)\s*<\/FunctionName>/g)) {
    const name = m[1];
    if (!actions.has(name)) {
      errors.push(
        `ExecuteFunction "${name}" is not associated in code: no Office.actions.associate("${name}", ...) under ${path.relative(process.cwd(), opts.srcDir) || "."}`,
      );
    }
  }

  // Hosts with a long-lived runtime: no TaskpaneId, and one page for runtime, function file and functions.
  for (const m of matchAll(xml, /<Host\s+xsi:type="[^"]*">([\s\S]*?)<\/Host>/g)) {
    const host = m[1];
    const runtime = (host.match(/<Runtime\s+resid="([^"]*)"\s+lifetime="long"/) || [])[1];
    if (!runtime) continue;
    if (/<TaskpaneId>/.test(host)) errors.push("a <TaskpaneId> stands under a host whose runtime is long-lived");
    const url = (id) => (defined.get(id) || {}).value;
    const functionFile = (host.match(/<FunctionFile\s+resid="([^"]*)"/) || [])[1];
    const page = (host.match(/<Page>\s*<SourceLocation\s+resid="([^"]*)"/) || [])[1];
    for (const [what, id] of [
      ["FunctionFile", functionFile],
      ["the custom functions' Page", page],
    ]) {
      if (id && url(id) !== url(runtime))
        errors.push(`${what} (${url(id)}) is not the shared runtime's page (${url(runtime)})`);
    }
    for (const sl of matchAll(host, /<Action\s+xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation\s+resid="([^"]*)"/g)) {
      if (url(sl[1]) !== url(runtime))
        errors.push(`a ShowTaskpane action opens ${url(sl[1])}, not the shared runtime's page`);
    }
  }

  // Permissions.
  const perms = matchAll(xml, /<Permissions>\s*([^<]*?)\s*<\/Permissions>/g).map((p) => p[1]);
  if (perms.length === 0) errors.push("no <Permissions>");
  for (const p of perms)
    if (!PERMISSIONS.includes(p)) errors.push(`permission "${p}": only ${PERMISSIONS.join(", ")} is allowed`);

  return errors;
}

function parseArgs(argv) {
  const opts = { files: [], srcDir: path.join(ROOT, "src"), schemaDir: null, schema: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--src") opts.srcDir = path.resolve(argv[++i]);
    else if (a === "--schema-dir") opts.schemaDir = path.resolve(argv[++i]);
    else if (a === "--no-schema") opts.schema = false;
    else if (a.startsWith("-")) throw new SetupError(`unknown option ${a}`);
    else opts.files.push(path.resolve(a));
  }
  if (opts.files.length === 0) {
    opts.files.push(path.join(ROOT, "manifest.xml"));
    const built = path.join(ROOT, "dist", "manifest.xml");
    if (fs.existsSync(built)) opts.files.push(built);
  }
  return opts;
}

/** Check one manifest file; prints the result and returns 0 (valid) or 1. */
function checkFile(file, opts) {
  if (!fs.existsSync(file)) throw new SetupError(`no such manifest: ${file}`);
  const name = path.relative(process.cwd(), file) || file;
  const errors = [];
  if (opts.schema) errors.push(...schemaCheck(file, schemaDir(opts.schemaDir)));
  errors.push(...projectChecks(fs.readFileSync(file, "utf8"), opts));
  if (errors.length) {
    console.error(`${name}: ${errors.length} problem(s)`);
    for (const e of errors) console.error(`  - ${e}`);
    return 1;
  }
  console.log(`${name}: valid (${opts.schema ? "Microsoft's schema and " : ""}the project's own checks)`);
  return 0;
}

function main(argv) {
  try {
    const opts = parseArgs(argv);
    let code = 0;
    for (const file of opts.files) code = Math.max(code, checkFile(file, opts));
    return code;
  } catch (e) {
    if (e instanceof SetupError) {
      console.error(`validate-manifest: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { projectChecks, schemaCheck, associatedActions, main };
