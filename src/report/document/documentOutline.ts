/**
 * The words of the Word report in reading order, the one source for both of its faces: the .docx
 * (src/writers/docx.ts) and the formatted text the task pane copies (src/taskpane/documentHtml.ts).
 * Layout (fonts, margins, tables) is theirs; what is said, and in which order, is here. Pure.
 */
import { fillTemplate, type Message } from "../../core/message";
import { defaultPeriodKind, monthNameEn, type PeriodKind } from "../../core/periodPhrases";
import { roman } from "../../core/words";
import type { Lang } from "../../core/types";
import { BLANK, dateWords, type DocumentSettings } from "./documentSettings";
import { agencyInSentence, attachedLine } from "./heading";
import { settingsInLang } from "./settingsInLang";
import type { Report, ReportText } from "../table/report";

/** One paragraph of the body: text, or a marked place for the officer to write. */
export interface OutlineParagraph {
  text: string;
  placeholder?: boolean;
}

/** A heading of the body and what is under it: level 1 "I. TÌNH HÌNH …" (capitals), level 2 "1. Sản xuất công nghiệp". */
export interface OutlineSection {
  title: string;
  level: 1 | 2;
  paragraphs: OutlineParagraph[];
}

export interface DocumentOutline {
  lang: Lang;
  /** Agency block: province, agency, "Số: …/BC-SCT". */
  agency: { province: string; agency: string; number: string };
  /** National heading and the place and date. */
  nation: { name: string; motto: string; placeAndDate: string };
  type: string;
  subject: string;
  /** "Kính gửi: Bộ Công Thương." under the subject, or "" (decree II.9.b). */
  addressee: string;
  intro: string;
  sections: OutlineSection[];
  closing: string;
  recipientsTitle: string;
  /** "- Bộ Công Thương (b/c);" … "- Lưu: VT, KHTC." */
  recipients: string[];
  /** Authority (may be absent), title, name. */
  signer: { authority: string; title: string; name: string };
  /** "Phụ lục" (centred, 14 pt bold), its name in capitals, "(Kèm theo Báo cáo số …)" (Phụ lục I, part III). */
  appendix: {
    heading: string;
    tableNumber: string;
    title: string;
    attached: string;
    comparison: string;
    notes: string[];
  };
}

const WORDS = {
  nation: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIETNAM" },
  motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  number: { vi: "Số", en: "No." },
  type: { vi: "BÁO CÁO", en: "REPORT" },
  recipients: { vi: "Nơi nhận:", en: "Recipients:" },
  addressee: { vi: "Kính gửi: {to}.", en: "To: {to}." },
  asAbove: { vi: "Như trên", en: "As addressed above" },
  table: { vi: "Biểu số", en: "Table" },
  appendix: { vi: "Phụ lục", en: "Appendix" },
  results: { vi: "TÌNH HÌNH THỰC HIỆN {what}", en: "RESULTS OF {what}" },
  tasks: { vi: "NHIỆM VỤ, GIẢI PHÁP {rest}", en: "TASKS AND MEASURES FOR {rest}" },
  proposals: { vi: "KIẾN NGHỊ, ĐỀ XUẤT", en: "PROPOSALS" },
  management: { vi: "Công tác quản lý nhà nước của ngành", en: "The department's management work" },
  general: { vi: "Đánh giá chung", en: "General assessment" },
  toWrite: { vi: "[Cán bộ viết: {what}]", en: "[For the officer to write: {what}]" },
  situationWhat: {
    vi: "tình hình chung của kỳ báo cáo: bối cảnh, thuận lợi, khó khăn",
    en: "the period's general situation: context, advantages, difficulties",
  },
  noSentence: { vi: "tình hình thực hiện của nhóm chỉ tiêu này", en: "the results of this group" },
  managementWhat: {
    vi: "công tác quản lý, điều hành; kết quả thực hiện các nhiệm vụ UBND tỉnh giao",
    en: "management and the tasks the provincial People's Committee assigned, with their results",
  },
  generalWhat: { vi: "kết quả nổi bật, hạn chế và nguyên nhân", en: "the main results, shortcomings and their causes" },
  tasksWhat: { vi: "nhiệm vụ, giải pháp trọng tâm", en: "the key tasks and measures" },
  proposalsWhat: { vi: "kiến nghị với cấp trên (nếu có)", en: "proposals to higher levels (if any)" },
  details: { vi: "(Chi tiết tại Phụ lục kèm theo)", en: "(Details in the attached appendix)" },
  intro: { vi: "{agency} báo cáo {subject} như sau:", en: "The {agency} reports on {subject} as follows:" },
  closing: {
    vi: "Trên đây là báo cáo {subject} của {agency}./.",
    en: "This report on {subject} is submitted by the {agency}./.",
  },
} as const satisfies Record<string, Message>;

