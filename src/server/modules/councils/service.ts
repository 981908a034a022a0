/**
 * The TĐKT council of a unit: members with roles and terms; sessions with an agenda of dossiers,
 * attendance, recusals, and an electronic secret ballot per nominee.
 *
 * Secrecy: a vote adds one to a counter of (session, nominee, choice) and records, in another
 * table and without any time, that the member took part. No row holds a member and a choice
 * together, so no one — admins included — can tell from the data how a member voted. The audit
 * trail records that a member voted, never the choice. Counters are read only after the vote closes.
 */
import { DEFAULT_VOTE_SHARE, awardName, ballotResult, isAwardCode, voteThreshold } from '../../../domain/index.js';
import { CHOICES, MEMBER_ROLES, type Choice, type MemberRole } from '../../../shared/contract/councils.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { AppError, Conflict, Forbidden, Invalid, NotFound, fromPgError, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as dossiers from '../dossiers/repo.js';
import * as rules from '../rules/service.js';
import * as units from '../units/repo.js';
import * as repo from './repo.js';

export { CHOICES, MEMBER_ROLES, type Choice };
export type { MemberRow } from './repo.js';
export const MEMBER_ROLE_NAMES: Record<MemberRole, string> = { chu_tich: 'Chủ tịch', pho_chu_tich: 'Phó Chủ tịch', thu_ky: 'Thư ký', uy_vien: 'Ủy viên' };

async function unitOf(ex: Executor, id: number) {
  const u = await units.findById(ex, id);
  if (!u) throw new NotFound('Không tìm thấy đơn vị.');
  return u;
}

const councilRes = (path: string) => ({ type: 'council' as const, unitPath: path });

export async function listMembers(deps: Deps, ctx: Ctx, unitId: number) {
  const u = await unitOf(deps.database.db, unitId);
  authorize(ctx.actor, 'read', councilRes(u.path));
  return { unit: { id: u.id, name: u.name }, items: await repo.membersOn(deps.database.db, unitId, null) };
}

export interface NewMember extends repo.NewMember {
  /** the member's account by user name (officers cannot list accounts; they know the name) */
  username?: string | null;
}

