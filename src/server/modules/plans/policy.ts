/**
 * Who may do what on planning records (plans, tasks, reviews, movements, registrations, targets),
 * beyond the role table of platform/policy.ts:
 *
 * | what                               | who                                                            |
 * |------------------------------------|----------------------------------------------------------------|
 * | read a plan or a movement          | read on its unit's subtree, or any account of a unit below it   |
 * |                                    | (the plan is sent down for them to implement: `canReadDown`)    |
 * | write, issue, launch, close        | the action of the role table on the record's own unit          |
 * | register, edit, submit             | create / update / submit on the registering unit               |
 * | approve or return a registration   | appraise on the unit above the registering unit                |
 *
 * Each service applies the row that is its use case; this file holds the one rule that is more
 * than a role on a unit: reading down.
 */
import { NotFound } from '../../platform/errors.js';
import { authorize, can, isInScope, type Actor, type ResourceType } from '../../platform/policy.js';

/** Read access: in a read scope, or an ancestor of one of the actor's units. */
export function canReadDown(actor: Actor | null | undefined, type: ResourceType, unitPath: string): boolean {
  if (can(actor, 'read', { type, unitPath })) return true;
  return !!actor?.grants.some((g) => isInScope(unitPath, g.unitPath));
}

export function authorizeReadDown(actor: Actor | null | undefined, type: ResourceType, unitPath: string): void {
  if (!canReadDown(actor, type, unitPath)) authorize(actor, 'read', { type, unitPath });
}

export const notFound = (what: string) => new NotFound(`Không tìm thấy ${what}.`);
