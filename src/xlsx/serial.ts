/** Excel serial numbers: what range.values gives for a date cell. */

const DAY = 86400000;

/**
 * An ISO 8601 date-time (a t="d" cell: "2013-01-01", "2013-01-01T08:30:00Z", "T08:30") as an Excel
 * serial: days since 1899-12-30 (1900 system; dates before 1900-03-01 are off by Excel's 1900-02-29),
 * or since 1904-01-01 when the workbook uses the 1904 system. Null when it is not a date.
 */
export function isoToSerial(iso: string, date1904: boolean): number | null {
  const m =
    /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(
      iso,
    );
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const y = m[1] === undefined ? 1899 : Number(m[1]);
  const mo = m[1] === undefined ? 11 : Number(m[2]) - 1;
  const d = m[1] === undefined ? 30 : Number(m[3]);
  const ms = Date.UTC(
    y,
    mo,
    d,
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    Number(`0.${m[7] ?? "0"}`) * 1000,
  );
  if (!Number.isFinite(ms)) return null;
  if (m[1] === undefined) return (ms - Date.UTC(1899, 11, 30)) / DAY; // a time alone: a fraction of a day
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  let serial = (ms - base) / DAY;
  if (!date1904 && serial < 61) serial -= 1; // before Excel's phantom 1900-02-29
  return Math.round(serial * 1e10) / 1e10;
}
