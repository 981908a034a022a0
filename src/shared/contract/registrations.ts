/**
 * Đăng ký thi đua (/registrations): a unit's registration of titles and targets for a year or a
 * movement, its entries, and the totals of a subtree.
 */
import { z } from 'zod';
import { instant, isoDate, pageOf } from './common.js';
import { target } from './targets.js';

export const registrationStatus = z.enum(['draft', 'submitted', 'approved', 'returned']);
export type RegistrationStatus = z.infer<typeof registrationStatus>;
export const registrationSubject = z.enum(['ca_nhan', 'tap_the']);

export const registration = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  movementId: z.number().int().nullable(),
  movementName: z.string().nullable(),
  /** the movement's deadline; none for a yearly registration */
  registrationDeadline: isoDate.nullable(),
  status: registrationStatus,
  statusName: z.string(),
  returnReason: z.string().nullable(),
  submittedAt: instant.nullable(),
  version: z.number().int(),
});
export type Registration = z.infer<typeof registration>;

export const registrationListItem = registration.extend({
  /** how many titles and targets it holds */
  entries: z.number().int(),
  targets: z.number().int(),
});
export type RegistrationListItem = z.infer<typeof registrationListItem>;
export const registrationPage = pageOf(registrationListItem);

export const registrationEntry = z.object({
  id: z.number().int(),
  subject: registrationSubject,
  personId: z.number().int().nullable(),
  subjectUnitId: z.number().int().nullable(),
  name: z.string(),
  award: z.string(),
  awardName: z.string(),
  note: z.string().nullable(),
});
export type RegistrationEntry = z.infer<typeof registrationEntry>;

export const registrationDetail = registration.extend({
  entries: z.array(registrationEntry),
  targets: z.array(target),
  /** still before the deadline */
  open: z.boolean(),
  today: isoDate,
});
export type RegistrationDetail = z.infer<typeof registrationDetail>;

export const entryAdded = z.object({ id: z.number().int(), name: z.string() });

/** The result of an Excel import of entries (a file with errors is a 422 listing them). */
export const entryImportResult = z.object({
  dryRun: z.boolean(),
  /** rows in the file */
  total: z.number().int(),
  created: z.number().int(),
  /** rows already registered */
  unchanged: z.number().int(),
});
export type EntryImportResult = z.infer<typeof entryImportResult>;

const count = z.number().int();
export const registrationSummary = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  byAward: z.array(z.object({ award: z.string(), individuals: count, collectives: count, awardName: z.string() })),
  byUnit: z.array(z.object({ id: z.number().int(), unitId: z.number().int(), unitName: z.string(), status: registrationStatus, individuals: count, collectives: count, targets: count })),
});
export type RegistrationSummary = z.infer<typeof registrationSummary>;
