/**
 * Use cases of TĐKT plans: draft, edit, issue (then read-only; amendments are new revisions),
 * start a lower unit's plan from the upper one, the cascade request and its dashboard, and the
 * official document (DOCX, PDF).
 */
import { sql } from 'drizzle-orm';
import { cascadeStatus, type PlanDocumentData } from '../../../domain/planning/index.js';
import { docDate } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { AppError, Conflict, Invalid, fromPgError, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { authorizeReadDown, notFound, readDownCondition } from './access.js';
import type { CascadeStatus, PlanContent, PlanListItem } from '../../../shared/contract/plans.js';

export interface PlanRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  year: number;
  number: string | null;
  title: string;
  status: 'draft' | 'issued' | 'superseded';
  issuedOn: string | null;
  parentPlanId: number | null;
  supersedesId: number | null;
  revision: number;
  content: PlanContent;
  cascadeDue: string | null;
  cascadeScope: 'children' | 'subtree' | null;
  version: number;
  updatedAt: string;
}

const SELECT = sql`SELECT p.id, p.unit_id AS "unitId", u.name AS "unitName", p.unit_path::text AS "unitPath", p.year, p.number, p.title,
  p.status, p.issued_on::text AS "issuedOn", p.parent_plan_id AS "parentPlanId", p.supersedes_id AS "supersedesId", p.revision,
  p.content, p.cascade_due::text AS "cascadeDue", p.cascade_scope AS "cascadeScope", p.version, p.updated_at AS "updatedAt"
  FROM plans p JOIN units u ON u.id = p.unit_id`;

export async function load(ex: Executor, id: number): Promise<PlanRow> {
  const [p] = await rows<PlanRow>(ex, sql`${SELECT} WHERE p.id = ${id}`);
  if (!p) throw notFound('kế hoạch');
  return p;
}

const res = (p: { unitPath: string }) => ({ type: 'plan' as const, unitPath: p.unitPath });

export async function loadReadable(deps: Deps, ctx: Ctx, id: number): Promise<PlanRow> {
  const p = await load(deps.database.db, id);
  authorizeReadDown(ctx.actor, 'plan', p.unitPath);
  return p;
}

function assertDraft(p: PlanRow) {
  if (p.status !== 'draft') {
    throw new Conflict('Kế hoạch đã ban hành thì không sửa được; hãy tạo bản sửa đổi, bổ sung.', undefined, 'PLAN_ISSUED');
  }
}

/** Duplicate plan numbers of one unit and year get a message that says so. */
async function writing<T>(number: string | null | undefined, year: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const mapped = fromPgError(err);
    const constraint = (mapped?.details as { constraint?: string } | undefined)?.constraint;
    if (mapped?.code === 'DUPLICATE' && constraint === 'plans_number_uq') {
      throw new Conflict(`Số kế hoạch "${number}" đã dùng cho một kế hoạch khác của đơn vị trong năm ${year}.`, { field: 'number' }, 'DUPLICATE');
    }
    throw err;
  }
}

