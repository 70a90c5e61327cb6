/**
 * `npm run validate` (scripts/validate-manifest.js) against the repository's manifest and against
 * broken copies of it: each break must fail with a message that names it, and the check must say
 * clearly when it cannot run at all.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = process.cwd();
const SCRIPT = path.join(ROOT, "scripts", "validate-manifest.js");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const XSD_DIR = path.join(ROOT, "..", "shared", "office-manifest-xsd");
const haveSchema = fs.existsSync(XSD_DIR) && spawnSync("xmllint", ["--version"]).error === undefined;

let work: string;
let src: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ct-manifest-"));
  // A code folder of our own, so the test does not depend on how src/commands is written today.
  src = path.join(work, "src");
  fs.mkdirSync(path.join(src, "commands"), { recursive: true });
  fs.writeFileSync(
    path.join(src, "commands", "commands.ts"),
    "Office.actions.associate(\"generateReport\", a);\nOffice.actions.associate( 'insertSampleData', b);\n",
  );
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Run the validator on a manifest text; returns exit code and all output. */
function validate(xml: string, ...args: string[]): { code: number | null; out: string } {
  const file = path.join(work, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  const r = spawnSync(process.execPath, [SCRIPT, file, "--src", src, ...args], { encoding: "utf8" });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The manifest with one exact piece of text replaced; fails loudly if the piece is not there. */
function broken(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  if (out === MANIFEST) throw new Error(`the test's edit found nothing to change: ${String(from)}`);
  return out;
}

describe("the repository's manifest", () => {
  it("passes the project's checks with the repository's own code", () => {
    const r = spawnSync(process.execPath, [SCRIPT, "--no-schema"], { encoding: "utf8", cwd: ROOT });
    expect(`${r.stdout}${r.stderr}`).toMatch(/valid/);
    expect(r.status).toBe(0);
  });

  (haveSchema ? it : it.skip)("passes Microsoft's schema and the project's checks", () => {
    const r = validate(MANIFEST);
    expect(r.out).toMatch(/valid \(Microsoft's schema and the project's own checks\)/);
    expect(r.code).toBe(0);
  });

  (haveSchema ? it : it.skip)("still passes after the production rewrite of its URLs", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rewriteManifest } = require(path.join(ROOT, "scripts", "manifest-url.js")) as {
      rewriteManifest(xml: string, base: string): string;
    };
    const prod = rewriteManifest(MANIFEST, "https://addin.example.gov.vn/ct/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://addin.example.gov.vn/ct/functions.json");
    expect(prod).toContain("<AppDomain>https://addin.example.gov.vn</AppDomain>");
    expect(validate(prod).code).toBe(0);
  });
});

describe("a broken manifest fails with a message naming the break", () => {
  it.each([
    [
      "a resid that is not defined",
      broken('resid="Icon.80x80"/>', 'resid="Icon.99x99"/>'),
      /resid "Icon\.99x99" is used but not defined/,
    ],
    [
      "a namespace other than CT",
      broken('id="Functions.Namespace" DefaultValue="CT"', 'id="Functions.Namespace" DefaultValue="XY"'),
      /namespace is "XY", not "CT"/,
    ],
    [
      "a ribbon function the code never associates",
      broken("<FunctionName>insertSampleData</FunctionName>", "<FunctionName>deleteEverything</FunctionName>"),
      /"deleteEverything" is not associated in code/,
    ],
    [
      "a TaskpaneId under the long-lived runtime",
      broken('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>Pane1</TaskpaneId>'),
      /TaskpaneId.*long-lived/,
    ],
    [
      "a permission wider than ReadWriteDocument",
      broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadAllDocument</Permissions>"),
      /permission "ReadAllDocument"/,
    ],
    [
      "two controls with one id",
      broken('id="CT.InsertSampleData"', 'id="CT.GenerateReport"'),
      /control id "CT\.GenerateReport" is used twice/,
    ],
    [
      "a resource defined twice",
      broken('<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"'),
      /resource id "Taskpane\.Url" is defined twice/,
    ],
    [
      "a function file apart from the shared runtime's page",
      broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      /FunctionFile .* is not the shared runtime's page/,
    ],
  ])("%s", (_what, xml, message) => {
    const r = validate(xml, "--no-schema");
    expect(r.out).toMatch(message);
    expect(r.code).toBe(1);
  });

  (haveSchema ? it : it.skip)("fails the schema when a required element is missing", () => {
    const r = validate(broken(/<Id>[^<]*<\/Id>\s*/, ""));
    expect(r.out).toMatch(/schema: .*Version.*(not expected|expected is)/);
    expect(r.code).toBe(1);
  });

  it("ignores markup inside comments, so a commented-out fix does not hide a break", () => {
    const xml = broken(
      "<FunctionName>insertSampleData</FunctionName>",
      "<FunctionName>nowhere</FunctionName><!-- <FunctionName>insertSampleData</FunctionName> -->",
    );
    expect(validate(xml, "--no-schema").code).toBe(1);
  });
});

describe("how the code may associate a ribbon function", () => {
  function srcWith(code: string): string {
    const dir = fs.mkdtempSync(path.join(work, "src-"));
    fs.writeFileSync(path.join(dir, "commands.ts"), code);
    return dir;
  }

  it("accepts a constant whose value is the name, in the file that calls associate", () => {
    const dir = srcWith(
      'const IDS = { a: "generateReport", b: "insertSampleData" } as const;\n' +
        "Office.actions.associate(IDS.a, f);\nOffice.actions.associate(IDS.b, g);\n",
    );
    const file = path.join(work, "m-const.xml");
    fs.writeFileSync(file, MANIFEST);
    const r = spawnSync(process.execPath, [SCRIPT, file, "--src", dir, "--no-schema"], { encoding: "utf8" });
    expect(r.status).toBe(0);
  });

  it("rejects a name that only appears in a file that never calls associate", () => {
    const dir = srcWith('export const names = ["generateReport", "insertSampleData"];\n');
    const file = path.join(work, "m-none.xml");
    fs.writeFileSync(file, MANIFEST);
    const r = spawnSync(process.execPath, [SCRIPT, file, "--src", dir, "--no-schema"], { encoding: "utf8" });
    expect(r.stderr).toMatch(/"generateReport" is not associated in code/);
    expect(r.status).toBe(1);
  });
});

describe("when the check cannot run", () => {
  it("says where the schemas should be and exits 2 when the folder is absent", () => {
    const r = validate(MANIFEST, "--schema-dir", path.join(work, "no-such-folder"));
    expect(r.out).toMatch(/schemas are not at .*no-such-folder/);
    expect(r.out).toMatch(/office-manifest-xsd/);
    expect(r.code).toBe(2);
  });

  it("says so and exits 2 for a manifest that does not exist", () => {
    const r = spawnSync(process.execPath, [SCRIPT, path.join(work, "none.xml")], { encoding: "utf8" });
    expect(r.stderr).toMatch(/no such manifest/);
    expect(r.status).toBe(2);
  });
});
