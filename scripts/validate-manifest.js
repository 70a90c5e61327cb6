#!/usr/bin/env node
/**
 * Offline check of the add-in manifest (`npm run validate`):
 *  1. Microsoft's schema, with xmllint and the XSDs in ../shared/office-manifest-xsd (beside the
 *     repository; override with --schema-dir or CT_MANIFEST_XSD);
 *  2. what the schema cannot see, each rule with the Microsoft page it comes from (RULES below):
 *     every resid defined, resids at most 32 characters, resource and control ids unique, the custom
 *     functions' namespace is CT, each ExecuteFunction's FunctionName associated in code
 *     (`Office.actions.associate("name", ...)` under src/), the shared runtime's page used by the
 *     function file, the functions and every ShowTaskpane action, each such action carrying the one
 *     TaskpaneId (the shared-runtime guide's pattern), the requirement sets the shared runtime needs,
 *     each control's own icons in the sizes the schema allows (16/32/80 mandatory) with PNG files of
 *     that size, SupportUrl/LearnMoreUrl on the help page (not the task pane), https everywhere, and
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
const ASSETS = path.join(ROOT, "assets");

/** The Microsoft pages the project's own rules come from (quoted in the error messages). */
const DOCS = {
  resid: "https://learn.microsoft.com/javascript/api/manifest/resources",
  controlId: "https://learn.microsoft.com/javascript/api/manifest/control-button",
  sharedRuntime: "https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime",
  taskpaneId: "https://learn.microsoft.com/javascript/api/manifest/action#taskpaneid",
  icon: "https://learn.microsoft.com/javascript/api/manifest/icon",
  functions: "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-manifest",
  actions: "https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands",
  supportUrl: "https://learn.microsoft.com/javascript/api/manifest/supporturl",
  learnMore: "https://learn.microsoft.com/javascript/api/manifest/getstarted",
  https: "https://learn.microsoft.com/office/dev/add-ins/concepts/requirements-for-running-office-add-ins",
  permissions:
    "https://learn.microsoft.com/office/dev/add-ins/develop/requesting-permissions-for-api-use-in-content-and-task-pane-add-ins",
  version: "https://learn.microsoft.com/javascript/api/manifest/version",
};
/** The sizes the schema allows for a control's icon (bt:ImageResourceReference): 16, 32, 80 mandatory. */
const ICON_MANDATORY = [16, 32, 80];
const ICON_ALLOWED = [16, 20, 24, 32, 40, 48, 64, 80];
/** The shared-runtime guide's TaskpaneId; Office.AutoShowTaskpaneWithDocument is the other documented value. */
const TASKPANE_ID = /^[A-Za-z][\w.]{0,124}$/;

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

/** The resid of the long-lived runtime's page, if any. */
function runtimeResid(xml) {
  return (xml.match(/<Runtime\s+resid="([^"]*)"\s+lifetime="long"/) || [])[1];
}

/** The URL's path, or null when it is not a URL. */
function safePath(value) {
  try {
    return new URL(value).pathname;
  } catch {
    return null;
  }
}