export async function list(deps: Deps, ctx: Ctx, q: { year?: number; unitId?: number; status?: string; q?: string; page: number; pageSize: number }) {
  const db = deps.database.db;
  const conds = [readDownCondition(ctx.actor, 'plan', sql`p.unit_path`)];
  if (q.year) conds.push(sql`p.year = ${q.year}`);
  if (q.unitId) conds.push(sql`p.unit_id = ${q.unitId}`);
  if (q.status) conds.push(sql`p.status = ${q.status}`);
  if (q.q) conds.push(sql`(tdkt_fold(p.title) LIKE '%' || tdkt_fold(${q.q}) || '%' OR p.number ILIKE '%' || ${q.q} || '%')`);
  const where = sql.join(conds, sql` AND `);
  const today = todayVN();
  const items = await rows<PlanListItem>(
    db,
    sql`SELECT p.id, p.unit_id AS "unitId", u.name AS "unitName", p.year, p.number, p.title, p.status, p.issued_on::text AS "issuedOn",
      p.parent_plan_id AS "parentPlanId", p.revision, p.cascade_due::text AS "cascadeDue", p.version,
      (SELECT count(*)::int FROM plan_tasks t WHERE t.plan_id = p.id) AS "taskCount",
      (SELECT count(*)::int FROM plan_tasks t WHERE t.plan_id = p.id AND t.status <> 'hoan_thanh' AND t.due_on < ${today}::date) AS "overdueCount"
      FROM plans p JOIN units u ON u.id = p.unit_id WHERE ${where}
      ORDER BY p.year DESC, p.issued_on DESC NULLS FIRST, p.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM plans p WHERE ${where}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const p = await loadReadable(deps, ctx, id);
  const db = deps.database.db;
  const parent = p.parentPlanId
    ? ((await rows<{ id: number; number: string | null; title: string; issuedOn: string | null; unitName: string }>(
        db,
        sql`SELECT p.id, p.number, p.title, p.issued_on::text AS "issuedOn", u.name AS "unitName" FROM plans p JOIN units u ON u.id = p.unit_id WHERE p.id = ${p.parentPlanId}`,
      ))[0] ?? null)
    : null;
  const revisions = await rows<{ id: number; number: string | null; revision: number; status: PlanRow['status']; issuedOn: string | null }>(db, sql`WITH RECURSIVE chain AS (
      SELECT id, supersedes_id FROM plans WHERE id = ${id}
      UNION ALL SELECT q.id, q.supersedes_id FROM plans q JOIN chain c ON q.id = c.supersedes_id)
    SELECT p.id, p.number, p.revision, p.status, p.issued_on::text AS "issuedOn" FROM plans p WHERE p.id IN (SELECT id FROM chain) OR p.supersedes_id = ${id} ORDER BY p.revision`);
  const { unitPath: _p, ...rest } = p;
  return { ...rest, parent, revisions, today: todayVN() };
}

/** The default document of a new plan of a unit: issuer from the unit tree, the four usual sections. */
async function defaultContent(ex: Executor, unitId: number): Promise<PlanContent> {
  const u = await units.findById(ex, unitId);
  if (!u) throw notFound('đơn vị');
  const parent = u.parentId ? await units.findById(ex, u.parentId) : undefined;
  // the installation's root ("Toàn hệ thống") is no governing body
  return {
    issuer: { parent: parent?.parentId ? parent.name : undefined, name: u.name },
    numberSuffix: 'KH-UBND',
    place: '',
    bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
    sections: [
      { kind: 'muc_dich_yeu_cau', title: 'MỤC ĐÍCH, YÊU CẦU', clauses: [{ title: 'Mục đích', text: '' }, { title: 'Yêu cầu', text: '' }] },
      { kind: 'noi_dung', title: 'NỘI DUNG', clauses: [] },
      { kind: 'thoi_gian', title: 'THỜI GIAN THỰC HIỆN', clauses: [1, 2, 3, 4].map((q) => ({ quarter: q as 1 | 2 | 3 | 4, text: '' })) },
      { kind: 'to_chuc_thuc_hien', title: 'TỔ CHỨC THỰC HIỆN', clauses: [] },
    ],
    recipients: ['Như trên', 'Lưu: VT'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: '' },
  };
}

export const upperRefText = (p: { number: string | null; issuedOn: string | null; unitName: string; title: string }) =>
  `Thực hiện Kế hoạch số ${p.number ?? '…'}${p.issuedOn ? ` ngày ${docDate(p.issuedOn)}` : ''} của ${p.unitName} về ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}`;

export async function create(deps: Deps, ctx: Ctx, input: { unitId: number; year: number; title: string; number?: string | null; parentPlanId?: number | null; content?: Partial<PlanContent> }) {
  const db = deps.database.db;
  const unit = await units.findById(db, input.unitId);
  if (!unit) throw new Invalid('Không tìm thấy đơn vị ban hành kế hoạch.', { field: 'unitId' });
  authorize(ctx.actor, 'create', { type: 'plan', unitPath: unit.path });
  let content = await defaultContent(db, input.unitId);
  let cascadeDue: string | null = null;
  if (input.parentPlanId) {
    const parent = await loadReadable(deps, ctx, input.parentPlanId);
    if (parent.status === 'draft') throw new Conflict('Kế hoạch cấp trên chưa ban hành.', undefined, 'PARENT_NOT_ISSUED');
    if (!(unit.path.startsWith(parent.unitPath + '.'))) {
      throw new Invalid('Chỉ đơn vị cấp dưới của đơn vị ban hành mới xây dựng kế hoạch thực hiện kế hoạch này.', { field: 'parentPlanId' });
    }
    content = { ...content, bases: [...parent.content.bases], theme: parent.content.theme, upperRef: upperRefText(parent) };
    cascadeDue = null;
  }
  const merged: PlanContent = { ...content, ...(input.content ?? {}) };
  return writing(input.number, input.year, () =>
    db.transaction(async (tx) => {
      const [r] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO plans (unit_id, unit_path, root_id, year, number, title, parent_plan_id, content, cascade_due, created_by)
          VALUES (${unit.id}, ${unit.path}::ltree, ${unit.rootId}, ${input.year}, ${input.number ?? null}, ${input.title}, ${input.parentPlanId ?? null},
            ${JSON.stringify(merged)}::jsonb, ${cascadeDue}, ${ctx.actor?.userId || null}) RETURNING id`,
      );
      const p = await load(tx, Number(r.id));
      await audit(tx, ctx, { action: 'create', entityType: 'plan', entityId: p.id, unitPath: p.unitPath, after: p });
      return p;
    }),
  );
}

