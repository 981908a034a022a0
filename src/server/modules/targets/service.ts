/**
 * Chỉ tiêu thi đua: numeric indicators with a unit of measure and a direction, attached to a plan, a
 * movement or a registration; periodic actuals with evidence; attainment computed by the domain
 * (domain/planning/targets.ts); progress of a movement by unit and by period.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  TARGET_DIRECTION_NAMES, attainment, comparePeriods, latestActual, periodLabel, validateTarget, type TargetDirection,
} from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { Conflict, Invalid, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { inScopes } from '../units/repo.js';
import { notFound } from '../plans/access.js';

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

const SELECT = sql`SELECT t.id, t.unit_id AS "unitId", u.name AS "unitName", t.unit_path::text AS "unitPath", t.year, t.plan_id AS "planId",
  t.movement_id AS "movementId", t.registration_id AS "registrationId", t.name, t.measure, t.direction, t.baseline, t.target, t.version
  FROM targets t JOIN units u ON u.id = t.unit_id`;

async function load(ex: Executor, id: number): Promise<TargetRow> {
  const [t] = await rows<TargetRow>(ex, sql`${SELECT} WHERE t.id = ${id}`);
  if (!t) throw notFound('chỉ tiêu');
  return t;
}

/** Targets matching `where`, each with its actuals, latest figure and attainment. */
export async function targetsOf(ex: Executor, where: SQL, limit = 2000) {
  const list = await rows<TargetRow>(ex, sql`${SELECT} WHERE ${where} ORDER BY u.path, t.id LIMIT ${limit}`);
  if (!list.length) return [];
  const actuals = await rows<{ id: number; targetId: number; period: string; value: number; note: string | null; fileName: string | null }>(
    ex,
    sql`SELECT id, target_id AS "targetId", period, value, note, file_name AS "fileName" FROM target_actuals WHERE target_id = ANY(${`{${list.map((t) => t.id).join(',')}}`}::bigint[])`,
  );
  const by = new Map<number, typeof actuals>();
  for (const a of actuals) by.set(Number(a.targetId), [...(by.get(Number(a.targetId)) ?? []), a]);
  return list.map((t) => {
    const mine = (by.get(t.id) ?? []).sort((a, b) => comparePeriods(a.period, b.period)).map((a) => ({ ...a, periodLabel: periodLabel(a.period), attainment: attainment(t, a.value) }));
    const last = latestActual(mine);
    const { unitPath: _p, ...rest } = t;
    return { ...rest, directionName: TARGET_DIRECTION_NAMES[t.direction], actuals: mine, latest: last, attainment: attainment(t, last?.value ?? null) };
  });
}

const res = (t: { unitPath: string }) => ({ type: 'target' as const, unitPath: t.unitPath });

export async function list(deps: Deps, ctx: Ctx, q: { planId?: number; movementId?: number; registrationId?: number; unitId?: number; year?: number; pageSize: number }) {
  const conds = [inScopes(sql`t.unit_path`, scopesFor(ctx.actor, 'read', 'target'))];
  if (q.planId) conds.push(sql`t.plan_id = ${q.planId}`);
  if (q.movementId) conds.push(sql`t.movement_id = ${q.movementId}`);
  if (q.registrationId) conds.push(sql`t.registration_id = ${q.registrationId}`);
  if (q.unitId) {
    const u = await units.findById(deps.database.db, q.unitId);
    if (!u) throw notFound('đơn vị');
    authorize(ctx.actor, 'read', { type: 'target', unitPath: u.path });
    conds.push(sql`t.unit_id = ${q.unitId}`);
  }
  if (q.year) conds.push(sql`t.year = ${q.year}`);
  return { items: await targetsOf(deps.database.db, sql.join(conds, sql` AND `), q.pageSize) };
}

function check(v: { name: string; measure: string; direction: string; baseline?: number | null; target: number }) {
  const errors = validateTarget(v);
  if (errors.length) throw new Invalid(errors.join(' '), errors.map((message) => ({ field: '', message })), 'INVALID_TARGET');
}

