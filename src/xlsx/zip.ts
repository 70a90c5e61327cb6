/**
 * The zip container is read by the one Office-package module (src/core/package/zip.ts); this name stays
 * so the reader's files import it as before.
 */
export * from "../core/package/zip";