export async function update(
  deps: Deps,
  ctx: Ctx,
  id: number,
  input: { version: number; title?: string; number?: string | null; year?: number; content?: PlanContent; cascadeDue?: string | null; cascadeScope?: 'children' | 'subtree' | null },
) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', res(before));
  assertDraft(before);
  const year = input.year ?? before.year;
  if (input.year !== undefined && input.year !== before.year) {
    const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM plan_tasks WHERE plan_id = ${id} AND extract(year FROM due_on) <> ${input.year}`);
    if (n > 0) throw new Invalid(`Có ${n} nhiệm vụ có hạn ngoài năm ${input.year}; sửa hạn nhiệm vụ trước khi đổi năm kế hoạch.`, { field: 'year' });
  }
  if (input.cascadeDue && Number(input.cascadeDue.slice(0, 4)) !== year) {
    throw new Invalid(`Hạn ban hành kế hoạch của cấp dưới phải nằm trong năm ${year}.`, { field: 'cascadeDue' });
  }
  return writing(input.number === undefined ? before.number : input.number, year, () =>
    db.transaction(async (tx) => {
      const [r] = await rows<{ id: number }>(
        tx,
        sql`UPDATE plans SET
          title = coalesce(${input.title ?? null}, title),
          number = ${input.number === undefined ? before.number : input.number},
          year = ${year},
          content = coalesce(${input.content ? JSON.stringify(input.content) : null}::jsonb, content),
          cascade_due = ${input.cascadeDue === undefined ? before.cascadeDue : input.cascadeDue}::date,
          cascade_scope = ${input.cascadeScope === undefined ? before.cascadeScope : input.cascadeScope},
          version = version + 1, updated_at = now()
          WHERE id = ${id} AND version = ${input.version} RETURNING id`,
      );
      if (!r) throw versionConflict();
      const after = await load(tx, id);
      await audit(tx, ctx, { action: 'update', entityType: 'plan', entityId: id, unitPath: after.unitPath, before, after });
      return after;
    }),
  );
}

/** Ban hành: numbered and dated, then read-only. An amendment issued replaces the plan it amends. */
export async function issue(deps: Deps, ctx: Ctx, id: number, input: { version: number; number: string; issuedOn: string }) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'decide', res(before));
  assertDraft(before);
  if (Number(input.issuedOn.slice(0, 4)) < before.year - 1 || Number(input.issuedOn.slice(0, 4)) > before.year) {
    throw new Invalid(`Ngày ban hành phải thuộc năm ${before.year - 1} hoặc ${before.year}.`, { field: 'issuedOn' });
  }
  const missing: string[] = [];
  if (!before.content.sections.length) missing.push('nội dung (các mục)');
  if (!before.content.signer?.name) missing.push('người ký');
  if (!before.content.recipients.length) missing.push('nơi nhận');
  if (missing.length) throw new Invalid(`Chưa đủ để ban hành: thiếu ${missing.join(', ')}.`, missing.map((m) => ({ field: '', message: `Thiếu ${m}` })), 'INCOMPLETE');
  return writing(input.number, before.year, () =>
    db.transaction(async (tx) => {
      const [r] = await rows<{ id: number }>(
        tx,
        sql`UPDATE plans SET status = 'issued', number = ${input.number}, issued_on = ${input.issuedOn}::date, issued_by = ${ctx.actor?.userId || null},
          version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${input.version} AND status = 'draft' RETURNING id`,
      );
      if (!r) throw versionConflict();
      if (before.supersedesId) {
        await tx.execute(sql`UPDATE plans SET status = 'superseded', version = version + 1, updated_at = now() WHERE id = ${before.supersedesId} AND status = 'issued'`);
      }
      const after = await load(tx, id);
      await audit(tx, ctx, { action: 'issue', entityType: 'plan', entityId: id, unitPath: after.unitPath, before: { status: before.status }, after: { status: after.status, number: after.number, issuedOn: after.issuedOn } });
      return after;
    }),
  );
}

/** A new draft revision of an issued plan, with its content and tasks copied. */
export async function amend(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'create', res(before));
  if (before.status !== 'issued') throw new Conflict('Chỉ sửa đổi, bổ sung kế hoạch đang có hiệu lực (đã ban hành).', undefined, 'NOT_ISSUED');
  const [open] = await rows<{ id: number }>(db, sql`SELECT id FROM plans WHERE supersedes_id = ${id} AND status = 'draft'`);
  if (open) throw new Conflict('Đã có một bản sửa đổi đang soạn của kế hoạch này.', { id: open.id }, 'AMENDMENT_OPEN');
  return db.transaction(async (tx) => {
    const [r] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO plans (unit_id, unit_path, root_id, year, number, title, parent_plan_id, supersedes_id, revision, content, cascade_due, cascade_scope, created_by)
        SELECT unit_id, unit_path, root_id, year, NULL, title, parent_plan_id, id, revision + 1, content, cascade_due, cascade_scope, ${ctx.actor?.userId || null}
        FROM plans WHERE id = ${id} RETURNING id`,
    );
    const newId = Number(r.id);
    await tx.execute(sql`INSERT INTO plan_tasks (plan_id, title, clause, quarter, due_on, lead_unit_id, lead_unit_path, coord_unit_ids, status, progress, done_on)
      SELECT ${newId}, title, clause, quarter, due_on, lead_unit_id, lead_unit_path, coord_unit_ids, status, progress, done_on FROM plan_tasks WHERE plan_id = ${id} ORDER BY id`);
    const p = await load(tx, newId);
    await audit(tx, ctx, { action: 'amend', entityType: 'plan', entityId: newId, unitPath: p.unitPath, after: { supersedesId: id, revision: p.revision } });
    return p;
  });
}

