import {
  authorityFor, catalogAt, checkEligibility, parseCase, rewardAmount, ruleParamsSchema,
  addWorkingDays, workingDaysBetween, type CalendarAdjustments, type CatalogOverrides,
} from '../../../domain/index.js';
import type { RuleParams } from '../../../shared/contract/rules.js';
import { audit } from '../../platform/audit.js';
import { ROOT_UNIT_CODE } from '../../platform/bootstrap.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Conflict, Invalid, NotFound, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import * as repo from './repo.js';

import { todayVN } from '../../platform/clock.js';

export { todayVN };

async function rootUnit(ex: Executor) {
  const r = await units.findByCode(ex, ROOT_UNIT_CODE);
  if (!r) throw new NotFound('Chưa khởi tạo đơn vị gốc.');
  return r;
}

/** The installation's rule parameters (tenant overrides of PARTIAL rules, values of UNCONFIRMED ones). */
export async function loadSettings(ex: Executor): Promise<{ params: CatalogOverrides; version: number }> {
  return readSettings<CatalogOverrides>(ex);
}

/** The stored parameters as JSON: what the domain reads (CatalogOverrides) or the API sends (RuleParams of the contract). */
async function readSettings<T extends object>(ex: Executor): Promise<{ params: T; version: number }> {
  const r = await repo.settingsRow<T>(ex);
  // nothing saved yet: no parameters (every one is optional in both readings)
  return r ?? { params: {} as T, version: 0 };
}

export async function loadAdjustments(ex: Executor): Promise<CalendarAdjustments> {
  const list = await repo.adjustments(ex);
  return {
    extraDaysOff: list.filter((d) => d.kind === 'day_off').map((d) => d.day),
    makeUpWorkingDays: list.filter((d) => d.kind === 'working_day').map((d) => d.day),
  };
}

export async function catalog(deps: Deps, date: string | undefined) {
  const { params } = await loadSettings(deps.database.db);
  return catalogAt(date ?? todayVN(), params);
}

export async function check(deps: Deps, input: unknown) {
  const { params } = await loadSettings(deps.database.db);
  return checkEligibility(parseCase(input, params), params);
}

export async function money(deps: Deps, q: { award: string; subject: string; date?: string; coefficientTenths?: number }) {
  const { params } = await loadSettings(deps.database.db);
  return rewardAmount({ ...q, date: q.date ?? todayVN() }, params);
}

export async function authority(deps: Deps, q: { award: string; level: string; date?: string }) {
  const { params } = await loadSettings(deps.database.db);
  return authorityFor(q.award, q.level, q.date ?? todayVN(), params);
}

export async function getSettings(deps: Deps) {
  return readSettings<RuleParams>(deps.database.db);
}

export async function updateSettings(deps: Deps, ctx: Ctx, input: { params: unknown; version: number }) {
  const root = await rootUnit(deps.database.db);
  authorize(ctx.actor, 'update', { type: 'rule_settings', unitPath: root.path });
  const parsed = ruleParamsSchema.safeParse(input.params);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: ['params', ...i.path.map(String)].join('.'), message: i.message }));
    throw new Invalid('Tham số quy định không hợp lệ: ' + details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
  }
  return deps.database.db.transaction(async (tx) => {
    const before = await loadSettings(tx);
    if (before.version !== input.version) throw versionConflict();
    const params = JSON.stringify(parsed.data);
    if (before.version === 0) await repo.insertSettings(tx, root.id, params);
    else await repo.updateSettings(tx, root.id, params);
    const after = await readSettings<RuleParams>(tx);
    await audit(tx, ctx, { action: 'update', entityType: 'rule_settings', entityId: root.id, unitPath: root.path, before: before.params, after: after.params });
    return after;
  });
}

export async function listAdjustments(deps: Deps, year?: number) {
  return { items: await repo.adjustments(deps.database.db, year) };
}

export async function addAdjustment(deps: Deps, ctx: Ctx, input: { day: string; kind: 'day_off' | 'working_day'; note?: string }) {
  const root = await rootUnit(deps.database.db);
  authorize(ctx.actor, 'update', { type: 'calendar', unitPath: root.path });
  if (await repo.adjustmentExists(deps.database.db, input.day)) throw new Conflict(`Ngày ${input.day} đã được khai báo.`, { field: 'day' }, 'DUPLICATE');
  await deps.database.db.transaction(async (tx) => {
    await repo.insertAdjustment(tx, { day: input.day, kind: input.kind, note: input.note ?? null });
    await audit(tx, ctx, { action: 'create', entityType: 'calendar_day', entityId: input.day, unitPath: root.path, after: input });
  });
  return input;
}

export async function removeAdjustment(deps: Deps, ctx: Ctx, day: string) {
  const root = await rootUnit(deps.database.db);
  authorize(ctx.actor, 'update', { type: 'calendar', unitPath: root.path });
  await deps.database.db.transaction(async (tx) => {
    const before = await repo.deleteAdjustment(tx, day);
    if (!before) throw new NotFound('Ngày này chưa được khai báo.');
    await audit(tx, ctx, { action: 'delete', entityType: 'calendar_day', entityId: day, unitPath: root.path, before });
  });
}

export async function addDays(deps: Deps, from: string, days: number) {
  return { from, days, date: addWorkingDays(from, days, await loadAdjustments(deps.database.db)) };
}

export async function between(deps: Deps, from: string, to: string) {
  return { from, to, days: workingDaysBetween(from, to, await loadAdjustments(deps.database.db)) };
}
