/**
 * The TĐKT council of a unit: members with roles and terms; sessions with an agenda of dossiers,
 * attendance, recusals, and an electronic secret ballot per nominee.
 *
 * Secrecy: a vote adds one to a counter of (session, nominee, choice) and records, in another
 * table and without any time, that the member took part. No row holds a member and a choice
 * together, so no one — admins included — can tell from the data how a member voted. The audit
 * trail records that a member voted, never the choice. Counters are read only after the vote closes.
 */
import { sql } from 'drizzle-orm';
import { DEFAULT_VOTE_SHARE, awardName, ballotResult, isAwardCode, voteThreshold } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { AppError, Conflict, Forbidden, Invalid, NotFound, fromPgError, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as dossiers from '../dossiers/repo.js';
import * as rules from '../rules/service.js';
import * as units from '../units/repo.js';
import { inScopes } from '../units/repo.js';
import { CHOICES, MEMBER_ROLES, type Choice, type MemberRole, type SessionState } from '../../../shared/contract/councils.js';

export { CHOICES, MEMBER_ROLES, type Choice };
export const MEMBER_ROLE_NAMES: Record<MemberRole, string> = { chu_tich: 'Chủ tịch', pho_chu_tich: 'Phó Chủ tịch', thu_ky: 'Thư ký', uy_vien: 'Ủy viên' };

export interface MemberRow {
  id: number;
  unitId: number;
  userId: number | null;
  username: string | null;
  personId: number | null;
  fullName: string;
  role: MemberRole;
  memberUnitId: number | null;
  memberUnitName: string | null;
  termFrom: string | null;
  termTo: string | null;
  version: number;
}

const MEMBER_SELECT = sql`SELECT m.id, m.unit_id AS "unitId", m.user_id AS "userId", us.username, m.person_id AS "personId", m.full_name AS "fullName", m.role,
  m.member_unit_id AS "memberUnitId", mu.name AS "memberUnitName", m.term_from AS "termFrom", m.term_to AS "termTo", m.version
  FROM council_members m LEFT JOIN users us ON us.id = m.user_id LEFT JOIN units mu ON mu.id = m.member_unit_id`;

async function unitOf(ex: Executor, id: number) {
  const u = await units.findById(ex, id);
  if (!u) throw new NotFound('Không tìm thấy đơn vị.');
  return u;
}

const councilRes = (path: string) => ({ type: 'council' as const, unitPath: path });

/** Members in office on a day (no term bounds = in office). */
async function membersOn(ex: Executor, unitId: number, day: string | null): Promise<MemberRow[]> {
  const cond = day ? sql`AND (m.term_from IS NULL OR m.term_from <= ${day}::date) AND (m.term_to IS NULL OR m.term_to >= ${day}::date)` : sql``;
  return rows<MemberRow>(ex, sql`${MEMBER_SELECT} WHERE m.unit_id = ${unitId} ${cond} ORDER BY array_position(ARRAY['chu_tich','pho_chu_tich','thu_ky','uy_vien'], m.role), m.id`);
}

export async function listMembers(deps: Deps, ctx: Ctx, unitId: number) {
  const u = await unitOf(deps.database.db, unitId);
  authorize(ctx.actor, 'read', councilRes(u.path));
  return { unit: { id: u.id, name: u.name }, items: await membersOn(deps.database.db, unitId, null) };
}

export interface NewMember {
  fullName: string;
  /** the member's account by user name (officers cannot list accounts; they know the name) */
  username?: string | null;
  role: (typeof MEMBER_ROLES)[number];
  userId?: number | null;
  personId?: number | null;
  memberUnitId?: number | null;
  termFrom?: string | null;
  termTo?: string | null;
}

export async function addMember(deps: Deps, ctx: Ctx, unitId: number, m: NewMember) {
  const db = deps.database.db;
  const u = await unitOf(db, unitId);
  authorize(ctx.actor, 'update', councilRes(u.path));
  if (m.termFrom && m.termTo && m.termTo < m.termFrom) throw new Invalid('Ngày hết nhiệm kỳ trước ngày bắt đầu (trường termTo).', [{ field: 'termTo', message: 'Trước ngày bắt đầu' }]);
  if (m.username && !m.userId) {
    const [u] = await rows<{ id: number }>(db, sql`SELECT id FROM users WHERE lower(username) = lower(${m.username})`);
    if (!u) throw new Invalid(`Không có tài khoản "${m.username}" (trường username).`, [{ field: 'username', message: 'Không có tài khoản này' }]);
    m = { ...m, userId: Number(u.id) };
  }
  if (m.userId) {
    const [dup] = await rows(db, sql`SELECT 1 FROM council_members WHERE unit_id = ${unitId} AND user_id = ${m.userId} AND (term_to IS NULL OR term_to >= current_date)`);
    if (dup) throw new Conflict('Tài khoản này đã là thành viên Hội đồng của đơn vị.', undefined, 'DUPLICATE');
  }
  try {
    return await db.transaction(async (tx) => {
      const [r] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO council_members (unit_id, user_id, person_id, full_name, role, member_unit_id, term_from, term_to)
          VALUES (${unitId}, ${m.userId ?? null}, ${m.personId ?? null}, ${m.fullName}, ${m.role}, ${m.memberUnitId ?? null}, ${m.termFrom ?? null}::date, ${m.termTo ?? null}::date)
          RETURNING id`,
      );
      const [row] = await rows<MemberRow>(tx, sql`${MEMBER_SELECT} WHERE m.id = ${r.id}`);
      await audit(tx, ctx, { action: 'create', entityType: 'council_member', entityId: Number(r.id), unitPath: u.path, after: row });
      return row;
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    const mapped = fromPgError(err);
    if (mapped) throw new Invalid('Tài khoản, cá nhân hoặc đơn vị của thành viên không tồn tại.', mapped.details, 'REFERENCE');
    throw err;
  }
}

export async function removeMember(deps: Deps, ctx: Ctx, memberId: number, version: number) {
  const db = deps.database.db;
  const [m] = await rows<MemberRow>(db, sql`${MEMBER_SELECT} WHERE m.id = ${memberId}`);
  if (!m) throw new NotFound('Không tìm thấy thành viên Hội đồng.');
  const u = await unitOf(db, m.unitId);
  authorize(ctx.actor, 'update', councilRes(u.path));
  const [used] = await rows(db, sql`SELECT 1 FROM session_attendance WHERE member_id = ${memberId} LIMIT 1`);
  await db.transaction(async (tx) => {
    // a member who sat in a session stays in its record: the term ends today instead
    const done = used
      ? await rows(tx, sql`UPDATE council_members SET term_to = current_date - 1, version = version + 1, updated_at = now() WHERE id = ${memberId} AND version = ${version} RETURNING id`)
      : await rows(tx, sql`DELETE FROM council_members WHERE id = ${memberId} AND version = ${version} RETURNING id`);
    if (!done.length) throw versionConflict();
    await audit(tx, ctx, { action: used ? 'update' : 'delete', entityType: 'council_member', entityId: memberId, unitPath: u.path, before: m });
  });
}

// ---- sessions ----------------------------------------------------------------------------------

interface SessionRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  title: string;
  heldOn: string;
  state: SessionState;
  membersTotal: number;
  openedAt: string | null;
  closedAt: string | null;
  version: number;
}

const SESSION_SELECT = sql`SELECT s.id, s.unit_id AS "unitId", u.name AS "unitName", u.path::text AS "unitPath", s.title, s.held_on AS "heldOn", s.state,
  s.members_total AS "membersTotal", s.opened_at AS "openedAt", s.closed_at AS "closedAt", s.version
  FROM council_sessions s JOIN units u ON u.id = s.unit_id`;

async function loadSession(ex: Executor, id: number): Promise<SessionRow> {
  const [s] = await rows<SessionRow>(ex, sql`${SESSION_SELECT} WHERE s.id = ${id}`);
  if (!s) throw new NotFound('Không tìm thấy phiên họp Hội đồng.');
  return s;
}

const sessionDto = ({ unitPath: _p, ...s }: SessionRow) => s;

export async function listSessions(deps: Deps, ctx: Ctx, q: { unitId?: number }) {
  const scopes = scopesFor(ctx.actor, 'read', 'council');
  const unitCond = q.unitId ? sql`AND s.unit_id = ${q.unitId}` : sql``;
  if (q.unitId) authorize(ctx.actor, 'read', councilRes((await unitOf(deps.database.db, q.unitId)).path));
  const items = await rows<SessionRow>(deps.database.db, sql`${SESSION_SELECT} WHERE ${inScopes(sql`u.path`, scopes)} ${unitCond} ORDER BY s.held_on DESC, s.id DESC LIMIT 200`);
  return { items: items.map(sessionDto) };
}

export async function createSession(deps: Deps, ctx: Ctx, input: { unitId: number; title: string; heldOn: string; dossierIds: number[] }) {
  const db = deps.database.db;
  const u = await unitOf(db, input.unitId);
  authorize(ctx.actor, 'update', councilRes(u.path));
  const bad: string[] = [];
  for (const id of input.dossierIds) {
    const d = await dossiers.findById(db, id);
    if (!d || d.receivingUnitId !== u.id || d.state !== 'council') bad.push(d ? d.code : `#${id}`);
  }
  if (bad.length) {
    throw new Invalid(`Chỉ đưa vào phiên họp các hồ sơ gửi ${u.name} đang ở bước "Trình Hội đồng"; không hợp lệ: ${bad.join(', ')} (trường dossierIds).`, [
      { field: 'dossierIds', message: 'Hồ sơ không ở bước trình Hội đồng của đơn vị' },
    ]);
  }
  const members = await membersOn(db, u.id, input.heldOn);
  if (members.length === 0) throw new Conflict(`${u.name} chưa có thành viên Hội đồng trong nhiệm kỳ ngày ${input.heldOn}: thêm thành viên trước.`, undefined, 'NO_MEMBERS');
  return db.transaction(async (tx) => {
    const [r] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO council_sessions (unit_id, title, held_on, members_total, created_by) VALUES (${u.id}, ${input.title}, ${input.heldOn}::date, ${members.length}, ${ctx.actor?.userId || null}) RETURNING id`,
    );
    const id = Number(r.id);
    for (const d of input.dossierIds) await tx.execute(sql`INSERT INTO session_dossiers (session_id, dossier_id) VALUES (${id}, ${d})`);
    for (const m of members) await tx.execute(sql`INSERT INTO session_attendance (session_id, member_id, present) VALUES (${id}, ${m.id}, true)`);
    const s = await loadSession(tx, id);
    await audit(tx, ctx, { action: 'create', entityType: 'council_session', entityId: id, unitPath: u.path, after: { ...sessionDto(s), dossierIds: input.dossierIds } });
    return sessionDto(s);
  });
}

async function agenda(ex: Executor, sessionId: number) {
  return rows<{ nomineeId: number; dossierId: number; dossierCode: string; name: string; subject: 'person' | 'unit' | 'household'; personId: number | null; unitId: number | null; householdId: number | null; award: string; achievement: string | null; subjectUnitId: number | null }>(
    ex,
    sql`SELECT n.id AS "nomineeId", d.id AS "dossierId", d.code AS "dossierCode", n.name, n.subject, n.person_id AS "personId", n.unit_id AS "unitId",
        n.household_id AS "householdId", n.award, n.achievement, coalesce(p.unit_id, n.unit_id, h.thon_unit_id) AS "subjectUnitId"
      FROM session_dossiers sd JOIN dossiers d ON d.id = sd.dossier_id JOIN dossier_nominees n ON n.dossier_id = d.id
      LEFT JOIN people p ON p.id = n.person_id LEFT JOIN households h ON h.id = n.household_id
      WHERE sd.session_id = ${sessionId} ORDER BY d.id, n.position, n.id`,
  );
}

export async function getSession(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const s = await loadSession(db, id);
  authorize(ctx.actor, 'read', councilRes(s.unitPath));
  const members = await rows<MemberRow & { present: boolean; writtenOpinion: string | null }>(
    db,
    sql`SELECT m.id, m.full_name AS "fullName", m.role, m.user_id AS "userId", m.person_id AS "personId", m.member_unit_id AS "memberUnitId",
        a.present, a.written_opinion AS "writtenOpinion"
      FROM session_attendance a JOIN council_members m ON m.id = a.member_id WHERE a.session_id = ${id}
      ORDER BY array_position(ARRAY['chu_tich','pho_chu_tich','thu_ky','uy_vien'], m.role), m.id`,
  );
  const items = await agenda(db, id);
  const recusals = await rows<{ memberId: number; nomineeId: number; reason: string }>(
    db,
    sql`SELECT member_id AS "memberId", nominee_id AS "nomineeId", reason FROM session_recusals WHERE session_id = ${id}`,
  );
  const turnout = await rows<{ nomineeId: number; voted: number }>(
    db,
    sql`SELECT nominee_id AS "nomineeId", count(*)::int AS voted FROM ballot_participation WHERE session_id = ${id} GROUP BY nominee_id`,
  );
  // results only once the vote is closed: nobody sees partial counts
  const results =
    s.state === 'closed'
      ? await rows<{ nomineeId: number; yes: number; no: number; abstain: number; passed: boolean | null; rule: string }>(
          db,
          sql`SELECT nominee_id AS "nomineeId", yes, no, abstain, passed, rule FROM ballot_tallies WHERE session_id = ${id}`,
        )
      : [];
  const me = members.find((m) => m.userId && m.userId === ctx.actor?.userId);
  const mine = me
    ? new Set((await rows<{ nomineeId: number }>(db, sql`SELECT nominee_id AS "nomineeId" FROM ballot_participation WHERE session_id = ${id} AND member_id = ${me.id}`)).map((r) => Number(r.nomineeId)))
    : new Set<number>();
  return {
    ...sessionDto(s),
    members: members.map((m) => ({ id: m.id, fullName: m.fullName, role: m.role, roleName: MEMBER_ROLE_NAMES[m.role], present: m.present, writtenOpinion: m.writtenOpinion })),
    items: items.map((i) => ({
      ...i,
      awardName: isAwardCode(i.award) ? awardName(i.award) : i.award,
      voted: turnout.find((t) => Number(t.nomineeId) === i.nomineeId)?.voted ?? 0,
      result: results.find((r) => Number(r.nomineeId) === i.nomineeId) ?? null,
      recused: recusals.filter((r) => Number(r.nomineeId) === i.nomineeId).map((r) => ({ memberId: Number(r.memberId), reason: r.reason })),
    })),
    me: me
      ? {
          memberId: me.id,
          votedNominees: [...mine],
          recusedNominees: recusals.filter((r) => Number(r.memberId) === me.id).map((r) => Number(r.nomineeId)),
        }
      : null,
  };
}

function assertState(s: SessionRow, state: SessionRow['state'], what: string) {
  const names = { preparing: 'đang chuẩn bị', voting: 'đang bỏ phiếu', closed: 'đã kết thúc' };
  if (s.state !== state) throw new Conflict(`Phiên họp ${names[s.state]}: không thể ${what}.`, undefined, 'INVALID_STATE');
}

export async function setAttendance(deps: Deps, ctx: Ctx, id: number, input: { version: number; items: { memberId: number; present: boolean; writtenOpinion?: string | null }[] }) {
  const db = deps.database.db;
  const s = await loadSession(db, id);
  authorize(ctx.actor, 'update', councilRes(s.unitPath));
  assertState(s, 'preparing', 'sửa danh sách có mặt');
  return db.transaction(async (tx) => {
    if (!(await rows(tx, sql`UPDATE council_sessions SET version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${input.version} RETURNING id`)).length) throw versionConflict();
    for (const it of input.items) {
      const done = await rows(
        tx,
        sql`UPDATE session_attendance SET present = ${it.present}, written_opinion = ${it.writtenOpinion ?? null} WHERE session_id = ${id} AND member_id = ${it.memberId} RETURNING member_id`,
      );
      if (!done.length) throw new Invalid(`Thành viên ${it.memberId} không thuộc phiên họp này (trường items).`, [{ field: 'items', message: 'Không thuộc phiên họp' }]);
    }
    await audit(tx, ctx, { action: 'update', entityType: 'council_session', entityId: id, unitPath: s.unitPath, after: { attendance: input.items } });
    return sessionDto(await loadSession(tx, id));
  });
}

export async function declareRecusal(deps: Deps, ctx: Ctx, id: number, input: { memberId: number; nomineeId: number; reason: string }) {
  const db = deps.database.db;
  const s = await loadSession(db, id);
  authorize(ctx.actor, 'update', councilRes(s.unitPath));
  if (s.state === 'closed') throw new Conflict('Phiên họp đã kết thúc.', undefined, 'INVALID_STATE');
  const items = await agenda(db, id);
  if (!items.some((i) => i.nomineeId === input.nomineeId)) throw new Invalid('Người được đề nghị không có trong chương trình phiên họp (trường nomineeId).', [{ field: 'nomineeId', message: 'Không có trong phiên họp' }]);
  const [att] = await rows(db, sql`SELECT 1 FROM session_attendance WHERE session_id = ${id} AND member_id = ${input.memberId}`);
  if (!att) throw new Invalid('Thành viên không thuộc phiên họp này (trường memberId).', [{ field: 'memberId', message: 'Không thuộc phiên họp' }]);
  const [voted] = await rows(db, sql`SELECT 1 FROM ballot_participation WHERE session_id = ${id} AND member_id = ${input.memberId} AND nominee_id = ${input.nomineeId}`);
  if (voted) throw new Conflict('Thành viên đã bỏ phiếu cho trường hợp này: không thể ghi nhận tránh xung đột lợi ích sau khi đã bỏ phiếu.', undefined, 'ALREADY_VOTED');
  await db.transaction(async (tx) => {
    await tx.execute(sql`INSERT INTO session_recusals (session_id, member_id, nominee_id, reason) VALUES (${id}, ${input.memberId}, ${input.nomineeId}, ${input.reason}) ON CONFLICT DO NOTHING`);
    await audit(tx, ctx, { action: 'recuse', entityType: 'council_session', entityId: id, unitPath: s.unitPath, after: input });
  });
  return getSession(deps, ctx, id);
}

/**
 * Opens the vote: checks the quorum (a tenant parameter), records the automatic recusals (a member
 * who is a nominee; a member of the nominee's unit when `workflow.recuseSameUnit` is set).
 */
export async function openVoting(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const s = await loadSession(db, id);
  authorize(ctx.actor, 'update', councilRes(s.unitPath));
  assertState(s, 'preparing', 'mở bỏ phiếu');
  const { params } = await rules.loadSettings(db);
  const [att] = await rows<{ present: number; total: number }>(db, sql`SELECT count(*) FILTER (WHERE present)::int AS present, count(*)::int AS total FROM session_attendance WHERE session_id = ${id}`);
  const quorum = params.workflow?.councilQuorum;
  if (quorum && att.present * quorum.den < quorum.num * s.membersTotal) {
    throw new Conflict(`Chưa đủ số thành viên dự họp: có mặt ${att.present}/${s.membersTotal}, cần từ ${quorum.num}/${quorum.den} tổng số thành viên.`, undefined, 'NO_QUORUM');
  }
  const members = await rows<{ id: number; personId: number | null; memberUnitId: number | null; fullName: string }>(
    db,
    sql`SELECT m.id, m.person_id AS "personId", m.member_unit_id AS "memberUnitId", m.full_name AS "fullName" FROM session_attendance a JOIN council_members m ON m.id = a.member_id WHERE a.session_id = ${id}`,
  );
  const items = await agenda(db, id);
  return db.transaction(async (tx) => {
    if (!(await rows(tx, sql`UPDATE council_sessions SET state = 'voting', opened_at = now(), version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} AND state = 'preparing' RETURNING id`)).length) throw versionConflict();
    for (const i of items) {
      await tx.execute(sql`INSERT INTO ballot_tallies (session_id, nominee_id) VALUES (${id}, ${i.nomineeId}) ON CONFLICT DO NOTHING`);
      for (const m of members) {
        const self = m.personId !== null && m.personId === i.personId;
        const sameUnit = !!params.workflow?.recuseSameUnit && m.memberUnitId !== null && m.memberUnitId === i.subjectUnitId;
        if (self || sameUnit) {
          await tx.execute(sql`INSERT INTO session_recusals (session_id, member_id, nominee_id, reason)
            VALUES (${id}, ${m.id}, ${i.nomineeId}, ${self ? 'Thành viên là người được đề nghị' : 'Thành viên cùng đơn vị với người được đề nghị'}) ON CONFLICT DO NOTHING`);
        }
      }
    }
    await audit(tx, ctx, { action: 'open_voting', entityType: 'council_session', entityId: id, unitPath: s.unitPath, after: { present: att.present, membersTotal: s.membersTotal } });
    return sessionDto(await loadSession(tx, id));
  });
}

/** One member's secret ballot on some nominees of the session. */
export async function vote(deps: Deps, ctx: Ctx, id: number, input: { votes: { nomineeId: number; choice: Choice }[] }) {
  const db = deps.database.db;
  const s = await loadSession(db, id);
  authorize(ctx.actor, 'vote', councilRes(s.unitPath));
  assertState(s, 'voting', 'bỏ phiếu');
  const [member] = await rows<{ id: number }>(
    db,
    sql`SELECT m.id FROM session_attendance a JOIN council_members m ON m.id = a.member_id WHERE a.session_id = ${id} AND m.user_id = ${ctx.actor?.userId ?? -1}`,
  );
  if (!member) throw new Forbidden('Bạn không phải thành viên Hội đồng của phiên họp này.', 'NOT_A_MEMBER');
  const items = new Set((await agenda(db, id)).map((i) => i.nomineeId));
  const ids = input.votes.map((v) => v.nomineeId);
  if (new Set(ids).size !== ids.length) throw new Invalid('Mỗi trường hợp chỉ bỏ một phiếu (trường votes).', [{ field: 'votes', message: 'Trùng trường hợp' }]);
  const unknown = ids.filter((n) => !items.has(n));
  if (unknown.length) throw new Invalid(`Trường hợp không có trong phiên họp: ${unknown.join(', ')} (trường votes).`, [{ field: 'votes', message: 'Không có trong phiên họp' }]);
  const recused = await rows<{ nomineeId: number }>(db, sql`SELECT nominee_id AS "nomineeId" FROM session_recusals WHERE session_id = ${id} AND member_id = ${member.id}`);
  const blocked = ids.filter((n) => recused.some((r) => Number(r.nomineeId) === n));
  if (blocked.length) throw new Conflict('Bạn thuộc diện không tham gia biểu quyết (tránh xung đột lợi ích) với trường hợp đã chọn.', { nominees: blocked }, 'RECUSED');
  try {
    await db.transaction(async (tx) => {
      for (const v of input.votes) {
        // participation first: a second ballot for the same nominee fails on the primary key
        await tx.execute(sql`INSERT INTO ballot_participation (session_id, nominee_id, member_id) VALUES (${id}, ${v.nomineeId}, ${member.id})`);
        await tx.execute(sql`UPDATE ballot_tallies SET ${sql.raw(`"${v.choice}" = "${v.choice}" + 1`)} WHERE session_id = ${id} AND nominee_id = ${v.nomineeId}`);
      }
      await audit(tx, ctx, { action: 'vote', entityType: 'council_session', entityId: id, unitPath: s.unitPath, after: { ballots: input.votes.length } });
    });
  } catch (err) {
    if (fromPgError(err)?.code === 'DUPLICATE') throw new Conflict('Bạn đã bỏ phiếu cho trường hợp này; mỗi thành viên chỉ bỏ phiếu một lần.', undefined, 'ALREADY_VOTED');
    throw err;
  }
  return { ok: true as const, voted: input.votes.length };
}

/** Closes the vote and applies each nominee's threshold (of the session day's ruleset) to the counts. */
export async function closeVoting(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const s = await loadSession(db, id);
  authorize(ctx.actor, 'update', councilRes(s.unitPath));
  assertState(s, 'voting', 'kết thúc bỏ phiếu');
  const { params } = await rules.loadSettings(db);
  const items = await agenda(db, id);
  return db.transaction(async (tx) => {
    if (!(await rows(tx, sql`UPDATE council_sessions SET state = 'closed', closed_at = now(), version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} AND state = 'voting' RETURNING id`)).length) throw versionConflict();
    const tallies = await rows<{ nomineeId: number; yes: number; no: number; abstain: number }>(tx, sql`SELECT nominee_id AS "nomineeId", yes, no, abstain FROM ballot_tallies WHERE session_id = ${id}`);
    const out = [];
    for (const i of items) {
      const t = tallies.find((x) => Number(x.nomineeId) === i.nomineeId) ?? { yes: 0, no: 0, abstain: 0 };
      const threshold = isAwardCode(i.award) ? voteThreshold(i.award, s.heldOn, params) : null;
      const r = threshold
        ? ballotResult(t, s.membersTotal, threshold, params.workflow?.defaultVoteShare ?? DEFAULT_VOTE_SHARE)
        : { passed: null, rule: 'Danh hiệu, hình thức của đơn vị: ngưỡng biểu quyết chưa được cấu hình', needed: null };
      await tx.execute(sql`UPDATE ballot_tallies SET passed = ${r.passed}, rule = ${r.rule} WHERE session_id = ${id} AND nominee_id = ${i.nomineeId}`);
      out.push({ nomineeId: i.nomineeId, name: i.name, yes: t.yes, no: t.no, abstain: t.abstain, passed: r.passed });
    }
    await audit(tx, ctx, { action: 'close_voting', entityType: 'council_session', entityId: id, unitPath: s.unitPath, after: { results: out } });
    return { ...sessionDto(await loadSession(tx, id)), results: out };
  });
}

/** The passed nominees of a dossier in its latest closed session, and the others with the reason. */
export async function dossierResults(ex: Executor, dossierId: number) {
  return rows<{ nomineeId: number; yes: number; no: number; abstain: number; passed: boolean | null; rule: string | null; sessionId: number; heldOn: string }>(
    ex,
    sql`SELECT DISTINCT ON (t.nominee_id) t.nominee_id AS "nomineeId", t.yes, t.no, t.abstain, t.passed, t.rule, s.id AS "sessionId", s.held_on AS "heldOn"
      FROM ballot_tallies t JOIN council_sessions s ON s.id = t.session_id AND s.state = 'closed'
      JOIN dossier_nominees n ON n.id = t.nominee_id AND n.dossier_id = ${dossierId}
      ORDER BY t.nominee_id, s.closed_at DESC`,
  );
}
