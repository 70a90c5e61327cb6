/** The shape of the report table a period calls for. Pure. */
/** Which shape the period calls for (DOMAIN.md, "The standard report table"). */
export type Layout = "monthly" | "autumn" | "december";

export function layoutOf(month: number): Layout {
  if (month === 12) return "december";
  if (month === 9 || month === 10) return "autumn";
  return "monthly";
}