export async function remove(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'delete', res(before));
  assertDraft(before);
  await db.transaction(async (tx) => {
    const [r] = await rows(tx, sql`DELETE FROM plans WHERE id = ${id} AND version = ${version} RETURNING id`);
    if (!r) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: 'plan', entityId: id, unitPath: before.unitPath, before });
  });
}

/** Yêu cầu cấp dưới ban hành kế hoạch trước một ngày — may be set or changed after issuing. */
export async function setCascade(deps: Deps, ctx: Ctx, id: number, input: { version: number; cascadeDue: string; cascadeScope: 'children' | 'subtree' }) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', res(before));
  if (Number(input.cascadeDue.slice(0, 4)) !== before.year) {
    throw new Invalid(`Hạn ban hành kế hoạch của cấp dưới phải nằm trong năm ${before.year}.`, { field: 'cascadeDue' });
  }
  return db.transaction(async (tx) => {
    const [r] = await rows(tx, sql`UPDATE plans SET cascade_due = ${input.cascadeDue}::date, cascade_scope = ${input.cascadeScope}, version = version + 1, updated_at = now()
      WHERE id = ${id} AND version = ${input.version} RETURNING id`);
    if (!r) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'cascade', entityType: 'plan', entityId: id, unitPath: after.unitPath, before: { cascadeDue: before.cascadeDue }, after: { cascadeDue: after.cascadeDue, cascadeScope: after.cascadeScope } });
    return after;
  });
}

