/**
 * `npm run validate` (scripts/validate-manifest.js) against the repository's manifest and against
 * broken copies of it: each break must fail with a message that names it, and the check must say
 * clearly when it cannot run at all. The schema cases need xmllint and Microsoft's schemas
 * (../shared/office-manifest-xsd or CT_MANIFEST_XSD): skipped loudly without them, failed under CI=true.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = process.cwd();
const SCRIPT = path.join(ROOT, "scripts", "validate-manifest.js");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const XSD_DIR = process.env.CT_MANIFEST_XSD || path.join(ROOT, "..", "shared", "office-manifest-xsd");
const haveXsd = fs.existsSync(path.join(XSD_DIR, "OfficeAppManifestV1_1.xsd"));
const haveXmllint = spawnSync("xmllint", ["--version"]).error === undefined;
const haveSchema = haveXsd && haveXmllint;
const inCI = process.env.CI === "true";
const missing = [
  haveXsd ? "" : `Microsoft's manifest schemas (${XSD_DIR}: check out ../shared beside the repository)`,
  haveXmllint ? "" : "xmllint (apt-get install libxml2-utils)",
].filter(Boolean);
if (!haveSchema && !inCI) {
  console.warn(`\n*** SKIPPED the schema cases of test/manifest/validate.test.ts: no ${missing.join(", no ")}. ***\n`);
}
/** A schema case: skipped with the warning above without the schemas or xmllint, failed under CI=true. */
const schemaIt = (name: string, body: () => void): void =>
  (haveSchema || inCI ? it : it.skip)(name, () => {
    if (!haveSchema) throw new Error(`CI=true but the schema check cannot run: no ${missing.join(", no ")}`);
    body();
  });

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

  schemaIt("passes Microsoft's schema and the project's checks", () => {
    const r = validate(MANIFEST);
    expect(r.out).toMatch(/valid \(Microsoft's schema and the project's own checks\)/);
    expect(r.code).toBe(0);
  });

  schemaIt("still passes after the production rewrite of its URLs", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rewriteManifest } = require(path.join(ROOT, "scripts", "manifest-url.js")) as {
      rewriteManifest(xml: string, base: string): string;
    };
    const prod = rewriteManifest(MANIFEST, "https://addin.example.gov.vn/ct/");
    // The comments describe the source manifest (npm start's localhost) and are kept word for word.
    expect(prod.replace(/<!--[\s\S]*?-->/g, "")).not.toContain("localhost");
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
      "a ShowTaskpane action without the TaskpaneId the shared-runtime guide asks for",
      broken("<TaskpaneId>ButtonId1</TaskpaneId>", ""),
      /ShowTaskpane action has no <TaskpaneId>.*configure-your-add-in-to-use-a-shared-runtime#multiple-task-panes/,
    ],
    [
      "a TaskpaneId that is not a short identifier",
      broken("<TaskpaneId>ButtonId1</TaskpaneId>", "<TaskpaneId>two words</TaskpaneId>"),
      /TaskpaneId "two words" is not a short identifier/,
    ],
    [
      "a second task pane under the shared runtime",
      broken(
        "</Control>\n              </Group>",
        `</Control>
                <Control xsi:type="Button" id="CT.SecondPane">
                  <Label resid="ShowTaskpane.Label"/>
                  <Supertip><Title resid="ShowTaskpane.Label"/><Description resid="ShowTaskpane.Tooltip"/></Supertip>
                  <Icon><bt:Image size="16" resid="Icon.16x16"/><bt:Image size="32" resid="Icon.32x32"/><bt:Image size="80" resid="Icon.80x80"/></Icon>
                  <Action xsi:type="ShowTaskpane"><TaskpaneId>ButtonId2</TaskpaneId><SourceLocation resid="Taskpane.Url"/></Action>
                </Control>
              </Group>`,
      ),
      /name 2 task panes \(ButtonId1, ButtonId2\): a shared runtime supports one/,
    ],
    [
      "a shared runtime without the SharedRuntime requirement set",
      broken(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/, ""),
      /without <Set Name="SharedRuntime">/,
    ],
    [
      "two commands sharing one icon",
      broken(/assets\/sample-(\d+)\.png/g, "assets/report-$1.png"),
      /controls "CT\.GenerateReport" and "CT\.InsertSampleData" share icons/,
    ],
    [
      "a command without its mandatory 80px icon",
      broken('<bt:Image size="80" resid="Pane.80"/>', ""),
      /Control "CT\.ShowTaskpane" has no 80px icon .*manifest\/icon/,
    ],
    [
      "an icon size the schema does not allow",
      broken('<bt:Image size="48" resid="Pane.48"/>', '<bt:Image size="50" resid="Pane.48"/>'),
      /Control "CT\.ShowTaskpane" has a 50px icon: the schema allows 16, 20, 24, 32, 40, 48, 64, 80/,
    ],
    [
      "an icon file of another size than the manifest says",
      broken(/assets\/pane-64\.png/, "assets/pane-80.png"),
      /icon Pane\.64: assets\/pane-80\.png is 80x80, the manifest says 64px/,
    ],
    [
      "an icon file that does not exist",
      broken(/assets\/pane-64\.png/, "assets/pane-65.png"),
      /icon Pane\.64 .*no file assets\/pane-65\.png/,
    ],
    [
      "SupportUrl on the task pane page",
      broken(
        /help\.html\?lang=en"\/?>\s*<Override Locale="vi-VN" Value="https:\/\/localhost:3000\/help\.html\?lang=vi"\/>\s*<\/SupportUrl>/,
        'taskpane.html"/>',
      ),
      /SupportUrl \(https:\/\/localhost:3000\/taskpane\.html\) is the task pane page/,
    ],
    [
      "LearnMoreUrl on a page other than the help",
      broken(
        '<bt:Override Locale="vi-VN" Value="https://localhost:3000/help.html?lang=vi"/>',
        '<bt:Override Locale="vi-VN" Value="https://localhost:3000/functions.json"/>',
      ),
      /LearnMoreUrl \(https:\/\/localhost:3000\/functions\.json\) is not the help page/,
    ],
    [
      "a URL that is not https",
      broken('<IconUrl DefaultValue="https://', '<IconUrl DefaultValue="http://'),
      /http:\/\/localhost:3000\/assets\/icon-32\.png is not https/,
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

  schemaIt("fails the schema when a required element is missing", () => {
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
