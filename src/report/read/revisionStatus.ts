/** Revision statuses and the words officers write for them in the Loại số liệu column. Pure. */
import type { Message } from "../../core/message";
import { normalizeWord } from "../../core/words";
import type { RevisionStatus } from "./dataset";

/** Statuses in the order an office publishes them: a later one replaces an earlier one. */
export const STATUS_ORDER: readonly RevisionStatus[] = ["estimate", "preliminary", "actual", "revised", "official"];

const STATUS_WORDS: Record<RevisionStatus, string[]> = {
  estimate: ["uoc", "uoc tinh", "so uoc", "uoc thuc hien", "uoc th", "du uoc", "estimate", "estimated", "est"],
  preliminary: ["so bo", "so lieu so bo", "preliminary", "prelim"],
  actual: ["thuc hien", "th", "so thuc hien", "actual"],
  revised: ["dieu chinh", "da dieu chinh", "so dieu chinh", "revised", "revision"],
  official: ["chinh thuc", "so chinh thuc", "so lieu chinh thuc", "official", "final"],
};

/** What each status is called in a note: "số chính thức" / "official figures". */
export const STATUS_NAMES: Record<RevisionStatus, Message> = {
  estimate: { vi: "số ước", en: "estimates" },
  preliminary: { vi: "số sơ bộ", en: "preliminary figures" },
  actual: { vi: "số thực hiện", en: "actual figures" },
  revised: { vi: "số điều chỉnh", en: "revised figures" },
  official: { vi: "số chính thức", en: "official figures" },
};

/** The status a Loại số liệu cell names, or null when it names none. */
export function statusFromWord(text: string): RevisionStatus | null {
  const w = normalizeWord(text)
    .replace(/[.,:;()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const s of STATUS_ORDER) if (STATUS_WORDS[s].includes(w)) return s;
  return null;
}
