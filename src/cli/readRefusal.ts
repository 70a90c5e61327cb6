/** The refusal codes of the bounded .xlsx reader (src/xlsx), as the command speaks them. */
export type { ReadRefusalCode } from "../xlsx";
