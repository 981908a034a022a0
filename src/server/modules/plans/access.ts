/**
 * Who reads planning records. A plan or movement belongs to its unit (scope: the unit's subtree), and
 * is also read by every unit below it — the plan is sent down for them to implement.
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
