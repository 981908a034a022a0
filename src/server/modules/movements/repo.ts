/**
 * SQL of emulation movements: the movement row, lists, launch and close, the figures of a movement's
 * page, and the nominees its dossier checks count.
 */
import { sql } from 'drizzle-orm';
import type { LaunchLevel, MovementKind, MovementScope, NomineeSubject } from '../../../domain/planning/index.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import type { Actor } from '../../platform/policy.js';
import type { MovementDetails } from '../../../shared/contract/movements.js';
import type { RegistrationStatus } from '../../../shared/contract/registrations.js';
import { readDownCondition } from '../plans/repo.js';

export type MovementStatus = 'draft' | 'launched' | 'closed';

export interface MovementRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  planId: number | null;
  kind: MovementKind;
  name: string;
  slogan: string | null;
  scope: MovementScope;
  launchLevel: LaunchLevel;
  startsOn: string;
  endsOn: string;
  status: MovementStatus;
  launchedOn: string | null;
  details: MovementDetails;
  dossierDeadline: string | null;
  registrationDeadline: string | null;
  version: number;
}

/** What a movement is launched with and edited: the row but its unit, state and version. */
export type MovementFields = Omit<MovementRow, 'id' | 'unitId' | 'unitName' | 'unitPath' | 'status' | 'launchedOn' | 'version'>;

const SELECT = sql`SELECT m.id, m.unit_id AS "unitId", u.name AS "unitName", m.unit_path::text AS "unitPath", m.plan_id AS "planId", m.kind, m.name, m.slogan,
  m.scope, m.launch_level AS "launchLevel", m.starts_on::text AS "startsOn", m.ends_on::text AS "endsOn", m.status, m.launched_on::text AS "launchedOn",
  m.details, m.dossier_deadline::text AS "dossierDeadline", m.registration_deadline::text AS "registrationDeadline", m.version
  FROM movements m JOIN units u ON u.id = m.unit_id`;

export async function findById(ex: Executor, id: number): Promise<MovementRow | undefined> {
  return (await rows<MovementRow>(ex, sql`${SELECT} WHERE m.id = ${id}`))[0];
}

export interface MovementFilter {
  year?: number;
  unitId?: number;
  kind?: string;
  status?: string;
  q?: string;
}

/** A page of the movements the actor reads down to, latest first. */
export async function list(ex: Executor, actor: Actor | null | undefined, f: MovementFilter, page: number, pageSize: number) {
  const conds = [readDownCondition(actor, 'movement', sql`m.unit_path`)];
  if (f.year) conds.push(sql`m.starts_on <= make_date(${f.year}, 12, 31) AND m.ends_on >= make_date(${f.year}, 1, 1)`);
  if (f.unitId) conds.push(sql`m.unit_id = ${f.unitId}`);
  if (f.kind) conds.push(sql`m.kind = ${f.kind}`);
  if (f.status) conds.push(sql`m.status = ${f.status}`);
  if (f.q) conds.push(sql`tdkt_fold(m.name) LIKE '%' || tdkt_fold(${f.q}) || '%'`);
  const where = sql.join(conds, sql` AND `);
  const items = await rows<MovementRow>(ex, sql`${SELECT} WHERE ${where} ORDER BY m.starts_on DESC, m.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM movements m WHERE ${where}`);
  return { items, total };
}

// ---- the figures of a movement's page ------------------------------------------------------------

export async function registrationCounts(ex: Executor, id: number) {
  return rows<{ status: RegistrationStatus; n: number }>(ex, sql`SELECT status, count(*)::int AS n FROM registrations WHERE movement_id = ${id} GROUP BY status`);
}

/** Titles registered (submitted or approved), per award and subject. */
export async function titleCounts(ex: Executor, id: number) {
  return rows<{ award: string; subject: 'ca_nhan' | 'tap_the'; n: number }>(ex, sql`SELECT e.award, e.subject, count(*)::int AS n FROM registration_entries e JOIN registrations r ON r.id = e.registration_id
    WHERE r.movement_id = ${id} AND r.status IN ('submitted', 'approved') GROUP BY e.award, e.subject ORDER BY e.award`);
}