/** The parts of section I as real reports name them (DOMAIN.md, "The report officers send"); other groups keep their name. */
const PART_NAMES: { group: Message; part: Message }[] = [
  { group: { vi: "Công nghiệp", en: "Industry" }, part: { vi: "Sản xuất công nghiệp", en: "Industrial production" } },
  {
    group: { vi: "Thương mại", en: "Trade" },
    part: { vi: "Thương mại, dịch vụ và xuất nhập khẩu", en: "Trade, services, exports and imports" },
  },
  {
    group: { vi: "Thu ngân sách", en: "Budget revenue" },
    part: { vi: "Thu ngân sách nhà nước", en: "State budget revenue" },
  },
];

function partName(group: string, lang: Lang): string {
  const key = group.trim().toLocaleLowerCase(lang);
  const known = PART_NAMES.find((p) => p.group[lang].toLocaleLowerCase(lang) === key);
  return known ? known.part[lang] : group;
}

/**
 * What is left of the period, for section II's heading: "3 THÁNG CUỐI NĂM 2013" after nine months, "6 THÁNG
 * CUỐI NĂM 2013" after the half year, "QUÝ IV NĂM 2013" after a quarter, "THÁNG 6 NĂM 2013" after a month,
 * "NĂM 2014" after the year.
 */
export function restOfPeriod(year: number, month: number, kind: PeriodKind, lang: Lang): string {
  const vi = lang === "vi";
  if (month === 12) return vi ? `NĂM ${year + 1}` : `${year + 1}`;
  if (kind === "quarter") {
    const q = Math.ceil(month / 3) + 1;
    return vi ? `QUÝ ${roman(q)} NĂM ${year}` : `Q${q} ${year}`;
  }
  if (kind === "month" || month === 11)
    return vi ? `THÁNG ${month + 1} NĂM ${year}` : `${monthNameEn(month + 1).toUpperCase()} ${year}`;
  const left = 12 - month;
  return vi ? `${left} THÁNG CUỐI NĂM ${year}` : `THE LAST ${left} MONTHS OF ${year}`;
}

/** The first letter in lower case: "Kết quả …" inside a sentence reads "kết quả …". */
function lowerFirst(s: string, lang: Lang): string {
  return s.charAt(0).toLocaleLowerCase(lang) + s.slice(1);
}

/** The period section I reports on: the title without its head ("9 THÁNG NĂM 2013, ƯỚC THỰC HIỆN NĂM 2013"). */
function resultsWhat(title: string, lang: Lang): string {
  const what = title
    .replace(/^Kết quả thực hiện các chỉ tiêu chủ yếu\s*/i, "")
    .replace(/^Main indicators: results of\s*/i, "")
    .replace(/\s*(và kế hoạch năm|and plan for) \d+$/, "");
  return (lang === "vi" ? `các chỉ tiêu chủ yếu ${what}` : `the main indicators in ${what}`).toLocaleUpperCase(lang);
}