/** The file under assets/ an icon URL names (whatever the host: development or production), or null. */
function assetFile(value, assetsDir = ASSETS) {
  const pathname = safePath(value || "");
  const m = pathname && pathname.match(/\/assets\/([\w.-]+\.png)$/);
  return m ? path.join(assetsDir, m[1]) : null;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  if (bytes.length < 24 || bytes.toString("ascii", 1, 4) !== "PNG" || bytes.toString("ascii", 12, 16) !== "IHDR")
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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
    if (defined.has(id)) errors.push(`resource id "${id}" is defined twice; see ${DOCS.resid}`);
    defined.set(id, { tag, value });
  }
  if (!resources) errors.push(`no <Resources> in <VersionOverrides>; see ${DOCS.resid}`);

  // Every resid points to a defined resource; resids are at most 32 characters.
  const used = new Set();
  for (const m of matchAll(xml, /\bresid="([^"]*)"/g)) {
    const id = m[1];
    used.add(id);
    if (!defined.has(id)) errors.push(`resid "${id}" is used but not defined in <Resources>; see ${DOCS.resid}`);
    if (id.length > 32) errors.push(`resid "${id}" is longer than 32 characters; see ${DOCS.resid}`);
  }
  for (const id of defined.keys())
    if (!used.has(id)) errors.push(`resource "${id}" is defined but never used; see ${DOCS.resid}`);

  // Tab, group and control ids are unique.
  const uiIds = matchAll(xml, /<(?:CustomTab|OfficeTab|Group|Control)\b[^>]*\bid="([^"]*)"/g).map((m) => m[1]);
  const seen = new Set();
  for (const id of uiIds) {
    if (seen.has(id)) errors.push(`control id "${id}" is used twice; see ${DOCS.controlId}`);
    seen.add(id);
  }

  // Custom functions: namespace CT.
  const cf = (xml.match(/<ExtensionPoint\s+xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/) || [])[1];
  if (!cf) errors.push(`no CustomFunctions extension point; see ${DOCS.functions}`);
  else {
    const ns = (cf.match(/<Namespace\s+resid="([^"]*)"/) || [])[1];
    const value = ns && defined.get(ns) ? defined.get(ns).value : undefined;
    if (!ns) errors.push(`the CustomFunctions extension point has no <Namespace>; see ${DOCS.functions}`);
    else if (value !== NAMESPACE)
      errors.push(`the custom functions' namespace is "${value}", not "${NAMESPACE}"; see ${DOCS.functions}`);
  }

  // Each ExecuteFunction's FunctionName is associated in code.
  const actions = associatedActions(opts.srcDir);
  for (const m of matchAll(xml, /<FunctionName>\s*([^<\s]+)\s*<\/FunctionName>/g)) {
    const name = m[1];
    if (!actions.has(name)) {
      errors.push(
        `ExecuteFunction "${name}" is not associated in code: no Office.actions.associate("${name}", ...) under ${path.relative(process.cwd(), opts.srcDir) || "."}; see ${DOCS.actions}`,
      );
    }
  }

  // Hosts with a long-lived runtime: one page for runtime, function file, functions and task pane, and
  // every ShowTaskpane action on that page names the same TaskpaneId ("any task pane without a
  // TaskpaneId is considered a different task pane": the shared-runtime guide, "Multiple task panes").
  const url = (id) => (defined.get(id) || {}).value;
  for (const m of matchAll(xml, /<Host\s+xsi:type="[^"]*">([\s\S]*?)<\/Host>/g)) {
    const host = m[1];
    const runtime = (host.match(/<Runtime\s+resid="([^"]*)"\s+lifetime="long"/) || [])[1];
    if (!runtime) continue;
    const functionFile = (host.match(/<FunctionFile\s+resid="([^"]*)"/) || [])[1];
    const page = (host.match(/<Page>\s*<SourceLocation\s+resid="([^"]*)"/) || [])[1];
    for (const [what, id] of [
      ["FunctionFile", functionFile],
      ["the custom functions' Page", page],
    ]) {
      if (id && url(id) !== url(runtime))
        errors.push(
          `${what} (${url(id)}) is not the shared runtime's page (${url(runtime)}); see ${DOCS.sharedRuntime}`,
        );
    }
    const paneIds = new Set();
    for (const a of matchAll(host, /<Action\s+xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)) {
      const action = a[1];
      const source = (action.match(/<SourceLocation\s+resid="([^"]*)"/) || [])[1];
      const paneId = (action.match(/<TaskpaneId>\s*([^<]*?)\s*<\/TaskpaneId>/) || [])[1];
      if (url(source) !== url(runtime))
        errors.push(
          `a ShowTaskpane action opens ${url(source)}, not the shared runtime's page; see ${DOCS.sharedRuntime}`,
        );
      if (paneId === undefined)
        errors.push(
          `a ShowTaskpane action has no <TaskpaneId>: under a shared runtime "any task pane without a TaskpaneId is considered a different task pane"; see ${DOCS.sharedRuntime}#multiple-task-panes`,
        );
      else if (!TASKPANE_ID.test(paneId))
        errors.push(
          `TaskpaneId "${paneId}" is not a short identifier (letters, digits, _ and .); see ${DOCS.taskpaneId}`,
        );
      else paneIds.add(paneId);
    }
    if (paneIds.size > 1)
      errors.push(
        `ShowTaskpane actions name ${paneIds.size} task panes (${[...paneIds].join(", ")}): a shared runtime supports one; see ${DOCS.sharedRuntime}#multiple-task-panes`,
      );
    // The guide: <Requirements> names SharedRuntime 1.1 for the runtime to be shared.
    if (!/<Requirements>[\s\S]*<Set\s+Name="SharedRuntime"\s+MinVersion="1\.\d+"/.test(xml))
      errors.push(
        `a long-lived <Runtime> without <Set Name="SharedRuntime"> in <Requirements>; see ${DOCS.sharedRuntime}`,
      );
  }

  // Icons: each control has its own, in the sizes the schema allows, and the files exist at that size.
  const controlIcons = [];
  const withIcons = [
    ...matchAll(xml, /<Group\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/Group>/g).map((g) => ["Group", g[1], g[2]]),
    ...matchAll(xml, /<Control\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/Control>/g).map((c) => ["Control", c[1], c[2]]),
  ];
  for (const [kind, id, body] of withIcons) {
    // The first <Icon> of a group is its own (it comes before its controls).
    const icon = (body.match(/<Icon>([\s\S]*?)<\/Icon>/) || [])[1];
    if (!icon) continue;
    const images = matchAll(icon, /<bt:Image\s+size="(\d+)"\s+resid="([^"]*)"/g).map((i) => ({
      size: Number(i[1]),
      resid: i[2],
    }));
    const sizes = images.map((i) => i.size);
    for (const size of ICON_MANDATORY)
      if (!sizes.includes(size))
        errors.push(`${kind} "${id}" has no ${size}px icon (16, 32 and 80 are mandatory); see ${DOCS.icon}`);
    for (const size of sizes)
      if (!ICON_ALLOWED.includes(size))
        errors.push(
          `${kind} "${id}" has a ${size}px icon: the schema allows ${ICON_ALLOWED.join(", ")}; see ${DOCS.icon}`,
        );
    if (new Set(sizes).size !== sizes.length) errors.push(`${kind} "${id}" lists an icon size twice; see ${DOCS.icon}`);
    if (kind === "Control") controlIcons.push({ id, images });
    for (const image of images) {
      const file = assetFile(url(image.resid), opts.assetsDir);
      if (file === null) continue;
      if (!fs.existsSync(file))
        errors.push(`icon ${image.resid} (${url(image.resid)}): no file ${path.relative(ROOT, file)}`);
      else {
        const dims = pngSize(fs.readFileSync(file));
        if (!dims || dims.width !== image.size || dims.height !== image.size)
          errors.push(
            `icon ${image.resid}: ${path.relative(ROOT, file)} is ${dims ? `${dims.width}x${dims.height}` : "not a PNG"}, the manifest says ${image.size}px; see ${DOCS.icon}`,
          );
      }
    }
  }
  for (let i = 0; i < controlIcons.length; i++)
    for (let j = i + 1; j < controlIcons.length; j++) {
      const a = controlIcons[i];
      const b = controlIcons[j];
      const files = (c) => new Set(c.images.map((im) => url(im.resid)));
      const shared = [...files(a)].filter((f) => files(b).has(f));
      if (shared.length)
        errors.push(`controls "${a.id}" and "${b.id}" share icons (${shared.join(", ")}): each command needs its own`);
    }

  // SupportUrl and LearnMoreUrl: a help page, not the task pane (a dead form outside Office).
  const taskpane = url(runtimeResid(xml));
  const valuesOf = (block) => matchAll(block, /\b(?:DefaultValue|Value)="([^"]*)"/g).map((v) => v[1]);
  const supportBlocks = matchAll(xml, /<SupportUrl\b[^>]*?\/>|<SupportUrl\b[\s\S]*?<\/SupportUrl>/g).map((b) => b[0]);
  if (supportBlocks.length === 0) errors.push(`no <SupportUrl>; see ${DOCS.supportUrl}`);
  const learnMore = (xml.match(/<LearnMoreUrl\s+resid="([^"]*)"/) || [])[1];
  const learnBlocks = learnMore
    ? matchAll(resources, /<bt:Url\b[^>]*?\/>|<bt:Url\b[\s\S]*?<\/bt:Url>/g)
        .map((b) => b[0])
        .filter((b) => b.includes(`id="${learnMore}"`))
    : [];
  const helpUrls = [
    ...supportBlocks.flatMap((b) => valuesOf(b).map((v) => ["SupportUrl", v, DOCS.supportUrl])),
    ...learnBlocks.flatMap((b) => valuesOf(b).map((v) => ["LearnMoreUrl", v, DOCS.learnMore])),
  ];
  for (const [what, value, doc] of helpUrls) {
    const pathname = safePath(value);
    if (taskpane && value.split("?")[0] === taskpane.split("?")[0])
      errors.push(
        `${what} (${value}) is the task pane page, a dead form outside Office: point it at help.html; see ${doc}`,
      );
    else if (!/\/help\.html$/.test(pathname || ""))
      errors.push(`${what} (${value}) is not the help page (help.html); see ${doc}`);
  }

  // https everywhere: Office loads add-in pages over https only.
  for (const m of matchAll(xml, /(?:DefaultValue|Value)="(http:[^"]*)"/g))
    errors.push(`${m[1]} is not https; see ${DOCS.https}`);

  // The version: four numbers at most (Office compares it to refresh the add-in and functions.json).
  const version = (xml.match(/<Version>\s*([^<]*?)\s*<\/Version>/) || [])[1];
  if (!version || !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version))
    errors.push(`<Version> "${version}" is not n.n.n.n; see ${DOCS.version}`);

  // Permissions.
  const perms = matchAll(xml, /<Permissions>\s*([^<]*?)\s*<\/Permissions>/g).map((p) => p[1]);
  if (perms.length === 0) errors.push(`no <Permissions>; see ${DOCS.permissions}`);
  for (const p of perms)
    if (!PERMISSIONS.includes(p))
      errors.push(`permission "${p}": only ${PERMISSIONS.join(", ")} is allowed; see ${DOCS.permissions}`);

  return errors;
}

function parseArgs(argv) {
  const opts = { files: [], srcDir: path.join(ROOT, "src"), assetsDir: ASSETS, schemaDir: null, schema: true };
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
module.exports = { projectChecks, schemaCheck, associatedActions, pngSize, DOCS, main };
