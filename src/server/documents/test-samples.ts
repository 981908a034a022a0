/** Sample official documents shared by the DOCX and PDF tests (one layout, two renderers). */
import type { Block, OfficialDocument } from './official.js';

/** A draft plan of the Sở Nội vụ: no number, no date yet, only the year. */
export function draftPlan(body: Block[]): OfficialDocument {
  return {
    issuer: { name: 'Sở Nội vụ', parent: 'UBND tỉnh Bắc Ninh' },
    number: null,
    numberSuffix: 'KH-SNV',
    place: 'Bắc Ninh',
    date: null,
    year: 2027,
    typeName: 'Kế hoạch',
    summary: 'Tổ chức phong trào thi đua năm 2027',
    body,
  };
}
