/** The build tests' fixture: dist/ built when needed, then the functions bundle loaded as Excel does. */
import { ensureDist } from "./distBuild";
import { BundleError, loadBundle, type LoadedBundle } from "./bundleLoader";

export { BundleError };

export async function ensureBundle(): Promise<LoadedBundle> {
  await ensureDist();
  return loadBundle();
}
