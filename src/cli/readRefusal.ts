/**
 * The refusal codes of the bounded .xlsx reader (src/xlsx, CONTRACTS.md §1), mirrored here so the command
 * speaks them before that reader lands; once it does, import ReadRefusalCode from "../xlsx" instead.
 */
export type ReadRefusalCode =
  | "encrypted"
  | "xls"
  | "ods"
  | "csv"
  | "docx"
  | "pptx"
  | "pdf"
  | "not-xlsx"
  | "corrupt"
  | "too-large"
  | "too-many-cells";
