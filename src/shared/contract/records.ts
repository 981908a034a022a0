/**
 * The records API (/records/{kind}): ratings, initiatives, research, discipline, pending matters and
 * the award register. One response schema per kind, built from the kind's subjects and fields (as
 * the server's records/kinds.ts builds its SQL), so the list, detail, create and update routes of a
 * kind all answer the same record.
 */
import { z } from 'zod';
import { instant, isoDate, pageOf } from './common.js';

export const RECORD_KINDS = ['ratings', 'initiatives', 'research', 'discipline', 'pending', 'awards'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
/** kinds with an Excel template, import and export */
export const EXCEL_KINDS = ['ratings', 'awards', 'initiatives'] as const;
export type ExcelKind = (typeof EXCEL_KINDS)[number];

export type RecordSubject = 'person' | 'unit' | 'household';

const int = z.number().int();
const text = z.string().nullable();
const date = isoDate.nullable();

/** The subject columns of each subject type (joined names and codes; null when not that subject). */
const person = { personId: int.nullable(), personName: z.string().nullable() };
const unit = { unitId: int.nullable(), unitName: z.string().nullable(), unitCode: z.string().nullable() };
const household = { householdId: int.nullable(), householdCode: z.string().nullable(), householdHead: z.string().nullable() };

const base = { id: int, version: int, createdAt: instant, updatedAt: instant, note: text };

export const author = z.object({ personId: int.nullable().optional(), name: z.string(), share: z.number() });
export type Author = z.infer<typeof author>;

/** Each kind: its subjects' columns and its own fields (the order of kinds.ts). */
export const recordSchemas = {
  ratings: z.object({ ...base, ...person, ...unit, year: int, rating: z.string() }),
  initiatives: z.object({
    ...base, ...unit,
    title: z.string(), authors: z.array(author), year: int, scope: z.string(), recognizedBy: text, decisionNo: text, decisionDate: date,
    usedForAward: text, usedForYear: int.nullable(),
  }),
  research: z.object({
    ...base, ...unit,
    title: z.string(), authors: z.array(author), year: int, scope: z.string(), acceptedBy: text, decisionNo: text, decisionDate: date,
  }),
  discipline: z.object({ ...base, ...person, level: z.string(), fromDate: isoDate, toDate: date, decisionNo: text, decisionDate: date }),
  pending: z.object({ ...base, ...person, ...unit, kind: z.string(), openedOn: isoDate, closedOn: date }),
  awards: z.object({
    ...base, ...person, ...unit, ...household,
    award: z.string(), year: int, decisionNo: z.string(), decisionDate: date, decider: text, source: z.enum(['import', 'decision']),
    /** written by a decision issued in the system (money, its decision) */
    amount: int.nullable(), decisionId: int.nullable(),
    /** set when the award was revoked (Điều 93) */
    revokedOn: date, revokeReason: text, recovered: text,
  }),
} satisfies Record<RecordKind, z.ZodObject>;

export type RecordOf = { [K in RecordKind]: z.infer<(typeof recordSchemas)[K]> };
export type RatingRecord = RecordOf['ratings'];
export type InitiativeRecord = RecordOf['initiatives'];
export type ResearchRecord = RecordOf['research'];
export type DisciplineRecord = RecordOf['discipline'];
export type PendingRecord = RecordOf['pending'];
export type AwardEntry = RecordOf['awards'];
export type AnyRecord = RecordOf[RecordKind];

export const recordPages = {
  ratings: pageOf(recordSchemas.ratings),
  initiatives: pageOf(recordSchemas.initiatives),
  research: pageOf(recordSchemas.research),
  discipline: pageOf(recordSchemas.discipline),
  pending: pageOf(recordSchemas.pending),
  awards: pageOf(recordSchemas.awards),
} satisfies Record<RecordKind, z.ZodObject>;

/** POST /records/{kind}/import: what was (or, with dryRun, would be) written. */
export const recordImportResult = z.object({
  kind: z.enum(EXCEL_KINDS),
  dryRun: z.boolean(),
  total: int,
  created: int,
  updated: int,
  unchanged: int,
});
export type RecordImportResult = z.infer<typeof recordImportResult>;
