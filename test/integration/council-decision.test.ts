/**
 * From the council to the register, on both drivers: members and a session, attendance, automatic
 * and declared recusal, the secret ballot (participation and counters apart), thresholds, minutes,
 * the decision with reward money, issue → award register + certificates + notice, public
 * verification, revocation (Điều 93), and ballot secrecy checked on the database itself.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/server/documents/docx-text.js';
import { rows } from '../../src/server/platform/db.js';
import * as dossierSvc from '../../src/server/modules/dossiers/service.js';
import * as peopleSvc from '../../src/server/modules/people/service.js';
import * as recordSvc from '../../src/server/modules/records/service.js';
import { loadFacts } from '../../src/server/modules/records/facts.js';
import * as unitSvc from '../../src/server/modules/units/service.js';
import { insertGrant, insertUser } from '../../src/server/modules/users/service.js';
import * as unitRepo from '../../src/server/modules/units/repo.js';
import type { Ctx } from '../../src/server/platform/context.js';
import type { Deps } from '../../src/server/platform/http.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, adminCtx, forEachDriver, login, type Client } from '../helpers.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const SOFFICE = has('soffice') ? 'soffice' : has('libreoffice') ? 'libreoffice' : null;

/** LibreOffice opens the DOCX and writes a PDF (what "opens in Word" means on a server). */
function convertsWithLibreOffice(buf: Buffer, name: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-lo-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, buf);
    const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    expect(r.status, String(r.stderr)).toBe(0);
    return fs.readFileSync(file.replace(/\.docx$/, '.pdf'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

forEachDriver('council, decision and register', (env) => {
  // shared and read-only: the unit tree, the accounts and their clients; every test builds its own
  // council, dossier, session and decision with the builders below, so any subset runs in any order
  let fx: Fixture;
  let ctx: Ctx;
  let admin: Client;
  let appraiser: Client;
  let leader: Client;
  let voters: Client[];
  let outsider: Client;
  let voterIds: number[];
  const deps = () => ({ database: env().database, cfg: env().cfg }) as Deps;
  let seq = 0;

  beforeAll(async () => {
    fx = await seedFixture(env().database, env().cfg);
    ctx = await adminCtx(env().database);
    // five council-member accounts on X01 (their grant covers the councils below X01)
    const x1 = (await unitRepo.findById(env().database.db, fx.x1.id))!;
    await env().database.db.transaction(async (tx) => {
      for (let i = 1; i <= 5; i++) {
        const uid = await insertUser(tx, ctx, { username: `hd${i}.x01`, fullName: `Thành viên ${i}`, password: PASSWORD });
        await insertGrant(tx, ctx, uid, 'thanh_vien_hd', x1);
      }
    });
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
    appraiser = await login(env().app, fx.userFor.chuyen_vien, PASSWORD);
    leader = await login(env().app, fx.userFor.lanh_dao, PASSWORD);
    voters = [];
    for (let i = 1; i <= 5; i++) voters.push(await login(env().app, `hd${i}.x01`, PASSWORD));
    outsider = await login(env().app, fx.userFor.thanh_vien_hd, PASSWORD);
    const users = await rows<{ id: number; username: string }>(env().database.db, sql`SELECT id, username FROM users WHERE username LIKE 'hd%.x01' ORDER BY username`);
    voterIds = users.map((u) => Number(u.id));
  });

  interface Council {
    /** the council's commune, a fresh "Xã Một" within X01's scope */
    unitId: number;
    dossierId: number;
    /** the members, in the order of `voters` */
    memberIds: number[];
    a: number; // a member is this nominee: recused automatically
    b: number; // falls below the threshold
    c: number;
    /** the people nominated as A, B, C */
    pA: number;
    pB: number;
    pC: number;
  }

  /**
   * A fresh commune with its five-member council (the chair is nominee A), a school proposing A, B
   * and C for a Giấy khen, and the dossier taken through appraisal and consultation to the council.
   */
  async function aDossierBeforeCouncil(): Promise<Council> {
    const n = ++seq;
    const unitId = (await unitSvc.createUnit(deps(), ctx, { code: `X01-HD${n}`, name: 'Xã Một', level: 'xa', kind: 'xa_phuong', legalPersonality: true, parentId: fx.x1.id })).id;
    const school = (await unitSvc.createUnit(deps(), ctx, { code: `TR-X01-${n}`, name: 'Trường Mầm non Xã Một', level: 'don_vi', kind: 'truong_hoc', legalPersonality: true, parentId: unitId })).id;
    const mk = async (fullName: string, gender: 'nam' | 'nu') =>
      (await peopleSvc.createPerson(deps(), ctx, { fullName, gender, employmentCategory: 'vien_chuc', isLeader: false, isDirectWorker: true, unitId: school })).id;
    const pA = await mk('Đỗ Thị Ánh', 'nu');
    const pB = await mk('Phạm Văn Bình', 'nam');
    const pC = await mk('Vũ Thị Cúc', 'nu');
    for (const p of [pA, pB, pC]) await recordSvc.create(deps(), ctx, 'ratings', { personId: p, year: 2026, rating: 'HTXSNV' });
    const memberIds: number[] = [];
    for (const [i, userId] of voterIds.entries()) {
      const res = await appraiser.req('POST', `/api/v1/councils/${unitId}/members`, {
        fullName: i === 0 ? 'Đỗ Thị Ánh' : `Thành viên ${i + 1}`, role: i === 0 ? 'chu_tich' : i === 1 ? 'thu_ky' : 'uy_vien', userId, personId: i === 0 ? pA : null,
      });
      expect(res.status, res.body).toBe(201);
      memberIds.push(res.json.id);
    }
    const d = await dossierSvc.create(deps(), ctx, { proposingUnitId: school, receivingUnitId: unitId, awardType: 'cong_trang', year: 2026 });
    const a = (await dossierSvc.addNominee(deps(), ctx, d.id, { subject: 'person', subjectId: pA, award: 'GK', achievement: 'Giáo viên dạy giỏi' })).id;
    const b = (await dossierSvc.addNominee(deps(), ctx, d.id, { subject: 'person', subjectId: pB, award: 'GK', achievement: 'Hoàn thành xuất sắc nhiệm vụ' })).id;
    const c = (await dossierSvc.addNominee(deps(), ctx, d.id, { subject: 'person', subjectId: pC, award: 'GK', achievement: 'Sáng kiến làm đồ dùng dạy học' })).id;
    const step = async (action: Parameters<typeof dossierSvc.transition>[3], extra: Record<string, unknown> = {}) => {
      const cur = await dossierSvc.get(deps(), ctx, d.id);
      await dossierSvc.transition(deps(), ctx, d.id, action, { version: cur.version, ...extra });
    };
    await step('submit');
    await step('receive');
    await step('start_appraisal');
    for (const nominee of (await dossierSvc.get(deps(), ctx, d.id)).nominees) {
      if (nominee.checkStatus === 'fail') await dossierSvc.overrideNominee(deps(), ctx, d.id, nominee.id, { version: nominee.version, reason: 'Đã đối chiếu hồ sơ giấy' });
    }
    await step('open_consultation', { days: 1 });
    // the window has ended
    await env().database.db.execute(sql`UPDATE dossiers SET consultation_from = current_date - 10, consultation_until = current_date - 1 WHERE id = ${d.id}`);
    await step('to_council');
    expect((await dossierSvc.get(deps(), ctx, d.id)).state).toBe('council');
    return { unitId, dossierId: d.id, memberIds, a, b, c, pA, pB, pC };
  }

  const createSession = (k: Council) =>
    appraiser.req('POST', '/api/v1/council-sessions', { unitId: k.unitId, title: 'Họp xét khen thưởng năm 2026', heldOn: '2026-12-10', dossierIds: [k.dossierId] });

  /** a session in preparation with the dossier on its agenda */
  async function aSessionWithAgenda() {
    const k = await aDossierBeforeCouncil();
    const res = await createSession(k);
    expect(res.status, res.body).toBe(201);
    return { ...k, sessionId: res.json.id as number };
  }

  const getSession = async (sessionId: number) => (await appraiser.req('GET', `/api/v1/council-sessions/${sessionId}`)).json;

  /** the fifth member is absent with a written opinion, then the vote opens */
  async function openVote(sessionId: number, memberIds: number[]) {
    const att = await appraiser.req('PUT', `/api/v1/council-sessions/${sessionId}/attendance`, {
      version: (await getSession(sessionId)).version, items: [{ memberId: memberIds[4], present: false, writtenOpinion: 'Nhất trí với đề nghị của đơn vị' }],
    });
    expect(att.status, att.body).toBe(200);
    return appraiser.req('POST', `/api/v1/council-sessions/${sessionId}/open`, { version: (await getSession(sessionId)).version });
  }

  async function anOpenSession() {
    const s = await aSessionWithAgenda();
    const open = await openVote(s.sessionId, s.memberIds);
    expect(open.status, open.body).toBe(200);
    return s;
  }

  /** member 1 votes on B and C only; members 2–5 on all three (the absent member votes remotely) */
  const votePlan = ({ a, b, c }: Council): Record<number, Record<number, 'yes' | 'no' | 'abstain'>> => ({
    0: { [b]: 'no', [c]: 'yes' },
    1: { [a]: 'yes', [b]: 'yes', [c]: 'yes' },
    2: { [a]: 'yes', [b]: 'no', [c]: 'yes' },
    3: { [a]: 'yes', [b]: 'yes', [c]: 'no' },
    4: { [a]: 'abstain', [b]: 'no', [c]: 'yes' },
  });

  async function castPlan(k: Council, sessionId: number) {
    for (const [i, votes] of Object.entries(votePlan(k))) {
      const res = await voters[Number(i)].req('POST', `/api/v1/council-sessions/${sessionId}/ballot`, { votes: Object.entries(votes).map(([nomineeId, choice]) => ({ nomineeId: Number(nomineeId), choice })) });
      expect(res.status, res.body).toBe(200);
    }
  }

  /** an open vote in which every member has cast the ballot of `votePlan` */
  async function aVotedSession() {
    const s = await anOpenSession();
    await castPlan(s, s.sessionId);
    return s;
  }

  const closeVote = async (sessionId: number) => appraiser.req('POST', `/api/v1/council-sessions/${sessionId}/close`, { version: (await getSession(sessionId)).version });

  /** the vote closed: A and C passed, B did not */
  async function aClosedSession() {
    const s = await aVotedSession();
    const res = await closeVote(s.sessionId);
    expect(res.status, res.body).toBe(200);
    return s;
  }

  const draftDecision = (dossierId: number) => appraiser.req('POST', `/api/v1/dossiers/${dossierId}/decisions`, { decisionDate: '2026-12-20' });

  async function aDraftDecision() {
    const s = await aClosedSession();
    const res = await draftDecision(s.dossierId);
    expect(res.status, res.body).toBe(201);
    return { ...s, decisionId: res.json.id as number };
  }

  /** the draft completed with its number and signer (as `version`), not yet issued */
  async function completeDraft(decisionId: number) {
    const x = (await appraiser.req('GET', `/api/v1/decisions/${decisionId}`)).json;
    const upd = await appraiser.req('PATCH', `/api/v1/decisions/${decisionId}`, { version: x.version, number: '125/QĐ-UBND', signerName: 'Nguyễn Văn Thành', signerTitle: 'Chủ tịch', signerAuthority: null });
    expect(upd.status, upd.body).toBe(200);
    return upd.json.version as number;
  }

  /** the decision 125/QĐ-UBND issued by the leader, with the codes of its two certificates */
  async function anIssuedDecision() {
    const x = await aDraftDecision();
    const version = await completeDraft(x.decisionId);
    const ok = await leader.req('POST', `/api/v1/decisions/${x.decisionId}/issue`, { version });
    expect(ok.status, ok.body).toBe(200);
    const codes: string[] = ok.json.certificates.map((c: { code: string }) => c.code);
    expect(codes).toHaveLength(2);
    return { ...x, codes };
  }

  describe('the session and the secret ballot', () => {
    it('creates a session of the dossiers before the council; members in office are the base', async () => {
      const k = await aDossierBeforeCouncil();
      const bad = await appraiser.req('POST', '/api/v1/council-sessions', { unitId: fx.x2.id, title: 'Phiên sai', heldOn: '2026-12-10', dossierIds: [k.dossierId] });
      expect(bad.status).toBe(403);
      const res = await createSession(k);
      expect(res.status, res.body).toBe(201);
      expect(res.json).toMatchObject({ state: 'preparing', membersTotal: 5 });
    });

    it('no vote before the vote opens; attendance with a written opinion; quorum and automatic recusal at opening', async () => {
      const { sessionId, memberIds, a, c } = await aSessionWithAgenda();
      expect((await voters[1].req('POST', `/api/v1/council-sessions/${sessionId}/ballot`, { votes: [{ nomineeId: c, choice: 'yes' }] })).status).toBe(409);
      const open = await openVote(sessionId, memberIds);
      expect(open.status, open.body).toBe(200);
      const s = await getSession(sessionId);
      const itemA = s.items.find((i: { nomineeId: number }) => i.nomineeId === a);
      expect(itemA.recused).toEqual([{ memberId: memberIds[0], reason: 'Thành viên là người được đề nghị' }]);
    });

    it('a recused member cannot vote on that nominee; a non-member cannot vote; a second ballot is refused', async () => {
      const k = await anOpenSession();
      const { sessionId, a, c } = k;
      const self = await voters[0].req('POST', `/api/v1/council-sessions/${sessionId}/ballot`, { votes: [{ nomineeId: a, choice: 'yes' }] });
      expect(self.status).toBe(409);
      expect(self.json.error.code).toBe('RECUSED');
      const stranger = await outsider.req('POST', `/api/v1/council-sessions/${sessionId}/ballot`, { votes: [{ nomineeId: c, choice: 'yes' }] });
      expect(stranger.status).toBe(403);
      const junk = await voters[1].req('POST', `/api/v1/council-sessions/${sessionId}/ballot`, { votes: [{ nomineeId: c, choice: 'maybe' }] });
      expect(junk.status).toBe(400);
      await castPlan(k, sessionId);
      const again = await voters[1].req('POST', `/api/v1/council-sessions/${sessionId}/ballot`, { votes: [{ nomineeId: c, choice: 'no' }] });
      expect(again.status).toBe(409);
      expect(again.json.error.code).toBe('ALREADY_VOTED');
    });

    it('nobody sees partial results while the vote is open, admins included', async () => {
      const { sessionId, c } = await aVotedSession();
      const s = (await admin.req('GET', `/api/v1/council-sessions/${sessionId}`)).json;
      expect(s.state).toBe('voting');
      for (const i of s.items) expect(i.result).toBeNull();
      expect(s.items.find((i: { nomineeId: number }) => i.nomineeId === c).voted).toBe(5);
    });

    it('ballot secrecy: from the database alone, no ballot can be joined to a member', async () => {
      const { sessionId } = await aVotedSession();
      const cols = await rows<{ table: string; column: string }>(
        env().database.db,
        sql`SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('ballot_participation', 'ballot_tallies')`,
      );
      const of = (t: string) => cols.filter((c) => c.table === t).map((c) => c.column).sort();
      // who voted: no choice, no time; what was voted: counters, no member
      expect(of('ballot_participation')).toEqual(['member_id', 'nominee_id', 'session_id']);
      expect(of('ballot_tallies')).not.toContain('member_id');
      expect(of('ballot_tallies').filter((c) => /_at$|time|created/.test(c))).toEqual([]);
      // no other table holds a member next to a choice
      const choiceTables = await rows<{ table: string }>(
        env().database.db,
        sql`SELECT DISTINCT table_name AS table FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('choice', 'vote', 'ballot')`,
      );
      expect(choiceTables).toEqual([]);
      // the audit trail says that a member voted, never how
      const audit = await rows<{ after: unknown }>(
        env().database.db,
        sql`SELECT after FROM audit_log WHERE action = 'vote' AND entity_type = 'council_session' AND entity_id = ${sessionId}`,
      );
      expect(audit.length).toBe(5);
      for (const e of audit) expect(JSON.stringify(e.after)).not.toMatch(/yes|no"|abstain|choice/);
    });

    it('closing applies the threshold on the total membership: A and C pass, B falls below', async () => {
      const { sessionId, dossierId, a, b, c } = await aVotedSession();
      const res = await closeVote(sessionId);
      expect(res.status, res.body).toBe(200);
      const by = new Map(res.json.results.map((r: { nomineeId: number }) => [r.nomineeId, r]));
      expect(by.get(a)).toMatchObject({ yes: 3, no: 0, abstain: 1, passed: true });
      expect(by.get(b)).toMatchObject({ yes: 2, no: 3, passed: false });
      expect(by.get(c)).toMatchObject({ yes: 4, no: 1, passed: true });
      // the dossier shows each row's verdict
      const rowsNow = (await appraiser.req('GET', `/api/v1/dossiers/${dossierId}`)).json.nominees as { id: number; vote: { passed: boolean; yes: number } | null }[];
      expect(rowsNow.find((n) => n.id === b)!.vote).toMatchObject({ passed: false, yes: 2 });
      expect(rowsNow.find((n) => n.id === c)!.vote).toMatchObject({ passed: true, yes: 4 });
      const closed = (await voters[2].req('GET', `/api/v1/council-sessions/${sessionId}`)).json;
      expect(closed.items.find((i: { nomineeId: number }) => i.nomineeId === b).result.rule).toMatch(/3\/5/);
      expect((await voters[2].req('POST', `/api/v1/council-sessions/${sessionId}/ballot`, { votes: [{ nomineeId: b, choice: 'yes' }] })).status).toBe(409);
    });

    it('the minutes (DOCX) list attendance, the written opinion, the results and the recusal', async () => {
      const { sessionId } = await aClosedSession();
      const res = await env().app.inject({ method: 'GET', url: `/api/v1/council-sessions/${sessionId}/minutes.docx`, headers: { cookie: appraiser.cookie } });
      expect(res.statusCode).toBe(200);
      const text = await docxText(res.rawPayload);
      for (const w of ['BIÊN BẢN', 'Nhất trí với đề nghị của đơn vị', 'Phạm Văn Bình', 'Không đạt', 'Thành viên là người được đề nghị']) expect(text).toContain(w);
      if (SOFFICE) expect(convertsWithLibreOffice(res.rawPayload, 'bien-ban.docx').subarray(0, 4).toString()).toBe('%PDF');
    });
  });

  describe('the decision and the register', () => {
    it('drafts the decision from the passed nominees with each reward (coefficient × base salary on the decision date)', async () => {
      const { dossierId } = await aClosedSession();
      const res = await draftDecision(dossierId);
      expect(res.status, res.body).toBe(201);
      expect(res.json.lines.map((l: { name: string }) => l.name).sort()).toEqual(['Vũ Thị Cúc', 'Đỗ Thị Ánh'].sort());
      const check = await appraiser.req('GET', '/api/v1/rules/money?award=GK&subject=ca_nhan&date=2026-12-20');
      for (const l of res.json.lines) expect(l.amount).toBe(check.json.amount);
      expect(res.json.total).toBe(check.json.amount * 2);
      expect(res.json.totalInWords).toMatch(/đồng$/);
    });

    it('issuing needs the number, the date and the signer; only a leader issues', async () => {
      const { decisionId, dossierId } = await aDraftDecision();
      const x = (await appraiser.req('GET', `/api/v1/decisions/${decisionId}`)).json;
      // the draft waits in the leader's queue
      const queue = (await leader.req('GET', '/api/v1/dossiers/queue')).json.items;
      expect(queue.find((q: { id: number }) => q.id === dossierId)).toMatchObject({ todo: 'Ký ban hành quyết định khen thưởng' });
      const early = await leader.req('POST', `/api/v1/decisions/${decisionId}/issue`, { version: x.version });
      expect(early.status).toBe(400);
      expect(early.json.error.message).toMatch(/số quyết định/);
      const version = await completeDraft(decisionId);
      expect((await appraiser.req('POST', `/api/v1/decisions/${decisionId}/issue`, { version })).status).toBe(403);
      // two leaders at once: exactly one issues
      const admin2 = admin;
      const [r1, r2] = await Promise.all([
        leader.req('POST', `/api/v1/decisions/${decisionId}/issue`, { version }),
        admin2.req('POST', `/api/v1/decisions/${decisionId}/issue`, { version }),
      ]);
      expect([r1.status, r2.status].sort()).toEqual([200, 409]);
      const ok = r1.status === 200 ? r1 : r2;
      const codes = ok.json.certificates.map((c: { code: string }) => c.code);
      expect(codes).toHaveLength(2);
      for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{32}$/);
      expect(ok.json.notPassed).toEqual([expect.objectContaining({ name: 'Phạm Văn Bình', reason: expect.stringMatching(/Không đạt số phiếu/) })]);
    });

    it('the register, the dossier, the notice to the proposing unit', async () => {
      const { decisionId, dossierId } = await anIssuedDecision();
      const entries = await rows<{ award: string; year: number; decisionNo: string; amount: number; source: string }>(
        env().database.db,
        sql`SELECT award, year, decision_no AS "decisionNo", amount, source FROM award_entries WHERE decision_id = ${decisionId}`,
      );
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatchObject({ award: 'GK', year: 2026, decisionNo: '125/QĐ-UBND', source: 'decision' });
      const [e] = await rows<{ decider: string }>(env().database.db, sql`SELECT decider FROM award_entries WHERE decision_id = ${decisionId} LIMIT 1`);
      expect(e.decider).toBe('Chủ tịch UBND xã Một');
      const d = (await appraiser.req('GET', `/api/v1/dossiers/${dossierId}`)).json;
      expect(d.state).toBe('decided');
      expect(d.events.at(-1)).toMatchObject({ action: 'decide', toState: 'decided' });
      const proposing = d.proposingUnitId;
      const notes = (await admin.req('GET', `/api/v1/units/${proposing}/notifications`)).json.items;
      expect(notes[0].body).toContain('Phạm Văn Bình: Không đạt số phiếu');
      expect(notes[0].body).toContain('Vũ Thị Cúc: Giấy khen');
      // the dossier is locked
      expect((await appraiser.req('POST', `/api/v1/dossiers/${dossierId}/nominees`, { subject: 'unit', subjectId: proposing, award: 'TTLDTT' })).status).toBe(409);
    });

    it("the decision as DOCX (opens in LibreOffice) and PDF; the register feeds next year's eligibility", async () => {
      const { decisionId, pC } = await anIssuedDecision();
      const docx = await env().app.inject({ method: 'GET', url: `/api/v1/decisions/${decisionId}/document.docx`, headers: { cookie: appraiser.cookie } });
      expect(docx.statusCode).toBe(200);
      const text = await docxText(docx.rawPayload);
      for (const w of ['QUYẾT ĐỊNH', '125/QĐ-UBND', 'Vũ Thị Cúc', 'Tổng cộng']) expect(text).toContain(w);
      if (SOFFICE) expect(convertsWithLibreOffice(docx.rawPayload, 'quyet-dinh.docx').subarray(0, 4).toString()).toBe('%PDF');
      const pdf = await env().app.inject({ method: 'GET', url: `/api/v1/decisions/${decisionId}/document.pdf`, headers: { cookie: appraiser.cookie } });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
      // Vũ Thị Cúc, nominee C of this decision
      const facts = await loadFacts(env().database.db, { subject: 'person', id: pC, year: 2027 });
      expect(facts.awards).toContainEqual(expect.objectContaining({ award: 'GK', year: 2026 }));
    });

    it('certificates: one PDF page per awardee; the QR code opens a public verification; a revoked award shows as revoked', async () => {
      const { decisionId, codes } = await anIssuedDecision();
      const pdf = await env().app.inject({ method: 'GET', url: `/api/v1/decisions/${decisionId}/certificates.pdf`, headers: { cookie: appraiser.cookie } });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
      const v = await env().app.inject({ method: 'GET', url: `/api/v1/public/verify/${codes[0]}` });
      expect(v.statusCode).toBe(200);
      expect(v.json()).toMatchObject({ status: 'valid', awardName: 'Giấy khen', decisionNo: '125/QĐ-UBND' });
      expect((await env().app.inject({ method: 'GET', url: '/api/v1/public/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
      expect((await env().app.inject({ method: 'GET', url: '/api/v1/public/verify/not-a-code!' })).statusCode).toBe(400);
      // revoke (Điều 93) the first awardee's entry
      const [entry] = await rows<{ id: number; version: number; personId: number }>(
        env().database.db,
        sql`SELECT a.id, a.version, a.person_id AS "personId" FROM award_entries a JOIN certificates c ON c.award_entry_id = a.id WHERE c.code = ${codes[0]}`,
      );
      const rev = await appraiser.req('POST', `/api/v1/records/awards/${entry.id}/revoke`, { version: entry.version, revokedOn: '2027-02-01', reason: 'Kê khai thành tích không trung thực', recovered: 'Đã thu hồi tiền thưởng và giấy khen' });
      expect(rev.status, rev.body).toBe(200);
      expect((await appraiser.req('POST', `/api/v1/records/awards/${entry.id}/revoke`, { version: rev.json.version, revokedOn: '2027-02-01', reason: 'Lần nữa' })).status).toBe(409);
      const after = await env().app.inject({ method: 'GET', url: `/api/v1/public/verify/${codes[0]}` });
      expect(after.json()).toMatchObject({ status: 'revoked', revokeReason: 'Kê khai thành tích không trung thực' });
      const facts = await loadFacts(env().database.db, { subject: 'person', id: Number(entry.personId), year: 2027 });
      expect(facts.awards?.some((x) => x.award === 'GK' && x.year === 2026)).toBe(false);
    });
  });

  describe('the certificate layout', () => {
    it('an admin moves a field; a layout outside the page is refused with the field named; the preview prints one page', async () => {
      const cur = (await admin.req('GET', '/api/v1/certificate-layout')).json;
      expect(cur.custom).toBe(false);
      const moved = { ...cur.layout, fields: { ...cur.layout.fields, name: { ...cur.layout.fields.name, y: cur.layout.fields.name.y + 5 } } };
      const bad = { ...cur.layout, fields: { ...cur.layout.fields, name: { ...cur.layout.fields.name, x: 5000 } } };
      const refused = await admin.req('PUT', '/api/v1/certificate-layout', { layout: bad, version: cur.version });
      expect(refused.status).toBe(400);
      expect(refused.json.error.details[0].field).toMatch(/^layout\.fields\.name/);
      expect((await appraiser.req('PUT', '/api/v1/certificate-layout', { layout: moved, version: cur.version })).status).toBe(403);
      const saved = await admin.req('PUT', '/api/v1/certificate-layout', { layout: moved, version: cur.version });
      expect(saved.status, saved.body).toBe(200);
      expect(saved.json).toMatchObject({ custom: true, version: 1 });
      expect(saved.json.layout.fields.name.y).toBe(cur.layout.fields.name.y + 5);
      expect((await admin.req('PUT', '/api/v1/certificate-layout', { layout: moved, version: 0 })).status).toBe(409);
      const pdf = await env().app.inject({ method: 'POST', url: '/api/v1/certificate-layout/preview', headers: { cookie: appraiser.cookie, 'x-csrf-token': appraiser.csrf }, payload: { layout: moved } });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
      const back = await admin.req('PUT', '/api/v1/certificate-layout', { layout: null, version: 1 });
      expect(back.json.custom).toBe(false);
    });
  });
});
