/**
 * What the command reads at most. A file larger than maxFileBytes (by its size on disk, before it is
 * opened) is refused at once, naming the file and the limit; the bounded reader of src/xlsx adds its own
 * ceilings on the inflated bytes and the cells (DEFAULT_READ_LIMITS) while it reads.
 */
export interface CliLimits {
  /** Largest input or existing report read, in bytes. */
  maxFileBytes: number;
  /**
   * Largest unpacked content an input's zip may declare, in bytes. A stopgap until the bounded reader
   * counts the bytes as they are inflated: it catches a zip bomb that declares its sizes, not one that lies.
   */
  maxInflatedBytes: number;
}

/**
 * 100 MiB on disk: far above any provincial or national workbook. 256 MiB unpacked: ExcelJS needs about
 * ten times the sheet XML in memory (1.9 GB for 200,000 rows × 20 cells, about 160 MB of XML).
 */
export const CLI_LIMITS: CliLimits = { maxFileBytes: 100 * 1024 * 1024, maxInflatedBytes: 256 * 1024 * 1024 };

/** "12.3 MB", "100 MB": the size slots of the refusal messages (src/xlsx/messages.ts). */
export { megabytes } from "../xlsx/messages";
