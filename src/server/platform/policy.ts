/**
 * Who may do what — the one place authorization is declared. Every grant is a role on a unit and
 * covers that unit's whole subtree. Handlers never test roles; services call `authorize()`.
 * Read it as a table: resource → action → roles. A matrix test drives every route × role × scope.
 */
import { Forbidden } from './errors.js';
import { ACTIONS, isInScope, RESOURCE_TYPES, ROLES, type Abilities, type Action, type ResourceType, type Role } from '../../shared/access.js';

export { ACTIONS, isInScope, RESOURCE_TYPES, ROLES, type Action, type ResourceType, type Role };

export interface Grant {
  id: number;
  role: Role;
  unitId: number;
  unitName: string;
  /** ltree path of the granted unit */
  unitPath: string;
}

export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  grants: Grant[];
}

export interface Resource {
  type: ResourceType;
  /** path of the unit the resource belongs to; null for resources not tied to a unit */
  unitPath: string | null;
}

const everyone: readonly Role[] = ROLES;
const registryEditors: readonly Role[] = ['quan_tri', 'chuyen_vien'];
const peopleEditors: readonly Role[] = ['quan_tri', 'chuyen_vien', 'can_bo_don_vi'];
const admins: readonly Role[] = ['quan_tri'];

export const POLICY: Record<ResourceType, Partial<Record<Action, readonly Role[]>>> = {
  unit: { read: everyone, export: everyone, create: registryEditors, update: registryEditors, merge: registryEditors, import: registryEditors },
  unit_kind: { read: everyone, create: admins },
  person: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors, import: peopleEditors },
  household: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors, import: peopleEditors },
  user: { read: admins, create: admins, update: admins },
  audit: { read: ['quan_tri', 'chuyen_vien'] },
  // the law as data: everyone reads; the installation's parameters and calendar take a root grant
  rules: { read: everyone },
  rule_settings: { read: everyone, update: admins },
  calendar: { read: everyone, update: registryEditors },
  // the records eligibility is computed from: kept by those who keep the people registry; the award
  // register (past decisions) only by the standing agency's officers
  rating: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors, import: peopleEditors },
  initiative: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors, import: peopleEditors },
  research: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors, import: peopleEditors },
  discipline: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors },
  pending_matter: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors },
  award_record: { read: everyone, export: everyone, create: registryEditors, update: registryEditors, delete: registryEditors, import: registryEditors },
  // proposal dossiers: the proposing unit's officers prepare and submit (scope: the proposing unit);
  // the standing agency's officers appraise and the leader decides (scope: the receiving unit).
  // Reading needs a grant on either unit (docs/workflow.md).
  dossier: {
    read: everyone, export: everyone,
    create: peopleEditors, update: peopleEditors, delete: peopleEditors, import: peopleEditors, submit: peopleEditors,
    appraise: registryEditors, decide: ['quan_tri', 'lanh_dao'],
  },
  // the council of a unit: its standing agency keeps members and sessions; members vote (the
  // service also checks that the account is a member of that session)
  council: { read: everyone, update: registryEditors, vote: ['thanh_vien_hd', 'lanh_dao', 'chuyen_vien', 'quan_tri'] },
  // decisions: drafted by the standing agency, issued by the leader
  decision: { read: everyone, export: everyone, create: registryEditors, update: registryEditors, decide: ['quan_tri', 'lanh_dao'] },
  // where the fields of a certificate print: the installation's, set with a root grant
  certificate_layout: { read: everyone, update: admins },
  // planning (docs/planning.md): every unit writes and issues its own plan, launches its own
  // movements and registers for the year; scope is the unit's subtree. Issuing ('decide') is also the
  // leader's. Tasks are updated by the plan's unit or by the task's lead unit (either scope).
  plan: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors, decide: ['quan_tri', 'chuyen_vien', 'can_bo_don_vi', 'lanh_dao'] },
  plan_task: { read: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors },
  movement: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors, decide: ['quan_tri', 'chuyen_vien', 'can_bo_don_vi', 'lanh_dao'] },
  // a unit registers (scope: the unit); the unit above approves or returns (scope: the parent unit)
  registration: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors, import: peopleEditors, submit: peopleEditors, appraise: peopleEditors },
  target: { read: everyone, export: everyone, create: peopleEditors, update: peopleEditors, delete: peopleEditors },
  // the outbox of mail sent (reminders); 'create' runs the reminders now
  mail: { read: admins, create: admins },
};

export function rolesFor(type: ResourceType, action: Action): readonly Role[] {
  return POLICY[type][action] ?? [];
}

export function can(actor: Actor | null | undefined, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  const roles = rolesFor(resource.type, action);
  return actor.grants.some(
    (g) => roles.includes(g.role) && (resource.unitPath === null || isInScope(g.unitPath, resource.unitPath)),
  );
}

export function authorize(actor: Actor | null | undefined, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) {
    throw new Forbidden(
      resource.unitPath === null || !hasRoleFor(actor, resource.type, action)
        ? 'Bạn không có quyền thực hiện thao tác này.'
        : 'Bạn không có quyền truy cập dữ liệu của đơn vị này.',
    );
  }
}

export function hasRoleFor(actor: Actor | null | undefined, type: ResourceType, action: Action): boolean {
  const roles = rolesFor(type, action);
  return !!actor?.grants.some((g) => roles.includes(g.role));
}

/**
 * The subtrees in which `actor` may do `action` on resources of `type`, minimised (a path covered by
 * another is dropped). Lists filter with `unit_path <@ ANY(scopes)`. Throws when there is none.
 */
export function scopesFor(actor: Actor | null | undefined, action: Action, type: ResourceType): string[] {
  const roles = rolesFor(type, action);
  const paths = [...new Set((actor?.grants ?? []).filter((g) => roles.includes(g.role)).map((g) => g.unitPath))];
  if (paths.length === 0) throw new Forbidden();
  return paths.filter((p) => !paths.some((q) => q !== p && isInScope(q, p)));
}

/**
 * What `actor` may do, resource by resource: for each action the granted units (subtrees) where a
 * role of theirs allows it. Sent with the session so the web shows only what the server would allow.
 */
export function abilitiesOf(actor: Actor): Abilities {
  const out: Abilities = {};
  for (const type of RESOURCE_TYPES) {
    for (const action of ACTIONS) {
      const roles = rolesFor(type, action);
      const scopes = actor.grants
        .filter((g) => roles.includes(g.role))
        .map((g) => ({ unitId: g.unitId, unitName: g.unitName, unitPath: g.unitPath }));
      if (scopes.length) (out[type] ??= {})[action] = scopes;
    }
  }
  return out;
}
