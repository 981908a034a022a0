/**
 * Who may do what on a dossier, beyond the role table of platform/policy.ts. A dossier has two
 * units: the proposing unit (its author) and the receiving unit (the standing agency that appraises
 * it and whose leader decides). What a role may do depends on which side it stands on:
 *
 * | what                                 | the action of the role table | on the unit of      | when                                  |
 * |--------------------------------------|------------------------------|---------------------|---------------------------------------|
 * | read                                 | read                         | proposing           | always                                |
 * | read                                 | read                         | receiving           | once submitted (not a draft)          |
 * | edit nominees, files, the dossier    | update                       | proposing           | draft or returned (isEditable)        |
 * | a proposer's step (submit, withdraw) | submit                       | proposing           | the workflow allows it in that state  |
 * | an appraiser's step, checks, comments| appraise                     | receiving           | the workflow allows it in that state  |
 * | a leader's step (decide)             | decide                       | receiving           | the workflow allows it in that state  |
 *
 * The workflow itself (states, steps, which side takes each) is data in domain/dossier/workflow.ts.
 */
import type { Side } from '../../../domain/index.js';
import { isEditable, type DossierState } from '../../../domain/index.js';
import { authorize, can, type Action, type Actor } from '../../platform/policy.js';

export const SIDE_ACTION: Record<Side, Action> = { proposer: 'submit', appraiser: 'appraise', leader: 'decide' };

interface DossierUnits {
  proposingPath: string;
  receivingPath: string;
  state: string;
}

export const proposerRes = (d: DossierUnits) => ({ type: 'dossier' as const, unitPath: d.proposingPath });
export const receiverRes = (d: DossierUnits) => ({ type: 'dossier' as const, unitPath: d.receivingPath });
const sideRes = (side: Side, d: DossierUnits) => (side === 'proposer' ? proposerRes(d) : receiverRes(d));

export function canSide(actor: Actor | null, side: Side, d: DossierUnits): boolean {
  return can(actor, SIDE_ACTION[side], sideRes(side, d));
}

/** 403 unless the actor may take a step of `side` on this dossier */
export function authorizeSide(actor: Actor | null, side: Side, d: DossierUnits): void {
  if (!canSide(actor, side, d)) authorize(actor, SIDE_ACTION[side], sideRes(side, d));
}

export function canRead(actor: Actor | null, d: DossierUnits): boolean {
  return can(actor, 'read', proposerRes(d)) || (d.state !== 'draft' && can(actor, 'read', receiverRes(d)));
}

/** 403 unless the actor may read this dossier */
export function authorizeRead(actor: Actor | null, d: DossierUnits): void {
  if (!canRead(actor, d)) authorize(actor, 'read', proposerRes(d));
}

/** May the actor edit the dossier now (its state lets the proposer edit, and the actor is the proposer's)? */
export function canEdit(actor: Actor | null, d: DossierUnits): boolean {
  return isEditable(d.state as DossierState) && can(actor, 'update', proposerRes(d));
}
