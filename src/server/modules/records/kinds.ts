/**
 * The records the eligibility engine reads, described as data: one spec per kind drives the SQL,
 * the routes, the audit trail and the matrix test, instead of six copies of the same CRUD.
 */
import type { ResourceType } from '../../platform/policy.js';

export const RECORD_KINDS = ['ratings', 'initiatives', 'research', 'discipline', 'pending', 'awards'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Whose record it is. For initiatives and research the unit is the owning unit; authors are people. */
export type SubjectType = 'person' | 'unit' | 'household';

export interface Field {
  key: string;
  col: string;
  type: 'text' | 'int' | 'date' | 'json';
}

export interface KindSpec {
  kind: RecordKind;
  table: string;
  resource: ResourceType;
  entityType: string;
  /** Vietnamese name of one record, for messages */
  name: string;
  subjects: readonly SubjectType[];
  /** people are linked through the `authors` list, not a subject column */
  authored?: boolean;
  fields: Field[];
  /** the year a record counts for, for the `year` filter */
  yearExpr: string;
  order: string;
  /** unique constraint → the Vietnamese message of a duplicate */
  duplicates: Record<string, string>;
}

const f = (key: string, col: string, type: Field['type'] = 'text'): Field => ({ key, col, type });

export const KINDS: Record<RecordKind, KindSpec> = {
  ratings: {
    kind: 'ratings', table: 'ratings', resource: 'rating', entityType: 'rating', name: 'xếp loại',
    subjects: ['person', 'unit'],
    fields: [f('year', 'year', 'int'), f('rating', 'rating'), f('note', 'note')],
    yearExpr: 'r.year', order: 'r.year DESC, r.id DESC',
    duplicates: {
      ratings_person_year_uq: 'Cá nhân này đã có xếp loại của năm này (trường year).',
      ratings_unit_year_uq: 'Đơn vị này đã có xếp loại của năm này (trường year).',
    },
  },
  initiatives: {
    kind: 'initiatives', table: 'initiatives', resource: 'initiative', entityType: 'initiative', name: 'sáng kiến',
    subjects: ['unit'], authored: true,
    fields: [
      f('title', 'title'), f('authors', 'authors', 'json'), f('year', 'year', 'int'), f('scope', 'scope'), f('recognizedBy', 'recognized_by'),
      f('decisionNo', 'decision_no'), f('decisionDate', 'decision_date', 'date'), f('usedForAward', 'used_for_award'), f('usedForYear', 'used_for_year', 'int'),
      f('note', 'note'),
    ],
    yearExpr: 'r.year', order: 'r.year DESC, r.id DESC',
    duplicates: { initiatives_key_uq: 'Đơn vị đã có sáng kiến cùng tên trong năm này (trường title).' },
  },
  research: {
    kind: 'research', table: 'research_projects', resource: 'research', entityType: 'research_project', name: 'đề tài, đề án khoa học',
    subjects: ['unit'], authored: true,
    fields: [
      f('title', 'title'), f('authors', 'authors', 'json'), f('year', 'year', 'int'), f('scope', 'scope'), f('acceptedBy', 'accepted_by'),
      f('decisionNo', 'decision_no'), f('decisionDate', 'decision_date', 'date'), f('note', 'note'),
    ],
    yearExpr: 'r.year', order: 'r.year DESC, r.id DESC',
    duplicates: { research_key_uq: 'Đơn vị đã có đề tài cùng tên trong năm này (trường title).' },
  },
  discipline: {
    kind: 'discipline', table: 'discipline_records', resource: 'discipline', entityType: 'discipline_record', name: 'kỷ luật',
    subjects: ['person'],
    fields: [f('level', 'level'), f('fromDate', 'from_date', 'date'), f('toDate', 'to_date', 'date'), f('decisionNo', 'decision_no'), f('decisionDate', 'decision_date', 'date'), f('note', 'note')],
    yearExpr: 'extract(year FROM r.from_date)::int', order: 'r.from_date DESC, r.id DESC',
    duplicates: {},
  },
  pending: {
    kind: 'pending', table: 'pending_matters', resource: 'pending_matter', entityType: 'pending_matter', name: 'vụ việc đang xử lý',
    subjects: ['person', 'unit'],
    fields: [f('kind', 'kind'), f('openedOn', 'opened_on', 'date'), f('closedOn', 'closed_on', 'date'), f('note', 'note')],
    yearExpr: 'extract(year FROM r.opened_on)::int', order: 'r.opened_on DESC, r.id DESC',
    duplicates: {},
  },
  awards: {
    kind: 'awards', table: 'award_entries', resource: 'award_record', entityType: 'award_entry', name: 'khen thưởng',
    subjects: ['person', 'unit', 'household'],
    fields: [
      f('award', 'award'), f('year', 'year', 'int'), f('decisionNo', 'decision_no'), f('decisionDate', 'decision_date', 'date'), f('decider', 'decider'),
      f('source', 'source'), f('note', 'note'),
      // written by decisions and revocation only (not in the create/update bodies)
      f('amount', 'amount', 'int'), f('decisionId', 'decision_id', 'int'), f('revokedOn', 'revoked_on', 'date'), f('revokeReason', 'revoke_reason'), f('recovered', 'recovered'),
    ],
    yearExpr: 'r.year', order: 'r.year DESC, r.id DESC',
    duplicates: { award_entries_key_uq: 'Sổ khen thưởng đã có khen thưởng này (cùng đối tượng, mã, năm và số quyết định; trường decisionNo).' },
  },
};

export const SUBJECT_COL: Record<SubjectType, string> = { person: 'person_id', unit: 'unit_id', household: 'household_id' };