export async function create(
  deps: Deps,
  ctx: Ctx,
  input: { unitId: number; year: number; planId?: number | null; movementId?: number | null; registrationId?: number | null; name: string; measure: string; direction: TargetDirection; baseline?: number | null; target: number },
) {
  const db = deps.database.db;
  const unit = await units.findById(db, input.unitId);
  if (!unit) throw new Invalid('Không tìm thấy đơn vị.', { field: 'unitId' });
  authorize(ctx.actor, 'create', { type: 'target', unitPath: unit.path });
  check(input);
  const owners = [input.planId, input.movementId, input.registrationId].filter((x) => x != null).length;
  if (owners > 1 && !(input.registrationId && input.movementId && !input.planId)) throw new Invalid('Chỉ tiêu thuộc một kế hoạch, một phong trào hoặc một bản đăng ký.', { field: 'planId' });
  let movementId = input.movementId ?? null;
  if (input.registrationId) {
    const [r] = await rows<{ unitId: number; status: string; movementId: number | null; year: number }>(db, sql`SELECT unit_id AS "unitId", status, movement_id AS "movementId", year FROM registrations WHERE id = ${input.registrationId}`);
    if (!r) throw new Invalid('Không tìm thấy bản đăng ký.', { field: 'registrationId' });
    if (Number(r.unitId) !== unit.id) throw new Invalid('Chỉ tiêu của bản đăng ký phải là của đơn vị đăng ký.', { field: 'unitId' });
    if (r.status !== 'draft' && r.status !== 'returned') throw new Conflict('Bản đăng ký đã gửi; chỉ sửa được khi đang soạn hoặc bị trả lại.', undefined, 'NOT_EDITABLE');
    movementId = r.movementId ? Number(r.movementId) : movementId;
  }
  if (input.planId) {
    const [p] = await rows<{ path: string; year: number }>(db, sql`SELECT unit_path::text AS path, year FROM plans WHERE id = ${input.planId}`);
    if (!p) throw new Invalid('Không tìm thấy kế hoạch.', { field: 'planId' });
    if (!unit.path.startsWith(p.path)) throw new Invalid('Đơn vị không thuộc phạm vi của kế hoạch.', { field: 'unitId' });
    if (p.year !== input.year) throw new Invalid(`Chỉ tiêu của kế hoạch năm ${p.year} phải thuộc năm ${p.year}.`, { field: 'year' });
  }
  if (movementId && !input.registrationId) {
    const [m] = await rows<{ path: string }>(db, sql`SELECT unit_path::text AS path FROM movements WHERE id = ${movementId}`);
    if (!m) throw new Invalid('Không tìm thấy phong trào.', { field: 'movementId' });
    if (!unit.path.startsWith(m.path)) throw new Invalid('Đơn vị không thuộc phạm vi của phong trào.', { field: 'unitId' });
  }
  return db.transaction(async (tx) => {
    const [r] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO targets (unit_id, unit_path, year, plan_id, movement_id, registration_id, name, measure, direction, baseline, target)
        VALUES (${unit.id}, ${unit.path}::ltree, ${input.year}, ${input.planId ?? null}, ${movementId}, ${input.registrationId ?? null}, ${input.name}, ${input.measure},
          ${input.direction}, ${input.baseline ?? null}, ${input.target}) RETURNING id`,
    );
    const t = await load(tx, Number(r.id));
    await audit(tx, ctx, { action: 'create', entityType: 'target', entityId: t.id, unitPath: t.unitPath, after: t });
    return (await targetsOf(tx, sql`t.id = ${t.id}`))[0];
  });
}

export async function update(deps: Deps, ctx: Ctx, id: number, input: { version: number; name?: string; measure?: string; direction?: TargetDirection; baseline?: number | null; target?: number }) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', res(before));
  const v = {
    name: input.name ?? before.name, measure: input.measure ?? before.measure, direction: input.direction ?? before.direction,
    baseline: input.baseline === undefined ? before.baseline : input.baseline, target: input.target ?? before.target,
  };
  check(v);
  return db.transaction(async (tx) => {
    const [r] = await rows(tx, sql`UPDATE targets SET name = ${v.name}, measure = ${v.measure}, direction = ${v.direction}, baseline = ${v.baseline}, target = ${v.target},
      version = version + 1 WHERE id = ${id} AND version = ${input.version} RETURNING id`);
    if (!r) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'update', entityType: 'target', entityId: id, unitPath: after.unitPath, before, after });
    return (await targetsOf(tx, sql`t.id = ${id}`))[0];
  });
}

export async function remove(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'delete', res(before));
  await db.transaction(async (tx) => {
    const [r] = await rows(tx, sql`DELETE FROM targets WHERE id = ${id} AND version = ${version} RETURNING id`);
    if (!r) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: 'target', entityId: id, unitPath: before.unitPath, before });
  });
}

/** Số liệu thực hiện of a period (replaces the figure of the same period), with evidence. */
export async function addActual(deps: Deps, ctx: Ctx, id: number, input: { period: string; value: number; note?: string | null; file?: { sha256: string; fileName: string } }) {
  const db = deps.database.db;
  const t = await load(db, id);
  authorize(ctx.actor, 'update', res(t));
  if (Number(input.period.slice(0, 4)) !== t.year) throw new Invalid(`Kỳ báo cáo phải thuộc năm ${t.year} của chỉ tiêu.`, { field: 'period' });
  if (input.file) {
    const [f] = await rows(db, sql`SELECT 1 FROM files WHERE sha256 = ${input.file.sha256}`);
    if (!f) throw new Invalid('Không tìm thấy tệp minh chứng đã tải lên; hãy tải lại tệp.', { field: 'file' });
  }
  return db.transaction(async (tx) => {
    const [before] = await rows(tx, sql`SELECT period, value FROM target_actuals WHERE target_id = ${id} AND period = ${input.period}`);
    await tx.execute(sql`INSERT INTO target_actuals (target_id, period, value, note, file_sha256, file_name, created_by)
      VALUES (${id}, ${input.period}, ${input.value}, ${input.note ?? null}, ${input.file?.sha256 ?? null}, ${input.file?.fileName ?? null}, ${ctx.actor?.userId || null})
      ON CONFLICT (target_id, period) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note, file_sha256 = coalesce(EXCLUDED.file_sha256, target_actuals.file_sha256),
        file_name = coalesce(EXCLUDED.file_name, target_actuals.file_name), created_by = EXCLUDED.created_by, created_at = now()`);
    const all = await rows<{ period: string; value: number }>(tx, sql`SELECT period, value FROM target_actuals WHERE target_id = ${id}`);
    const last = latestActual(all);
    await tx.execute(sql`UPDATE targets SET latest_period = ${last?.period ?? null}, latest_value = ${last?.value ?? null} WHERE id = ${id}`);
    await audit(tx, ctx, { action: 'actual', entityType: 'target', entityId: id, unitPath: t.unitPath, before: before ?? null, after: { period: input.period, value: input.value, file: input.file?.fileName ?? null } });
    return (await targetsOf(tx, sql`t.id = ${id}`))[0];
  });
}

/**
 * Progress of a movement's targets: per unit (targets, reported, met, mean attainment of the latest
 * figures, paged) and per period (how many targets were reported and met). "Met" per period is
 * computed in SQL with the comparison domain/planning/targets.ts `attainment` uses (an integration
 * test holds the two together).
 */
export async function progress(ex: Executor, scopeWhere: SQL, q: { page: number; pageSize: number }) {
  // per unit, in SQL over the latest figure of each target (targets.latest_value): 3,500 rows, not 70,000
  const perUnit = await rows<{ unitId: number; unitName: string; targets: number; reported: number; met: number; percent: number | null }>(
    ex,
    sql`SELECT a.unit_id AS "unitId", u.name AS "unitName", a.targets, a.reported, a.met, round(a.percent::numeric, 1)::float8 AS percent
      FROM (SELECT t.unit_id, count(*)::int AS targets, count(t.latest_value)::int AS reported,
          count(*) FILTER (WHERE ${metSql(sql`t.latest_value`)})::int AS met,
          avg(least(floor((${percentSql(sql`t.latest_value`)}) * 10 + 0.5) / 10, 200)) AS percent
        FROM targets t WHERE ${scopeWhere} GROUP BY t.unit_id) a
      JOIN units u ON u.id = a.unit_id ORDER BY u.path`,
  );
  const totals = perUnit.reduce((a, u) => ({ targets: a.targets + u.targets, reported: a.reported + u.reported, met: a.met + u.met }), { targets: 0, reported: 0, met: 0 });
  const periods = await rows<{ period: string; reported: number; met: number }>(
    ex,
    sql`SELECT a.period, count(*)::int AS reported, count(*) FILTER (WHERE ${metSql(sql`a.value`)})::int AS met
      FROM targets t JOIN target_actuals a ON a.target_id = t.id WHERE ${scopeWhere} GROUP BY a.period`,
  );
  periods.sort((a, b) => comparePeriods(a.period, b.period));
  return {
    totals: { ...totals, units: perUnit.length },
    periods: periods.map((p) => ({ ...p, label: periodLabel(p.period) })),
    units: perUnit.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((u) => ({ ...u, unitId: Number(u.unitId), percent: u.percent === null ? null : Number(u.percent) })),
    unitTotal: perUnit.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

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

export async function movementProgress(deps: Deps, ctx: Ctx, movementId: number, unitPath: string, q: { page: number; pageSize: number }) {
  const scopes = scopesFor(ctx.actor, 'read', 'target');
  return progress(deps.database.db, sql`t.movement_id = ${movementId} AND t.unit_path <@ ${unitPath}::ltree AND ${inScopes(sql`t.unit_path`, scopes)}`, q);
}
