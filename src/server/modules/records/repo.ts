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
  const found = await rows<{ id: number }>(ex, sql`SELECT id FROM people WHERE id IN ${idList(ids)}`);
  return new Set(found.map((r) => Number(r.id)));
}

/** Whether an award of the register is already revoked (undefined: no such entry). */
export async function revokedOnOf(ex: Executor, id: number): Promise<string | null | undefined> {
  const [r] = await rows<{ revokedOn: string | null }>(ex, sql`SELECT revoked_on AS "revokedOn" FROM award_entries WHERE id = ${id}`);
  return r?.revokedOn;
}

/** Marks an award of the register revoked, at `version`; false when someone changed it meanwhile. */
export async function revoke(ex: Executor, id: number, version: number, v: { revokedOn: string; reason: string; recovered: string | null }): Promise<boolean> {
  const done = await rows(
    ex,
    sql`UPDATE award_entries SET revoked_on = ${v.revokedOn}::date, revoke_reason = ${v.reason}, recovered = ${v.recovered},
      version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} RETURNING id`,
  );
  return done.length > 0;
}

// — the facts the eligibility engine reads (facts.ts) —

/** `(SELECT id …)` of a list of ids sent as one jsonb parameter. */
const idList = (ids: number[]): SQL => sql`(SELECT (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::bigint)`;

export type FactSubject = 'person' | 'unit';
export interface RatingRow {
  year: number;
  rating: string;
}
export interface AwardFactRow {
  award: string;
  year: number;
  decisionDate: string | null;
}
export type WorkTable = 'initiatives' | 'research_projects';
export interface WorkRow {
  id: number;
  title: string;
  year: number;
  scope: string;
  usedForAward?: string | null;
  usedForYear?: number | null;
}
export interface DisciplineRow {
  level: string;
  from: string;
  to: string | null;
}
export interface MemberCounts {
  total: number;
  completedDuties: number;
  ldtt: number;
  cstdcs: number;
  disciplined: number;
}
type OfPerson<T> = T & { personId: number };

/** The subject's own records: a person's, or a unit's as subject (not those of its people). */
const ownedBy = (subject: FactSubject, id: number): SQL => (subject === 'person' ? sql`person_id = ${id}` : sql`unit_id = ${id} AND person_id IS NULL`);

export async function ratingsOf(ex: Executor, subject: FactSubject, id: number): Promise<RatingRow[]> {
  return rows<RatingRow>(ex, sql`SELECT year, rating FROM ratings WHERE ${ownedBy(subject, id)} ORDER BY year`);
}

/** The awards not revoked (award_entries has no person_id for units' awards: the unit column alone says it). */
export async function awardsOf(ex: Executor, subject: FactSubject, id: number): Promise<AwardFactRow[]> {
  const col = subject === 'person' ? sql`person_id` : sql`unit_id`;
  return rows<AwardFactRow>(
    ex,
    sql`SELECT award, year, decision_date AS "decisionDate" FROM award_entries WHERE ${col} = ${id} AND revoked_on IS NULL ORDER BY year, award`,
  );
}

/** Initiatives or research a person authored, or a unit owns. */
export async function worksOf(ex: Executor, table: WorkTable, subject: FactSubject, id: number): Promise<WorkRow[]> {
  const used = table === 'initiatives' ? sql`, used_for_award AS "usedForAward", used_for_year AS "usedForYear"` : sql``;
  const where = subject === 'person' ? sql`authors @> ${JSON.stringify([{ personId: id }])}::jsonb` : sql`unit_id = ${id}`;
  return rows<WorkRow>(ex, sql`SELECT id, title, year, scope ${used} FROM ${sql.identifier(table)} WHERE ${where} ORDER BY year, id`);
}

export async function disciplineOf(ex: Executor, personId: number): Promise<DisciplineRow[]> {
  return rows<DisciplineRow>(ex, sql`SELECT level, from_date AS "from", to_date AS "to" FROM discipline_records WHERE person_id = ${personId} ORDER BY from_date`);
}

/** The kinds of the matters open on `date`. */
export async function pendingOn(ex: Executor, subject: FactSubject, id: number, date: string): Promise<string[]> {
  const found = await rows<{ kind: string }>(
    ex,
    sql`SELECT DISTINCT kind FROM pending_matters WHERE ${ownedBy(subject, id)}
      AND opened_on <= ${date}::date AND (closed_on IS NULL OR closed_on > ${date}::date) ORDER BY kind`,
  );
  return found.map((p) => p.kind);
}

