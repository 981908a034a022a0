/**
 * SQL of a plan's tasks: the task row with its plan and units, lists, progress notes with evidence,
 * and what the reminders read and mark.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Quarter, TaskStatus } from '../../../domain/planning/index.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import type { TaskNote } from '../../../shared/contract/tasks.js';
import { inScopes } from '../units/repo.js';

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

export async function findById(ex: Executor, id: number): Promise<TaskRow | undefined> {
  return (await rows<TaskRow>(ex, sql`${SELECT} WHERE t.id = ${id}`))[0];
}

export interface TaskFilter {
  /** read scopes of the actor */
  scopes: string[];
  /** the actor's units: tasks of plans issued above them are theirs to read */
  above: string[];
  planId?: number;
  leadUnitId?: number;
  year?: number;
  quarter?: number;
  status?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
}

/** A page of tasks by due date: of plans in scope, led by a unit in scope, or of plans sent down from above. */
export async function list(ex: Executor, f: TaskFilter, today: string, page: number, pageSize: number) {
  const conds: SQL[] = [sql`(${inScopes(sql`p.unit_path`, f.scopes)} OR ${inScopes(sql`t.lead_unit_path`, f.scopes)} OR (p.unit_path @> ANY(${`{${f.above.join(',')}}`}::ltree[]) AND p.status <> 'draft'))`];
  if (f.planId) conds.push(sql`t.plan_id = ${f.planId}`);
  if (f.leadUnitId) conds.push(sql`t.lead_unit_id = ${f.leadUnitId}`);
  if (f.year) conds.push(sql`p.year = ${f.year}`);
  if (f.quarter) conds.push(sql`extract(quarter FROM t.due_on) = ${f.quarter}`);
  if (f.status) conds.push(sql`t.status = ${f.status}`);
  if (f.overdue) conds.push(sql`t.status <> 'hoan_thanh' AND t.due_on < ${today}::date`);
  if (f.from) conds.push(sql`t.due_on >= ${f.from}::date`);
  if (f.to) conds.push(sql`t.due_on <= ${f.to}::date`);
  if (!f.planId) conds.push(sql`p.status <> 'superseded'`);
  const where = sql.join(conds, sql` AND `);
  const items = await rows<TaskRow>(ex, sql`${SELECT} WHERE ${where} ORDER BY t.due_on, t.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM plan_tasks t JOIN plans p ON p.id = t.plan_id WHERE ${where}`);
  return { items, total };
}

export async function notes(ex: Executor, id: number): Promise<TaskNote[]> {
  return rows<TaskNote>(ex, sql`SELECT n.id, n.note, n.status, n.progress, n.file_name AS "fileName", n.file_sha256 IS NOT NULL AS "hasFile",
    us.full_name AS "author", n.created_at AS "createdAt" FROM task_notes n LEFT JOIN users us ON us.id = n.created_by WHERE n.task_id = ${id} ORDER BY n.id`);
}

export interface NewTask {
  planId: number;
  title: string;
  clause: string | null;
  quarter: number | null;
  dueOn: string;
  leadUnitId: number;
  leadUnitPath: string;
  coordUnitIds: number[];
}

export async function insert(ex: Executor, t: NewTask): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO plan_tasks (plan_id, title, clause, quarter, due_on, lead_unit_id, lead_unit_path, coord_unit_ids)
      VALUES (${t.planId}, ${t.title}, ${t.clause}, ${t.quarter}, ${t.dueOn}::date, ${t.leadUnitId}, ${t.leadUnitPath}::ltree,
        ${JSON.stringify(t.coordUnitIds)}::jsonb) RETURNING id`,
  );
  return Number(r.id);
}

/** The task's fields at a version (a null title keeps it); false when the version is not the current one. */
export async function update(ex: Executor, id: number, version: number, t: Omit<NewTask, 'planId' | 'title'> & { title: string | null }): Promise<boolean> {
  const [r] = await rows(
    ex,
    sql`UPDATE plan_tasks SET title = coalesce(${t.title}, title), clause = ${t.clause},
      quarter = ${t.quarter}, due_on = ${t.dueOn}::date,
      lead_unit_id = ${t.leadUnitId}, lead_unit_path = ${t.leadUnitPath}::ltree,
      coord_unit_ids = ${JSON.stringify(t.coordUnitIds)}::jsonb, version = version + 1, updated_at = now()
      WHERE id = ${id} AND version = ${version} RETURNING id`,
  );
  return !!r;
}

export async function remove(ex: Executor, id: number, version: number): Promise<boolean> {
  const [r] = await rows(ex, sql`DELETE FROM plan_tasks WHERE id = ${id} AND version = ${version} RETURNING id`);
  return !!r;
}

/** Status and progress at a version; false when the version is not the current one. */
export async function setProgress(ex: Executor, id: number, version: number, status: TaskStatus, progress: number, doneOn: string | null): Promise<boolean> {
  const [r] = await rows(
    ex,
    sql`UPDATE plan_tasks SET status = ${status}, progress = ${progress}, done_on = ${doneOn}::date,
      version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} RETURNING id`,
  );
  return !!r;
}

export interface NewNote {
  note: string;
  status: TaskStatus | null;
  progress: number | null;
  fileSha256: string | null;
  fileName: string | null;
  createdBy: number | null;
}

export async function insertNote(ex: Executor, id: number, n: NewNote): Promise<void> {
  await ex.execute(sql`INSERT INTO task_notes (task_id, note, status, progress, file_sha256, file_name, created_by)
    VALUES (${id}, ${n.note}, ${n.status}, ${n.progress}, ${n.fileSha256}, ${n.fileName}, ${n.createdBy})`);
}

export async function noteFile(ex: Executor, id: number, noteId: number) {
  return (await rows<{ sha256: string | null; fileName: string | null }>(ex, sql`SELECT file_sha256 AS sha256, file_name AS "fileName" FROM task_notes WHERE id = ${noteId} AND task_id = ${id}`))[0];
}

// ---- reminders -------------------------------------------------------------------------------------

/** Open tasks of issued plans due within `daysBefore` days or overdue, not yet reminded today. */
export async function dueForReminder(ex: Executor, today: string, daysBefore: number): Promise<TaskRow[]> {
  return rows<TaskRow>(
    ex,
    sql`${SELECT} WHERE t.status NOT IN ('hoan_thanh', 'tam_dung') AND p.status = 'issued'
      AND t.due_on <= (${today}::date + ${daysBefore}::int) AND (t.reminded_on IS NULL OR t.reminded_on < ${today}::date) ORDER BY t.due_on, t.id LIMIT 5000`,
  );
}

/** Mail addresses of the active officers of the unit. */
export async function officerEmails(ex: Executor, unitPath: string): Promise<string[]> {
  const to = await rows<{ email: string }>(ex, sql`SELECT DISTINCT us.email FROM users us JOIN user_roles r ON r.user_id = us.id JOIN units u ON u.id = r.unit_id
    WHERE us.active AND us.email IS NOT NULL AND r.role IN ('can_bo_don_vi', 'chuyen_vien') AND u.path = ${unitPath}::ltree`);
  return to.map((m) => m.email);
}

export async function markReminded(ex: Executor, id: number, today: string): Promise<void> {
  await ex.execute(sql`UPDATE plan_tasks SET reminded_on = ${today}::date WHERE id = ${id}`);
}