/** The latest 200 dossiers of the movement, with their nominee counts. */
export async function dossiers(ex: Executor, id: number) {
  return rows<{ id: number; code: string; title: string; state: string; proposingUnit: string; nominees: number }>(ex, sql`SELECT d.id, d.code, d.title, d.state, pu.name AS "proposingUnit", (SELECT count(*)::int FROM dossier_nominees n WHERE n.dossier_id = d.id) AS nominees
    FROM dossiers d JOIN units pu ON pu.id = d.proposing_unit_id WHERE d.movement_id = ${id} ORDER BY d.id DESC LIMIT 200`);
}

/** Awards in force decided on the movement's dossiers, per award. */
export async function awardCounts(ex: Executor, id: number) {
  return rows<{ award: string; n: number }>(ex, sql`SELECT a.award, count(*)::int AS n FROM award_entries a JOIN decisions x ON x.id = a.decision_id JOIN dossiers d ON d.id = x.dossier_id
    WHERE d.movement_id = ${id} AND a.revoked_on IS NULL GROUP BY a.award`);
}

export async function targetCount(ex: Executor, id: number): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM targets WHERE movement_id = ${id}`);
  return n;
}

// ---- writes ----------------------------------------------------------------------------------------

export async function insert(ex: Executor, unit: { id: number; path: string; rootId: number | null }, v: MovementFields, createdBy: number | null): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO movements (unit_id, unit_path, root_id, plan_id, kind, name, slogan, scope, launch_level, starts_on, ends_on, details, dossier_deadline, registration_deadline, created_by)
      VALUES (${unit.id}, ${unit.path}::ltree, ${unit.rootId}, ${v.planId ?? null}, ${v.kind}, ${v.name}, ${v.slogan ?? null}, ${v.scope}, ${v.launchLevel},
        ${v.startsOn}::date, ${v.endsOn}::date, ${JSON.stringify(v.details)}::jsonb, ${v.dossierDeadline ?? null}::date, ${v.registrationDeadline ?? null}::date,
        ${createdBy}) RETURNING id`,
  );
  return Number(r.id);
}

/** The movement's fields at a version; false when the version is not the current one. */
export async function update(ex: Executor, id: number, version: number, v: MovementFields): Promise<boolean> {
  const [r] = await rows(
    ex,
    sql`UPDATE movements SET plan_id = ${v.planId}, kind = ${v.kind}, name = ${v.name}, slogan = ${v.slogan}, scope = ${v.scope}, launch_level = ${v.launchLevel},
      starts_on = ${v.startsOn}::date, ends_on = ${v.endsOn}::date, details = ${JSON.stringify(v.details)}::jsonb, dossier_deadline = ${v.dossierDeadline}::date,
      registration_deadline = ${v.registrationDeadline}::date, version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} RETURNING id`,
  );
  return !!r;
}

/** From one state to the next at a version; false when the version or the state is not the current one. */
export async function setStatus(ex: Executor, id: number, version: number, from: MovementStatus, to: MovementStatus, launchedOn: string | null): Promise<boolean> {
  const [r] = await rows(ex, sql`UPDATE movements SET status = ${to}, launched_on = coalesce(${launchedOn}::date, launched_on), version = version + 1, updated_at = now()
    WHERE id = ${id} AND version = ${version} AND status = ${from} RETURNING id`);
  return !!r;
}

// ---- the nominees a dossier's checks count ---------------------------------------------------------

const SUBJECT_SQL = sql`CASE n.subject WHEN 'person' THEN 'ca_nhan' WHEN 'unit' THEN 'tap_the' ELSE 'ho_gia_dinh' END`;

export async function dossierNominees(ex: Executor, dossierId: number) {
  return rows<{ subject: NomineeSubject; award: string; name: string }>(
    ex,
    sql`SELECT ${SUBJECT_SQL} AS subject, n.award, n.name FROM dossier_nominees n WHERE n.dossier_id = ${dossierId}`,
  );
}

/** Nominees of the movement's other dossiers sent on or decided, with their proposing units. */
export async function otherNominees(ex: Executor, movementId: number, dossierId: number) {
  return rows<{ unitId: number; subject: NomineeSubject }>(
    ex,
    sql`SELECT x.proposing_unit_id AS "unitId", ${SUBJECT_SQL} AS subject FROM dossier_nominees n JOIN dossiers x ON x.id = n.dossier_id
      WHERE x.movement_id = ${movementId} AND x.id <> ${dossierId} AND x.state NOT IN ('draft', 'returned', 'withdrawn', 'rejected')`,
  );
}
