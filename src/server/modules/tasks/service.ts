/**
 * Tasks drawn from a plan: a quarter or due date, a lead unit and coordinating units, progress notes
 * with evidence files, overdue marks, and reminders (in the app, and by mail when SMTP is set).
 */
import { sql } from 'drizzle-orm';
import { TASK_STATUS_NAMES, isOverdue, taskDueDate, validateTaskDates, type Quarter, type TaskStatus } from '../../../domain/planning/index.js';
import type { TaskNote } from '../../../shared/contract/tasks.js';
import { docDate } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { Invalid, versionConflict } from '../../platform/errors.js';
import { fileContent } from '../../platform/files.js';
import type { Deps } from '../../platform/http.js';
import { authorize, can, scopesFor } from '../../platform/policy.js';
import { inScopes } from '../units/repo.js';
import { notFound } from '../plans/access.js';
import { load as loadPlan } from '../plans/service.js';

export interface TaskRow {
  id: number;
  planId: number;
  planTitle: string;
  planNumber: string | null;
  planUnitId: number;
  planUnitName: string;
  planUnitPath: string;
  year: number;
  title: string;
  clause: string | null;
  quarter: Quarter | null;
  dueOn: string;
  leadUnitId: number;
  leadUnitName: string;
  leadUnitPath: string;
  coordUnitIds: number[];
  status: TaskStatus;
  progress: number;
  doneOn: string | null;
  version: number;
}

const SELECT = sql`SELECT t.id, t.plan_id AS "planId", p.title AS "planTitle", p.number AS "planNumber", p.unit_id AS "planUnitId", pu.name AS "planUnitName",
  p.unit_path::text AS "planUnitPath", p.year, t.title, t.clause, t.quarter, t.due_on::text AS "dueOn", t.lead_unit_id AS "leadUnitId", lu.name AS "leadUnitName",
  t.lead_unit_path::text AS "leadUnitPath", t.coord_unit_ids AS "coordUnitIds", t.status, t.progress, t.done_on::text AS "doneOn", t.version
  FROM plan_tasks t JOIN plans p ON p.id = t.plan_id JOIN units pu ON pu.id = p.unit_id JOIN units lu ON lu.id = t.lead_unit_id`;

async function load(ex: Executor, id: number): Promise<TaskRow> {
  const [t] = await rows<TaskRow>(ex, sql`${SELECT} WHERE t.id = ${id}`);
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
  const conds = [sql`(${inScopes(sql`p.unit_path`, scopes)} OR ${inScopes(sql`t.lead_unit_path`, scopes)} OR (p.unit_path @> ANY(${`{${above.join(',')}}`}::ltree[]) AND p.status <> 'draft'))`];
  if (q.planId) conds.push(sql`t.plan_id = ${q.planId}`);
  if (q.leadUnitId) conds.push(sql`t.lead_unit_id = ${q.leadUnitId}`);
  if (q.year) conds.push(sql`p.year = ${q.year}`);
  if (q.quarter) conds.push(sql`extract(quarter FROM t.due_on) = ${q.quarter}`);
  if (q.status) conds.push(sql`t.status = ${q.status}`);
  if (q.overdue) conds.push(sql`t.status <> 'hoan_thanh' AND t.due_on < ${today}::date`);
  if (q.from) conds.push(sql`t.due_on >= ${q.from}::date`);
  if (q.to) conds.push(sql`t.due_on <= ${q.to}::date`);
  if (!q.planId) conds.push(sql`p.status <> 'superseded'`);
  const where = sql.join(conds, sql` AND `);
  const items = await rows<TaskRow>(db, sql`${SELECT} WHERE ${where} ORDER BY t.due_on, t.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM plan_tasks t JOIN plans p ON p.id = t.plan_id WHERE ${where}`);
  return { items: items.map((t) => dto(t, today)), total, page: q.page, pageSize: q.pageSize, today };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const t = await load(db, id);
  authorizeTask(ctx, 'read', t);
  const notes = await rows<TaskNote>(db, sql`SELECT n.id, n.note, n.status, n.progress, n.file_name AS "fileName", n.file_sha256 IS NOT NULL AS "hasFile",
    us.full_name AS "author", n.created_at AS "createdAt" FROM task_notes n LEFT JOIN users us ON us.id = n.created_by WHERE n.task_id = ${id} ORDER BY n.id`);
  const coord = t.coordUnitIds.length ? await rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM units WHERE id = ANY(${`{${t.coordUnitIds.join(',')}}`}::bigint[]) ORDER BY path`) : [];
  return { ...dto(t, todayVN()), notes, coordUnits: coord };
}

async function checkUnits(ex: Executor, planUnitPath: string, leadUnitId: number | undefined, coord: number[] | undefined) {
  const ids = [...(leadUnitId ? [leadUnitId] : []), ...(coord ?? [])];
  if (!ids.length) return new Map<number, string>();
  const found = await rows<{ id: number; path: string }>(ex, sql`SELECT id, path::text AS path FROM units WHERE id = ANY(${`{${ids.join(',')}}`}::bigint[])`);
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
    const [r] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO plan_tasks (plan_id, title, clause, quarter, due_on, lead_unit_id, lead_unit_path, coord_unit_ids)
        VALUES (${planId}, ${input.title}, ${input.clause ?? null}, ${input.quarter ?? null}, ${dueOn}::date, ${input.leadUnitId}, ${map.get(input.leadUnitId)!}::ltree,
          ${JSON.stringify(input.coordUnitIds ?? [])}::jsonb) RETURNING id`,
    );
    const t = await load(tx, Number(r.id));
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
    const [r] = await rows(
      tx,
      sql`UPDATE plan_tasks SET title = coalesce(${input.title ?? null}, title), clause = ${input.clause === undefined ? before.clause : input.clause},
        quarter = ${input.quarter === undefined ? before.quarter : input.quarter}, due_on = ${dueOn}::date,
        lead_unit_id = ${input.leadUnitId ?? before.leadUnitId}, lead_unit_path = ${input.leadUnitId ? map.get(input.leadUnitId)! : before.leadUnitPath}::ltree,
        coord_unit_ids = ${JSON.stringify(input.coordUnitIds ?? before.coordUnitIds)}::jsonb, version = version + 1, updated_at = now()
        WHERE id = ${id} AND version = ${input.version} RETURNING id`,
    );
    if (!r) throw versionConflict();
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
    const [r] = await rows(tx, sql`DELETE FROM plan_tasks WHERE id = ${id} AND version = ${version} RETURNING id`);
    if (!r) throw versionConflict();
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
  if (input.file) {
    const [f] = await rows(db, sql`SELECT 1 FROM files WHERE sha256 = ${input.file.sha256}`);
    if (!f) throw new Invalid('Không tìm thấy tệp minh chứng đã tải lên; hãy tải lại tệp.', { field: 'file' });
  }
  const status = input.status ?? before.status;
  const progress = status === 'hoan_thanh' ? 100 : (input.progress ?? before.progress);
  const today = todayVN();
  await db.transaction(async (tx) => {
    const [r] = await rows(
      tx,
      sql`UPDATE plan_tasks SET status = ${status}, progress = ${progress}, done_on = ${status === 'hoan_thanh' ? (before.doneOn ?? today) : null}::date,
        version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${input.version} RETURNING id`,
    );
    if (!r) throw versionConflict();
    await tx.execute(sql`INSERT INTO task_notes (task_id, note, status, progress, file_sha256, file_name, created_by)
      VALUES (${id}, ${input.note}, ${input.status ?? null}, ${input.progress ?? (status === 'hoan_thanh' ? 100 : null)}, ${input.file?.sha256 ?? null}, ${input.file?.fileName ?? null}, ${ctx.actor?.userId || null})`);
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'report', entityType: 'plan_task', entityId: id, unitPath: after.leadUnitPath, before: { status: before.status, progress: before.progress }, after: { status: after.status, progress: after.progress, note: input.note, file: input.file?.fileName ?? null } });
  });
  return get(deps, ctx, id);
}

