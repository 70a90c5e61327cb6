/**
 * The functions bundle's entry: every CT function. custom-functions-metadata-plugin adds the
 * CustomFunctions.associate calls for each file it reads (src/functions/*.ts other than this one).
 */
export { GROWTH } from "./growth";
export { INDEX } from "./indexOf";
export { PLANPCT } from "./planPct";
export { YTD } from "./ytd";
export { AVGINDEX } from "./avgIndex";
export { PROJECT } from "./project";
export { PROJECTM } from "./projectM";
export { NEEDED } from "./needed";
export { CAGR } from "./cagr";
export { CONTRIB } from "./contrib";
export { NARRATIVE } from "./narrative";
