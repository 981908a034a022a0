/**
 * Đăng ký thi đua: a unit registers the titles it and its people aim for (and its targets) for a year
 * or a movement, by a deadline; submits; the unit above approves or returns with reasons, and sees
 * the totals of its subtree per title and per unit.
 */
import { awardName, catalogData, isAwardCode, registrationOpen, docDate } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { AppError, Conflict, Invalid, Unprocessable, fromPgError, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { insertNotification } from '../decisions/repo.js';
import { notFound } from '../plans/policy.js';
import * as movements from '../movements/service.js';
import { targetsOf } from '../targets/service.js';
import * as repo from './repo.js';
import type { RegistrationFilter, RegistrationRow } from './repo.js';

export type { RegistrationRow } from './repo.js';

export const REGISTRATION_STATUS_NAMES = { draft: 'Đang soạn', submitted: 'Đã gửi', approved: 'Đã duyệt', returned: 'Trả lại' } as const;

export async function load(ex: Executor, id: number): Promise<RegistrationRow> {
  const r = await repo.findById(ex, id);
  if (!r) throw notFound('bản đăng ký thi đua');
  return r;
}

const res = (r: { unitPath: string }) => ({ type: 'registration' as const, unitPath: r.unitPath });
const dto = (r: RegistrationRow) => {
  const { unitPath: _a, parentPath: _b, ...rest } = r;
  return { ...rest, statusName: REGISTRATION_STATUS_NAMES[r.status] };
};

function assertEditable(r: RegistrationRow) {
  if (r.status !== 'draft' && r.status !== 'returned') {
    throw new Conflict('Bản đăng ký đã gửi; chỉ sửa được khi đang soạn hoặc bị trả lại.', undefined, 'NOT_EDITABLE');
  }
}

function assertOpen(deadline: string | null) {
  const today = todayVN();
  if (!registrationOpen(deadline, today)) {
    throw new Unprocessable(`Đã hết hạn đăng ký thi đua (hạn ${docDate(deadline!)}, hôm nay ${docDate(today)}).`, { field: 'deadline', deadline }, 'REGISTRATION_CLOSED');
  }
}

export async function list(deps: Deps, ctx: Ctx, q: { year?: number; movementId?: number; unitId?: number; status?: string; page: number; pageSize: number }) {
  const db = deps.database.db;
  const filter: RegistrationFilter = { scopes: scopesFor(ctx.actor, 'read', 'registration'), year: q.year, movementId: q.movementId, status: q.status };
  if (q.unitId) {
    const u = await units.findById(db, q.unitId);
    if (!u) throw notFound('đơn vị');
    authorize(ctx.actor, 'read', { type: 'registration', unitPath: u.path });
    filter.unitId = q.unitId;
  }
  const { items, total } = await repo.list(db, filter, q.page, q.pageSize);
  return { items: items.map((r) => ({ ...dto(r), entries: r.entries, targets: r.targets })), total, page: q.page, pageSize: q.pageSize };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'read', res(r));
  const entries = await repo.entries(db, id);
  const targets = await targetsOf(db, { registrationId: id });
  return {
    ...dto(r),
    entries: entries.map((e) => ({ ...e, awardName: isAwardCode(e.award) ? awardName(e.award) : e.award })),
    targets,
    open: registrationOpen(r.registrationDeadline, todayVN()),
    today: todayVN(),
  };
}

export async function create(deps: Deps, ctx: Ctx, input: { unitId: number; year: number; movementId?: number | null }) {
  const db = deps.database.db;
  const unit = await units.findById(db, input.unitId);
  if (!unit) throw new Invalid('Không tìm thấy đơn vị đăng ký.', { field: 'unitId' });
  authorize(ctx.actor, 'create', { type: 'registration', unitPath: unit.path });
  if (input.movementId) {
    const m = await movements.loadReadable(deps, ctx, input.movementId);
    if (m.status !== 'launched') throw new Conflict('Phong trào chưa phát động hoặc đã tổng kết: chưa/không còn nhận đăng ký.', undefined, 'NOT_LAUNCHED');
    if (!unit.path.startsWith(m.unitPath) ) throw new Invalid('Đơn vị không thuộc phạm vi của phong trào.', { field: 'unitId' });
    if (m.details.participantUnitIds.length && !m.details.participantUnitIds.includes(unit.id)) throw new Invalid('Đơn vị không có trong danh sách tham gia phong trào.', { field: 'unitId' });
    assertOpen(m.registrationDeadline);
  }
  try {
    return await db.transaction(async (tx) => {
      const r = await load(tx, await repo.insert(tx, unit, input.year, input.movementId ?? null));
      await audit(tx, ctx, { action: 'create', entityType: 'registration', entityId: r.id, unitPath: r.unitPath, after: r });
      return dto(r);
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (fromPgError(err)?.code === 'DUPLICATE') throw new Conflict(`${unit.name} đã có bản đăng ký thi đua năm ${input.year}${input.movementId ? ' của phong trào này' : ''}.`, undefined, 'DUPLICATE');
    throw err;
  }
}

export async function addEntry(deps: Deps, ctx: Ctx, id: number, input: { subject: 'ca_nhan' | 'tap_the'; personId?: number | null; subjectUnitId?: number | null; award: string; note?: string | null }) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'update', res(r));
  assertEditable(r);
  assertOpen(r.registrationDeadline);
  if (!isAwardCode(input.award)) throw new Invalid(`Không có danh hiệu mã "${input.award}".`, { field: 'award' });
  const data = catalogData(input.award);
  if (data && !data.subjects.includes(input.subject)) throw new Invalid(`${data.name} không áp dụng cho ${input.subject === 'ca_nhan' ? 'cá nhân' : 'tập thể'}.`, { field: 'award' });
  let name: string;
  if (input.subject === 'ca_nhan') {
    if (!input.personId) throw new Invalid('Chọn cá nhân đăng ký.', { field: 'personId' });
    const p = await repo.personOf(db, input.personId);
    if (!p) throw new Invalid('Không tìm thấy cá nhân.', { field: 'personId' });
    if (p.path !== r.unitPath && !p.path.startsWith(r.unitPath + '.')) throw new Invalid(`${p.name} không thuộc ${r.unitName}.`, { field: 'personId' });
    name = p.name;
  } else {
    const uid = input.subjectUnitId ?? r.unitId;
    const u = await units.findById(db, uid);
    if (!u) throw new Invalid('Không tìm thấy tập thể.', { field: 'subjectUnitId' });
    if (u.path !== r.unitPath && !u.path.startsWith(r.unitPath + '.')) throw new Invalid(`${u.name} không thuộc ${r.unitName}.`, { field: 'subjectUnitId' });
    name = u.name;
    input = { ...input, subjectUnitId: uid };
  }
  return db.transaction(async (tx) => {
    if (await repo.hasEntry(tx, id, input.award, input.personId ?? 0, input.subject === 'tap_the' ? input.subjectUnitId! : 0)) {
      throw new Conflict(`${name} đã được đăng ký danh hiệu này.`, undefined, 'DUPLICATE');
    }
    const entryId = await repo.insertEntry(tx, id, {
      subject: input.subject, personId: input.subject === 'ca_nhan' ? input.personId! : null, unitId: input.subject === 'tap_the' ? input.subjectUnitId! : null,
      name, award: input.award, note: input.note ?? null,
    });
    await repo.touch(tx, id);
    await audit(tx, ctx, { action: 'create', entityType: 'registration_entry', entityId: entryId, unitPath: r.unitPath, after: { registrationId: id, ...input, name } });
    return { id: entryId, name };
  });
}