export async function noteFile(deps: Deps, ctx: Ctx, id: number, noteId: number) {
  const db = deps.database.db;
  const t = await load(db, id);
  authorizeTask(ctx, 'read', t);
  const [n] = await rows<{ sha256: string | null; fileName: string | null }>(db, sql`SELECT file_sha256 AS sha256, file_name AS "fileName" FROM task_notes WHERE id = ${noteId} AND task_id = ${id}`);
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
  const due = await rows<TaskRow>(
    ex,
    sql`${SELECT} WHERE t.status NOT IN ('hoan_thanh', 'tam_dung') AND p.status = 'issued'
      AND t.due_on <= (${today}::date + ${daysBefore}::int) AND (t.reminded_on IS NULL OR t.reminded_on < ${today}::date) ORDER BY t.due_on, t.id LIMIT 5000`,
  );
  let notices = 0;
  let mails = 0;
  for (const t of due) {
    const late = t.dueOn < today;
    const title = late ? `Nhiệm vụ quá hạn: ${t.title}` : `Nhiệm vụ sắp đến hạn (${docDate(t.dueOn)}): ${t.title}`;
    const body = `${t.planUnitName} — Kế hoạch ${t.planNumber ?? ''} ${t.planTitle}.\nNhiệm vụ: ${t.title}\nHạn hoàn thành: ${docDate(t.dueOn)}. Trạng thái: ${TASK_STATUS_NAMES[t.status]} (${t.progress}%).`;
    await ex.execute(sql`INSERT INTO notifications (unit_id, title, body, link) VALUES (${t.leadUnitId}, ${title}, ${body}, ${`/plans/${t.planId}?task=${t.id}`})`);
    notices++;
    const to = await rows<{ email: string }>(ex, sql`SELECT DISTINCT us.email FROM users us JOIN user_roles r ON r.user_id = us.id JOIN units u ON u.id = r.unit_id
      WHERE us.active AND us.email IS NOT NULL AND r.role IN ('can_bo_don_vi', 'chuyen_vien') AND u.path = ${t.leadUnitPath}::ltree`);
    for (const m of to) {
      await send(m.email, `[tdkt] ${title}`, body);
      mails++;
    }
    await ex.execute(sql`UPDATE plan_tasks SET reminded_on = ${today}::date WHERE id = ${t.id}`);
  }
  return { tasks: due.length, notices, mails };
}

