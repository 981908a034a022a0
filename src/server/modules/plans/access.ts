/**
 * Who reads planning records. A plan or movement belongs to its unit (scope: the unit's subtree), and
 * is also read by every unit below it — the plan is sent down for them to implement.
 */
import { sql, type SQL } from 'drizzle-orm';
import { NotFound } from '../../platform/errors.js';
import { authorize, can, isInScope, scopesFor, type Actor, type ResourceType } from '../../platform/policy.js';
import { inScopes } from '../units/repo.js';

/** Read access: in a read scope, or an ancestor of one of the actor's units. */
export function canReadDown(actor: Actor | null | undefined, type: ResourceType, unitPath: string): boolean {
  if (can(actor, 'read', { type, unitPath })) return true;
  return !!actor?.grants.some((g) => isInScope(unitPath, g.unitPath));
}

export function authorizeReadDown(actor: Actor | null | undefined, type: ResourceType, unitPath: string): void {
  if (!canReadDown(actor, type, unitPath)) authorize(actor, 'read', { type, unitPath });
}

/** SQL condition for lists: the row's unit path is in a read scope or above one of the actor's units. */
export function readDownCondition(actor: Actor | null | undefined, type: ResourceType, column: SQL): SQL {
  const scopes = scopesFor(actor, 'read', type);
  const above = [...new Set((actor?.grants ?? []).map((g) => g.unitPath))];
  return sql`(${inScopes(column, scopes)} OR ${column} @> ANY(${`{${above.join(',')}}`}::ltree[]))`;
}

export const notFound = (what: string) => new NotFound(`Không tìm thấy ${what}.`);