export async function removeEntry(deps: Deps, ctx: Ctx, id: number, entryId: number) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'update', res(r));
  assertEditable(r);
  await db.transaction(async (tx) => {
    const e = await repo.removeEntry(tx, id, entryId);
    if (!e) throw notFound('dòng đăng ký');
    await repo.touch(tx, id);
    await audit(tx, ctx, { action: 'delete', entityType: 'registration_entry', entityId: entryId, unitPath: r.unitPath, before: e });
  });
}

export async function submit(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'submit', res(r));
  assertEditable(r);
  assertOpen(r.registrationDeadline);
  if ((await repo.contentCount(db, id)) === 0) throw new Invalid('Bản đăng ký chưa có danh hiệu hay chỉ tiêu nào.', undefined, 'EMPTY');
  return transition(deps, ctx, r, version, 'submitted', null);
}

/** The unit above (a grant on the parent unit) approves or returns. */
export async function decide(deps: Deps, ctx: Ctx, id: number, to: 'approved' | 'returned', input: { version: number; reason?: string }) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'appraise', { type: 'registration', unitPath: r.parentPath ?? r.unitPath });
  if (r.parentPath === null) authorize(ctx.actor, 'appraise', res(r));
  if (r.status !== 'submitted') throw new Conflict('Chỉ duyệt hoặc trả lại bản đăng ký đã gửi.', undefined, 'BAD_STATE');
  return transition(deps, ctx, r, input.version, to, input.reason ?? null);
}

async function transition(deps: Deps, ctx: Ctx, r: RegistrationRow, version: number, to: RegistrationRow['status'], reason: string | null) {
  const db = deps.database.db;
  return db.transaction(async (tx) => {
    if (!(await repo.setStatus(tx, r.id, version, to, to === 'returned' ? reason : null))) throw versionConflict();
    if (to === 'approved' || to === 'returned') {
      await insertNotification(tx, {
        unitId: r.unitId,
        title: to === 'approved' ? `Đăng ký thi đua năm ${r.year} đã được duyệt` : `Đăng ký thi đua năm ${r.year} bị trả lại`,
        body: to === 'approved' ? `${r.unitName}: bản đăng ký${r.movementName ? ` phong trào «${r.movementName}»` : ''} đã được duyệt.` : `Lý do: ${reason}`,
        link: `/registrations/${r.id}`,
      });
    }
    const after = await load(tx, r.id);
    await audit(tx, ctx, { action: to === 'submitted' ? 'submit' : to === 'approved' ? 'approve' : 'return', entityType: 'registration', entityId: r.id, unitPath: r.unitPath, before: { status: r.status }, after: { status: to, reason } });
    return dto(after);
  });
}

/** Totals of a subtree: per title (individuals, collectives) and per unit, of registrations sent up. */
export async function summary(deps: Deps, ctx: Ctx, q: { unitId: number; year: number; movementId?: number }) {
  const db = deps.database.db;
  const unit = await units.findById(db, q.unitId);
  if (!unit) throw notFound('đơn vị');
  authorize(ctx.actor, 'read', { type: 'registration', unitPath: unit.path });
  const scope = { unitPath: unit.path, year: q.year, movementId: q.movementId };
  const byAward = await repo.totalsByAward(db, scope);
  const byUnit = await repo.totalsByUnit(db, scope);
  return {
    unitId: unit.id, unitName: unit.name, year: q.year,
    byAward: byAward.map((a) => ({ ...a, awardName: isAwardCode(a.award) ? awardName(a.award) : a.award })),
    byUnit,
  };
}