/** Section I: the officer's place for the situation, one numbered part per group, management, the assessment. */
function resultSections(
  text: ReportText,
  title: string,
  placeholder: (what: Message) => OutlineParagraph,
): OutlineSection[] {
  const { lang } = text;
  const parts: OutlineSection[] = text.sections.map((s, i) => ({
    title: `${i + 1}. ${partName(s.group, lang)}`,
    level: 2,
    paragraphs: s.sentences.length > 0 ? s.sentences.map((t) => ({ text: t })) : [placeholder(WORDS.noSentence)],
  }));
  // The body points to the appendix once, after the figures.
  parts[parts.length - 1]?.paragraphs.push({ text: WORDS.details[lang] });
  const n = parts.length;
  return [
    {
      title: `I. ${fillTemplate(WORDS.results[lang], { what: resultsWhat(title, lang) }, lang)}`,
      level: 1,
      paragraphs: [placeholder(WORDS.situationWhat)],
    },
    ...parts,
    { title: `${n + 1}. ${WORDS.management[lang]}`, level: 2, paragraphs: [placeholder(WORDS.managementWhat)] },
    { title: `${n + 2}. ${WORDS.general[lang]}`, level: 2, paragraphs: [placeholder(WORDS.generalWhat)] },
  ];
}

/** The outline of `report` (made by the model: it needs report.text) under `settings`. */
export function documentOutline(report: Report, typed: DocumentSettings): DocumentOutline {
  const text: ReportText | undefined = report.text;
  if (!text) throw new Error("documentOutline: the report has no text (it was not made by the report model)");
  const { lang } = text;
  const settings = settingsInLang(typed, lang);
  const of = agencyInSentence(settings.agency, lang);
  const subject = lowerFirst(report.title, lang);
  const date = dateWords(settings.reportDate, lang, settings.reportDate ? undefined : text.year);
  const placeholder = (what: Message): OutlineParagraph => ({
    text: fillTemplate(WORDS.toWrite[lang], { what }, lang),
    placeholder: true,
  });
  const rest = restOfPeriod(text.year, text.month, text.kind ?? defaultPeriodKind(text.month), lang);
  const sections: OutlineSection[] = [
    ...resultSections(text, report.title, placeholder),
    {
      title: `II. ${fillTemplate(WORDS.tasks[lang], { rest }, lang)}`,
      level: 1,
      paragraphs: [placeholder(WORDS.tasksWhat)],
    },
    { title: `III. ${WORDS.proposals[lang]}`, level: 1, paragraphs: [placeholder(WORDS.proposalsWhat)] },
  ];
  const to = settings.addressee?.trim() ?? "";
  const recipients = [...(to ? [WORDS.asAbove[lang]] : []), ...settings.recipients];
  // The grid's line just above the table says how the comparison columns read.
  const above = report.grid.cells[text.table.r1 - 1]?.[0]?.value;
  return {
    lang,
    agency: {
      province: settings.province,
      agency: settings.agency,
      number: `${WORDS.number[lang]}: ${settings.reportNumber}`,
    },
    nation: {
      name: WORDS.nation[lang],
      motto: WORDS.motto[lang],
      placeAndDate: `${settings.place || BLANK}, ${date}`,
    },
    type: WORDS.type[lang],
    subject: report.title,
    addressee: to ? fillTemplate(WORDS.addressee[lang], { to: to.replace(/[.;]$/, "") }, lang) : "",
    intro: fillTemplate(WORDS.intro[lang], { agency: of, subject }, lang),
    sections,
    closing: fillTemplate(WORDS.closing[lang], { agency: of, subject }, lang),
    recipientsTitle: WORDS.recipients[lang],
    recipients: recipients.map((r, i, all) => `- ${r}${i === all.length - 1 ? "." : ";"}`),
    signer: { authority: settings.signerAuthority, title: settings.signerTitle, name: settings.signerName || BLANK },
    appendix: {
      heading: WORDS.appendix[lang],
      tableNumber: `${WORDS.table[lang]} ${settings.tableNumber}`,
      title: report.title.toLocaleUpperCase(lang),
      attached: attachedLine(typed, text.year, lang),
      comparison: typeof above === "string" ? above : "",
      notes: text.notes,
    },
  };
}
