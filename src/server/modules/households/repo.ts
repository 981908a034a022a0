import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import type { Gender } from '../../../shared/codes.js';
import { inScopes } from '../units/repo.js';

export interface HouseholdRow {
  id: number;
  code: string;
  headPersonId: number | null;
  headName: string;
  address: string | null;
  thonUnitId: number;
  thonName: string;
  thonCode: string;
  unitPath: string;
  memberCount: number;
  version: number;
}

const SELECT = sql`SELECT h.id, h.code, h.head_person_id AS "headPersonId", h.head_name AS "headName", h.address,
  h.thon_unit_id AS "thonUnitId", u.name AS "thonName", u.code AS "thonCode", h.unit_path::text AS "unitPath",
  (SELECT count(*)::int FROM household_members m WHERE m.household_id = h.id) AS "memberCount", h.version
  FROM households h JOIN units u ON u.id = h.thon_unit_id`;

export async function findById(ex: Executor, id: number): Promise<HouseholdRow | undefined> {
  return (await rows<HouseholdRow>(ex, sql`${SELECT} WHERE h.id = ${id}`))[0];
}

export async function findByCode(ex: Executor, code: string): Promise<HouseholdRow | undefined> {
  return (await rows<HouseholdRow>(ex, sql`${SELECT} WHERE h.code = ${code}`))[0];
}

export interface HouseholdFilter {
  q?: string;
  underPath?: string;
  scopes: string[];
}

export function householdWhere(f: HouseholdFilter): SQL {
  const conds: SQL[] = [inScopes(sql`h.unit_path`, f.scopes)];
  if (f.underPath) conds.push(sql`h.unit_path <@ ${f.underPath}::ltree`);
  if (f.q?.trim()) conds.push(sql`h.search_text LIKE '%' || tdkt_fold(${f.q.trim()}) || '%'`);
  return sql.join(conds, sql` AND `);
}

export async function list(ex: Executor, f: HouseholdFilter, page: number, pageSize: number) {
  const w = householdWhere(f);
  const items = await rows<HouseholdRow>(ex, sql`${SELECT} WHERE ${w} ORDER BY u.name, h.head_name, h.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM households h WHERE ${w}`);
  return { items, total };
}

export async function listAll(ex: Executor, f: HouseholdFilter, limit: number): Promise<HouseholdRow[]> {
  return rows<HouseholdRow>(ex, sql`${SELECT} WHERE ${householdWhere(f)} ORDER BY u.code, h.code LIMIT ${limit}`);
}

export interface HouseholdFields {
  code: string;
  headPersonId?: number | null;
  headName: string;
  address?: string | null;
}

export async function insert(ex: Executor, h: HouseholdFields, thon: { id: number; path: string; rootId: number | null }): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO households (code, head_person_id, head_name, address, thon_unit_id, unit_path, root_id)
      VALUES (${h.code}, ${h.headPersonId ?? null}, ${h.headName}, ${h.address ?? null}, ${thon.id}, ${thon.path}::ltree, ${thon.rootId ?? thon.id})
      RETURNING id`,
  );
  return Number(r.id);
}

export async function update(
  ex: Executor,
  id: number,
  version: number,
  h: Partial<HouseholdFields>,
  thon?: { id: number; path: string; rootId: number | null },
): Promise<boolean> {
  const sets: SQL[] = [];
  if (h.code !== undefined) sets.push(sql`code = ${h.code}`);
  if (h.headPersonId !== undefined) sets.push(sql`head_person_id = ${h.headPersonId}`);
  if (h.headName !== undefined) sets.push(sql`head_name = ${h.headName}`);
  if (h.address !== undefined) sets.push(sql`address = ${h.address}`);
  if (thon) sets.push(sql`thon_unit_id = ${thon.id}`, sql`unit_path = ${thon.path}::ltree`, sql`root_id = ${thon.rootId ?? thon.id}`);
  sets.push(sql`version = version + 1`, sql`updated_at = now()`);
  return (await rows(ex, sql`UPDATE households SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}

export async function members(ex: Executor, householdId: number) {
  return rows<{ personId: number; fullName: string; relation: string | null; birthDate: string | null; gender: Gender }>(
    ex,
    sql`SELECT p.id AS "personId", p.full_name AS "fullName", m.relation, p.birth_date AS "birthDate", p.gender
        FROM household_members m JOIN people p ON p.id = m.person_id WHERE m.household_id = ${householdId} ORDER BY p.birth_date NULLS LAST, p.id`,
  );
}

export async function setMembers(ex: Executor, householdId: number, list: { personId: number; relation?: string | null }[]) {
  await ex.execute(sql`DELETE FROM household_members WHERE household_id = ${householdId}`);
  for (const m of list) {
    await ex.execute(sql`INSERT INTO household_members (household_id, person_id, relation) VALUES (${householdId}, ${m.personId}, ${m.relation ?? null})`);
  }
}

export async function remove(ex: Executor, id: number, version: number): Promise<boolean> {
  return (await rows(ex, sql`DELETE FROM households WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}
