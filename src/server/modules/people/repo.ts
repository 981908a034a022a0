import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import type { EmploymentCategory, Gender } from '../../../shared/codes.js';
import { inScopes } from '../units/repo.js';

export interface PersonRow {
  id: number;
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  ethnicity: string | null;
  citizenId: string | null;
  position: string | null;
  employmentCategory: EmploymentCategory;
  isLeader: boolean;
  isDirectWorker: boolean;
  unitId: number;
  unitName: string;
  unitCode: string;
  unitPath: string;
  version: number;
}

const PERSON_COLUMNS = sql`SELECT p.id, p.full_name AS "fullName", p.gender, p.birth_date AS "birthDate", p.ethnicity,
  p.citizen_id AS "citizenId", p.position, p.employment_category AS "employmentCategory", p.is_leader AS "isLeader",
  p.is_direct_worker AS "isDirectWorker", p.unit_id AS "unitId", u.name AS "unitName", u.code AS "unitCode",
  p.unit_path::text AS "unitPath", p.version`;
export const SELECT_PERSON = sql`${PERSON_COLUMNS} FROM people p JOIN units u ON u.id = p.unit_id`;

export async function findById(ex: Executor, id: number): Promise<PersonRow | undefined> {
  return (await rows<PersonRow>(ex, sql`${SELECT_PERSON} WHERE p.id = ${id}`))[0];
}

export interface PeopleFilter {
  q?: string;
  underPath?: string;
  employmentCategory?: string;
  gender?: string;
  scopes: string[];
}

export function peopleWhere(f: PeopleFilter): SQL {
  const conds: SQL[] = [inScopes(sql`p.unit_path`, f.scopes)];
  if (f.underPath) conds.push(sql`p.unit_path <@ ${f.underPath}::ltree`);
  if (f.employmentCategory) conds.push(sql`p.employment_category = ${f.employmentCategory}`);
  if (f.gender) conds.push(sql`p.gender = ${f.gender}`);
  const q = f.q?.trim();
  if (q) {
    if (/^\d{12}$/.test(q)) conds.push(sql`p.citizen_id = ${q}`);
    else conds.push(sql`p.search_text LIKE '%' || tdkt_fold(${q}) || '%'`);
  }
  return sql.join(conds, sql` AND `);
}

/** Totals are counted up to this many rows; past it the UI shows "10.000+" (counting a million rows for a pager is waste). */
export const COUNT_CAP = 10000;

export async function list(ex: Executor, f: PeopleFilter, page: number, pageSize: number) {
  const w = peopleWhere(f);
  // the page is cut before the join, so only its rows are joined to their units
  const items = await rows<PersonRow>(
    ex,
    sql`${PERSON_COLUMNS} FROM (SELECT * FROM people p WHERE ${w} ORDER BY p.search_text, p.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) p
      JOIN units u ON u.id = p.unit_id ORDER BY p.search_text, p.id`,
  );
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM people p WHERE ${w} LIMIT ${COUNT_CAP + 1}) x`);
  return { items, total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

export async function listAll(ex: Executor, f: PeopleFilter, limit: number): Promise<PersonRow[]> {
  return rows<PersonRow>(ex, sql`${SELECT_PERSON} WHERE ${peopleWhere(f)} ORDER BY u.code, p.search_text, p.id LIMIT ${limit}`);
}

export interface PersonFields {
  fullName: string;
  gender: string;
  birthDate?: string | null;
  ethnicity?: string | null;
  citizenId?: string | null;
  position?: string | null;
  employmentCategory: string;
  isLeader: boolean;
  isDirectWorker: boolean;
}

export async function insert(ex: Executor, p: PersonFields, unit: { id: number; path: string; rootId: number | null }): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO people (full_name, gender, birth_date, ethnicity, citizen_id, position, employment_category, is_leader, is_direct_worker, unit_id, unit_path, root_id)
      VALUES (${p.fullName}, ${p.gender}, ${p.birthDate ?? null}::date, ${p.ethnicity ?? null}, ${p.citizenId ?? null}, ${p.position ?? null},
        ${p.employmentCategory}, ${p.isLeader}, ${p.isDirectWorker}, ${unit.id}, ${unit.path}::ltree, ${unit.rootId ?? unit.id})
      RETURNING id`,
  );
  return Number(r.id);
}

