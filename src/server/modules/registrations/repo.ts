/**
 * SQL of registrations (đăng ký thi đua): the registration row, lists, entries, the state changes
 * with the notice to the unit, and the totals of a subtree.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { inScopes } from '../units/repo.js';

export type RegistrationState = 'draft' | 'submitted' | 'approved' | 'returned';
export type EntrySubject = 'ca_nhan' | 'tap_the';

export interface RegistrationRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  parentPath: string | null;
  year: number;
  movementId: number | null;
  movementName: string | null;
  registrationDeadline: string | null;
  status: RegistrationState;
  returnReason: string | null;
  submittedAt: string | null;
  version: number;
}

const SELECT = sql`SELECT r.id, r.unit_id AS "unitId", u.name AS "unitName", r.unit_path::text AS "unitPath", pu.path::text AS "parentPath", r.year,
  r.movement_id AS "movementId", m.name AS "movementName", m.registration_deadline::text AS "registrationDeadline", r.status, r.return_reason AS "returnReason",
  r.submitted_at AS "submittedAt", r.version
  FROM registrations r JOIN units u ON u.id = r.unit_id LEFT JOIN units pu ON pu.id = u.parent_id LEFT JOIN movements m ON m.id = r.movement_id`;

export async function findById(ex: Executor, id: number): Promise<RegistrationRow | undefined> {
  return (await rows<RegistrationRow>(ex, sql`${SELECT} WHERE r.id = ${id}`))[0];
}

export interface RegistrationFilter {
  scopes: string[];
  year?: number;
  movementId?: number;
  unitId?: number;
  status?: string;
}

/** A page of registrations, latest first, with their entry and target counts. */
export async function list(ex: Executor, f: RegistrationFilter, page: number, pageSize: number) {
  const conds = [inScopes(sql`r.unit_path`, f.scopes)];
  if (f.year) conds.push(sql`r.year = ${f.year}`);
  if (f.movementId) conds.push(sql`r.movement_id = ${f.movementId}`);
  if (f.unitId) conds.push(sql`r.unit_id = ${f.unitId}`);
  if (f.status) conds.push(sql`r.status = ${f.status}`);
  const where = sql.join(conds, sql` AND `);
  const items = await rows<RegistrationRow & { entries: number; targets: number }>(
    ex,
    sql`SELECT x.*, (SELECT count(*)::int FROM registration_entries e WHERE e.registration_id = x.id) AS entries,
      (SELECT count(*)::int FROM targets t WHERE t.registration_id = x.id) AS targets
      FROM (${SELECT} WHERE ${where} ORDER BY r.year DESC, r.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) x`,
  );
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM registrations r WHERE ${where}`);
  return { items, total };
}

export interface EntryRow {
  id: number;
  subject: EntrySubject;
  personId: number | null;
  subjectUnitId: number | null;
  name: string;
  award: string;
  note: string | null;
}

export async function entries(ex: Executor, id: number): Promise<EntryRow[]> {
  return rows<EntryRow>(
    ex,
    sql`SELECT id, subject, person_id AS "personId", subject_unit_id AS "subjectUnitId", name, award, note FROM registration_entries WHERE registration_id = ${id} ORDER BY subject DESC, id`,
  );
}

/** The entries as the Excel export writes them: the person's citizen id and birth date, the unit's code. */
export async function entriesForExport(ex: Executor, id: number) {
  return rows<{ subject: string; citizenId: string | null; name: string; birthDate: string | null; unitCode: string | null; award: string; note: string | null }>(
    ex,
    sql`SELECT e.subject, p.citizen_id AS "citizenId", e.name, p.birth_date::text AS "birthDate", coalesce(su.code, pu.code) AS "unitCode", e.award, e.note
      FROM registration_entries e LEFT JOIN people p ON p.id = e.person_id LEFT JOIN units pu ON pu.id = p.unit_id LEFT JOIN units su ON su.id = e.subject_unit_id
      WHERE e.registration_id = ${id} ORDER BY e.subject DESC, e.id`,
  );
}

/** Who is registered for what: the keys an import compares against. */
export async function entryKeys(ex: Executor, id: number) {
  return rows<{ personId: number | null; unitId: number | null; award: string }>(
    ex,
    sql`SELECT person_id AS "personId", subject_unit_id AS "unitId", award FROM registration_entries WHERE registration_id = ${id}`,
  );
}

export async function insert(ex: Executor, unit: { id: number; path: string; rootId: number | null }, year: number, movementId: number | null): Promise<number> {
  const [row] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO registrations (unit_id, unit_path, root_id, year, movement_id) VALUES (${unit.id}, ${unit.path}::ltree, ${unit.rootId}, ${year}, ${movementId}) RETURNING id`,
  );
  return Number(row.id);
}

