/**
 * SQL of targets (chỉ tiêu thi đua): the target rows with their actuals, writes, the owners a target
 * is attached to, and the progress aggregates with attainment computed in SQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { TargetDirection } from '../../../domain/index.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { idArray, inScopes } from '../units/repo.js';

export interface TargetRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  year: number;
  planId: number | null;
  movementId: number | null;
  registrationId: number | null;
  name: string;
  measure: string;
  direction: TargetDirection;
  baseline: number | null;
  target: number;
  version: number;
}

export interface ActualRow {
  id: number;
  targetId: number;
  period: string;
  value: number;
  note: string | null;
  fileName: string | null;
}

const SELECT = sql`SELECT t.id, t.unit_id AS "unitId", u.name AS "unitName", t.unit_path::text AS "unitPath", t.year, t.plan_id AS "planId",
  t.movement_id AS "movementId", t.registration_id AS "registrationId", t.name, t.measure, t.direction, t.baseline, t.target, t.version
  FROM targets t JOIN units u ON u.id = t.unit_id`;

export async function findById(ex: Executor, id: number): Promise<TargetRow | undefined> {
  return (await rows<TargetRow>(ex, sql`${SELECT} WHERE t.id = ${id}`))[0];
}

/** Which targets: any of the given owners and unit, in the read scopes. */
export interface TargetFilter {
  scopes?: string[];
  id?: number;
  planId?: number;
  movementId?: number;
  registrationId?: number;
  unitId?: number;
  year?: number;
}

function where(f: TargetFilter): SQL {
  const conds: SQL[] = [];
  if (f.scopes) conds.push(inScopes(sql`t.unit_path`, f.scopes));
  if (f.id) conds.push(sql`t.id = ${f.id}`);
  if (f.planId) conds.push(sql`t.plan_id = ${f.planId}`);
  if (f.movementId) conds.push(sql`t.movement_id = ${f.movementId}`);
  if (f.registrationId) conds.push(sql`t.registration_id = ${f.registrationId}`);
  if (f.unitId) conds.push(sql`t.unit_id = ${f.unitId}`);
  if (f.year) conds.push(sql`t.year = ${f.year}`);
  return sql.join(conds, sql` AND `);
}

export async function find(ex: Executor, f: TargetFilter, limit: number): Promise<TargetRow[]> {
  return rows<TargetRow>(ex, sql`${SELECT} WHERE ${where(f)} ORDER BY u.path, t.id LIMIT ${limit}`);
}

export async function actualsOf(ex: Executor, targetIds: number[]): Promise<ActualRow[]> {
  return rows<ActualRow>(
    ex,
    sql`SELECT id, target_id AS "targetId", period, value, note, file_name AS "fileName" FROM target_actuals WHERE target_id = ANY(${idArray(targetIds)}::bigint[])`,
  );
}

/** What a target attached to a registration needs of it. */
export async function registrationOwner(ex: Executor, id: number) {
  return (await rows<{ unitId: number; status: string; movementId: number | null; year: number }>(ex, sql`SELECT unit_id AS "unitId", status, movement_id AS "movementId", year FROM registrations WHERE id = ${id}`))[0];
}

export async function planOwner(ex: Executor, id: number) {
  return (await rows<{ path: string; year: number }>(ex, sql`SELECT unit_path::text AS path, year FROM plans WHERE id = ${id}`))[0];
}

export async function movementOwner(ex: Executor, id: number) {
  return (await rows<{ path: string }>(ex, sql`SELECT unit_path::text AS path FROM movements WHERE id = ${id}`))[0];
}

/** A target as it is set: the row but its id, unit name and version. */
export type NewTarget = Omit<TargetRow, 'id' | 'unitName' | 'version'>;