/** What a unit's people (those whose current unit it is) did in `year`: see facts.loadFacts. */
export async function memberCounts(ex: Executor, unitId: number, year: number): Promise<MemberCounts> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [m] = await rows<MemberCounts>(
    ex,
    sql`WITH m AS (SELECT id FROM people WHERE unit_id = ${unitId})
      SELECT (SELECT count(*)::int FROM m) AS total,
        (SELECT count(*)::int FROM ratings r JOIN m ON m.id = r.person_id WHERE r.year = ${year} AND r.rating IN ('HTXSNV', 'HTTNV', 'HTNV')) AS "completedDuties",
        (SELECT count(DISTINCT a.person_id)::int FROM award_entries a JOIN m ON m.id = a.person_id WHERE a.year = ${year} AND a.award = 'LDTT' AND a.revoked_on IS NULL) AS ldtt,
        (SELECT count(DISTINCT a.person_id)::int FROM award_entries a JOIN m ON m.id = a.person_id WHERE a.year = ${year} AND a.award = 'CSTD_CS' AND a.revoked_on IS NULL) AS cstdcs,
        (SELECT count(DISTINCT d.person_id)::int FROM discipline_records d JOIN m ON m.id = d.person_id
          WHERE d.level <> 'khien_trach' AND d.from_date <= ${to}::date AND (d.to_date IS NULL OR d.to_date >= ${from}::date)) AS disciplined`,
  );
  return m;
}

// the same facts for many people at once (facts.loadPeopleFacts)

export async function peopleRatings(ex: Executor, ids: number[]): Promise<OfPerson<RatingRow>[]> {
  return rows<OfPerson<RatingRow>>(ex, sql`SELECT person_id AS "personId", year, rating FROM ratings WHERE person_id IN ${idList(ids)}`);
}

export async function peopleAwards(ex: Executor, ids: number[]): Promise<OfPerson<AwardFactRow>[]> {
  return rows<OfPerson<AwardFactRow>>(
    ex,
    sql`SELECT person_id AS "personId", award, year, decision_date AS "decisionDate" FROM award_entries WHERE person_id IN ${idList(ids)} AND revoked_on IS NULL ORDER BY year, award`,
  );
}

/** One row per (work, author among `ids`). */
export async function peopleWorks(ex: Executor, table: WorkTable, ids: number[]): Promise<OfPerson<WorkRow>[]> {
  const used = table === 'initiatives' ? sql`, w.used_for_award AS "usedForAward", w.used_for_year AS "usedForYear"` : sql``;
  return rows<OfPerson<WorkRow>>(
    ex,
    sql`SELECT (a->>'personId')::bigint AS "personId", w.id, w.title, w.year, w.scope ${used}
      FROM ${sql.identifier(table)} w CROSS JOIN LATERAL jsonb_array_elements(w.authors) a
      WHERE a ? 'personId' AND jsonb_typeof(a->'personId') = 'number' AND (a->>'personId')::bigint IN ${idList(ids)} ORDER BY w.year, w.id`,
  );
}

export async function peopleDiscipline(ex: Executor, ids: number[]): Promise<OfPerson<DisciplineRow>[]> {
  return rows<OfPerson<DisciplineRow>>(
    ex,
    sql`SELECT person_id AS "personId", level, from_date AS "from", to_date AS "to" FROM discipline_records WHERE person_id IN ${idList(ids)} ORDER BY from_date`,
  );
}

export async function peoplePending(ex: Executor, ids: number[], date: string): Promise<OfPerson<{ kind: string }>[]> {
  return rows<OfPerson<{ kind: string }>>(
    ex,
    sql`SELECT DISTINCT person_id AS "personId", kind FROM pending_matters WHERE person_id IN ${idList(ids)}
      AND opened_on <= ${date}::date AND (closed_on IS NULL OR closed_on > ${date}::date) ORDER BY 1, 2`,
  );
}

// — Excel import and export (excel.ts) —

/** The records of a kind about these subjects (ratings of a unit: the unit's own, not its people's). */
export async function listOfSubjects(ex: Executor, spec: KindSpec, subject: Owner['subject'], ids: number[]): Promise<RecordRow[]> {
  return rows<RecordRow>(
    ex,
    sql`${selectOf(spec)} WHERE ${sql.raw(`r.${SUBJECT_COL[subject]}`)}
      IN ${idList(ids)}
      ${spec.kind === 'ratings' && subject === 'unit' ? sql`AND r.person_id IS NULL` : sql``}`,
  );
}

/** Up to two people of that exact name under a unit path (an author matched by name only when unique). */
export async function peopleNamed(ex: Executor, fullName: string, underPath: string): Promise<number[]> {
  const same = await rows<{ id: number }>(ex, sql`SELECT id FROM people WHERE full_name = ${fullName} AND unit_path <@ ${underPath}::ltree LIMIT 2`);
  return same.map((p) => Number(p.id));
}

export interface ExportPersonRow {
  id: number;
  citizenId: string | null;
  fullName: string;
  birthDate: string | null;
  unitCode: string;
}

/** What the export writes of each person: citizen ID, name, birth date, unit code. */
export async function exportPeople(ex: Executor, ids: number[]): Promise<ExportPersonRow[]> {
  if (!ids.length) return [];
  return rows<ExportPersonRow>(
    ex,
    sql`SELECT p.id, p.citizen_id AS "citizenId", p.full_name AS "fullName", p.birth_date AS "birthDate", u.code AS "unitCode"
      FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id IN ${idList(ids)}`,
  );
}
