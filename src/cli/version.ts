/** The package version, read from the package.json above the compiled file (src/, out/ or build-ts/). */
import { existsSync, readFileSync } from "fs";
import * as path from "path";

export function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const p = path.join(dir, "package.json");
    if (existsSync(p)) {
      try {
        const pkg = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
        if (pkg.name === "ct-addin" && pkg.version) return pkg.version;
      } catch {
        // keep looking upwards
      }
    }
    dir = path.dirname(dir);
  }
  return "0.0.0";
}
