#!/usr/bin/env node
/**
 * Which Office requirement sets the code calls: every property or method the code under src/ reaches
 * whose declaration in @types/office-js (or @types/custom-functions-runtime) carries an
 * "[Api set: Name N]" remark, found with TypeScript's type checker (so `range.values` on an
 * Excel.Range counts, a `values` of our own does not).
 *
 * The manifest's <Requirements> and the README's table of Excel versions are derived from this list;
 * test/manifest/apiSets.test.ts holds them together. Microsoft's tables of which Excel build supports
 * which set: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 *
 * A call inside a function that first asks `supports("1.9")` (src/excel/support.ts, isSetSupported)
 * is "guarded": older Excel skips it, so the manifest need not ask for that set.
 *
 * Usage: node scripts/api-sets.js [--json]   (prints the highest version of each set and who needs it)
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const API_SET = /\[Api set: ([A-Za-z]+) (\d+\.\d+)[^\]]*\]/;

/** Every .ts file under src/ (declarations excluded). */
function sourceFiles(dir = path.join(ROOT, "src")) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(full));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** The "[Api set: …]" of a declaration's JSDoc, or null. */
function apiSetOf(decl) {
  const text = decl.getSourceFile().text;
  const ranges = ts.getLeadingCommentRanges(text, decl.getFullStart()) || [];
  for (const r of ranges.reverse()) {
    const m = API_SET.exec(text.slice(r.pos, r.end));
    if (m) return { set: m[1], version: m[2] };
  }
  return null;
}

function compare(a, b) {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
}

/**
 * Every use of an API that belongs to a requirement set.
 * @returns {{ set: string, version: string, member: string, file: string, line: number }[]}
 */
