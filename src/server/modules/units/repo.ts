import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import type { Level, LineageKind } from '../../../shared/codes.js';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  level: Level;
  kind: string;
  kindName: string;
  legalPersonality: boolean;
  parentId: number | null;
  rootId: number | null;
  path: string;
  address: string | null;
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  /** active children */
  childCount: number;
  /** children including those no longer in force (merged, abolished) */
  allChildCount: number;
  version: number;
}

const COLUMNS = sql`SELECT u.id, u.code, u.name, u.level, u.kind, k.name AS "kindName",
  u.legal_personality AS "legalPersonality", u.parent_id AS "parentId", u.root_id AS "rootId", u.path::text AS path,
  u.address, u.valid_from AS "validFrom", u.valid_to AS "validTo",
  (u.valid_to IS NULL OR u.valid_to >= current_date) AS active,
  (SELECT count(*)::int FROM units c WHERE c.parent_id = u.id AND (c.valid_to IS NULL OR c.valid_to >= current_date)) AS "childCount",
  (SELECT count(*)::int FROM units c WHERE c.parent_id = u.id) AS "allChildCount", u.version`;
const SELECT = sql`${COLUMNS} FROM units u JOIN unit_kinds k ON k.code = u.kind`;

const activeCond = sql`(u.valid_to IS NULL OR u.valid_to >= current_date)`;

/**
 * `column` lies in one of the subtrees. One `<@` per scope, OR-ed, so the GiST indexes on paths
 * serve it (`<@ ltree[]` has no index support); a root scope covers every row and adds no
 * condition, which leaves the planner free to use the search indexes alone.
 */
export function inScopes(column: SQL, scopes: string[]): SQL {
  if (scopes.some((s) => !s.includes('.'))) return sql`true`;
  return sql`(${sql.join(scopes.map((s) => sql`${column} <@ ${s}::ltree`), sql` OR `)})`;
}

export async function findById(ex: Executor, id: number): Promise<UnitRow | undefined> {
  return (await rows<UnitRow>(ex, sql`${SELECT} WHERE u.id = ${id}`))[0];
}

export async function findByCode(ex: Executor, code: string): Promise<UnitRow | undefined> {
  return (await rows<UnitRow>(ex, sql`${SELECT} WHERE u.code = ${code}`))[0];
}

export async function findByCodes(ex: Executor, codes: string[]): Promise<Map<string, UnitRow>> {
  if (codes.length === 0) return new Map();
  const list = await rows<UnitRow>(ex, sql`${SELECT} WHERE u.code IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))`);
  return new Map(list.map((u) => [u.code, u]));
}

export async function children(ex: Executor, parentId: number, includeInactive: boolean): Promise<UnitRow[]> {
  return rows<UnitRow>(
    ex,
    sql`${SELECT} WHERE u.parent_id = ${parentId} ${includeInactive ? sql`` : sql`AND ${activeCond}`} ORDER BY u.level <> 'don_vi', u.name`,
  );
}

export async function ancestors(ex: Executor, path: string): Promise<UnitRow[]> {
  return rows<UnitRow>(ex, sql`${SELECT} WHERE u.path @> ${path}::ltree AND u.path <> ${path}::ltree ORDER BY nlevel(u.path)`);
}

/** The topmost units of the given scopes (the roots of what an actor sees). */
export async function byPaths(ex: Executor, paths: string[]): Promise<UnitRow[]> {
  if (paths.length === 0) return [];
  return rows<UnitRow>(ex, sql`${SELECT} WHERE u.path = ANY(ARRAY[${sql.join(paths.map((p) => sql`${p}`), sql`, `)}]::ltree[]) ORDER BY u.name`);
}

export interface UnitFilter {
  q?: string;
  level?: string;
  kind?: string;
  /** whole subtree of this path (inclusive) */
  underPath?: string;
  includeInactive?: boolean;
  /** the actor's subtrees; null when `underPath` was authorised already and is the only bound */
  scopes: string[] | null;
}

