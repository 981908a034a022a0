/**
 * Tasks drawn from a plan: a quarter or due date, a lead unit and coordinating units, progress notes
 * with evidence files, overdue marks, and reminders (in the app, and by mail when SMTP is set).
 */
import { TASK_STATUS_NAMES, isOverdue, taskDueDate, validateTaskDates, type TaskStatus } from '../../../domain/planning/index.js';
import { docDate } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Invalid, versionConflict } from '../../platform/errors.js';
import { fileContent } from '../../platform/files.js';
import type { Deps } from '../../platform/http.js';
import { authorize, can, scopesFor } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { notFound } from '../plans/policy.js';
import { fileExists } from '../plans/repo.js';
import { load as loadPlan } from '../plans/service.js';
import { insertNotification } from '../decisions/repo.js';
import * as repo from './repo.js';
import type { TaskRow } from './repo.js';

export type { TaskRow } from './repo.js';

async function load(ex: Executor, id: number): Promise<TaskRow> {
  const t = await repo.findById(ex, id);
  if (!t) throw notFound('nhiệm vụ');
  return t;
}

/** The plan's unit manages its tasks; the lead unit reports on them (either scope). */
function authorizeTask(ctx: Ctx, action: 'read' | 'update', t: TaskRow) {
  if (can(ctx.actor, action, { type: 'plan_task', unitPath: t.leadUnitPath })) return;
  authorize(ctx.actor, action, { type: 'plan_task', unitPath: t.planUnitPath });
}

const dto = (t: TaskRow, today: string) => {
  const { planUnitPath: _a, leadUnitPath: _b, ...rest } = t;
  return { ...rest, overdue: isOverdue({ status: t.status, dueOn: t.dueOn }, today) };
};

export async function list(
  deps: Deps,
  ctx: Ctx,
  q: { planId?: number; leadUnitId?: number; year?: number; quarter?: number; status?: string; overdue?: boolean; from?: string; to?: string; page: number; pageSize: number },
) {
  const db = deps.database.db;
  const scopes = scopesFor(ctx.actor, 'read', 'plan_task');
  const today = todayVN();
  // tasks of plans in scope, tasks led by a unit in scope, and tasks of plans sent down from above
  const above = [...new Set((ctx.actor?.grants ?? []).map((g) => g.unitPath))];
  const { items, total } = await repo.list(db, { ...q, scopes, above }, today, q.page, q.pageSize);
  return { items: items.map((t) => dto(t, today)), total, page: q.page, pageSize: q.pageSize, today };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const t = await load(db, id);
  authorizeTask(ctx, 'read', t);
  const notes = await repo.notes(db, id);
  const coord = t.coordUnitIds.length ? await units.namesByIds(db, t.coordUnitIds) : [];
  return { ...dto(t, todayVN()), notes, coordUnits: coord };
}

async function checkUnits(ex: Executor, planUnitPath: string, leadUnitId: number | undefined, coord: number[] | undefined) {
  const ids = [...(leadUnitId ? [leadUnitId] : []), ...(coord ?? [])];
  if (!ids.length) return new Map<number, string>();
  const found = await units.pathsByIds(ex, ids);
  const map = new Map(found.map((u) => [Number(u.id), u.path]));
  const missing = ids.filter((i) => !map.has(i));
  if (missing.length) throw new Invalid(`Không tìm thấy đơn vị có mã ${missing.join(', ')}.`, { field: leadUnitId && missing.includes(leadUnitId) ? 'leadUnitId' : 'coordUnitIds' });
  if (leadUnitId) {
    const lead = map.get(leadUnitId)!;
    if (lead !== planUnitPath && !lead.startsWith(planUnitPath + '.')) {
      throw new Invalid('Đơn vị chủ trì phải là đơn vị ban hành kế hoạch hoặc một đơn vị trực thuộc.', { field: 'leadUnitId' });
    }
  }
  return map;
}

function dueOf(year: number, input: { quarter?: number | null; dueOn?: string | null }): string {
  const errors = validateTaskDates(year, { quarter: input.quarter ?? undefined, dueOn: input.dueOn ?? undefined });
  if (errors.length) throw new Invalid(errors.join(' '), { field: input.dueOn ? 'dueOn' : 'quarter' });
  if (!input.quarter && !input.dueOn) throw new Invalid('Nhập quý hoặc hạn hoàn thành của nhiệm vụ.', { field: 'dueOn' });
  return taskDueDate({ quarter: (input.quarter ?? undefined) as 1 | 2 | 3 | 4 | undefined, dueOn: input.dueOn ?? undefined, year });
}

export async function create(
  deps: Deps,
  ctx: Ctx,
  planId: number,
  input: { title: string; clause?: string | null; quarter?: number | null; dueOn?: string | null; leadUnitId: number; coordUnitIds?: number[] },
) {
  const db = deps.database.db;
  const p = await loadPlan(db, planId);
  authorize(ctx.actor, 'create', { type: 'plan_task', unitPath: p.unitPath });
  if (p.status === 'superseded') throw new Invalid('Kế hoạch đã được thay thế bằng bản sửa đổi; thêm nhiệm vụ vào bản hiện hành.');
  const dueOn = dueOf(p.year, input);
  const map = await checkUnits(db, p.unitPath, input.leadUnitId, input.coordUnitIds);
  return db.transaction(async (tx) => {
    const newId = await repo.insert(tx, {
      planId, title: input.title, clause: input.clause ?? null, quarter: input.quarter ?? null, dueOn, leadUnitId: input.leadUnitId, leadUnitPath: map.get(input.leadUnitId)!,
      coordUnitIds: input.coordUnitIds ?? [],
    });
    const t = await load(tx, newId);
    await audit(tx, ctx, { action: 'create', entityType: 'plan_task', entityId: t.id, unitPath: p.unitPath, after: t });
    return dto(t, todayVN());
  });
}