function scan(files = sourceFiles()) {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (node) => {
      // An option set in an object literal (Excel.run({ mergeUndoGroup: true }, …)) counts as a use too.
      const option =
        ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent) && ts.isIdentifier(node.name)
          ? (checker.getContextualType(node.parent) || { getProperty: () => undefined }).getProperty(node.name.text)
          : undefined;
      if (ts.isPropertyAccessExpression(node) || option) {
        const symbol = option || checker.getSymbolAtLocation(node.name);
        for (const decl of (symbol && symbol.declarations) || []) {
          const declFile = decl.getSourceFile().fileName;
          if (!/@types[\\/](office-js|custom-functions-runtime)/.test(declFile)) continue;
          const found = apiSetOf(decl);
          if (!found) continue;
          const parent = decl.parent && decl.parent.name ? decl.parent.name.getText() + "." : "";
          const { line } = sf.getLineAndCharacterOfPosition(node.name.getStart());
          uses.push({
            ...found,
            member: parent + node.name.text,
            file: path.relative(ROOT, file),
            line: line + 1,
            guard: guardOf(node),
          });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

const SUPPORTS = /^supports\(\s*["'](\d+\.\d+)["']\s*\)$/;
const NOT_SUPPORTS = /^!\s*supports\(\s*["'](\d+\.\d+)["']\s*\)$/;

/**
 * The `supports("x.y")` version a node runs under, or null: inside the then-branch of
 * `if (supports("x.y"))`, after `if (!supports("x.y")) return;` earlier in an enclosing block or
 * case, or under a mode chosen by a function of the same file that returns a literal per set
 * (`const how = noteSupport(); if (how === "none") return; if (how === "note") … else …`, where
 * noteSupport() says `if (supports("1.18")) return "note"; if (supports("1.10")) return "comment";
 * return "none";`): the modes that can reach the node decide, and every one of them must be guarded.
 */
function guardOf(node) {
  let best = null;
  const take = (v) => {
    if (v && (!best || compare(v, best) > 0)) best = v;
  };
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child) {
      const m = SUPPORTS.exec(parent.expression.getText().trim());
      if (m) take(m[1]);
    }
    const statements =
      ts.isBlock(parent) || ts.isCaseClause(parent) || ts.isSourceFile(parent) ? parent.statements : null;
    if (!statements) continue;
    for (const st of statements) {
      if (st === child) break;
      if (!ts.isIfStatement(st) || !ts.isReturnStatement(st.thenStatement)) continue;
      const m = NOT_SUPPORTS.exec(st.expression.getText().trim());
      if (m) take(m[1]);
    }
  }
  take(modeGuard(node));
  return best;
}

const MODE_TEST = /^(\w+)\s*===\s*["'](\w+)["']$/;

/** The modes a function of the file returns, each with the supports() version it is returned under (or null). */
function modesOf(sf, name) {
  let fn = null;
  const find = (n) => {
    if (!fn && ts.isFunctionDeclaration(n) && n.name && n.name.text === name) fn = n;
    else ts.forEachChild(n, find);
  };
  find(sf);
  if (!fn || !fn.body) return null;
  const modes = new Map();
  for (const st of fn.body.statements) {
    if (ts.isIfStatement(st) && ts.isReturnStatement(st.thenStatement) && st.thenStatement.expression) {
      const m = SUPPORTS.exec(st.expression.getText().trim());
      const value = st.thenStatement.expression;
      if (!m || !ts.isStringLiteral(value)) return null;
      if (!modes.has(value.text)) modes.set(value.text, m[1]);
    } else if (ts.isReturnStatement(st) && st.expression && ts.isStringLiteral(st.expression)) {
      if (!modes.has(st.expression.text)) modes.set(st.expression.text, null);
      break;
    } else return null;
  }
  return modes;
}

/** The guard a node gets from a mode variable (see guardOf), or null. */
function modeGuard(node) {
  const sf = node.getSourceFile();
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (!ts.isIfStatement(parent)) continue;
    const m = MODE_TEST.exec(parent.expression.getText().trim());
    if (!m) continue;
    const [, variable] = m;
    // const variable = modeFunction();
    let fn = parent.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    const init = fn && new RegExp(`const\\s+${variable}\\s*=\\s*(\\w+)\\(\\s*\\)`).exec(fn.getText());
    const modes = init && modesOf(sf, init[1]);
    if (!modes) return null;
    let possible = new Set(modes.keys());
    for (let c = node, p = node.parent; p && p !== fn; c = p, p = p.parent) {
      if (ts.isIfStatement(p)) {
        const t = MODE_TEST.exec(p.expression.getText().trim());
        if (t && t[1] === variable) {
          if (p.thenStatement === c) possible = new Set([...possible].filter((v) => v === t[2]));
          else if (p.elseStatement === c) possible.delete(t[2]);
        }
      }
      const statements = ts.isBlock(p) ? p.statements : null;
      if (!statements) continue;
      for (const st of statements) {
        if (st === c) break;
        const t =
          ts.isIfStatement(st) &&
          ts.isReturnStatement(st.thenStatement) &&
          MODE_TEST.exec(st.expression.getText().trim());
        if (t && t[1] === variable) possible.delete(t[2]);
      }
    }
    const guards = [...possible].map((v) => modes.get(v));
    if (guards.length === 0 || guards.some((g) => !g)) return null;
    return guards.reduce((low, g) => (compare(g, low) < 0 ? g : low));
  }
  return null;
}

/** True when a use runs only where its set is known to be there (ExcelApi guarded by supports()). */
function isGuarded(use) {
  return use.set === "ExcelApi" && use.guard !== null && compare(use.guard, use.version) >= 0;
}

/** The highest version of each set the uses need (guarded uses left out unless `all`). */
function highest(uses, all = false) {
  const out = {};
  for (const u of uses) {
    if (!all && isGuarded(u)) continue;
    if (!out[u.set] || compare(u.version, out[u.set]) > 0) out[u.set] = u.version;
  }
  return out;
}

if (require.main === module) {
  const uses = scan();
  if (process.argv.includes("--json")) console.log(JSON.stringify(uses, null, 2));
  else {
    const max = highest(uses);
    for (const [set, version] of Object.entries(highest(uses, true)).sort()) {
      console.log(`${set} ${max[set] || "(guarded only)"} needed; ${version} with guarded calls`);
      const seen = new Set();
      for (const u of uses.filter((x) => x.set === set && compare(x.version, "1.1") > 0)) {
        const key = `${u.version} ${u.member}${isGuarded(u) ? ` (guarded by supports("${u.guard}"))` : ""}`;
        if (!seen.has(key)) console.log(`  ${key}  ${u.file}:${u.line}`);
        seen.add(key);
      }
    }
  }
}

module.exports = { scan, highest, isGuarded, compare, apiSetOf, sourceFiles };
