/**
 * What anyone reads without an account: the lists open for public comment (no private data) and
 * the verification of a certificate by its QR code.
 */
import { z } from 'zod';
import { instant, isoDate, itemsOf } from './common.js';
import { nomineeSubject } from './dossiers.js';

const id = z.number().int();

export const publicNominee = z.object({
  id,
  name: z.string(),
  subject: nomineeSubject,
  /** a person's position (null for collectives and households) */
  position: z.string().nullable(),
  /** the unit of a person, the thôn of a household (null for a collective) */
  unitName: z.string().nullable(),
  award: z.string(),
  awardName: z.string(),
  achievement: z.string().nullable(),
});
export type PublicNominee = z.infer<typeof publicNominee>;

export const publicConsultation = z.object({
  id,
  code: z.string(),
  title: z.string(),
  proposingUnitName: z.string(),
  receivingUnitName: z.string(),
  year: z.number().int(),
  movement: z.string().nullable(),
  consultationFrom: isoDate,
  consultationUntil: isoDate,
  nominees: z.array(publicNominee),
});
export type PublicConsultationSummary = z.infer<typeof publicConsultation>;
export const publicConsultationList = itemsOf(publicConsultation);

/** One list: still open for comments today? */
export const publicConsultationDetail = publicConsultation.extend({ open: z.boolean() });
export type PublicConsultation = z.infer<typeof publicConsultationDetail>;

export const commentSent = z.object({ id, createdAt: instant, message: z.string() });
export type CommentSent = z.infer<typeof commentSent>;

export const verification = z.object({
  code: z.string(),
  status: z.enum(['valid', 'revoked']),
  name: z.string(),
  award: z.string(),
  awardName: z.string(),
  year: z.number().int(),
  decisionNo: z.string(),
  decisionDate: isoDate.nullable(),
  /** who decided, as the register writes it (the issuing unit when unknown) */
  issuer: z.string(),
  issuingUnit: z.string(),
  revokedOn: isoDate.nullable(),
  revokeReason: z.string().nullable(),
});
export type Verification = z.infer<typeof verification>;