export async function addMember(deps: Deps, ctx: Ctx, unitId: number, m: NewMember) {
  const db = deps.database.db;
  const u = await unitOf(db, unitId);
  authorize(ctx.actor, 'update', councilRes(u.path));
  if (m.termFrom && m.termTo && m.termTo < m.termFrom) throw new Invalid('Ngày hết nhiệm kỳ trước ngày bắt đầu (trường termTo).', [{ field: 'termTo', message: 'Trước ngày bắt đầu' }]);
  if (m.username && !m.userId) {
    const userId = await repo.userIdByName(db, m.username);
    if (userId === undefined) throw new Invalid(`Không có tài khoản "${m.username}" (trường username).`, [{ field: 'username', message: 'Không có tài khoản này' }]);
    m = { ...m, userId };
  }
  if (m.userId && (await repo.isSittingMember(db, unitId, m.userId))) throw new Conflict('Tài khoản này đã là thành viên Hội đồng của đơn vị.', undefined, 'DUPLICATE');
  try {
    return await db.transaction(async (tx) => {
      const id = await repo.insertMember(tx, unitId, m);
      const row = (await repo.findMember(tx, id))!;
      await audit(tx, ctx, { action: 'create', entityType: 'council_member', entityId: id, unitPath: u.path, after: row });
      return row;
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    const mapped = fromPgError(err);
    if (mapped) throw new Invalid('Tài khoản, cá nhân hoặc đơn vị của thành viên không tồn tại.', undefined, 'REFERENCE');
    throw err;
  }
}

export async function removeMember(deps: Deps, ctx: Ctx, memberId: number, version: number) {
  const db = deps.database.db;
  const m = await repo.findMember(db, memberId);
  if (!m) throw new NotFound('Không tìm thấy thành viên Hội đồng.');
  const u = await unitOf(db, m.unitId);
  authorize(ctx.actor, 'update', councilRes(u.path));
  const used = await repo.hasSat(db, memberId);
  await db.transaction(async (tx) => {
    // a member who sat in a session stays in its record: the term ends today instead
    const done = used ? await repo.endTerm(tx, memberId, version) : await repo.removeMember(tx, memberId, version);
    if (!done) throw versionConflict();
    await audit(tx, ctx, { action: used ? 'update' : 'delete', entityType: 'council_member', entityId: memberId, unitPath: u.path, before: m });
  });
}

// ---- sessions ----------------------------------------------------------------------------------

async function loadSession(ex: Executor, id: number): Promise<repo.SessionRow> {
  const s = await repo.findSession(ex, id);
  if (!s) throw new NotFound('Không tìm thấy phiên họp Hội đồng.');
  return s;
}

const sessionDto = ({ unitPath: _p, ...s }: repo.SessionRow) => s;

export async function listSessions(deps: Deps, ctx: Ctx, q: { unitId?: number }) {
  const scopes = scopesFor(ctx.actor, 'read', 'council');
  if (q.unitId) authorize(ctx.actor, 'read', councilRes((await unitOf(deps.database.db, q.unitId)).path));
  const items = await repo.listSessions(deps.database.db, scopes, q.unitId);
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
  const members = await repo.membersOn(db, u.id, input.heldOn);
  if (members.length === 0) throw new Conflict(`${u.name} chưa có thành viên Hội đồng trong nhiệm kỳ ngày ${input.heldOn}: thêm thành viên trước.`, undefined, 'NO_MEMBERS');
  return db.transaction(async (tx) => {
    const id = await repo.insertSession(tx, {
      unitId: u.id, title: input.title, heldOn: input.heldOn, createdBy: ctx.actor?.userId || null, dossierIds: input.dossierIds, memberIds: members.map((m) => m.id),
    });
    const s = await loadSession(tx, id);
    await audit(tx, ctx, { action: 'create', entityType: 'council_session', entityId: id, unitPath: u.path, after: { ...sessionDto(s), dossierIds: input.dossierIds } });
    return sessionDto(s);
  });
}

export async function getSession(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const s = await loadSession(db, id);
  authorize(ctx.actor, 'read', councilRes(s.unitPath));
  const members = await repo.attendees(db, id);
  const items = await repo.agenda(db, id);
  const recusals = await repo.recusals(db, id);
  const turnout = await repo.turnout(db, id);
  // results only once the vote is closed: nobody sees partial counts
  const results = s.state === 'closed' ? await repo.results(db, id) : [];
  const me = members.find((m) => m.userId && m.userId === ctx.actor?.userId);
  const mine = me ? new Set(await repo.votedBy(db, id, me.id)) : new Set<number>();
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

function assertState(s: repo.SessionRow, state: repo.SessionRow['state'], what: string) {
  const names = { preparing: 'đang chuẩn bị', voting: 'đang bỏ phiếu', closed: 'đã kết thúc' };
  if (s.state !== state) throw new Conflict(`Phiên họp ${names[s.state]}: không thể ${what}.`, undefined, 'INVALID_STATE');
}

/** The session, when the actor may act on it and it is in the state the step needs. */
async function sessionIn(ex: Executor, ctx: Ctx, id: number, action: 'update' | 'vote', state: repo.SessionRow['state'], what: string): Promise<repo.SessionRow> {
  const s = await loadSession(ex, id);
  authorize(ctx.actor, action, councilRes(s.unitPath));
  assertState(s, state, what);
  return s;
}

export async function setAttendance(deps: Deps, ctx: Ctx, id: number, input: { version: number; items: { memberId: number; present: boolean; writtenOpinion?: string | null }[] }) {
  const db = deps.database.db;
  const s = await sessionIn(db, ctx, id, 'update', 'preparing', 'sửa danh sách có mặt');
  return db.transaction(async (tx) => {
    if (!(await repo.touchSession(tx, id, input.version))) throw versionConflict();
    for (const it of input.items) {
      if (!(await repo.setPresence(tx, id, it.memberId, it.present, it.writtenOpinion ?? null))) {
        throw new Invalid(`Thành viên ${it.memberId} không thuộc phiên họp này (trường items).`, [{ field: 'items', message: 'Không thuộc phiên họp' }]);
      }
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
  const items = await repo.agenda(db, id);
  if (!items.some((i) => i.nomineeId === input.nomineeId)) throw new Invalid('Người được đề nghị không có trong chương trình phiên họp (trường nomineeId).', [{ field: 'nomineeId', message: 'Không có trong phiên họp' }]);
  if (!(await repo.isAttendee(db, id, input.memberId))) throw new Invalid('Thành viên không thuộc phiên họp này (trường memberId).', [{ field: 'memberId', message: 'Không thuộc phiên họp' }]);
  if (await repo.hasVoted(db, id, input.memberId, input.nomineeId)) {
    throw new Conflict('Thành viên đã bỏ phiếu cho trường hợp này: không thể ghi nhận tránh xung đột lợi ích sau khi đã bỏ phiếu.', undefined, 'ALREADY_VOTED');
  }
  await db.transaction(async (tx) => {
    await repo.insertRecusal(tx, id, input.memberId, input.nomineeId, input.reason);
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
  const s = await sessionIn(db, ctx, id, 'update', 'preparing', 'mở bỏ phiếu');
  const { params } = await rules.loadSettings(db);
  const att = await repo.attendanceCount(db, id);
  const quorum = params.workflow?.councilQuorum;
  if (quorum && att.present * quorum.den < quorum.num * s.membersTotal) {
    throw new Conflict(`Chưa đủ số thành viên dự họp: có mặt ${att.present}/${s.membersTotal}, cần từ ${quorum.num}/${quorum.den} tổng số thành viên.`, undefined, 'NO_QUORUM');
  }
  const members = await repo.attendeeLinks(db, id);
  const items = await repo.agenda(db, id);
  return db.transaction(async (tx) => {
    if (!(await repo.openSession(tx, id, version))) throw versionConflict();
    for (const i of items) {
      await repo.ensureTally(tx, id, i.nomineeId);
      for (const m of members) {
        const self = m.personId !== null && m.personId === i.personId;
        const sameUnit = !!params.workflow?.recuseSameUnit && m.memberUnitId !== null && m.memberUnitId === i.subjectUnitId;
        if (self || sameUnit) await repo.insertRecusal(tx, id, m.id, i.nomineeId, self ? 'Thành viên là người được đề nghị' : 'Thành viên cùng đơn vị với người được đề nghị');
      }
    }
    await audit(tx, ctx, { action: 'open_voting', entityType: 'council_session', entityId: id, unitPath: s.unitPath, after: { present: att.present, membersTotal: s.membersTotal } });
    return sessionDto(await loadSession(tx, id));
  });
}

/** One member's secret ballot on some nominees of the session. */
export async function vote(deps: Deps, ctx: Ctx, id: number, input: { votes: { nomineeId: number; choice: Choice }[] }) {
  const db = deps.database.db;
  const s = await sessionIn(db, ctx, id, 'vote', 'voting', 'bỏ phiếu');
  const memberId = await repo.attendeeByUser(db, id, ctx.actor?.userId ?? -1);
  if (memberId === undefined) throw new Forbidden('Bạn không phải thành viên Hội đồng của phiên họp này.', 'NOT_A_MEMBER');
  const items = new Set((await repo.agenda(db, id)).map((i) => i.nomineeId));
  const ids = input.votes.map((v) => v.nomineeId);
  if (new Set(ids).size !== ids.length) throw new Invalid('Mỗi trường hợp chỉ bỏ một phiếu (trường votes).', [{ field: 'votes', message: 'Trùng trường hợp' }]);
  const unknown = ids.filter((n) => !items.has(n));
  if (unknown.length) throw new Invalid(`Trường hợp không có trong phiên họp: ${unknown.join(', ')} (trường votes).`, [{ field: 'votes', message: 'Không có trong phiên họp' }]);
  const recused = new Set(await repo.recusedNominees(db, id, memberId));
  const blocked = ids.filter((n) => recused.has(n));
  if (blocked.length) throw new Conflict('Bạn thuộc diện không tham gia biểu quyết (tránh xung đột lợi ích) với trường hợp đã chọn.', { nominees: blocked }, 'RECUSED');
  try {
    await db.transaction(async (tx) => {
      for (const v of input.votes) await repo.castBallot(tx, id, v.nomineeId, memberId, v.choice);
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
  const s = await sessionIn(db, ctx, id, 'update', 'voting', 'kết thúc bỏ phiếu');
  const { params } = await rules.loadSettings(db);
  const items = await repo.agenda(db, id);
  return db.transaction(async (tx) => {
    if (!(await repo.closeSession(tx, id, version))) throw versionConflict();
    const tallies = await repo.tallies(tx, id);
    const out = [];
    for (const i of items) {
      const t = tallies.find((x) => Number(x.nomineeId) === i.nomineeId) ?? { yes: 0, no: 0, abstain: 0 };
      const threshold = isAwardCode(i.award) ? voteThreshold(i.award, s.heldOn, params) : null;
      const r = threshold
        ? ballotResult(t, s.membersTotal, threshold, params.workflow?.defaultVoteShare ?? DEFAULT_VOTE_SHARE)
        : { passed: null, rule: 'Danh hiệu, hình thức của đơn vị: ngưỡng biểu quyết chưa được cấu hình', needed: null };
      await repo.setResult(tx, id, i.nomineeId, r.passed, r.rule);
      out.push({ nomineeId: i.nomineeId, name: i.name, yes: t.yes, no: t.no, abstain: t.abstain, passed: r.passed });
    }
    await audit(tx, ctx, { action: 'close_voting', entityType: 'council_session', entityId: id, unitPath: s.unitPath, after: { results: out } });
    return { ...sessionDto(await loadSession(tx, id)), results: out };
  });
}