/** The plan and the revisions it amends: a lower unit's plan implementing any of them implements this one. */
export async function revisionChain(ex: Executor, id: number): Promise<number[]> {
  const list = await rows<{ id: number }>(ex, sql`WITH RECURSIVE chain AS (
      SELECT id, supersedes_id FROM plans WHERE id = ${id}
      UNION ALL SELECT q.id, q.supersedes_id FROM plans q JOIN chain c ON q.id = c.supersedes_id)
    SELECT id FROM chain`);
  return list.map((r) => Number(r.id));
}

/** Which lower units issued their plan implementing this one, which are late; filter and page. */
export async function cascade(deps: Deps, ctx: Ctx, id: number, q: { status?: string; page: number; pageSize: number }) {
  const db = deps.database.db;
  const p = await loadReadable(deps, ctx, id);
  if (!p.cascadeDue) return { due: null, scope: null, counts: {}, total: 0, items: [], page: q.page, pageSize: q.pageSize };
  const today = todayVN();
  const chain = `{${(await revisionChain(db, id)).join(',')}}`;
  const who = p.cascadeScope === 'subtree' ? sql`u.path <@ ${p.unitPath}::ltree AND u.id <> ${p.unitId}` : sql`u.parent_id = ${p.unitId}`;
  const found = await rows<{ unitId: number; unitName: string; unitCode: string; planId: number | null; planStatus: 'draft' | 'issued' | 'superseded' | null; number: string | null; issuedOn: string | null }>(
    db,
    sql`SELECT u.id AS "unitId", u.name AS "unitName", u.code AS "unitCode", c.id AS "planId", c.status AS "planStatus", c.number, c.issued_on::text AS "issuedOn"
      FROM units u
      LEFT JOIN LATERAL (SELECT id, status, number, issued_on FROM plans x WHERE x.unit_id = u.id AND x.parent_plan_id = ANY(${chain}::bigint[])
        ORDER BY (x.status <> 'draft') DESC, x.issued_on NULLS LAST, x.id LIMIT 1) c ON true
      WHERE ${who} AND (u.valid_to IS NULL OR u.valid_to >= ${today}::date)
      ORDER BY u.path`,
  );
  const all = found.map((r) => ({
    ...r,
    status: cascadeStatus({ dueOn: p.cascadeDue! }, r.planId ? { status: r.planStatus === 'draft' ? 'draft' : 'issued', issuedOn: r.issuedOn } : null, today),
  }));
  const counts: Record<CascadeStatus, number> = { issued: 0, issued_late: 0, draft: 0, late: 0, pending: 0 };
  for (const r of all) counts[r.status]++;
  const filtered = q.status ? all.filter((r) => r.status === q.status) : all;
  return {
    due: p.cascadeDue, scope: p.cascadeScope, today, counts, total: filtered.length, page: q.page, pageSize: q.pageSize,
    items: filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
  };
}

/** The printed document of a plan. */
export function documentData(p: PlanRow): PlanDocumentData {
  const c = p.content;
  return {
    issuer: c.issuer, number: p.number, numberSuffix: c.numberSuffix, place: c.place, issuedOn: p.issuedOn, year: p.year, title: p.title,
    bases: c.bases, upperRef: c.upperRef, preamble: c.preamble, theme: c.theme, sections: c.sections, closing: c.closing, recipients: c.recipients, signer: c.signer,
  };
}