export async function insert(ex: Executor, t: NewTarget): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO targets (unit_id, unit_path, year, plan_id, movement_id, registration_id, name, measure, direction, baseline, target)
      VALUES (${t.unitId}, ${t.unitPath}::ltree, ${t.year}, ${t.planId}, ${t.movementId}, ${t.registrationId}, ${t.name}, ${t.measure},
        ${t.direction}, ${t.baseline}, ${t.target}) RETURNING id`,
  );
  return Number(r.id);
}

export type TargetFigures = Pick<TargetRow, 'name' | 'measure' | 'direction' | 'baseline' | 'target'>;

/** The target's figures at a version; false when the version is not the current one. */
export async function update(ex: Executor, id: number, version: number, v: TargetFigures): Promise<boolean> {
  const [r] = await rows(ex, sql`UPDATE targets SET name = ${v.name}, measure = ${v.measure}, direction = ${v.direction}, baseline = ${v.baseline}, target = ${v.target},
    version = version + 1 WHERE id = ${id} AND version = ${version} RETURNING id`);
  return !!r;
}

export async function remove(ex: Executor, id: number, version: number): Promise<boolean> {
  const [r] = await rows(ex, sql`DELETE FROM targets WHERE id = ${id} AND version = ${version} RETURNING id`);
  return !!r;
}

export async function actualOf(ex: Executor, id: number, period: string) {
  return (await rows<{ period: string; value: number }>(ex, sql`SELECT period, value FROM target_actuals WHERE target_id = ${id} AND period = ${period}`))[0];
}

export interface NewActual {
  period: string;
  value: number;
  note: string | null;
  fileSha256: string | null;
  fileName: string | null;
  createdBy: number | null;
}

/** The figure of a period, replacing the one there was (its evidence kept when none comes). */
export async function upsertActual(ex: Executor, id: number, a: NewActual): Promise<void> {
  await ex.execute(sql`INSERT INTO target_actuals (target_id, period, value, note, file_sha256, file_name, created_by)
    VALUES (${id}, ${a.period}, ${a.value}, ${a.note}, ${a.fileSha256}, ${a.fileName}, ${a.createdBy})
    ON CONFLICT (target_id, period) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note, file_sha256 = coalesce(EXCLUDED.file_sha256, target_actuals.file_sha256),
      file_name = coalesce(EXCLUDED.file_name, target_actuals.file_name), created_by = EXCLUDED.created_by, created_at = now()`);
}

export async function periodValues(ex: Executor, id: number): Promise<{ period: string; value: number }[]> {
  return rows<{ period: string; value: number }>(ex, sql`SELECT period, value FROM target_actuals WHERE target_id = ${id}`);
}

export async function setLatest(ex: Executor, id: number, last: { period: string; value: number } | null | undefined): Promise<void> {
  await ex.execute(sql`UPDATE targets SET latest_period = ${last?.period ?? null}, latest_value = ${last?.value ?? null} WHERE id = ${id}`);
}

// ---- progress --------------------------------------------------------------------------------------

/**
 * `attainment(...).met` and `.percent` (domain/planning/targets.ts) as SQL over the row's target
 * `t` and a figure `v`, for aggregates over tens of thousands of targets. The integration test
 * "SQL attainment agrees with the domain" holds the two together.
 */
export const metSql = (v: SQL) => sql`CASE t.direction WHEN 'at_least' THEN ${v} >= t.target - 1e-9 WHEN 'at_most' THEN ${v} <= t.target + 1e-9
  WHEN 'equal' THEN abs(${v} - t.target) < 1e-9 WHEN 'reduce_by' THEN t.baseline IS NOT NULL AND t.baseline - ${v} >= t.target - 1e-9 ELSE false END`;
export const percentSql = (v: SQL) => sql`CASE t.direction
  WHEN 'at_least' THEN CASE WHEN t.target = 0 THEN CASE WHEN ${v} >= -1e-9 THEN 100 ELSE 0 END ELSE ${v} / t.target * 100 END
  WHEN 'at_most' THEN CASE WHEN ${v} > 0 THEN t.target / ${v} * 100 ELSE 100 END
  WHEN 'equal' THEN CASE WHEN abs(${v} - t.target) < 1e-9 THEN 100 WHEN t.target = 0 THEN 0 ELSE greatest(0, 100 - abs(${v} - t.target) / abs(t.target) * 100) END
  WHEN 'reduce_by' THEN CASE WHEN t.baseline IS NULL THEN NULL WHEN t.target = 0 THEN CASE WHEN t.baseline - ${v} >= t.target - 1e-9 THEN 100 ELSE 0 END
    ELSE (t.baseline - ${v}) / t.target * 100 END END`;

/** A movement's targets below a unit, in the read scopes. */
export interface ProgressScope {
  movementId: number;
  unitPath: string;
  scopes: string[];
}

const scopeWhere = (p: ProgressScope) => sql`t.movement_id = ${p.movementId} AND t.unit_path <@ ${p.unitPath}::ltree AND ${inScopes(sql`t.unit_path`, p.scopes)}`;

/** Per unit, over the latest figure of each target (targets.latest_value): 3,500 rows, not 70,000. */
export async function progressByUnit(ex: Executor, p: ProgressScope) {
  return rows<{ unitId: number; unitName: string; targets: number; reported: number; met: number; percent: number | null }>(
    ex,
    sql`SELECT a.unit_id AS "unitId", u.name AS "unitName", a.targets, a.reported, a.met, round(a.percent::numeric, 1)::float8 AS percent
      FROM (SELECT t.unit_id, count(*)::int AS targets, count(t.latest_value)::int AS reported,
          count(*) FILTER (WHERE ${metSql(sql`t.latest_value`)})::int AS met,
          avg(least(floor((${percentSql(sql`t.latest_value`)}) * 10 + 0.5) / 10, 200)) AS percent
        FROM targets t WHERE ${scopeWhere(p)} GROUP BY t.unit_id) a
      JOIN units u ON u.id = a.unit_id ORDER BY u.path`,
  );
}

/** Per period: how many targets were reported and met. */
export async function progressByPeriod(ex: Executor, p: ProgressScope) {
  return rows<{ period: string; reported: number; met: number }>(
    ex,
    sql`SELECT a.period, count(*)::int AS reported, count(*) FILTER (WHERE ${metSql(sql`a.value`)})::int AS met
      FROM targets t JOIN target_actuals a ON a.target_id = t.id WHERE ${scopeWhere(p)} GROUP BY a.period`,
  );
}
