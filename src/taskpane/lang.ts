/** Which language the task pane speaks. Pure: no Office global here, the caller passes what it read. */
import type { Lang } from "../core/types";

/** Office's display language ("vi-VN", "en-US", …) to ours: any vi-* is Vietnamese, anything else English. */
export function langFromOffice(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === "string" && /^vi(-|_|$)/i.test(displayLanguage) ? "vi" : "en";
}

/** The language in use: the officer's choice when made, else Office's. */
export function effectiveLang(chosen: Lang | null, displayLanguage: string | null | undefined): Lang {
  return chosen ?? langFromOffice(displayLanguage);
}
