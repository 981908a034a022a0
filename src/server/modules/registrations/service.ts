/**
 * Đăng ký thi đua: a unit registers the titles it and its people aim for (and its targets) for a year
 * or a movement, by a deadline; submits; the unit above approves or returns with reasons, and sees
 * the totals of its subtree per title and per unit.
 */
import { sql } from 'drizzle-orm';
import { awardName, catalogData, isAwardCode, registrationOpen, docDate } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { AppError, Conflict, Invalid, Unprocessable, fromPgError, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { inScopes } from '../units/repo.js';
import { notFound } from '../plans/access.js';
import * as movements from '../movements/service.js';
import { targetsOf } from '../targets/service.js';

export interface RegistrationRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  parentPath: string | null;
  year: number;
  movementId: number | null;
  movementName: string | null;
  registrationDeadline: string | null;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  returnReason: string | null;
  submittedAt: string | null;
  version: number;
}

export const REGISTRATION_STATUS_NAMES = { draft: 'Đang soạn', submitted: 'Đã gửi', approved: 'Đã duyệt', returned: 'Trả lại' } as const;

const SELECT = sql`SELECT r.id, r.unit_id AS "unitId", u.name AS "unitName", r.unit_path::text AS "unitPath", pu.path::text AS "parentPath", r.year,
  r.movement_id AS "movementId", m.name AS "movementName", m.registration_deadline::text AS "registrationDeadline", r.status, r.return_reason AS "returnReason",
  r.submitted_at AS "submittedAt", r.version
  FROM registrations r JOIN units u ON u.id = r.unit_id LEFT JOIN units pu ON pu.id = u.parent_id LEFT JOIN movements m ON m.id = r.movement_id`;

