/** Decisions (quyết định khen thưởng) of a dossier, and the notices sent to the proposing unit. */
import { z } from 'zod';
import { instant, isoDate, itemsOf } from './common.js';
import { nomineeSubject } from './dossiers.js';

const id = z.number().int();

/** One awardee of a decision, with the reward money on the decision date. */
export const decisionLine = z.object({
  nomineeId: id,
  name: z.string(),
  subject: nomineeSubject,
  personId: id.nullable(),
  unitId: id.nullable(),
  householdId: id.nullable(),
  position: z.string().nullable(),
  unitName: z.string().nullable(),
  award: z.string(),
  awardName: z.string(),
  achievement: z.string().nullable(),
  coefficient: z.string().nullable(),
  /** đồng; null when it could not be computed */
  amount: z.number().nullable(),
  /** why money could not be computed (a missing parameter) */
  moneyNote: z.string().nullable(),
});
export type DecisionLine = z.infer<typeof decisionLine>;

export const decision = z.object({
  id,
  dossierId: id,
  dossierCode: z.string(),
  unitId: id,
  unitName: z.string(),
  number: z.string().nullable(),
  decisionDate: isoDate.nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerAuthority: z.string().nullable(),
  bases: z.array(z.string()),
  state: z.enum(['draft', 'issued']),
  lines: z.array(decisionLine),
  total: z.number(),
  totalInWords: z.string().nullable(),
  issuedAt: instant.nullable(),
  version: z.number().int(),
});
export type Decision = z.infer<typeof decision>;

export const decisionList = itemsOf(decision);

/** Issued: the certificates created and the nominees not awarded, with the reason. */
export const decisionIssued = decision.extend({
  certificates: z.array(z.object({ code: z.string(), nomineeId: id })),
  notPassed: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type DecisionIssued = z.infer<typeof decisionIssued>;

export const notice = z.object({ id, title: z.string(), body: z.string(), link: z.string().nullable(), createdAt: instant });
export type Notice = z.infer<typeof notice>;
export const noticeList = itemsOf(notice);
