/** The language a user reads: Vietnamese first, English second. */
export type Lang = "vi" | "en";