function where(f: UnitFilter): SQL {
  const conds: SQL[] = [f.scopes === null ? sql`true` : inScopes(sql`u.path`, f.scopes)];
  if (f.scopes === null && !f.underPath) throw new Error('unit list without a scope');
  // a subtree is contiguous in ltree order: the lower bound lets the btree on path walk it in
  // order and stop at the page (`<@` alone cannot bound a btree scan)
  if (f.underPath) conds.push(sql`u.path <@ ${f.underPath}::ltree AND u.path >= ${f.underPath}::ltree`);
  if (f.level) conds.push(sql`u.level = ${f.level}`);
  if (f.kind) conds.push(sql`u.kind = ${f.kind}`);
  if (!f.includeInactive) conds.push(activeCond);
  if (f.q) conds.push(sql`u.search_text LIKE '%' || tdkt_fold(${f.q}) || '%'`);
  return sql.join(conds, sql` AND `);
}

/** Totals are counted up to this many rows (the pager shows "10.000+" past it). */
export const COUNT_CAP = 10000;

export async function list(ex: Executor, f: UnitFilter, page: number, pageSize: number) {
  const w = where(f);
  // the page is cut before the joins and per-row counts
  const items = await rows<UnitRow>(
    ex,
    sql`${COLUMNS} FROM (SELECT * FROM units u WHERE ${w} ORDER BY u.path LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) u
      JOIN unit_kinds k ON k.code = u.kind ORDER BY u.path`,
  );
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM units u WHERE ${w} LIMIT ${COUNT_CAP + 1}) x`);
  return { items, total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

export async function listAll(ex: Executor, f: UnitFilter, limit: number): Promise<(UnitRow & { parentCode: string | null })[]> {
  return rows(ex, sql`SELECT * FROM (${SELECT} WHERE ${where(f)} ORDER BY u.path LIMIT ${limit}) x
    LEFT JOIN LATERAL (SELECT p.code AS "parentCode" FROM units p WHERE p.id = x."parentId") pc ON true`);
}

export interface NewUnit {
  code: string;
  name: string;
  level: string;
  kind: string;
  legalPersonality: boolean;
  parentId: number | null;
  address?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** Inserts a unit; its path is the parent's path plus its own id. */
export async function insert(ex: Executor, u: NewUnit, parent: { path: string; rootId: number | null; id: number } | null): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO units (id, code, name, level, kind, legal_personality, parent_id, root_id, path, address, valid_from, valid_to)
      OVERRIDING SYSTEM VALUE
      SELECT n, ${u.code}, ${u.name}, ${u.level}, ${u.kind}, ${u.legalPersonality}, ${u.parentId},
        ${parent ? sql`${parent.rootId ?? parent.id}::bigint` : sql`NULL`},
        ${parent ? sql`(${parent.path} || '.' || n::text)::ltree` : sql`n::text::ltree`},
        ${u.address ?? null}, ${u.validFrom ?? null}::date, ${u.validTo ?? null}::date
      FROM (SELECT nextval(pg_get_serial_sequence('units', 'id')) AS n) s
      RETURNING id`,
  );
  return Number(r.id);
}

export async function update(ex: Executor, id: number, version: number, patch: Partial<NewUnit>): Promise<boolean> {
  const sets: SQL[] = [];
  if (patch.code !== undefined) sets.push(sql`code = ${patch.code}`);
  if (patch.name !== undefined) sets.push(sql`name = ${patch.name}`);
  if (patch.level !== undefined) sets.push(sql`level = ${patch.level}`);
  if (patch.kind !== undefined) sets.push(sql`kind = ${patch.kind}`);
  if (patch.legalPersonality !== undefined) sets.push(sql`legal_personality = ${patch.legalPersonality}`);
  if (patch.address !== undefined) sets.push(sql`address = ${patch.address}`);
  if (patch.validFrom !== undefined) sets.push(sql`valid_from = ${patch.validFrom}::date`);
  if (patch.validTo !== undefined) sets.push(sql`valid_to = ${patch.validTo}::date`);
  sets.push(sql`version = version + 1`, sql`updated_at = now()`);
  const res = await rows(ex, sql`UPDATE units SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND version = ${version} RETURNING id`);
  return res.length === 1;
}

