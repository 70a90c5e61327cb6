/**
 * What `npm run build` leaves in dist/: the page with the three bundles, functions.json and its
 * Vietnamese twin, real PNG icons of the sizes the manifest names, and a manifest that passes the
 * project's checks. A production build has no source maps and (unless the build was a development one)
 * no localhost URL in its manifest.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DIST, ensureDist } from "./distBuild";

beforeAll(async () => {
  await ensureDist();
}, 180_000);

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  if (b.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" || b.subarray(12, 16).toString() !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("dist/", () => {
  it.each([16, 32, 64, 80, 128])("holds a real %i px PNG icon", (size) => {
    expect(pngSize(path.join(DIST, "assets", `icon-${size}.png`))).toEqual([size, size]);
  });

  it("names in its manifest only icons that exist in dist/assets", () => {
    const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const icons = [...xml.matchAll(/assets\/([\w.-]+\.png)/g)].map((m) => m[1] as string);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(fs.existsSync(path.join(DIST, "assets", icon))).toBe(true);
  });

  it("loads office.js, then functions, commands and taskpane, on the one page", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "commands.js",
      "taskpane.js",
    ]);
  });

  it("has the help page, with its own bundle and no office.js (it is read outside Office)", () => {
    const html = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual(["help.js"]);
    expect(fs.existsSync(path.join(DIST, "help.js"))).toBe(true);
  });

  it("has a manifest that passes the project's checks", () => {
    const r = spawnSync(
      process.execPath,
      ["scripts/validate-manifest.js", path.join(DIST, "manifest.xml"), "--no-schema"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
  });

  it("is either a production build (no maps, no localhost) or a development one (maps, localhost)", () => {
    const maps = fs.readdirSync(DIST).filter((f) => f.endsWith(".map"));
    // Comments describe the source manifest (npm start's localhost) and are kept word for word.
    const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    if (maps.length === 0) expect(xml).not.toMatch(/localhost/);
    else expect(xml).toMatch(/https:\/\/localhost:3000\//);
  });
});
