/**
 * Proposal dossiers (hồ sơ đề nghị khen thưởng): the list, the queue, the detail with its nominees,
 * events and files, the automatic checks, and what each write answers.
 */
import { z } from 'zod';
import { DOSSIER_ACTIONS, DOSSIER_STATES } from '../../domain/dossier/workflow.js';
import { instant, isoDate, itemsOf, pageOf } from './common.js';

const id = z.number().int();

export const dossierState = z.enum(DOSSIER_STATES);
export const nomineeSubject = z.enum(['person', 'unit', 'household']);
export const checkStatus = z.enum(['ok', 'warning', 'fail']);

/** One line of the automatic checks (domain/dossier/checks.ts). */
export const checkItem = z.object({
  /** stable id: 'eligibility', 'duplicate_open', 'doc:<id>', … */
  id: z.string(),
  /** true: passed; false: failed; null: needs a person's judgement */
  ok: z.boolean().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  text: z.string(),
  ref: z.string().optional(),
});
export type CheckItem = z.infer<typeof checkItem>;

/** A workflow action the actor may take now (the decision has its own module). */
export const dossierActionOption = z.object({ action: z.enum(DOSSIER_ACTIONS), name: z.string(), reason: z.boolean() });

export const dossier = z.object({
  id,
  code: z.string(),
  title: z.string(),
  proposingUnitId: id,
  proposingUnitName: z.string(),
  receivingUnitId: id,
  receivingUnitName: z.string(),
  receivingLevel: z.string(),
  awardType: z.string(),
  year: z.number().int(),
  movement: z.string().nullable(),
  /** the linked movement record (its quotas, deadline and documents are checked) */
  movementId: id.nullable(),
  note: z.string().nullable(),
  state: dossierState,
  stateName: z.string(),
  stateSince: instant,
  dueStep: z.string().nullable(),
  dueDate: isoDate.nullable(),
  overdue: z.boolean(),
  submittedCount: z.number().int(),
  consultationFrom: isoDate.nullable(),
  consultationUntil: isoDate.nullable(),
  createdBy: id.nullable(),
  nomineeCount: z.number().int(),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
  actions: z.array(dossierActionOption),
  canEdit: z.boolean(),
  canAppraise: z.boolean(),
});
export type Dossier = z.infer<typeof dossier>;

export const dossierPage = pageOf(dossier);

/** "Việc cần xử lý": a dossier waiting for the actor, with what to do. */
export const queueItem = dossier.extend({ todo: z.string() });
export type QueueItem = z.infer<typeof queueItem>;
export const dossierQueue = itemsOf(queueItem);

/** The answer of a workflow action: the dossier, and the new dossier when forwarded inside tdkt. */
export const dossierTransitioned = dossier.extend({ forwardedTo: z.object({ id, code: z.string() }).optional() });
export type DossierTransitioned = z.infer<typeof dossierTransitioned>;

export const nominee = z.object({
  id,
  dossierId: id,
  position: z.number().int(),
  subject: nomineeSubject,
  personId: id.nullable(),
  unitId: id.nullable(),
  householdId: id.nullable(),
  name: z.string(),
  award: z.string(),
  awardName: z.string(),
  achievement: z.string().nullable(),
  /** the checks saved when the dossier was submitted (or consultation opened) */
  checks: z.array(checkItem).nullable(),
  checkStatus: checkStatus.nullable(),
  checkedAt: instant.nullable(),
  overrideReason: z.string().nullable(),
  overrideBy: z.string().nullable(),
  overrideAt: instant.nullable(),
  returnReason: z.string().nullable(),
  gender: z.string().nullable(),
  isDirectWorker: z.boolean().nullable(),
  isLeader: z.boolean().nullable(),
  subjectPosition: z.string().nullable(),
  subjectUnitName: z.string().nullable(),
  version: z.number().int(),
});
export type Nominee = z.infer<typeof nominee>;

/** The council's verdict on a nominee, once its vote has closed. */
export const nomineeVote = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  passed: z.boolean().nullable(),
  rule: z.string().nullable(),
});

export const dossierEvent = z.object({
  id,
  at: instant,
  actorName: z.string(),
  /** a workflow action, or 'create', 'forwarded_copy' */
  action: z.string(),
  fromState: dossierState.nullable(),
  toState: dossierState,
  reason: z.string().nullable(),
  /** per-nominee reasons of a return */
  items: z.array(z.object({ nomineeId: id, reason: z.string(), name: z.string() })).nullable(),
});
export type DossierEvent = z.infer<typeof dossierEvent>;

export const dossierFile = z.object({
  id,
  dossierId: id,
  nomineeId: id.nullable(),
  docType: z.string(),
  filename: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  mime: z.string(),
  uploadedBy: z.string(),
  createdAt: instant,
});
export type DossierFile = z.infer<typeof dossierFile>;

export const dossierDetail = dossier.extend({
  nominees: z.array(nominee.extend({ vote: nomineeVote.nullable() })),
  events: z.array(dossierEvent),
  files: z.array(dossierFile),
});
export type DossierDetail = z.infer<typeof dossierDetail>;

export const nomineeCheck = z.object({ nomineeId: id, status: checkStatus, items: z.array(checkItem) });

export const dossierChecks = z.object({
  /** the date the rules were read on */
  date: isoDate,
  ruleset: z.string(),
  nominees: z.array(nomineeCheck),
  dossier: z.array(checkItem),
  /** counts of nominees by status, and failing ones without an appraiser's override */
  summary: z.object({ ok: z.number().int(), warning: z.number().int(), fail: z.number().int(), unresolved: z.number().int() }),
});
export type DossierChecks = z.infer<typeof dossierChecks>;

export const nomineeImportResult = z.object({
  dryRun: z.boolean(),
  /** rows read from the file */
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type NomineeImportResult = z.infer<typeof nomineeImportResult>;