export async function personOf(ex: Executor, personId: number) {
  return (await rows<{ name: string; path: string }>(ex, sql`SELECT full_name AS name, unit_path::text AS path FROM people WHERE id = ${personId}`))[0];
}

/** The registration has this award for the person, or for the unit (0: none). */
export async function hasEntry(ex: Executor, id: number, award: string, personId: number, subjectUnitId: number): Promise<boolean> {
  const [dup] = await rows(ex, sql`SELECT 1 FROM registration_entries WHERE registration_id = ${id} AND award = ${award}
    AND coalesce(person_id, 0) = ${personId} AND coalesce(subject_unit_id, 0) = ${subjectUnitId}`);
  return !!dup;
}

export interface NewEntry {
  subject: EntrySubject;
  personId: number | null;
  unitId: number | null;
  name: string;
  award: string;
  note: string | null;
}

export async function insertEntry(ex: Executor, id: number, e: NewEntry): Promise<number> {
  const [row] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO registration_entries (registration_id, subject, person_id, subject_unit_id, name, award, note)
      VALUES (${id}, ${e.subject}, ${e.personId}, ${e.unitId}, ${e.name}, ${e.award}, ${e.note}) RETURNING id`,
  );
  return Number(row.id);
}

/** The deleted entry, or undefined when the registration has no such entry. */
export async function removeEntry(ex: Executor, id: number, entryId: number) {
  const [e] = await rows<{ id: number; name: string; award: string }>(ex, sql`DELETE FROM registration_entries WHERE id = ${entryId} AND registration_id = ${id} RETURNING id, name, award`);
  return e;
}

/** An entry changed: the registration's version moves on. */
export async function touch(ex: Executor, id: number): Promise<void> {
  await ex.execute(sql`UPDATE registrations SET version = version + 1, updated_at = now() WHERE id = ${id}`);
}

/** Entries and targets of the registration together. */
export async function contentCount(ex: Executor, id: number): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(ex, sql`SELECT (SELECT count(*) FROM registration_entries WHERE registration_id = ${id}) + (SELECT count(*) FROM targets WHERE registration_id = ${id}) AS n`);
  return Number(n);
}

/** To a state at a version, stamping when it was sent or decided; false when the version is not the current one. */
export async function setStatus(ex: Executor, id: number, version: number, to: RegistrationState, returnReason: string | null): Promise<boolean> {
  const [row] = await rows(
    ex,
    sql`UPDATE registrations SET status = ${to}, return_reason = ${returnReason},
      submitted_at = CASE WHEN ${to} = 'submitted' THEN now() ELSE submitted_at END,
      decided_at = CASE WHEN ${to} IN ('approved', 'returned') THEN now() ELSE decided_at END,
      version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} RETURNING id`,
  );
  return !!row;
}

/** Registrations sent up in a subtree for a year, of a movement or of none. */
export interface SummaryScope {
  unitPath: string;
  year: number;
  movementId?: number;
}

const summaryWhere = (s: SummaryScope) => {
  const mv = s.movementId ? sql`r.movement_id = ${s.movementId}` : sql`r.movement_id IS NULL`;
  return sql`r.unit_path <@ ${s.unitPath}::ltree AND r.year = ${s.year} AND ${mv} AND r.status IN ('submitted', 'approved')`;
};

export async function totalsByAward(ex: Executor, s: SummaryScope) {
  return rows<{ award: string; individuals: number; collectives: number }>(
    ex,
    sql`SELECT e.award, count(*) FILTER (WHERE e.subject = 'ca_nhan')::int AS individuals, count(*) FILTER (WHERE e.subject = 'tap_the')::int AS collectives
      FROM registration_entries e JOIN registrations r ON r.id = e.registration_id WHERE ${summaryWhere(s)} GROUP BY e.award ORDER BY e.award`,
  );
}

export async function totalsByUnit(ex: Executor, s: SummaryScope) {
  return rows<{ id: number; unitId: number; unitName: string; status: RegistrationState; individuals: number; collectives: number; targets: number }>(
    ex,
    sql`SELECT r.id, r.unit_id AS "unitId", u.name AS "unitName", r.status,
      (SELECT count(*)::int FROM registration_entries e WHERE e.registration_id = r.id AND e.subject = 'ca_nhan') AS individuals,
      (SELECT count(*)::int FROM registration_entries e WHERE e.registration_id = r.id AND e.subject = 'tap_the') AS collectives,
      (SELECT count(*)::int FROM targets t WHERE t.registration_id = r.id) AS targets
      FROM registrations r JOIN units u ON u.id = r.unit_id WHERE ${summaryWhere(s)} ORDER BY u.path LIMIT 5000`,
  );
}