export async function load(ex: Executor, id: number): Promise<RegistrationRow> {
  const [r] = await rows<RegistrationRow>(ex, sql`${SELECT} WHERE r.id = ${id}`);
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
  const conds = [inScopes(sql`r.unit_path`, scopesFor(ctx.actor, 'read', 'registration'))];
  if (q.year) conds.push(sql`r.year = ${q.year}`);
  if (q.movementId) conds.push(sql`r.movement_id = ${q.movementId}`);
  if (q.unitId) {
    const u = await units.findById(db, q.unitId);
    if (!u) throw notFound('đơn vị');
    authorize(ctx.actor, 'read', { type: 'registration', unitPath: u.path });
    conds.push(sql`r.unit_id = ${q.unitId}`);
  }
  if (q.status) conds.push(sql`r.status = ${q.status}`);
  const where = sql.join(conds, sql` AND `);
  const items = await rows<RegistrationRow & { entries: number; targets: number }>(
    db,
    sql`SELECT x.*, (SELECT count(*)::int FROM registration_entries e WHERE e.registration_id = x.id) AS entries,
      (SELECT count(*)::int FROM targets t WHERE t.registration_id = x.id) AS targets
      FROM (${SELECT} WHERE ${where} ORDER BY r.year DESC, r.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}) x`,
  );
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM registrations r WHERE ${where}`);
  return { items: items.map((r) => ({ ...dto(r), entries: r.entries, targets: r.targets })), total, page: q.page, pageSize: q.pageSize };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'read', res(r));
  const entries = await rows<{ id: number; subject: 'ca_nhan' | 'tap_the'; personId: number | null; subjectUnitId: number | null; name: string; award: string; note: string | null }>(
    db,
    sql`SELECT id, subject, person_id AS "personId", subject_unit_id AS "subjectUnitId", name, award, note FROM registration_entries WHERE registration_id = ${id} ORDER BY subject DESC, id`,
  );
  const targets = await targetsOf(db, sql`t.registration_id = ${id}`);
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
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO registrations (unit_id, unit_path, root_id, year, movement_id) VALUES (${unit.id}, ${unit.path}::ltree, ${unit.rootId}, ${input.year}, ${input.movementId ?? null}) RETURNING id`,
      );
      const r = await load(tx, Number(row.id));
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
    const [p] = await rows<{ name: string; path: string }>(db, sql`SELECT full_name AS name, unit_path::text AS path FROM people WHERE id = ${input.personId}`);
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
    const [dup] = await rows(tx, sql`SELECT 1 FROM registration_entries WHERE registration_id = ${id} AND award = ${input.award}
      AND coalesce(person_id, 0) = ${input.personId ?? 0} AND coalesce(subject_unit_id, 0) = ${input.subject === 'tap_the' ? input.subjectUnitId! : 0}`);
    if (dup) throw new Conflict(`${name} đã được đăng ký danh hiệu này.`, undefined, 'DUPLICATE');
    const [e] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO registration_entries (registration_id, subject, person_id, subject_unit_id, name, award, note)
        VALUES (${id}, ${input.subject}, ${input.subject === 'ca_nhan' ? input.personId! : null}, ${input.subject === 'tap_the' ? input.subjectUnitId! : null}, ${name}, ${input.award}, ${input.note ?? null}) RETURNING id`,
    );
    await tx.execute(sql`UPDATE registrations SET version = version + 1, updated_at = now() WHERE id = ${id}`);
    await audit(tx, ctx, { action: 'create', entityType: 'registration_entry', entityId: e.id, unitPath: r.unitPath, after: { registrationId: id, ...input, name } });
    return { id: Number(e.id), name };
  });
}

export async function removeEntry(deps: Deps, ctx: Ctx, id: number, entryId: number) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'update', res(r));
  assertEditable(r);
  await db.transaction(async (tx) => {
    const [e] = await rows(tx, sql`DELETE FROM registration_entries WHERE id = ${entryId} AND registration_id = ${id} RETURNING id, name, award`);
    if (!e) throw notFound('dòng đăng ký');
    await tx.execute(sql`UPDATE registrations SET version = version + 1, updated_at = now() WHERE id = ${id}`);
    await audit(tx, ctx, { action: 'delete', entityType: 'registration_entry', entityId: entryId, unitPath: r.unitPath, before: e });
  });
}

export async function submit(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'submit', res(r));
  assertEditable(r);
  assertOpen(r.registrationDeadline);
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT (SELECT count(*) FROM registration_entries WHERE registration_id = ${id}) + (SELECT count(*) FROM targets WHERE registration_id = ${id}) AS n`);
  if (Number(n) === 0) throw new Invalid('Bản đăng ký chưa có danh hiệu hay chỉ tiêu nào.', undefined, 'EMPTY');
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
    const [row] = await rows(
      tx,
      sql`UPDATE registrations SET status = ${to}, return_reason = ${to === 'returned' ? reason : null},
        submitted_at = CASE WHEN ${to} = 'submitted' THEN now() ELSE submitted_at END,
        decided_at = CASE WHEN ${to} IN ('approved', 'returned') THEN now() ELSE decided_at END,
        version = version + 1, updated_at = now() WHERE id = ${r.id} AND version = ${version} RETURNING id`,
    );
    if (!row) throw versionConflict();
    if (to === 'approved' || to === 'returned') {
      await tx.execute(sql`INSERT INTO notifications (unit_id, title, body, link) VALUES (${r.unitId},
        ${to === 'approved' ? `Đăng ký thi đua năm ${r.year} đã được duyệt` : `Đăng ký thi đua năm ${r.year} bị trả lại`},
        ${to === 'approved' ? `${r.unitName}: bản đăng ký${r.movementName ? ` phong trào «${r.movementName}»` : ''} đã được duyệt.` : `Lý do: ${reason}`}, ${`/registrations/${r.id}`})`);
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
  const mv = q.movementId ? sql`r.movement_id = ${q.movementId}` : sql`r.movement_id IS NULL`;
  const base = sql`r.unit_path <@ ${unit.path}::ltree AND r.year = ${q.year} AND ${mv} AND r.status IN ('submitted', 'approved')`;
  const byAward = await rows<{ award: string; individuals: number; collectives: number }>(
    db,
    sql`SELECT e.award, count(*) FILTER (WHERE e.subject = 'ca_nhan')::int AS individuals, count(*) FILTER (WHERE e.subject = 'tap_the')::int AS collectives
      FROM registration_entries e JOIN registrations r ON r.id = e.registration_id WHERE ${base} GROUP BY e.award ORDER BY e.award`,
  );
  const byUnit = await rows<{ id: number; unitId: number; unitName: string; status: RegistrationRow['status']; individuals: number; collectives: number; targets: number }>(
    db,
    sql`SELECT r.id, r.unit_id AS "unitId", u.name AS "unitName", r.status,
      (SELECT count(*)::int FROM registration_entries e WHERE e.registration_id = r.id AND e.subject = 'ca_nhan') AS individuals,
      (SELECT count(*)::int FROM registration_entries e WHERE e.registration_id = r.id AND e.subject = 'tap_the') AS collectives,
      (SELECT count(*)::int FROM targets t WHERE t.registration_id = r.id) AS targets
      FROM registrations r JOIN units u ON u.id = r.unit_id WHERE ${base} ORDER BY u.path LIMIT 5000`,
  );
  return {
    unitId: unit.id, unitName: unit.name, year: q.year,
    byAward: byAward.map((a) => ({ ...a, awardName: isAwardCode(a.award) ? awardName(a.award) : a.award })),
    byUnit,
  };
}
