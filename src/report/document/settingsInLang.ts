/**
 * The document's settings in the report's language: an English report names the agency, the signer's titles
 * and the usual recipients in English when the settings hold the Vietnamese defaults or their usual forms
 * ("UBND TỈNH QUẢNG NAM" is "PEOPLE'S COMMITTEE OF QUẢNG NAM PROVINCE"). What the officer typed otherwise stays
 * as typed. Pure.
 */
import type { Lang } from "../../core/types";
import type { DocumentSettings } from "./documentSettings";

/** Vietnamese administrative words and their English, compared without case. */
const ENGLISH: [vi: string, en: string][] = [
  ["SỞ CÔNG THƯƠNG", "DEPARTMENT OF INDUSTRY AND TRADE"],
  ["KT. GIÁM ĐỐC", "FOR THE DIRECTOR"],
  ["TL. GIÁM ĐỐC", "BY ORDER OF THE DIRECTOR"],
  ["PHÓ GIÁM ĐỐC", "DEPUTY DIRECTOR"],
  ["GIÁM ĐỐC", "DIRECTOR"],
  ["Bộ Công Thương (b/c)", "Ministry of Industry and Trade (for information)"],
  ["UBND tỉnh (b/c)", "Provincial People's Committee (for information)"],
  ["Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"],
  ["Sở Tài chính", "Department of Finance"],
  ["Cục Thống kê tỉnh", "Provincial Statistics Office"],
  ["Lưu: VT, KHTC", "Filed: Records, Planning and Finance"],
  ["Bộ Công Thương", "Ministry of Industry and Trade"],
];

function english(text: string): string {
  const key = text.trim().toLocaleLowerCase("vi");
  const known = ENGLISH.find(([vi]) => vi.toLocaleLowerCase("vi") === key);
  if (known) return known[1];
  // "UBND TỈNH QUẢNG NAM": the province's People's Committee.
  const province = /^UBND TỈNH\s+(.+)$/i.exec(text.trim());
  if (province) return `PEOPLE'S COMMITTEE OF ${province[1]} PROVINCE`;
  return text;
}

export function settingsInLang(settings: DocumentSettings, lang: Lang): DocumentSettings {
  if (lang === "vi") return settings;
  return {
    ...settings,
    province: english(settings.province),
    agency: english(settings.agency),
    signerAuthority: english(settings.signerAuthority),
    signerTitle: english(settings.signerTitle),
    recipients: settings.recipients.map(english),
    ...(settings.addressee ? { addressee: english(settings.addressee) } : {}),
  };
}
