/**
 * The words of the Word report in reading order, the one source for both of its faces: the .docx
 * (src/writers/docx.ts) and the formatted text the task pane copies (src/taskpane/documentHtml.ts).
 * Layout (fonts, margins, tables) is theirs; what is said, and in which order, is here. Pure.
 */
import { fillTemplate, type Message } from "../../core/message";
import { roman } from "../../core/words";
import type { Lang } from "../../core/types";
import { BLANK, dateWords, type DocumentSettings } from "./documentSettings";
import { agencyInSentence, attachedLine } from "./heading";
import type { Report, ReportText } from "../table/report";

/** One paragraph of the body: text, or a marked place for the officer to write. */
export interface OutlineParagraph {
  text: string;
  placeholder?: boolean;
}

export interface DocumentOutline {
  lang: Lang;
  /** Agency block: province, agency, "Số: …/BC-SCT". */
  agency: { province: string; agency: string; number: string };
  /** National heading and the place and date. */
  nation: { name: string; motto: string; placeAndDate: string };
  type: string;
  subject: string;
  intro: string;
  sections: { title: string; paragraphs: OutlineParagraph[] }[];
  closing: string;
  recipientsTitle: string;
  /** "- Bộ Công Thương (b/c);" … "- Lưu: VT, KHTC." */
  recipients: string[];
  /** Authority (may be absent), title, name. */
  signer: { authority: string; title: string; name: string };
  appendix: { tableNumber: string; title: string; attached: string; comparison: string; notes: string[] };
}

const WORDS = {
  nation: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIETNAM" },
  motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  number: { vi: "Số", en: "No." },
  type: { vi: "BÁO CÁO", en: "REPORT" },
  recipients: { vi: "Nơi nhận:", en: "Recipients:" },
  table: { vi: "Biểu số", en: "Table" },
  general: { vi: "Đánh giá chung", en: "General assessment" },
  tasks: { vi: "Nhiệm vụ và giải pháp thời gian tới", en: "Tasks and measures ahead" },
  proposals: { vi: "Kiến nghị, đề xuất", en: "Proposals" },
  toWrite: { vi: "[Cán bộ viết: {what}]", en: "[For the officer to write: {what}]" },
  noSentence: { vi: "tình hình thực hiện của nhóm chỉ tiêu này", en: "the results of this group" },
  generalWhat: { vi: "kết quả nổi bật, hạn chế và nguyên nhân", en: "the main results, shortcomings and their causes" },
  tasksWhat: { vi: "nhiệm vụ, giải pháp trọng tâm", en: "the key tasks and measures" },
  proposalsWhat: { vi: "kiến nghị với cấp trên (nếu có)", en: "proposals to higher levels (if any)" },
  intro: { vi: "{agency} báo cáo {subject} như sau:", en: "{agency} reports on {subject} as follows:" },
  closing: {
    vi: "Trên đây là báo cáo {subject} của {agency}./.",
    en: "This is the report of {agency} on {subject}./.",
  },
} as const satisfies Record<string, Message>;

/** The first letter in lower case: "Kết quả …" inside a sentence reads "kết quả …". */
function lowerFirst(s: string, lang: Lang): string {
  return s.charAt(0).toLocaleLowerCase(lang) + s.slice(1);
}

/** The outline of `report` (made by the model: it needs report.text) under `settings`. */
export function documentOutline(report: Report, settings: DocumentSettings): DocumentOutline {
  const text: ReportText | undefined = report.text;
  if (!text) throw new Error("documentOutline: the report has no text (it was not made by the report model)");
  const { lang } = text;
  const of = agencyInSentence(settings.agency, lang);
  const subject = lowerFirst(report.title, lang);
  const date = dateWords(settings.reportDate, lang, settings.reportDate ? undefined : text.year);
  const placeholder = (what: Message): OutlineParagraph => ({
    text: fillTemplate(WORDS.toWrite[lang], { what }, lang),
    placeholder: true,
  });
  let n = 0;
  const sections = text.sections.map((s) => ({
    title: `${roman(++n)}. ${s.group}`,
    paragraphs: s.sentences.length > 0 ? s.sentences.map((t) => ({ text: t })) : [placeholder(WORDS.noSentence)],
  }));
  for (const [title, what] of [
    [WORDS.general, WORDS.generalWhat],
    [WORDS.tasks, WORDS.tasksWhat],
    [WORDS.proposals, WORDS.proposalsWhat],
  ] as const) {
    sections.push({ title: `${roman(++n)}. ${title[lang]}`, paragraphs: [placeholder(what)] });
  }
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
    intro: fillTemplate(WORDS.intro[lang], { agency: of, subject }, lang),
    sections,
    closing: fillTemplate(WORDS.closing[lang], { agency: of, subject }, lang),
    recipientsTitle: WORDS.recipients[lang],
    recipients: settings.recipients.map((r, i, all) => `- ${r}${i === all.length - 1 ? "." : ";"}`),
    signer: { authority: settings.signerAuthority, title: settings.signerTitle, name: settings.signerName || BLANK },
    appendix: {
      tableNumber: `${WORDS.table[lang]} ${settings.tableNumber}`,
      title: report.title.toLocaleUpperCase(lang),
      attached: attachedLine(settings, text.year, lang),
      comparison: typeof above === "string" ? above : "",
      notes: text.notes,
    },
  };
}
