/**
 * Headless LibreOffice for the tests: a fresh user profile per run, set to recalculate every formula
 * on load (Calc's Formula/Load/OOXMLRecalcMode and ODFRecalcMode = 0, "always"; the shipped default
 * is 1, "never", which would only echo the cached results back).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const p of [
    process.env.SOFFICE,
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
  ]) {
    if (p && existsSync(p)) return p;
  }
  const r = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const found = r.stdout.trim();
  return found ? found : null;
}

/** A fresh LibreOffice profile that recalculates on load; returns its file URL. */
export function freshProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ct-lo-profile-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return `file://${dir}`;
}

/** Convert files with headless LibreOffice (one process for all); returns the output paths. Throws on failure. */
export function convert(soffice: string, profile: string, files: string[], to: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    soffice,
    [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", outDir, ...files],
    {
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  const ext = to.split(":")[0] as string;
  const outs = files.map((f) => path.join(outDir, `${path.basename(f).replace(/\.[^.]+$/, "")}.${ext}`));
  const missing = outs.filter((o) => !existsSync(o));
  if (r.status !== 0 || missing.length > 0) {
    throw new Error(`soffice failed (status ${r.status}): ${r.stderr}\n${r.stdout}\nmissing: ${missing.join(", ")}`);
  }
  return outs;
}
