/**
 * Chỉ tiêu thi đua: numeric indicators with a unit of measure and a direction, attached to a plan, a
 * movement or a registration; periodic actuals with evidence; attainment computed by the domain
 * (domain/planning/targets.ts); progress of a movement by unit and by period.
 */
import {
  TARGET_DIRECTION_NAMES, attainment, comparePeriods, latestActual, periodLabel, validateTarget, type TargetDirection,
} from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Conflict, Invalid, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { notFound } from '../plans/policy.js';
import { fileExists } from '../plans/repo.js';
import * as repo from './repo.js';
import type { TargetFilter, TargetRow } from './repo.js';

export type { TargetRow } from './repo.js';
export { metSql, percentSql } from './repo.js';

async function load(ex: Executor, id: number): Promise<TargetRow> {
  const t = await repo.findById(ex, id);
  if (!t) throw notFound('chỉ tiêu');
  return t;
}

/** Targets matching the filter, each with its actuals, latest figure and attainment. */
export async function targetsOf(ex: Executor, filter: TargetFilter, limit = 2000) {
  const list = await repo.find(ex, filter, limit);
  if (!list.length) return [];
  const actuals = await repo.actualsOf(ex, list.map((t) => t.id));
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
  const filter: TargetFilter = { scopes: scopesFor(ctx.actor, 'read', 'target'), planId: q.planId, movementId: q.movementId, registrationId: q.registrationId, year: q.year };
  if (q.unitId) {
    const u = await units.findById(deps.database.db, q.unitId);
    if (!u) throw notFound('đơn vị');
    authorize(ctx.actor, 'read', { type: 'target', unitPath: u.path });
    filter.unitId = q.unitId;
  }
  return { items: await targetsOf(deps.database.db, filter, q.pageSize) };
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
    const r = await repo.registrationOwner(db, input.registrationId);
    if (!r) throw new Invalid('Không tìm thấy bản đăng ký.', { field: 'registrationId' });
    if (Number(r.unitId) !== unit.id) throw new Invalid('Chỉ tiêu của bản đăng ký phải là của đơn vị đăng ký.', { field: 'unitId' });
    if (r.status !== 'draft' && r.status !== 'returned') throw new Conflict('Bản đăng ký đã gửi; chỉ sửa được khi đang soạn hoặc bị trả lại.', undefined, 'NOT_EDITABLE');
    movementId = r.movementId ? Number(r.movementId) : movementId;
  }
  if (input.planId) {
    const p = await repo.planOwner(db, input.planId);
    if (!p) throw new Invalid('Không tìm thấy kế hoạch.', { field: 'planId' });
    if (!unit.path.startsWith(p.path)) throw new Invalid('Đơn vị không thuộc phạm vi của kế hoạch.', { field: 'unitId' });
    if (p.year !== input.year) throw new Invalid(`Chỉ tiêu của kế hoạch năm ${p.year} phải thuộc năm ${p.year}.`, { field: 'year' });
  }
  if (movementId && !input.registrationId) {
    const m = await repo.movementOwner(db, movementId);
    if (!m) throw new Invalid('Không tìm thấy phong trào.', { field: 'movementId' });
    if (!unit.path.startsWith(m.path)) throw new Invalid('Đơn vị không thuộc phạm vi của phong trào.', { field: 'unitId' });
  }
  return db.transaction(async (tx) => {
    const newId = await repo.insert(tx, {
      unitId: unit.id, unitPath: unit.path, year: input.year, planId: input.planId ?? null, movementId, registrationId: input.registrationId ?? null,
      name: input.name, measure: input.measure, direction: input.direction, baseline: input.baseline ?? null, target: input.target,
    });
    const t = await load(tx, newId);
    await audit(tx, ctx, { action: 'create', entityType: 'target', entityId: t.id, unitPath: t.unitPath, after: t });
    return (await targetsOf(tx, { id: t.id }))[0];
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
    if (!(await repo.update(tx, id, input.version, v))) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'update', entityType: 'target', entityId: id, unitPath: after.unitPath, before, after });
    return (await targetsOf(tx, { id }))[0];
  });
}

export async function remove(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'delete', res(before));
  await db.transaction(async (tx) => {
    if (!(await repo.remove(tx, id, version))) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: 'target', entityId: id, unitPath: before.unitPath, before });
  });
}

/** Số liệu thực hiện of a period (replaces the figure of the same period), with evidence. */
export async function addActual(deps: Deps, ctx: Ctx, id: number, input: { period: string; value: number; note?: string | null; file?: { sha256: string; fileName: string } }) {
  const db = deps.database.db;
  const t = await load(db, id);
  authorize(ctx.actor, 'update', res(t));
  if (Number(input.period.slice(0, 4)) !== t.year) throw new Invalid(`Kỳ báo cáo phải thuộc năm ${t.year} của chỉ tiêu.`, { field: 'period' });
  if (input.file && !(await fileExists(db, input.file.sha256))) throw new Invalid('Không tìm thấy tệp minh chứng đã tải lên; hãy tải lại tệp.', { field: 'file' });
  return db.transaction(async (tx) => {
    const before = await repo.actualOf(tx, id, input.period);
    await repo.upsertActual(tx, id, {
      period: input.period, value: input.value, note: input.note ?? null, fileSha256: input.file?.sha256 ?? null, fileName: input.file?.fileName ?? null, createdBy: ctx.actor?.userId || null,
    });
    const all = await repo.periodValues(tx, id);
    const last = latestActual(all);
    await repo.setLatest(tx, id, last);
    await audit(tx, ctx, { action: 'actual', entityType: 'target', entityId: id, unitPath: t.unitPath, before: before ?? null, after: { period: input.period, value: input.value, file: input.file?.fileName ?? null } });
    return (await targetsOf(tx, { id }))[0];
  });
}

/**
 * Progress of a movement's targets: per unit (targets, reported, met, mean attainment of the latest
 * figures, paged) and per period (how many targets were reported and met). "Met" per period is
 * computed in SQL with the comparison domain/planning/targets.ts `attainment` uses (an integration
 * test holds the two together).
 */
export async function progress(ex: Executor, scope: repo.ProgressScope, q: { page: number; pageSize: number }) {
  const perUnit = await repo.progressByUnit(ex, scope);
  const totals = perUnit.reduce((a, u) => ({ targets: a.targets + u.targets, reported: a.reported + u.reported, met: a.met + u.met }), { targets: 0, reported: 0, met: 0 });
  const periods = await repo.progressByPeriod(ex, scope);
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

export async function movementProgress(deps: Deps, ctx: Ctx, movementId: number, unitPath: string, q: { page: number; pageSize: number }) {
  const scopes = scopesFor(ctx.actor, 'read', 'target');
  return progress(deps.database.db, { movementId, unitPath, scopes }, q);
}
