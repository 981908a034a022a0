/** SQL of the records, generic over the kind specs (kinds.ts). */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { inScopes } from '../units/repo.js';
import { SUBJECT_COL, type Field, type KindSpec } from './kinds.js';

/** A row of a kind's SELECT (selectOf): the kind's columns by their API names, and the unit path. */
export type RecordRow = Record<string, unknown> & { id: number; unitPath: string; version: number };

export function selectOf(spec: KindSpec): SQL {
  const cols: SQL[] = [sql`r.id`];
  const joins: SQL[] = [];
  if (spec.subjects.includes('person')) {
    cols.push(sql`r.person_id AS "personId"`, sql`p.full_name AS "personName"`);
    joins.push(sql`LEFT JOIN people p ON p.id = r.person_id`);
  }
  if (spec.subjects.includes('unit')) {
    cols.push(sql`r.unit_id AS "unitId"`, sql`u.name AS "unitName"`, sql`u.code AS "unitCode"`);
    joins.push(sql`LEFT JOIN units u ON u.id = r.unit_id`);
  }
  if (spec.subjects.includes('household')) {
    cols.push(sql`r.household_id AS "householdId"`, sql`h.code AS "householdCode"`, sql`h.head_name AS "householdHead"`);
    joins.push(sql`LEFT JOIN households h ON h.id = r.household_id`);
  }
  for (const fl of spec.fields) cols.push(sql`${sql.raw(`r.${fl.col}`)} AS ${sql.identifier(fl.key)}`);
  cols.push(sql`r.unit_path::text AS "unitPath"`, sql`r.version`, sql`r.created_at AS "createdAt"`, sql`r.updated_at AS "updatedAt"`);
  return sql`SELECT ${sql.join(cols, sql`, `)} FROM ${sql.identifier(spec.table)} r ${sql.join(joins, sql` `)}`;
}

const valueOf = (fl: Field, v: unknown): SQL => {
  if (v === null || v === undefined) return sql`NULL`;
  switch (fl.type) {
    case 'json':
      return sql`${JSON.stringify(v)}::jsonb`;
    case 'date':
      return sql`${v}::date`;
    case 'int':
      return sql`${v}::int`;
    default:
      return sql`${v}`;
  }
};

export async function findById(ex: Executor, spec: KindSpec, id: number): Promise<RecordRow | undefined> {
  return (await rows<RecordRow>(ex, sql`${selectOf(spec)} WHERE r.id = ${id}`))[0];
}

export interface RecordFilter {
  scopes: string[];
  underPath?: string;
  personId?: number;
  /** only the unit's own records (unit as subject), not those of its people */
  subjectUnitId?: number;
  subject?: 'person' | 'unit' | 'household';
  year?: number;
  award?: string;
  q?: string;
}

export function whereOf(spec: KindSpec, f: RecordFilter): SQL {
  const conds: SQL[] = [inScopes(sql`r.unit_path`, f.scopes)];
  if (f.underPath) conds.push(sql`r.unit_path <@ ${f.underPath}::ltree`);
  if (f.personId !== undefined) {
    conds.push(spec.authored ? sql`r.authors @> ${JSON.stringify([{ personId: f.personId }])}::jsonb` : sql`r.person_id = ${f.personId}`);
  }
  if (f.subjectUnitId !== undefined) {
    conds.push(sql`r.unit_id = ${f.subjectUnitId}`);
    if (spec.subjects.includes('person')) conds.push(sql`r.person_id IS NULL`);
  }
  if (f.subject && spec.subjects.includes(f.subject) && spec.subjects.length > 1) {
    conds.push(sql`${sql.raw(`r.${SUBJECT_COL[f.subject]}`)} IS NOT NULL`);
  }
  if (f.year !== undefined) conds.push(sql`${sql.raw(spec.yearExpr)} = ${f.year}`);
  if (f.award && spec.kind === 'awards') conds.push(sql`r.award = ${f.award}`);
  if (f.q) {
    // the subject's folded name through its trigram-indexed search column, or the decision number
    const like = sql`'%' || tdkt_fold(${f.q}) || '%'`;
    const alts: SQL[] = [];
    if (spec.subjects.includes('person')) alts.push(sql`r.person_id IN (SELECT id FROM people WHERE search_text LIKE ${like})`);
    if (spec.subjects.includes('unit')) alts.push(sql`r.unit_id IN (SELECT id FROM units WHERE search_text LIKE ${like})`);
    if (spec.subjects.includes('household')) alts.push(sql`r.household_id IN (SELECT id FROM households WHERE search_text LIKE ${like})`);
    if (spec.authored || spec.kind === 'initiatives' || spec.kind === 'research') alts.push(sql`tdkt_fold(r.title) LIKE ${like}`);
    if (spec.fields.some((x) => x.key === 'decisionNo')) alts.push(sql`tdkt_fold(coalesce(r.decision_no, '')) LIKE ${like}`);
    conds.push(alts.length ? sql`(${sql.join(alts, sql` OR `)})` : sql`false`);
  }
  return sql.join(conds, sql` AND `);
}

