/** Cell values as the reader sees them: flattened (ExcelJS objects), text; blank is the core's rule (isBlank). */

/** ExcelJS hands formula cells as { result }, rich text as { richText }, hyperlinks as { text }. */
export function flatten(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    if ("result" in o) return flatten(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((t) => (t as { text?: unknown }).text ?? "").join("");
    if ("text" in o) return flatten(o.text);
    if ("error" in o) return String(o.error);
    return "";
  }
  return v;
}

export function text(v: unknown): string {
  const f = flatten(v);
  if (f === null || f === undefined) return "";
  return typeof f === "string" ? f.trim() : String(f);
}

/** "5, 7–9, 12" from sorted 1-based numbers. */
export function spans(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === (ns[j] ?? 0) + 1) j++;
    out.push(i === j ? String(ns[i]) : `${ns[i]}–${ns[j]}`);
    i = j + 1;
  }
  return out.join(", ");
}

/**
 * The indexes from..to of the rows that exist in a possibly SPARSE values array, ascending. A far stray
 * cell makes the array long but not full: walk its keys instead of every index up to it.
 */
export function presentRows(values: unknown[][], from: number, to: number): number[] {
  const last = Math.min(to, values.length - 1);
  const out: number[] = [];
  if (last - from < 65536) {
    for (let r = Math.max(0, from); r <= last; r++) if (values[r] !== undefined) out.push(r);
    return out;
  }
  for (const k of Object.keys(values)) {
    const r = Number(k);
    if (Number.isInteger(r) && r >= from && r <= last) out.push(r);
  }
  return out.sort((a, b) => a - b);
}
