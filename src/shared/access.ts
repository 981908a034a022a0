/**
 * The words of authorization shared by server and web: roles, resource types, actions, and the
 * abilities the server sends with the session (what this user may do, and in which unit subtrees).
 * The server decides from its policy table (src/server/platform/policy.ts); the web only reads the
 * abilities it was sent, so it never holds a second copy of the rules.
 */
export const ROLES = ['quan_tri', 'chuyen_vien', 'can_bo_don_vi', 'thanh_vien_hd', 'lanh_dao', 'truong_cum'] as const;
export type Role = (typeof ROLES)[number];

export const RESOURCE_TYPES = ['unit', 'unit_kind', 'person', 'household', 'user', 'audit', 'rules', 'rule_settings', 'calendar',
  'rating', 'initiative', 'research', 'discipline', 'pending_matter', 'award_record', 'dossier', 'council', 'decision', 'certificate_layout',
  'plan', 'plan_task', 'movement', 'registration', 'target', 'mail'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete', 'merge', 'import', 'export', 'submit', 'appraise', 'decide', 'vote'] as const;
export type Action = (typeof ACTIONS)[number];

/** A unit subtree in which an action is allowed: the granted unit and everything below it. */
export interface AbilityScope {
  unitId: number;
  unitName: string;
  /** ltree path of the granted unit ("1.12.305") */
  unitPath: string;
}

/** resource → action → the subtrees where this user may do it (an absent action: nowhere). */
export type Abilities = Partial<Record<ResourceType, Partial<Record<Action, AbilityScope[]>>>>;

/** Is `path` the granted unit or below it? Paths are ltree strings like "1.12.305". */
export function isInScope(grantPath: string, path: string): boolean {
  return path === grantPath || path.startsWith(grantPath + '.');
}

/**
 * May the holder of `abilities` do `action` on `resource`: anywhere (no unit given), in the unit at
 * `unitPath`, or on the unit with id `unitId` itself or a unit below one of its granted units (the
 * caller then passes the ids of the unit's ancestors too).
 */
export function canWith(
  abilities: Abilities | null | undefined,
  resource: ResourceType,
  action: Action,
  where?: { unitPath?: string | null; unitIds?: readonly number[] },
): boolean {
  const scopes = abilities?.[resource]?.[action] ?? [];
  if (scopes.length === 0) return false;
  if (!where) return true;
  if (where.unitPath) return scopes.some((s) => isInScope(s.unitPath, where.unitPath!));
  if (where.unitIds) return scopes.some((s) => where.unitIds!.includes(s.unitId));
  return true;
}

/** The granted units in which `action` on `resource` is allowed, each once (to pick a unit to act for). */
export function unitsWith(abilities: Abilities | null | undefined, resource: ResourceType, action: Action): AbilityScope[] {
  const seen = new Set<number>();
  return (abilities?.[resource]?.[action] ?? []).filter((s) => (seen.has(s.unitId) ? false : (seen.add(s.unitId), true)));
}

/** The resource each kind of record (the facts eligibility reads) is authorized as. */
export const RECORD_RESOURCES = {
  ratings: 'rating', initiatives: 'initiative', research: 'research', discipline: 'discipline', pending: 'pending_matter', awards: 'award_record',
} as const satisfies Record<string, ResourceType>;
