/**
 * A TĐKT plan (kế hoạch thi đua, khen thưởng) as an official document: the plan data of
 * src/domain/planning/plan.ts turned into an `OfficialDocument`, then into DOCX (official.ts) or
 * PDF (pdf.ts) with the NĐ 30/2020 layout every other document of the software has.
 *
 * The order is the one of real plans: the "Căn cứ" lines, the upper plan implemented ("Thực hiện
 * Kế hoạch số …"), the preamble, the sections "I. MỤC ĐÍCH, YÊU CẦU" … with their numbered clauses
 * ("1. Mục đích", "1.1. …"), the closing paragraph, then "Nơi nhận" and the signature block.
 * Numbers are never stored: they follow from the position of a section or clause.
 */
import {
  clauseTitle,
  numberedClauses,
  PLAN_SECTION_TITLES,
  romanNumeral,
  type PlanClause,
  type PlanDocumentData,
  type PlanSection,
} from '../../domain/planning/plan.js';
import { officialDocx, type Block, type OfficialDocument } from './official.js';
import { officialPdf } from './pdf.js';

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/** "I. MỤC ĐÍCH, YÊU CẦU"; a section without a title of its own takes the usual one of its kind */
export function sectionHeading(section: PlanSection, index: number): string {
  const title = section.title.trim() || PLAN_SECTION_TITLES[section.kind];
  return title ? `${romanNumeral(index + 1)}. ${upper(title)}` : `${romanNumeral(index + 1)}.`;
}

/** the lead-in and a plain-text joiner: "1. Mục đích: …", no colon after a title that ends in punctuation */
function joinLead(lead: string, text: string): string {
  return /[:.;!?]$/.test(lead) ? `${lead} ${text}` : `${lead}: ${text}`;
}

/** The blocks of one clause: its numbered first paragraph, its further paragraphs, who carries it out. */
function clauseBlocks(number: string, clause: PlanClause, year: number): Block[] {
  const out: Block[] = [];
  const title = clauseTitle(clause, year);
  const text = clause.text?.trim();
  if (title) {
    const lead = `${number} ${title.trim()}`;
    if (text) {
      // the number and title in bold, the text after them in the same paragraph
      const plain = joinLead(lead, text);
      out.push({ kind: 'paragraph', text: plain, runs: [{ text: plain.slice(0, plain.length - text.length), bold: true }, { text }] });
    } else {
      // a heading keeps with the paragraph after it
      out.push({ kind: 'heading', text: lead });
    }
  } else {
    out.push({ kind: 'paragraph', text: text ? `${number} ${text}` : number });
  }
  for (const para of clause.paragraphs ?? []) out.push({ kind: 'paragraph', text: para });
  if (clause.responsible?.trim()) out.push({ kind: 'paragraph', text: `Đơn vị thực hiện: ${clause.responsible.trim()}`, italic: true });
  return out;
}

/** every piece of running text of the plan, to see whether the year's theme is already quoted in it */
function runningText(p: PlanDocumentData): string {
  const parts = [p.upperRef ?? '', ...(p.preamble ?? []), ...(p.closing ?? [])];
  for (const s of p.sections) {
    parts.push(...(s.intro ?? []));
    for (const { clause } of numberedClauses(s)) parts.push(clause.title ?? '', clause.text ?? '', ...(clause.paragraphs ?? []));
  }
  return parts.join('\n');
}

/** The plan as an official document (type "KẾ HOẠCH", the title as trích yếu). */
export function planToOfficial(p: PlanDocumentData): OfficialDocument {
  const body: Block[] = [];
  if (p.upperRef?.trim()) body.push({ kind: 'paragraph', text: p.upperRef.trim() });
  for (const para of p.preamble ?? []) body.push({ kind: 'paragraph', text: para });
  // a theme that no paragraph quotes gets a line of its own before section I
  const theme = p.theme?.trim();
  if (theme && !runningText(p).includes(theme)) {
    body.push({ kind: 'paragraph', text: `Chủ đề thi đua năm ${p.year}: “${theme}”.`, italic: true });
  }

  p.sections.forEach((section, i) => {
    body.push({ kind: 'heading', text: sectionHeading(section, i) });
    for (const para of section.intro ?? []) body.push({ kind: 'paragraph', text: para });
    for (const { number, clause } of numberedClauses(section)) body.push(...clauseBlocks(number, clause, p.year));
  });
  for (const para of p.closing ?? []) body.push({ kind: 'paragraph', text: para });

  return {
    issuer: p.issuer,
    number: p.number,
    numberSuffix: p.numberSuffix,
    place: p.place,
    date: p.issuedOn,
    year: p.year,
    typeName: p.typeName ?? 'KẾ HOẠCH',
    summary: p.title,
    bases: p.bases,
    body,
    recipients: p.recipients,
    signer: p.signer,
  };
}

export function planDocx(p: PlanDocumentData): Promise<Buffer> {
  return officialDocx(planToOfficial(p));
}

export function planPdf(p: PlanDocumentData): Promise<Buffer> {
  return officialPdf(planToOfficial(p));
}