/** Moves a unit and its whole subtree under a new parent, carrying people and households along. */
export async function moveSubtree(ex: Executor, unit: { id: number; path: string }, newParent: { id: number; path: string; rootId: number | null }) {
  const oldPath = unit.path;
  const newPath = `${newParent.path}.${unit.id}`;
  const rootId = newParent.rootId ?? newParent.id;
  await ex.execute(sql`UPDATE units SET parent_id = ${newParent.id}, version = version + 1, updated_at = now() WHERE id = ${unit.id}`);
  for (const [table, col] of [['units', 'path'], ['people', 'unit_path'], ['households', 'unit_path']] as const) {
    const c = sql.identifier(col);
    // subpath(p, nlevel(p)) is an error, so the moved unit itself is handled apart
    await ex.execute(sql`UPDATE ${sql.identifier(table)} SET ${c} = CASE WHEN ${c} = ${oldPath}::ltree THEN ${newPath}::ltree
        ELSE ${newPath}::ltree || subpath(${c}, nlevel(${oldPath}::ltree)) END, root_id = ${rootId}
      WHERE ${c} <@ ${oldPath}::ltree`);
  }
}

export async function addLineage(
  ex: Executor,
  l: { fromUnitId: number; toUnitId: number | null; kind: string; effectiveDate: string; previousParentId?: number | null; previousName?: string | null; note?: string | null },
) {
  await ex.execute(sql`INSERT INTO unit_lineage (from_unit_id, to_unit_id, kind, effective_date, previous_parent_id, previous_name, note)
    VALUES (${l.fromUnitId}, ${l.toUnitId}, ${l.kind}, ${l.effectiveDate}::date, ${l.previousParentId ?? null}, ${l.previousName ?? null}, ${l.note ?? null})`);
}

export interface LineageRow {
  kind: LineageKind;
  date: string;
  direction: 'from' | 'to';
  otherUnitId: number | null;
  otherUnitName: string | null;
  previousName: string | null;
  note: string | null;
}

export async function lineage(ex: Executor, unitId: number): Promise<LineageRow[]> {
  return rows<LineageRow>(
    ex,
    sql`SELECT l.kind, l.effective_date AS date, 'to' AS direction, l.to_unit_id AS "otherUnitId", o.name AS "otherUnitName",
          l.previous_name AS "previousName", l.note
        FROM unit_lineage l LEFT JOIN units o ON o.id = l.to_unit_id WHERE l.from_unit_id = ${unitId}
        UNION ALL
        SELECT l.kind, l.effective_date, 'from', l.from_unit_id, o.name, l.previous_name, l.note
        FROM unit_lineage l JOIN units o ON o.id = l.from_unit_id WHERE l.to_unit_id = ${unitId} AND l.from_unit_id <> ${unitId}
        ORDER BY 2, 1`,
  );
}

/** The unit ends the day before `date` (merged or abolished on that day). */
export async function endOn(ex: Executor, id: number, date: string): Promise<void> {
  await ex.execute(sql`UPDATE units SET valid_to = (${date}::date - 1), version = version + 1, updated_at = now() WHERE id = ${id}`);
}

export async function insertKind(ex: Executor, code: string, name: string): Promise<void> {
  await ex.execute(sql`INSERT INTO unit_kinds (code, name) VALUES (${code}, ${name})`);
}

/** `{1,2,3}`: an id list as one bigint[] parameter. */
export const idArray = (ids: number[]) => `{${ids.join(',')}}`;

/** Id and name of the units, in tree order. */
export async function namesByIds(ex: Executor, ids: number[]): Promise<{ id: number; name: string }[]> {
  return rows<{ id: number; name: string }>(ex, sql`SELECT id, name FROM units WHERE id = ANY(${idArray(ids)}::bigint[]) ORDER BY path`);
}

/** Id and path of the units found. */
export async function pathsByIds(ex: Executor, ids: number[]): Promise<{ id: number; path: string }[]> {
  return rows<{ id: number; path: string }>(ex, sql`SELECT id, path::text AS path FROM units WHERE id = ANY(${idArray(ids)}::bigint[])`);
}

export async function kindExists(ex: Executor, code: string): Promise<boolean> {
  return (await rows(ex, sql`SELECT 1 FROM unit_kinds WHERE code = ${code}`)).length > 0;
}

export async function listKinds(ex: Executor) {
  return rows<{ code: string; name: string; builtin: boolean }>(ex, sql`SELECT code, name, builtin FROM unit_kinds ORDER BY sort_order, name`);
}