export const COUNT_CAP = 10000;

export async function list(ex: Executor, spec: KindSpec, f: RecordFilter, page: number, pageSize: number) {
  const w = whereOf(spec, f);
  const items = await rows<RecordRow>(ex, sql`${selectOf(spec)} WHERE ${w} ORDER BY ${sql.raw(spec.order)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  const [{ total }] = await rows<{ total: number }>(
    ex,
    sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM ${sql.identifier(spec.table)} r WHERE ${w} LIMIT ${COUNT_CAP + 1}) x`,
  );
  return { items, total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

export async function listAll(ex: Executor, spec: KindSpec, f: RecordFilter, limit: number): Promise<RecordRow[]> {
  return rows<RecordRow>(ex, sql`${selectOf(spec)} WHERE ${whereOf(spec, f)} ORDER BY ${sql.raw(spec.order)} LIMIT ${limit}`);
}

export interface Owner {
  subject: 'person' | 'unit' | 'household';
  id: number;
  unitPath: string;
  rootId: number | null;
}

export async function insert(ex: Executor, spec: KindSpec, owner: Owner, values: Record<string, unknown>): Promise<number> {
  const cols: SQL[] = [sql.raw(SUBJECT_COL[owner.subject]), sql.raw('unit_path'), sql.raw('root_id')];
  const vals: SQL[] = [sql`${owner.id}`, sql`${owner.unitPath}::ltree`, sql`${owner.rootId}`];
  for (const fl of spec.fields) {
    if (values[fl.key] === undefined) continue;
    cols.push(sql.raw(fl.col));
    vals.push(valueOf(fl, values[fl.key]));
  }
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO ${sql.identifier(spec.table)} (${sql.join(cols, sql`, `)}) VALUES (${sql.join(vals, sql`, `)}) RETURNING id`,
  );
  return Number(r.id);
}

export async function update(ex: Executor, spec: KindSpec, id: number, version: number, values: Record<string, unknown>): Promise<boolean> {
  const sets: SQL[] = [];
  for (const fl of spec.fields) {
    if (values[fl.key] === undefined) continue;
    sets.push(sql`${sql.raw(fl.col)} = ${valueOf(fl, values[fl.key])}`);
  }
  sets.push(sql`version = version + 1`, sql`updated_at = now()`);
  return (
    await rows(ex, sql`UPDATE ${sql.identifier(spec.table)} SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND version = ${version} RETURNING id`)
  ).length === 1;
}

export async function remove(ex: Executor, spec: KindSpec, id: number, version: number): Promise<boolean> {
  return (await rows(ex, sql`DELETE FROM ${sql.identifier(spec.table)} WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}

/** Where a subject lives: its unit path (a unit: its own path). */
export async function ownerOf(ex: Executor, subject: Owner['subject'], id: number): Promise<(Owner & { name: string }) | undefined> {
  const q =
    subject === 'person'
      ? sql`SELECT id, full_name AS name, unit_path::text AS "unitPath", root_id AS "rootId" FROM people WHERE id = ${id}`
      : subject === 'unit'
        ? sql`SELECT id, name, path::text AS "unitPath", coalesce(root_id, id) AS "rootId" FROM units WHERE id = ${id}`
        : sql`SELECT id, head_name AS name, unit_path::text AS "unitPath", root_id AS "rootId" FROM households WHERE id = ${id}`;
  const [r] = await rows<{ id: number; name: string; unitPath: string; rootId: number | null }>(ex, q);
  return r ? { subject, id: Number(r.id), name: r.name, unitPath: r.unitPath, rootId: r.rootId === null ? null : Number(r.rootId) } : undefined;
}

export async function existingPeople(ex: Executor, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const found = await rows<{ id: number }>(ex, sql`SELECT id FROM people WHERE id IN (SELECT (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::bigint)`);
  return new Set(found.map((r) => Number(r.id)));
}
