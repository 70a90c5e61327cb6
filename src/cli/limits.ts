/**
 * What the command reads at most. A file larger than maxFileBytes (by its size on disk, before it is
 * opened) is refused at once, naming the file and the limit; the bounded reader of src/xlsx adds its own
 * ceilings on the inflated bytes and the cells (DEFAULT_READ_LIMITS) while it reads.
 */
export interface CliLimits {
  /** Largest input or existing report read, in bytes. */
  maxFileBytes: number;
}

/** 100 MiB on disk: far above any provincial or national workbook, far below what would exhaust memory before reading starts. */
export const CLI_LIMITS: CliLimits = { maxFileBytes: 100 * 1024 * 1024 };

/** "12.3 MB", "100 MB" (1 MB = 1,048,576 bytes, as file managers count). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
