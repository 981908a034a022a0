/**
 * Emulation movements (/movements): their award rules (also the request body the form sends), the
 * list and the detail page with its summary of registrations, dossiers and awards.
 */
import { z } from 'zod';
import { MOVEMENT_KINDS } from '../../domain/codes.js';
import { DURATION_BANDS, LAUNCH_LEVELS, MILESTONE_KINDS, MOVEMENT_SCOPES, STATISTICS_METHODS } from '../../domain/planning/movement.js';
import { isoDate, pageOf } from './common.js';
import { sectionSchema, signerSchema, textField, validIsoDate } from './plans.js';
import { registrationStatus } from './registrations.js';

// ---- request building blocks (validated as the server receives them) -----------------------------

const quota = z
  .object({
    unitIds: z.array(z.number().int().positive()).max(5000).nullable(),
    maxIndividuals: z.number().int().min(0).max(100000).nullish(),
    maxCollectives: z.number().int().min(0).max(100000).nullish(),
    maxTotal: z.number().int().min(0).max(100000).nullish(),
  })
  .strict()
  .refine((q) => q.maxIndividuals != null || q.maxCollectives != null || q.maxTotal != null, { message: 'Chỉ tiêu khen thưởng phải có ít nhất một số lượng tối đa' });
/** null unitIds: each participating unit separately; otherwise one shared quota for the group */
export type MovementQuota = z.infer<typeof quota>;

export const movementDetails = z
  .object({
    launchDoc: z
      .object({
        number: textField(50).nullish(),
        issuedOn: validIsoDate.nullish(),
        place: textField(100).optional(),
        issuer: z.object({ parent: textField(300).optional(), name: textField(300) }).strict().optional(),
        preamble: z.array(textField(20000)).max(20).optional(),
        sections: z.array(sectionSchema).max(20).optional(),
        recipients: z.array(textField(300)).max(100).optional(),
        signer: signerSchema.optional(),
      })
      .strict()
      .optional(),
    bases: z.array(textField(2000).min(1)).max(50).default([]),
    /** empty: every unit below the launching unit */
    participantUnitIds: z.array(z.number().int().positive()).max(10000).default([]),
    subjects: textField(2000).optional(),
    criteria: z.array(textField(2000).min(1)).max(100).default([]),
    milestones: z.array(z.object({ kind: z.enum(MILESTONE_KINDS), date: validIsoDate, note: textField(500).optional() }).strict()).max(50).default([]),
    anniversaries: z.array(z.object({ date: textField(20).min(1), name: textField(300).min(1) }).strict()).max(50).default([]),
    awards: z
      .object({
        forms: z.array(z.string().max(64)).max(50).default([]),
        quotas: z.array(quota).max(500).default([]),
        requiredDocs: z.array(z.object({ id: textField(64).min(1), name: textField(300).min(1) }).strict()).max(50).default([]),
      })
      .strict()
      .default({ forms: [], quotas: [], requiredDocs: [] }),
  })
  .strict();
export type MovementDetails = z.infer<typeof movementDetails>;

// ---- responses -----------------------------------------------------------------------------------

export const movementKind = z.enum(MOVEMENT_KINDS);
export const movementScope = z.enum(MOVEMENT_SCOPES);
export const launchLevel = z.enum(LAUNCH_LEVELS);
export const movementStatus = z.enum(['draft', 'launched', 'closed']);

export const movement = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  planId: z.number().int().nullable(),
  kind: movementKind,
  name: z.string(),
  slogan: z.string().nullable(),
  scope: movementScope,
  launchLevel,
  startsOn: isoDate,
  endsOn: isoDate,
  status: movementStatus,
  launchedOn: isoDate.nullable(),
  details: movementDetails,
  dossierDeadline: isoDate.nullable(),
  registrationDeadline: isoDate.nullable(),
  version: z.number().int(),
  // the figures the statistics forms read (TT 02/2023)
  kindName: z.string(),
  scopeName: z.string(),
  launchLevelName: z.string(),
  durationBand: z.enum(DURATION_BANDS),
  durationBandName: z.string(),
  method: z.enum(STATISTICS_METHODS),
  methodName: z.string(),
  /** each quota of details.awards.quotas in words */
  quotaTexts: z.array(z.string()),
});
export type Movement = z.infer<typeof movement>;
export const movementPage = pageOf(movement);

const count = z.number().int();
export const movementDetail = movement.extend({
  participants: z.array(z.object({ id: z.number().int(), name: z.string() })),
  summary: z.object({
    /** registrations of the movement by status */
    registrations: z.partialRecord(registrationStatus, count),
    /** titles registered (sent or approved), by award and subject */
    titles: z.array(z.object({ award: z.string(), subject: z.enum(['ca_nhan', 'tap_the']), n: count, awardName: z.string() })),
    targets: count,
    /** the latest 200 dossiers linked to the movement */
    dossiers: z.array(z.object({ id: z.number().int(), code: z.string(), title: z.string(), state: z.string(), proposingUnit: z.string(), nominees: count })),
    /** awards decided (not revoked), by award */
    awards: z.array(z.object({ award: z.string(), n: count, awardName: z.string() })),
  }),
  today: isoDate,
});
export type MovementDetail = z.infer<typeof movementDetail>;