export async function update(
  deps: Deps,
  ctx: Ctx,
  id: number,
  input: { version: number; title?: string; clause?: string | null; quarter?: number | null; dueOn?: string | null; leadUnitId?: number; coordUnitIds?: number[] },
) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', { type: 'plan_task', unitPath: before.planUnitPath });
  const timing = input.quarter !== undefined || input.dueOn !== undefined;
  const dueOn = timing ? dueOf(before.year, { quarter: input.quarter === undefined ? before.quarter : input.quarter, dueOn: input.dueOn ?? null }) : before.dueOn;
  const map = await checkUnits(db, before.planUnitPath, input.leadUnitId, input.coordUnitIds);
  return db.transaction(async (tx) => {
    const ok = await repo.update(tx, id, input.version, {
      title: input.title ?? null, clause: input.clause === undefined ? before.clause : input.clause,
      quarter: input.quarter === undefined ? before.quarter : input.quarter, dueOn,
      leadUnitId: input.leadUnitId ?? before.leadUnitId, leadUnitPath: input.leadUnitId ? map.get(input.leadUnitId)! : before.leadUnitPath,
      coordUnitIds: input.coordUnitIds ?? before.coordUnitIds,
    });
    if (!ok) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'update', entityType: 'plan_task', entityId: id, unitPath: after.planUnitPath, before, after });
    return dto(after, todayVN());
  });
}

export async function remove(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'delete', { type: 'plan_task', unitPath: before.planUnitPath });
  await db.transaction(async (tx) => {
    if (!(await repo.remove(tx, id, version))) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: 'plan_task', entityId: id, unitPath: before.planUnitPath, before });
  });
}

/** Báo cáo tiến độ: a note, optionally a new status and progress, optionally an evidence file. */
export async function addNote(
  deps: Deps,
  ctx: Ctx,
  id: number,
  input: { version: number; note: string; status?: TaskStatus; progress?: number; file?: { sha256: string; fileName: string } },
) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorizeTask(ctx, 'update', before);
  if (input.file && !(await fileExists(db, input.file.sha256))) throw new Invalid('Không tìm thấy tệp minh chứng đã tải lên; hãy tải lại tệp.', { field: 'file' });
  const status = input.status ?? before.status;
  const progress = status === 'hoan_thanh' ? 100 : (input.progress ?? before.progress);
  const today = todayVN();
  await db.transaction(async (tx) => {
    if (!(await repo.setProgress(tx, id, input.version, status, progress, status === 'hoan_thanh' ? (before.doneOn ?? today) : null))) throw versionConflict();
    await repo.insertNote(tx, id, {
      note: input.note, status: input.status ?? null, progress: input.progress ?? (status === 'hoan_thanh' ? 100 : null),
      fileSha256: input.file?.sha256 ?? null, fileName: input.file?.fileName ?? null, createdBy: ctx.actor?.userId || null,
    });
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'report', entityType: 'plan_task', entityId: id, unitPath: after.leadUnitPath, before: { status: before.status, progress: before.progress }, after: { status: after.status, progress: after.progress, note: input.note, file: input.file?.fileName ?? null } });
  });
  return get(deps, ctx, id);
}

export async function noteFile(deps: Deps, ctx: Ctx, id: number, noteId: number) {
  const db = deps.database.db;
  const t = await load(db, id);
  authorizeTask(ctx, 'read', t);
  const n = await repo.noteFile(db, id, noteId);
  if (!n?.sha256) throw notFound('tệp minh chứng');
  const f = await fileContent(db, n.sha256);
  if (!f) throw notFound('nội dung tệp');
  return { fileName: n.fileName ?? 'minh-chung', ...f };
}

// ---- reminders -----------------------------------------------------------------------------------

export interface ReminderOutcome {
  tasks: number;
  notices: number;
  mails: number;
}

/**
 * Reminds lead units of tasks due within `daysBefore` days or overdue, once a day per task: a notice
 * in the app to the lead unit, and a mail to each of its officers with an address.
 */
export async function remindDue(ex: Executor, daysBefore: number, send: (to: string, subject: string, body: string) => Promise<void>): Promise<ReminderOutcome> {
  const today = todayVN();
  const due = await repo.dueForReminder(ex, today, daysBefore);
  let notices = 0;
  let mails = 0;
  for (const t of due) {
    const late = t.dueOn < today;
    const title = late ? `Nhiệm vụ quá hạn: ${t.title}` : `Nhiệm vụ sắp đến hạn (${docDate(t.dueOn)}): ${t.title}`;
    const body = `${t.planUnitName} — Kế hoạch ${t.planNumber ?? ''} ${t.planTitle}.\nNhiệm vụ: ${t.title}\nHạn hoàn thành: ${docDate(t.dueOn)}. Trạng thái: ${TASK_STATUS_NAMES[t.status]} (${t.progress}%).`;
    await insertNotification(ex, { unitId: t.leadUnitId, title, body, link: `/plans/${t.planId}?task=${t.id}` });
    notices++;
    const to = await repo.officerEmails(ex, t.leadUnitPath);
    for (const email of to) {
      await send(email, `[tdkt] ${title}`, body);
      mails++;
    }
    await repo.markReminded(ex, t.id, today);
  }
  return { tasks: due.length, notices, mails };
}

