/**
 * A TĐKT plan (kế hoạch thi đua, khen thưởng) as structured data: the header of an official document
 * (NĐ 30/2020) plus sections of numbered clauses. Numbers are not stored — they follow from the
 * position (sections I., II., …; clauses 1., 1.1., 1.1.1.), so inserting a clause renumbers the rest,
 * as a TĐKT officer expects from Word's numbered lists.
 */

export const PLAN_SECTION_KINDS = ['muc_dich_yeu_cau', 'noi_dung', 'thoi_gian', 'giai_phap', 'to_chuc_thuc_hien', 'khac'] as const;
export type PlanSectionKind = (typeof PLAN_SECTION_KINDS)[number];

export const PLAN_SECTION_TITLES: Record<PlanSectionKind, string> = {
  muc_dich_yeu_cau: 'MỤC ĐÍCH, YÊU CẦU',
  noi_dung: 'NỘI DUNG',
  thoi_gian: 'THỜI GIAN THỰC HIỆN',
  giai_phap: 'GIẢI PHÁP',
  to_chuc_thuc_hien: 'TỔ CHỨC THỰC HIỆN',
  khac: '',
};

export type Quarter = 1 | 2 | 3 | 4;

export interface PlanClause {
  /** bold lead-in printed after the number, e.g. "Mục đích" → "1. Mục đích" */
  title?: string;
  /** the clause's own text (after the number and title) */
  text?: string;
  /** further unnumbered paragraphs of the clause; a paragraph may start with "- " or "+ " as a bullet */
  paragraphs?: string[];
  /** who carries it out, e.g. "Phòng Nội vụ chủ trì, các xã phối hợp" (printed in italics) */
  responsible?: string;
  /** a time clause: the quarter it belongs to ("Quý I") */
  quarter?: Quarter;
  children?: PlanClause[];
}

export interface PlanSection {
  kind: PlanSectionKind;
  /** the heading printed after the roman numeral, in capitals, e.g. "MỤC ĐÍCH, YÊU CẦU" */
  title: string;
  /** unnumbered paragraphs before the first clause (e.g. the year's theme paragraph) */
  intro?: string[];
  clauses: PlanClause[];
}

export interface PlanSigner {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" or empty */
  authority?: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH" */
  position: string;
  name: string;
}

/** Everything printed in the plan document. */
export interface PlanDocumentData {
  /** issuing body and its parent, normal case: { parent: 'UBND tỉnh Nam Định', name: 'Ủy ban nhân dân huyện Mỹ Lộc' } */
  issuer: { parent?: string; name: string };
  /** "27/KH-UBND"; null when not yet numbered (the văn thư fills it in) */
  number: string | null;
  /** the part after the slash, e.g. "KH-UBND", used while `number` is null */
  numberSuffix?: string;
  place: string;
  /** ISO date; null leaves day and month blank */
  issuedOn: string | null;
  year: number;
  /** trích yếu: "Tổ chức thực hiện các phong trào thi đua và công tác khen thưởng năm 2023" */
  title: string;
  /** "Căn cứ …" lines */
  bases: string[];
  /** "Thực hiện Kế hoạch số 27/KH-UBND ngày 12/03/2023 của UBND tỉnh …" — the upper plan implemented */
  upperRef?: string;
  /** paragraphs between the bases and section I (e.g. "UBND huyện ban hành Kế hoạch … như sau:") */
  preamble?: string[];
  /** the year's theme (chủ đề), e.g. "Đoàn kết, vượt khó - …" */
  theme?: string;
  sections: PlanSection[];
  /** the document type printed in capitals: 'KẾ HOẠCH' (default), 'BÁO CÁO' for a review */
  typeName?: string;
  /** closing paragraphs after the last section ("Trên đây là Kế hoạch … ./.") */
  closing?: string[];
  /** nơi nhận, without the leading "- " */
  recipients: string[];
  signer?: PlanSigner;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const romanNumeral = (n: number): string => ROMAN[n - 1] ?? String(n);
export const QUARTER_NAMES: Record<Quarter, string> = { 1: 'Quý I', 2: 'Quý II', 3: 'Quý III', 4: 'Quý IV' };

/** "1.2.3." for the clause at path [0, 1, 2] */
export function clauseNumber(path: readonly number[]): string {
  return path.map((i) => i + 1).join('.') + '.';
}

/** The lead-in printed after a clause's number: its title, or for a time clause without one its quarter ("Quý I/2023"). */
export function clauseTitle(clause: PlanClause, year: number): string | undefined {
  if (clause.title) return clause.title;
  return clause.quarter ? `${QUARTER_NAMES[clause.quarter]}/${year}` : undefined;
}

/** Every clause with its number, depth-first, in print order. */
export function numberedClauses(section: PlanSection): { number: string; depth: number; clause: PlanClause }[] {
  const out: { number: string; depth: number; clause: PlanClause }[] = [];
  const walk = (list: PlanClause[], prefix: number[]) => {
    list.forEach((c, i) => {
      const path = [...prefix, i];
      out.push({ number: clauseNumber(path), depth: path.length, clause: c });
      if (c.children?.length) walk(c.children, path);
    });
  };
  walk(section.clauses, []);
  return out;
}
