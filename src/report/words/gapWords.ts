/** The words of figures left blank or standing at an older month: notes, problems and clauses. Pure. */
import type { Message } from "../../core/message";
import { periodName } from "../../core/periodPhrases";
import type { Lang } from "../../core/types";
import { problem } from "../../core/problem";
import type { Problem } from "../../core/problem";
import { type FigureGap, type FigureKey, type FigureStand } from "../measure/gaps";

/** "5/2013", "10, 11/2013", "1–9/2013". */
export function monthsWords(months: readonly number[], year: number): string {
  const parts: string[] = [];
  for (let i = 0; i < months.length;) {
    let j = i;
    while (j + 1 < months.length && (months[j + 1] as number) === (months[j] as number) + 1) j++;
    const a = months[i] as number;
    const b = months[j] as number;
    if (j - i >= 2) parts.push(`${a}–${b}`);
    else for (let k = i; k <= j; k++) parts.push(String(months[k]));
    i = j + 1;
  }
  return `${parts.join(", ")}/${year}`;
}

/** "tháng" / "month" or "months": English counts the months. */
export function monthNoun(months: readonly number[], lang: Lang): string {
  if (lang === "vi") return "tháng";
  return new Set(months).size > 1 ? "months" : "month";
}

/** "ô" / "cell" or "cells": English counts the cells as cellsWords names them. */
export function cellNoun(cells: readonly string[], lang: Lang): string {
  if (lang === "vi") return "ô";
  return new Set(cells).size > 1 ? "cells" : "cell";
}

/** The cells, short: one address, a range on one row ('Dữ liệu'!H3:P3), or a list. */
export function cellsWords(all: readonly string[]): string {
  // The same cell once (a row with no year row of its own is named by one cell for all its months).
  const cells = [...new Set(all)];
  if (cells.length <= 1) return cells[0] ?? "";
  const re = /^(.*!)([A-Z]+)(\d+)$/;
  const first = re.exec(cells[0] as string);
  const last = re.exec(cells[cells.length - 1] as string);
  const oneRow = cells.every((c) => {
    const x = re.exec(c);
    return x !== null && first !== null && x[1] === first[1] && x[3] === first[3];
  });
  if (first && last && oneRow && cells.length > 2) return `${cells[0]}:${last[2]}${last[3]}`;
  return cells.join(", ");
}

/** What a figure is called in a note or a sentence. */
export function figureWords(key: FigureKey, year: number, month: number, lang: Lang): string {
  const Y = year;
  const M = month;
  const vi = lang === "vi";
  switch (key) {
    case "actual":
      if (M === 12) return vi ? `số cả năm ${Y}` : `the ${Y} total`;
      if (M === 1) return vi ? `số tháng 1/${Y}` : `month 1/${Y}`;
      return vi ? `số ${M} tháng năm ${Y}` : `the first ${M} months of ${Y}`;
    case "samePeriod":
      return vi ? `số cùng kỳ (${M} tháng năm ${Y - 1})` : `the same period of ${Y - 1} (first ${M} months)`;
    case "lastYear":
      return vi ? `số thực hiện năm ${Y - 1}` : `the ${Y - 1} total`;
    case "monthNow":
      return vi ? `số tháng ${M}/${Y}` : `month ${M}/${Y}`;
    case "monthBefore":
      return vi ? `số tháng ${M}/${Y - 1}` : `month ${M}/${Y - 1}`;
    case "estimate":
      return vi ? `ước thực hiện năm ${Y}` : `the ${Y} estimate`;
    case "monthPrev": {
      const p = M === 1 ? { year: Y - 1, month: 12 } : { year: Y, month: M - 1 };
      return vi ? `số ${periodName({ ...p, kind: "month" }, lang)}` : periodName({ ...p, kind: "month" }, lang);
    }
    case "quarterNow":
    case "quarterSame":
    case "quarterPrev": {
      const q = { year: key === "quarterSame" ? Y - 1 : Y, month: M, kind: "quarter" as const };
      if (key === "quarterPrev") {
        q.month = M === 3 ? 12 : M - 3;
        if (M === 3) q.year = Y - 1;
      }
      return vi ? `số ${periodName(q, lang)}` : periodName(q, lang);
    }
  }
}

/** The note of a blank cell: which months of which cells are missing. */
export function gapNote(g: FigureGap, reportYear: number, month: number, lang: Lang): string {
  const mw = monthsWords(g.months, g.year);
  const cells = cellsWords(g.cells);
  const what = figureWords(g.key, reportYear, month, lang);
  const mn = monthNoun(g.months, lang);
  const cw = cellNoun(g.cells, lang);
  if (g.reason === "no-row") {
    if (lang === "vi")
      return g.dependent
        ? `Để trống: chưa tính được ${what} vì không có dòng năm ${g.year} của chỉ tiêu này (dòng năm trước: ô ${cells}). Có thể nhập số ước tính vào ô này: các cột so sánh tự tính theo.`
        : `Để trống: không có dòng năm ${g.year} của chỉ tiêu này (dòng năm trước: ô ${cells}). Thêm dòng năm ${g.year} rồi tạo lại báo cáo.`;
    return g.dependent
      ? `Left blank: ${what} cannot be made: there is no ${g.year} row for this indicator (last year's row: ${cw} ${cells}). Type an estimate here: the comparisons follow it.`
      : `Left blank: there is no ${g.year} row for this indicator (last year's row: ${cw} ${cells}). Add a ${g.year} row and make the report again.`;
  }
  if (lang === "vi") {
    if (g.dependent)
      return `Để trống: chưa tính được ${what} vì chưa có số liệu tháng ${mw} (ô ${cells}). Có thể nhập số ước tính vào ô này: các cột so sánh tự tính theo.`;
    if (g.reason === "overflow")
      return `Để trống: số liệu tháng ${mw} (ô ${cells}) hoặc tổng của chúng vượt giới hạn số của Excel.`;
    return `Để trống: chưa có số liệu tháng ${mw} (ô ${cells}); không tính ${what} từ số tháng ít hơn kỳ báo cáo.`;
  }
  if (g.dependent)
    return `Left blank: ${what} cannot be made without ${mn} ${mw} (${cw} ${cells}). Type an estimate here: the comparisons follow it.`;
  if (g.reason === "overflow")
    return `Left blank: ${mn} ${mw} (${cw} ${cells}) or their sum exceed Excel's number limit.`;
  return `Left blank: no figure yet for ${mn} ${mw} (${cw} ${cells}); ${what} is never computed from fewer months than the period.`;
}

