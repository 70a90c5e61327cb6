/**
 * The developer's server on another port (issue 18 point 8): CT_DEV_PORT moves the server, and the
 * manifest it serves names that port in every URL (the repository's manifest.xml names localhost:3000 in
 * 40); the server answers on localhost only. Without building: webpack.config.js and scripts/manifest-url.js.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = process.cwd();
interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => Buffer | string;
}
interface Config {
  devServer: { port: number; host?: string };
  plugins: { constructor: { name: string }; patterns?: CopyPattern[] }[];
}
/* eslint-disable @typescript-eslint/no-require-imports */
const factory = require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: unknown) => Config;
const { devPort, devManifest } = require(path.join(ROOT, "scripts", "manifest-url.js")) as {
  devPort(env?: Record<string, string | undefined>): number;
  devManifest(xml: string, port?: number): string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const count = (text: string, what: string): number => text.split(what).length - 1;

function servedManifest(config: Config): string {
  const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
  const pattern = copy?.patterns?.find((p) => p.from === "manifest.xml");
  return String(pattern!.transform!(Buffer.from(MANIFEST)));
}

function devConfig(port: string | undefined): Config {
  const saved = process.env.CT_DEV_PORT;
  if (port === undefined) delete process.env.CT_DEV_PORT;
  else process.env.CT_DEV_PORT = port;
  try {
    return factory({}, { mode: "development" });
  } finally {
    if (saved === undefined) delete process.env.CT_DEV_PORT;
    else process.env.CT_DEV_PORT = saved;
  }
}

describe("CT_DEV_PORT", () => {
  it("moves the server and every URL of the manifest it serves to that port", () => {
    const urls = count(MANIFEST, "https://localhost:3000");
    expect(urls).toBeGreaterThan(30); // the manifest names the server in every icon, page and script URL
    const config = devConfig("3456");
    expect(config.devServer.port).toBe(3456);
    const served = servedManifest(config);
    expect(count(served, "localhost:3000")).toBe(0);
    expect(count(served, "https://localhost:3456")).toBe(urls);
  });

  it("leaves the manifest as it is on 3000, the port it names", () => {
    const config = devConfig(undefined);
    expect(config.devServer.port).toBe(3000);
    expect(servedManifest(config)).toBe(MANIFEST);
  });

  it("binds the server to localhost: a development server is not for the network", () => {
    expect(devConfig("3456").devServer.host).toBe("localhost");
  });

  it("refuses a port that is not one", () => {
    expect(devPort({})).toBe(3000);
    expect(devPort({ CT_DEV_PORT: " 8443 " })).toBe(8443);
    for (const bad of ["abc", "0", "70000", "80.5"]) expect(() => devPort({ CT_DEV_PORT: bad })).toThrow(/CT_DEV_PORT/);
  });

  it("rewrites the bare origin too (AppDomain)", () => {
    const xml = "<AppDomain>https://localhost:3000</AppDomain><Src>https://localhost:3000/a.html</Src>";
    expect(devManifest(xml, 4000)).toBe(
      "<AppDomain>https://localhost:4000</AppDomain><Src>https://localhost:4000/a.html</Src>",
    );
  });
});