export async function update(ex: Executor, id: number, version: number, p: Partial<PersonFields>): Promise<boolean> {
  const map: [keyof PersonFields, string, string?][] = [
    ['fullName', 'full_name'], ['gender', 'gender'], ['birthDate', 'birth_date', 'date'], ['ethnicity', 'ethnicity'],
    ['citizenId', 'citizen_id'], ['position', 'position'], ['employmentCategory', 'employment_category'],
    ['isLeader', 'is_leader'], ['isDirectWorker', 'is_direct_worker'],
  ];
  const sets: SQL[] = [];
  for (const [key, col, cast] of map) {
    if (p[key] === undefined) continue;
    sets.push(cast ? sql`${sql.identifier(col)} = ${p[key]}::date` : sql`${sql.identifier(col)} = ${p[key]}`);
  }
  sets.push(sql`version = version + 1`, sql`updated_at = now()`);
  return (await rows(ex, sql`UPDATE people SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}

/** Moves a person's current unit (and, when given, their position there). */
export async function setUnit(ex: Executor, id: number, unit: { id: number; path: string; rootId: number | null }, position?: string | null) {
  await ex.execute(sql`UPDATE people SET unit_id = ${unit.id}, unit_path = ${unit.path}::ltree, root_id = ${unit.rootId ?? unit.id},
    ${position === undefined ? sql`` : sql`position = ${position},`}
    version = version + 1, updated_at = now() WHERE id = ${id}`);
}

export async function openMembership(ex: Executor, personId: number, unitId: number, fromDate: string | null, position: string | null) {
  await ex.execute(sql`INSERT INTO memberships (person_id, unit_id, position, from_date) VALUES (${personId}, ${unitId}, ${position}, ${fromDate}::date)`);
}

export async function closeMemberships(ex: Executor, personId: number, lastDay: string) {
  await ex.execute(sql`UPDATE memberships SET to_date = ${lastDay}::date WHERE person_id = ${personId} AND to_date IS NULL`);
}

export async function memberships(ex: Executor, personId: number) {
  return rows<{ id: number; unitId: number; unitName: string; position: string | null; fromDate: string | null; toDate: string | null }>(
    ex,
    sql`SELECT m.id, m.unit_id AS "unitId", u.name AS "unitName", m.position, m.from_date AS "fromDate", m.to_date AS "toDate"
        FROM memberships m JOIN units u ON u.id = m.unit_id WHERE m.person_id = ${personId}
        ORDER BY m.from_date DESC NULLS LAST, m.id DESC`,
  );
}

export async function householdsOf(ex: Executor, personId: number) {
  return rows<{ id: number; code: string; headName: string; relation: string | null }>(
    ex,
    sql`SELECT h.id, h.code, h.head_name AS "headName", hm.relation FROM household_members hm JOIN households h ON h.id = hm.household_id
        WHERE hm.person_id = ${personId} ORDER BY h.id`,
  );
}

export async function remove(ex: Executor, id: number, version: number): Promise<boolean> {
  return (await rows(ex, sql`DELETE FROM people WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}

/** Another person holds the citizen id. */
export async function citizenIdTaken(ex: Executor, citizenId: string, exceptId: number): Promise<boolean> {
  const dup = await rows<{ id: number }>(ex, sql`SELECT id FROM people WHERE citizen_id = ${citizenId} AND id <> ${exceptId}`);
  return dup.length > 0;
}

/** The day before `date` (YYYY-MM-DD), as PostgreSQL counts it. */
export async function dayBefore(ex: Executor, date: string): Promise<string> {
  const [{ last }] = await rows<{ last: string }>(ex, sql`SELECT to_char(${date}::date - 1, 'YYYY-MM-DD') AS last`);
  return last;
}