/** The note of a level's cell that stands at an earlier month. */
export function standNote(s: FigureStand, lang: Lang): string {
  return lang === "vi"
    ? `Số liệu tháng ${s.month}/${s.year} (số mới nhất đến tháng ${s.end}/${s.year}).`
    : `Figure of month ${s.month}/${s.year} (the latest up to month ${s.end}/${s.year}).`;
}

interface GapGroup {
  year: number;
  reason: FigureGap["reason"];
  months: number[];
  cells: string[];
  keys: FigureKey[];
}

/** The gaps (own, not dependent) of `keys`, one group per year and reason, months in order. */
function groups(gaps: readonly FigureGap[], keys: readonly FigureKey[]): GapGroup[] {
  const out: GapGroup[] = [];
  for (const g of gaps) {
    if (g.dependent || !keys.includes(g.key)) continue;
    let group = out.find((x) => x.year === g.year && x.reason === g.reason);
    if (!group) {
      group = { year: g.year, reason: g.reason, months: [], cells: [], keys: [] };
      out.push(group);
    }
    if (!group.keys.includes(g.key)) group.keys.push(g.key);
    g.months.forEach((m, i) => {
      if (group.months.includes(m)) return;
      group.months.push(m);
      group.cells.push(g.cells[i] as string);
    });
  }
  for (const group of out) {
    const order = group.months.map((m, i) => ({ m, c: group.cells[i] as string })).sort((a, b) => a.m - b.m);
    group.months = order.map((x) => x.m);
    group.cells = order.map((x) => x.c);
  }
  return out;
}

const AND: Message = { vi: "và", en: "and" };

/** "a", "a và b", "a, b và c"; the same words once (month 1 is both the month and the period). */
function join(words: string[], lang: Lang): string {
  const xs = [...new Set(words)];
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} ${AND[lang]} ${xs[xs.length - 1]}`;
}

/** One problem (severity error) per year of an indicator's blank figures, at the first missing cell. */
export function gapProblems(
  gaps: readonly FigureGap[],
  keys: readonly FigureKey[],
  name: Message,
  reportYear: number,
  month: number,
): Problem[] {
  return groups(gaps, keys).map((g) =>
    // The address is a cell to select: without the reader's month cells, the row's cell (the month is in the text).
    problem(
      g.reason === "overflow" ? "period-overflow" : g.reason === "no-row" ? "period-no-row" : "period-hole",
      "error",
      (g.cells[0] ?? "").replace(/ \(T\d+\)$/, ""),
      {
        months: monthsWords(g.months, g.year).replace(/\/\d+$/, ""),
        monthWord: { vi: monthNoun(g.months, "vi"), en: monthNoun(g.months, "en") },
        cellWord: { vi: cellNoun(g.cells, "vi"), en: cellNoun(g.cells, "en") },
        year: g.year,
        name,
        cells: cellsWords(g.cells),
        figures: {
          vi: join(
            g.keys.map((k) => figureWords(k, reportYear, month, "vi")),
            "vi",
          ),
          en: join(
            g.keys.map((k) => figureWords(k, reportYear, month, "en")),
            "en",
          ),
        },
      },
    ),
  );
}

/** The paragraph's (and the notes block's) sentences on what is missing: which figure, which month, which cell. */
export function gapSentences(
  gaps: readonly FigureGap[],
  keys: readonly FigureKey[],
  name: string,
  reportYear: number,
  month: number,
  lang: Lang,
): string[] {
  return groups(gaps, keys).map((g) => {
    const mw = monthsWords(g.months, g.year);
    const cells = cellsWords(g.cells);
    const figures = join(
      g.keys.map((k) => figureWords(k, reportYear, month, lang)),
      lang,
    );
    const many = monthNoun(g.months, "en") === "months";
    const cw = cellNoun(g.cells, lang);
    if (lang === "vi") {
      if (g.reason === "no-row")
        return `Không có dòng năm ${g.year} của ${name} (dòng năm trước: ô ${cells}): chưa tính được ${figures}.`;
      return g.reason === "overflow"
        ? `Số liệu tháng ${mw} của ${name} (ô ${cells}) vượt giới hạn số của Excel: chưa tính được ${figures}.`
        : `Chưa có số liệu tháng ${mw} của ${name} (ô ${cells}): chưa tính được ${figures}.`;
    }
    if (g.reason === "no-row")
      return `There is no ${g.year} row for ${name} (last year's row: ${cw} ${cells}): ${figures} cannot be given yet.`;
    return g.reason === "overflow"
      ? `${many ? "Months" : "Month"} ${mw} of ${name} (${cw} ${cells}) ${many ? "exceed" : "exceeds"} Excel's number limit: ${figures} cannot be given.`
      : `No figure yet for ${many ? "months" : "month"} ${mw} of ${name} (${cw} ${cells}): ${figures} cannot be given yet.`;
  });
}
