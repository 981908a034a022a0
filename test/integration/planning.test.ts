import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { docxText } from '../../src/server/documents/docx-text.js';
import { setClockOffsetDays } from '../../src/server/platform/clock.js';
import { rows } from '../../src/server/platform/db.js';
import * as peopleSvc from '../../src/server/modules/people/service.js';
import { runReminders } from '../../src/server/modules/reminders/service.js';
import { metSql, percentSql } from '../../src/server/modules/targets/service.js';
import { attainment } from '../../src/domain/index.js';
import type { Deps } from '../../src/server/platform/http.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, adminCtx, forEachDriver, login, type Client } from '../helpers.js';

/**
 * Every test below makes the data it reads: a plan, its tasks, a commune's plan or a movement are
 * built from scratch by the builders at the top of each block (fresh plan numbers: they are unique
 * per unit and year), and what a test counts is its own (a plan's cascade, a movement's totals,
 * before/after counts within the test). The tests pass in any order (`--sequence.shuffle`).
 *
 * The dates in these tests are of 2026 and some are relative to today (overdue tasks, a deadline
 * passed or not yet): every test runs on the same pinned day, set before and restored after it.
 */
const TODAY = '2026-12-01';

/** Pins today (the test clock of platform/clock.ts) to `day`; returns what restores the clock as it was. */
function pinToday(day: string): () => void {
  const saved = { clock: process.env.TDKT_TEST_CLOCK, today: process.env.TDKT_TEST_TODAY };
  const restoreEnv = (name: 'TDKT_TEST_CLOCK' | 'TDKT_TEST_TODAY', value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  process.env.TDKT_TEST_CLOCK = '1';
  process.env.TDKT_TEST_TODAY = day;
  setClockOffsetDays(0);
  return () => {
    restoreEnv('TDKT_TEST_TODAY', saved.today);
    setClockOffsetDays(0); // the shift of the restored TDKT_TEST_TODAY (none when unset), while the test clock is still on
    restoreEnv('TDKT_TEST_CLOCK', saved.clock);
  };
}

forEachDriver('planning: plans, tasks, cascade, movements, registrations, targets', (env) => {
  let fx: Fixture;
  let admin: Client; // the province's standing agency (a root grant)
  let officer: Client; // the commune X01's officer
  const deps = (): Deps => ({ database: env().database, cfg: env().cfg });
  const count = async (table: string) => (await rows<{ n: number }>(env().database.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0].n;
  let seq = 0;
  /** A plan number used by no other plan (numbers are unique per unit and year). */
  const nextNumber = () => `${++seq}/KH-UBND`;

  beforeAll(async () => {
    fx = await seedFixture(env().database, env().cfg);
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
    officer = await login(env().app, fx.userFor.can_bo_don_vi, PASSWORD);
  });

  beforeEach(() => pinToday(TODAY)); // the function returned restores the clock after each test

  describe('plans and the cascade', () => {
    const PLAN_TITLE = 'Tổ chức thực hiện các phong trào thi đua và công tác khen thưởng năm 2026';
    const PLAN_CONTENT = { theme: 'Đoàn kết, sáng tạo', place: 'Thử Nghiệm', signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn B' } };

    /**
     * The province's plan for 2026: edited (theme, place, signer), lower plans asked of its children
     * by 31/03/2026, issued on 15/01/2026 under a fresh number.
     */
    async function anIssuedPlan(): Promise<{ id: number; version: number; number: string }> {
      const c = await admin.req('POST', '/api/v1/plans', { unitId: fx.province.id, year: 2026, title: PLAN_TITLE });
      expect(c.status, JSON.stringify(c.json)).toBe(201);
      const u = await admin.req('PATCH', `/api/v1/plans/${c.json.id}`, { version: c.json.version, content: { ...c.json.content, ...PLAN_CONTENT }, cascadeDue: '2026-03-31', cascadeScope: 'children' });
      expect(u.status, JSON.stringify(u.json)).toBe(200);
      const number = nextNumber();
      const i = await admin.req('POST', `/api/v1/plans/${c.json.id}/issue`, { version: u.json.version, number, issuedOn: '2026-01-15' });
      expect(i.status, JSON.stringify(i.json)).toBe(200);
      return { id: c.json.id, version: i.json.version, number };
    }

    /** The plan's two tasks: one of Q1 led by X01 (X02 coordinating), one due 20/12/2026 led by the province. */
    async function withTasks(planId: number) {
      const q1 = await admin.req('POST', `/api/v1/plans/${planId}/tasks`, { title: 'Phát động thi đua đầu năm', quarter: 1, leadUnitId: fx.x1.id, coordUnitIds: [fx.x2.id] });
      expect(q1.status, JSON.stringify(q1.json)).toBe(201);
      const q4 = await admin.req('POST', `/api/v1/plans/${planId}/tasks`, { title: 'Tổng kết công tác thi đua', dueOn: '2026-12-20', leadUnitId: fx.province.id });
      expect(q4.status, JSON.stringify(q4.json)).toBe(201);
      return { x1Task: q1.json as { id: number; version: number }, provinceTask: q4.json as { id: number; version: number } };
    }

    /** X01's plan implementing `parentPlanId`, started by its officer and issued on 10/04/2026 (after the due date 31/03/2026). */
    async function aCommunePlan(parentPlanId: number) {
      const mine = await officer.req('POST', '/api/v1/plans', { unitId: fx.x1.id, year: 2026, title: 'Thực hiện phong trào thi đua năm 2026 của xã', parentPlanId });
      expect(mine.status, JSON.stringify(mine.json)).toBe(201);
      const content = { ...mine.json.content, signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Trần Văn C' } };
      const e = await officer.req('PATCH', `/api/v1/plans/${mine.json.id}`, { version: mine.json.version, content });
      expect(e.status, JSON.stringify(e.json)).toBe(200);
      const iss = await officer.req('POST', `/api/v1/plans/${mine.json.id}/issue`, { version: e.json.version, number: nextNumber(), issuedOn: '2026-04-10' });
      expect(iss.status, JSON.stringify(iss.json)).toBe(200);
      return { started: mine.json, issued: iss.json };
    }

    /**
     * By mid-year: an issued plan with its tasks, X01's task done and X01's plan issued (late), then
     * the plan amended on 01/06/2026. Returns the amendment (the plan in force).
     */
    async function aPlanAmendedMidYear(): Promise<{ original: number; amended: number }> {
      const plan = await anIssuedPlan();
      const { x1Task } = await withTasks(plan.id);
      await aCommunePlan(plan.id);
      const done = await officer.req('POST', `/api/v1/tasks/${x1Task.id}/notes`, { version: x1Task.version, note: 'Đã tổ chức phát động', status: 'hoan_thanh' });
      expect(done.status, JSON.stringify(done.json)).toBe(200);
      const a = await admin.req('POST', `/api/v1/plans/${plan.id}/amend`);
      expect(a.status, JSON.stringify(a.json)).toBe(201);
      const i = await admin.req('POST', `/api/v1/plans/${a.json.id}/issue`, { version: a.json.version, number: nextNumber(), issuedOn: '2026-06-01' });
      expect(i.status, JSON.stringify(i.json)).toBe(200);
      return { original: plan.id, amended: a.json.id };
    }

    it('the province drafts a plan with the default sections, edits and issues it; then it is read-only', async () => {
      const c = await admin.req('POST', '/api/v1/plans', { unitId: fx.province.id, year: 2026, title: PLAN_TITLE });
      expect(c.status).toBe(201);
      expect(c.json.content.sections.map((s: { kind: string }) => s.kind)).toEqual(['muc_dich_yeu_cau', 'noi_dung', 'thoi_gian', 'to_chuc_thuc_hien']);
      const content = { ...c.json.content, ...PLAN_CONTENT };
      const u = await admin.req('PATCH', `/api/v1/plans/${c.json.id}`, { version: c.json.version, content, cascadeDue: '2026-03-31', cascadeScope: 'children' });
      expect(u.status).toBe(200);
      const stale = await admin.req('PATCH', `/api/v1/plans/${c.json.id}`, { version: c.json.version, title: 'Tiêu đề khác hẳn' });
      expect(stale.status).toBe(409);
      expect(stale.json.error.code).toBe('VERSION_CONFLICT');
      const number = nextNumber();
      const issued = await admin.req('POST', `/api/v1/plans/${c.json.id}/issue`, { version: u.json.version, number, issuedOn: '2026-01-15' });
      expect(issued.status).toBe(200);
      expect(issued.json).toMatchObject({ status: 'issued', number, issuedOn: '2026-01-15' });
      const locked = await admin.req('PATCH', `/api/v1/plans/${c.json.id}`, { version: issued.json.version, title: 'Sửa sau khi ban hành' });
      expect(locked.status).toBe(409);
      expect(locked.json.error.message).toMatch(/sửa đổi, bổ sung/);
      const audit = await rows<{ action: string }>(env().database.db, sql`SELECT action FROM audit_log WHERE entity_type = 'plan' AND entity_id = ${String(c.json.id)} ORDER BY id`);
      expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'issue']);
    });

    it('a second plan with the same number in the unit and year is a 409 that says so, and nothing is written', async () => {
      const { number } = await anIssuedPlan();
      const d = await admin.req('POST', '/api/v1/plans', { unitId: fx.province.id, year: 2026, title: 'Kế hoạch khác của tỉnh năm 2026' });
      const before = await count('plans');
      const dup = await admin.req('PATCH', `/api/v1/plans/${d.json.id}`, { version: d.json.version, number });
      expect(dup.status).toBe(409);
      expect(dup.json.error.message).toContain(`Số kế hoạch "${number}" đã dùng`);
      expect(await count('plans')).toBe(before);
      // the same number in another year is fine
      expect((await admin.req('PATCH', `/api/v1/plans/${d.json.id}`, { version: d.json.version, number, year: 2027 })).status).toBe(200);
    });

    it('tasks: by quarter or date within the plan year; a date outside it is refused in Vietnamese', async () => {
      const plan = await anIssuedPlan();
      const before = await count('plan_tasks');
      const out = await admin.req('POST', `/api/v1/plans/${plan.id}/tasks`, { title: 'Tổng kết năm', dueOn: '2027-01-10', leadUnitId: fx.province.id });
      expect(out.status).toBe(400);
      expect(out.json.error.message).toMatch(/năm của kế hoạch \(2026\)/);
      const noTime = await admin.req('POST', `/api/v1/plans/${plan.id}/tasks`, { title: 'Không có hạn', leadUnitId: fx.province.id });
      expect(noTime.status).toBe(400);
      const foreign = await admin.req('POST', `/api/v1/plans/${plan.id}/tasks`, { title: 'Đơn vị lạ', quarter: 1, leadUnitId: 999999 });
      expect(foreign.status).toBe(400);
      expect(await count('plan_tasks')).toBe(before);
      const q1 = await admin.req('POST', `/api/v1/plans/${plan.id}/tasks`, { title: 'Phát động thi đua đầu năm', quarter: 1, leadUnitId: fx.x1.id, coordUnitIds: [fx.x2.id] });
      expect(q1.status).toBe(201);
      // overdue: today (TODAY) is after 31/03/2026
      expect(q1.json).toMatchObject({ dueOn: '2026-03-31', quarter: 1, leadUnitName: 'Xã Một', overdue: true });
      const q4 = await admin.req('POST', `/api/v1/plans/${plan.id}/tasks`, { title: 'Tổng kết công tác thi đua', dueOn: '2026-12-20', leadUnitId: fx.province.id });
      expect(q4.status).toBe(201);
    });

    it('the commune reads the upper plan, starts its own from it (bases, theme, "Thực hiện Kế hoạch số …"), and reports on its task with evidence', async () => {
      const provincePlan = await anIssuedPlan();
      await withTasks(provincePlan.id);
      const list = await officer.req('GET', '/api/v1/plans?year=2026');
      expect(list.status).toBe(200);
      expect(list.json.items.map((p: { id: number }) => p.id)).toContain(provincePlan.id);
      const { started: mine } = await aCommunePlan(provincePlan.id);
      expect(mine.content).toMatchObject({ theme: 'Đoàn kết, sáng tạo', upperRef: expect.stringMatching(new RegExp(`^Thực hiện Kế hoạch số ${provincePlan.number} ngày 15/01/2026 của Tỉnh Thử Nghiệm`)) });
      expect(mine.content.bases[0]).toMatch(/Luật Thi đua, khen thưởng/);
      // another commune's plan cannot be started by X01's officer
      expect((await officer.req('POST', '/api/v1/plans', { unitId: fx.x2.id, year: 2026, title: 'Không phải xã mình', parentPlanId: provincePlan.id })).status).toBe(403);

      const tasks = await officer.req('GET', `/api/v1/tasks?planId=${provincePlan.id}`);
      const t = tasks.json.items.find((x: { leadUnitId: number }) => x.leadUnitId === fx.x1.id);
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
      const up = await officer.upload('/api/v1/files', 'bien-ban.pdf', pdf, 'application/pdf');
      expect(up.status).toBe(201);
      const done = await officer.req('POST', `/api/v1/tasks/${t.id}/notes`, { version: t.version, note: 'Đã tổ chức phát động', status: 'hoan_thanh', file: { sha256: up.json.sha256, fileName: up.json.fileName } });
      expect(done.status).toBe(200);
      expect(done.json).toMatchObject({ status: 'hoan_thanh', progress: 100, overdue: false });
      expect(done.json.notes[0]).toMatchObject({ note: 'Đã tổ chức phát động', hasFile: true, fileName: 'bien-ban.pdf' });
      const file = await officer.req('GET', `/api/v1/tasks/${t.id}/notes/${done.json.notes[0].id}/file`);
      expect(file.status).toBe(200);
      // the province's own task is not the commune's to report on
      const other = tasks.json.items.find((x: { leadUnitId: number }) => x.leadUnitId === fx.province.id);
      expect((await officer.req('POST', `/api/v1/tasks/${other.id}/notes`, { version: other.version, note: 'x' })).status).toBe(403);
    });

    it('the cascade dashboard: X01 issued (after the due date), X02 late', async () => {
      const provincePlan = await anIssuedPlan();
      await aCommunePlan(provincePlan.id);
      const res = await admin.req('GET', `/api/v1/plans/${provincePlan.id}/cascade`);
      expect(res.status).toBe(200);
      expect(res.json.due).toBe('2026-03-31');
      const byUnit = Object.fromEntries(res.json.items.map((r: { unitName: string; status: string }) => [r.unitName, r.status]));
      expect(byUnit).toEqual({ 'Xã Một': 'issued_late', 'Xã Hai': expect.stringMatching(/^(late|pending)$/) });
      const late = await admin.req('GET', `/api/v1/plans/${provincePlan.id}/cascade?status=issued_late`);
      expect(late.json.items.map((r: { unitName: string }) => r.unitName)).toEqual(['Xã Một']);
    });

    it('the plan exports as DOCX with its sections, and as PDF', async () => {
      const provincePlan = await anIssuedPlan();
      const d = await admin.req('GET', `/api/v1/plans/${provincePlan.id}/document.docx`);
      expect(d.status).toBe(200);
      const text = await docxText(d.raw);
      for (const s of ['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. THỜI GIAN THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN', provincePlan.number, 'Nguyễn Văn B']) expect(text).toContain(s);
      const p = await admin.req('GET', `/api/v1/plans/${provincePlan.id}/document.pdf`);
      expect(p.status).toBe(200);
      expect(p.raw.subarray(0, 4).toString()).toBe('%PDF');
    });

    it('an amendment is a new draft revision; issuing it supersedes the original', async () => {
      const provincePlan = await anIssuedPlan();
      const a = await admin.req('POST', `/api/v1/plans/${provincePlan.id}/amend`);
      expect(a.status).toBe(201);
      expect(a.json).toMatchObject({ status: 'draft', revision: 2, supersedesId: provincePlan.id });
      const again = await admin.req('POST', `/api/v1/plans/${provincePlan.id}/amend`);
      expect(again.status).toBe(409);
      const i = await admin.req('POST', `/api/v1/plans/${a.json.id}/issue`, { version: a.json.version, number: nextNumber(), issuedOn: '2026-06-01' });
      expect(i.status).toBe(200);
      expect((await admin.req('GET', `/api/v1/plans/${provincePlan.id}`)).json.status).toBe('superseded');
    });

    it('sơ kết 6 tháng: a report drafted from the data (tasks done and late, lower plans), edited, printed as DOCX', async () => {
      const { amended } = await aPlanAmendedMidYear();
      const draftPlan = (await admin.req('POST', '/api/v1/plans', { unitId: fx.province.id, year: 2026, title: 'Kế hoạch chưa ban hành năm 2026' })).json;
      expect((await admin.req('POST', `/api/v1/plans/${draftPlan.id}/reviews`, { kind: 'so_ket' })).status).toBe(400);
      const r = await admin.req('POST', `/api/v1/plans/${amended}/reviews`, { kind: 'so_ket' });
      expect(r.status, JSON.stringify(r.json)).toBe(201);
      expect(r.json).toMatchObject({ kind: 'so_ket', asOf: '2026-06-30', kindName: 'Sơ kết 6 tháng đầu năm' });
      const result = r.json.content.sections[0].clauses.map((c: { text: string }) => c.text).join('\n');
      expect(result).toMatch(/đã hoàn thành 01/);
      expect(result).toMatch(/01\/02 đơn vị trực thuộc đã ban hành kế hoạch/);
      const content = { ...r.json.content, sections: r.json.content.sections.map((s: { title: string }, i: number) => (i === 1 ? { ...s, clauses: [{ text: 'Một số xã triển khai chậm.' }] } : s)) };
      const u = await admin.req('PATCH', `/api/v1/reviews/${r.json.id}`, { version: r.json.version, content });
      expect(u.status, JSON.stringify(u.json)).toBe(200);
      const d = await admin.req('GET', `/api/v1/reviews/${r.json.id}/document.docx`);
      const text = await docxText(d.raw);
      for (const w of ['BÁO CÁO', 'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026', 'I. KẾT QUẢ THỰC HIỆN', 'Một số xã triển khai chậm.']) expect(text).toContain(w);
      expect((await officer.req('POST', `/api/v1/plans/${amended}/reviews`, { kind: 'tong_ket' })).status).toBe(403);
    });

    it('reminders: a notice to the lead unit and a mail in the outbox for its officer with an address', async () => {
      const plan = await anIssuedPlan();
      const [u] = await rows<{ id: number; version: number }>(env().database.db, sql`SELECT id, version FROM users WHERE username = ${fx.userFor.can_bo_don_vi}`);
      expect((await admin.req('PATCH', `/api/v1/users/${u.id}`, { version: u.version, email: 'khong-phai-email' })).status).toBe(400);
      const withMail = await admin.req('PATCH', `/api/v1/users/${u.id}`, { version: u.version, email: 'canbo.x01@example.test' });
      expect(withMail.json).toMatchObject({ email: 'canbo.x01@example.test' });
      const c = await admin.req('POST', `/api/v1/plans/${plan.id}/tasks`, { title: 'Báo cáo sơ kết 6 tháng', quarter: 2, leadUnitId: fx.x1.id });
      expect(c.status).toBe(201);
      const out = await runReminders(deps());
      expect(out.mails).toBeGreaterThanOrEqual(1);
      const mail = await admin.req('GET', '/api/v1/mail/outbox');
      expect(mail.json.items[0]).toMatchObject({ to: 'canbo.x01@example.test', status: 'outbox', subject: expect.stringMatching(/quá hạn|sắp đến hạn/) });
      expect((await officer.req('GET', '/api/v1/mail/outbox')).status).toBe(403);
      // once a day per task
      expect((await runReminders(deps())).tasks).toBe(0);
    });
  });

  describe('movements, quotas and the dossier checks', () => {
    const MOVEMENT = 'Chung tay xây dựng nông thôn mới';
    let people: number[] = []; // three people of X01, read only (nominated and registered again and again)
    const newPerson = async (fullName: string) =>
      (await peopleSvc.createPerson(deps(), await adminCtx(env().database), { fullName, gender: 'nu', employmentCategory: 'nong_dan', isLeader: false, isDirectWorker: true, unitId: fx.x1.id })).id;

    beforeAll(async () => {
      people = [];
      for (const name of ['Lò Thị Một', 'Lò Thị Hai', 'Lò Thị Ba']) people.push(await newPerson(name));
    });

    it('a tổng kết may be held the month after the period, never before the start (and a refused one changes nothing)', async () => {
      const body = (name: string, date: string) => ({
        unitId: fx.province.id, kind: 'chuyen_de', name, scope: 'bo_nganh_dia_phuong', launchLevel: 'bo_tinh', startsOn: '2026-01-01', endsOn: '2026-12-31',
        details: { milestones: [{ kind: 'tong_ket', date }] },
      });
      const after = await admin.req('POST', '/api/v1/movements', body('Tổng kết sang năm sau', '2027-01-15'));
      expect(after.status, JSON.stringify(after.json)).toBe(201);
      expect(after.json.details.milestones).toEqual([expect.objectContaining({ kind: 'tong_ket', date: '2027-01-15' })]);
      const before = await admin.req('POST', '/api/v1/movements', body('Tổng kết trước khi bắt đầu', '2025-12-01'));
      expect(before.status).toBe(400);
      expect(before.json.error.message).toBe('Mốc Tổng kết (01/12/2025) trước ngày bắt đầu phong trào (01/01/2026).');
      expect(before.json.error.details).toEqual([{ field: 'details.milestones', message: before.json.error.message }]);
      const list = await admin.req('GET', `/api/v1/movements?unitId=${fx.province.id}&pageSize=200`);
      expect(list.status).toBe(200);
      const names = (list.json.items as { name: string }[]).map((m) => m.name);
      expect(names).toContain('Tổng kết sang năm sau');
      expect(names).not.toContain('Tổng kết trước khi bắt đầu');
    });

    /**
     * The province's thematic movement "Chung tay xây dựng nông thôn mới" (2026; dossiers by
     * 15/10/2026, registration by 31/12/2026; at most 2 individuals a unit; a report required),
     * created and launched on 01/02/2026. Each call makes a new one: its quotas, registrations and
     * totals are the calling test's alone.
     */
    async function aLaunchedMovement() {
      const c = await admin.req('POST', '/api/v1/movements', {
        unitId: fx.province.id, kind: 'chuyen_de', name: MOVEMENT, slogan: 'Vì quê hương giàu đẹp', scope: 'bo_nganh_dia_phuong', launchLevel: 'bo_tinh',
        startsOn: '2026-02-01', endsOn: '2026-12-31', dossierDeadline: '2026-10-15', registrationDeadline: '2026-12-31',
        details: {
          bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
          criteria: ['Tỷ lệ hộ tham gia đóng góp đạt trên 90%'],
          milestones: [{ kind: 'phat_dong', date: '2026-02-01' }, { kind: 'tong_ket', date: '2026-12-31' }],
          anniversaries: [{ date: '11/6', name: 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc' }],
          awards: { forms: ['GK', 'BK_TINH'], quotas: [{ unitIds: null, maxIndividuals: 2 }], requiredDocs: [{ id: 'bao_cao_phong_trao', name: 'Báo cáo kết quả phong trào của đơn vị' }] },
        },
      });
      expect(c.status, JSON.stringify(c.json)).toBe(201);
      const l = await admin.req('POST', `/api/v1/movements/${c.json.id}/launch`, { version: c.json.version, launchedOn: '2026-02-01' });
      expect(l.status, JSON.stringify(l.json)).toBe(200);
      return { id: c.json.id as number, version: l.json.version as number, created: c.json };
    }

    /** X01's registration of 2026 for a new movement, with `personId` for `award`, sent and approved. */
    async function aSentRegistration(personId: number, award: string) {
      const movement = await aLaunchedMovement();
      const r = await officer.req('POST', '/api/v1/registrations', { unitId: fx.x1.id, year: 2026, movementId: movement.id });
      expect(r.status, JSON.stringify(r.json)).toBe(201);
      const e = await officer.req('POST', `/api/v1/registrations/${r.json.id}/entries`, { subject: 'ca_nhan', personId, award });
      expect(e.status, JSON.stringify(e.json)).toBe(201);
      const cur = (await officer.req('GET', `/api/v1/registrations/${r.json.id}`)).json;
      const s = await officer.req('POST', `/api/v1/registrations/${r.json.id}/submit`, { version: cur.version });
      expect(s.status, JSON.stringify(s.json)).toBe(200);
      expect((await admin.req('POST', `/api/v1/registrations/${r.json.id}/approve`, { version: s.json.version })).status).toBe(200);
    }

    it('a thematic movement with a per-unit quota, a deadline and a required document is created and launched', async () => {
      const bad = await admin.req('POST', '/api/v1/movements', {
        unitId: fx.province.id, kind: 'chuyen_de', name: MOVEMENT, scope: 'bo_nganh_dia_phuong', launchLevel: 'bo_tinh',
        startsOn: '2026-06-01', endsOn: '2026-03-01', details: {},
      });
      expect(bad.status).toBe(400);
      const movement = await aLaunchedMovement();
      expect(movement.created).toMatchObject({ durationBand: 'duoi_1_nam', method: 'chuyen_de', quotaTexts: ['không quá 02 cá nhân'] });
      const docx = await officer.req('GET', `/api/v1/movements/${movement.id}/document.docx`);
      expect(docx.status).toBe(200);
      const text = await docxText(docx.raw);
      expect(text).toContain('không quá 02 cá nhân');
      expect(text).toContain('15/10/2026');
    });

    it('a commune dossier over its quota and one sent after the deadline are both flagged with the rule they break', async () => {
      const movement = await aLaunchedMovement();
      const d = await officer.req('POST', '/api/v1/dossiers', { proposingUnitId: fx.x1.id, receivingUnitId: fx.province.id, awardType: 'phong_trao', year: 2026, movementId: movement.id });
      expect(d.status, JSON.stringify(d.json)).toBe(201);
      expect(d.json.movement).toBe(MOVEMENT);
      for (const p of people) {
        const n = await officer.req('POST', `/api/v1/dossiers/${d.json.id}/nominees`, { subject: 'person', subjectId: p, award: 'GK' });
        expect(n.status, JSON.stringify(n.json)).toBe(201);
      }
      const checks = (await officer.req('GET', `/api/v1/dossiers/${d.json.id}/checks`)).json;
      const quota = checks.dossier.find((i: { id: string }) => i.id === 'movement:quota');
      expect(quota).toMatchObject({ ok: false, severity: 'error' });
      expect(quota.text).toMatch(/không quá 02 cá nhân.*03/);
      expect(quota.ref).toMatch(/Chung tay xây dựng nông thôn mới/);
      const doc = checks.dossier.find((i: { id: string }) => i.id === 'movement:doc:bao_cao_phong_trao');
      expect(doc).toMatchObject({ ok: false });
      // today (after 15/10/2026) the dossier would be sent after the deadline
      const deadline = checks.dossier.find((i: { id: string }) => i.id === 'movement:deadline');
      expect(deadline).toMatchObject({ ok: false, severity: 'error' });
      expect(deadline.text).toMatch(/15\/10\/2026/);
      // the appraiser sees the same flags once submitted
      const cur = (await officer.req('GET', `/api/v1/dossiers/${d.json.id}`)).json;
      expect((await officer.req('POST', `/api/v1/dossiers/${d.json.id}/submit`, { version: cur.version })).status).toBe(200);
      const seen = (await admin.req('GET', `/api/v1/dossiers/${d.json.id}/checks`)).json;
      expect(seen.dossier.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining(['movement:quota', 'movement:deadline']));
    });

    it('two dossiers of X01: one over its quota (in time) and one sent after the deadline (within quota) — each flagged with the rule it breaks, and only that', async () => {
      const mk = async (name: string, dossierDeadline: string) => {
        const c = await admin.req('POST', '/api/v1/movements', {
          unitId: fx.province.id, kind: 'chuyen_de', name, scope: 'bo_nganh_dia_phuong', launchLevel: 'bo_tinh', startsOn: '2026-01-01', endsOn: '2026-12-31', dossierDeadline,
          details: { awards: { forms: ['GK'], quotas: [{ unitIds: null, maxIndividuals: 2 }] } },
        });
        expect(c.status, JSON.stringify(c.json)).toBe(201);
        return (await admin.req('POST', `/api/v1/movements/${c.json.id}/launch`, { version: c.json.version, launchedOn: '2026-01-05' })).json.id as number;
      };
      // a dossier's day of sending is read from its events, stamped by the same clock as today (pinned here)
      const open = await mk('Thi đua chuyên đề còn hạn', '2026-12-31');
      const closed = await mk('Thi đua chuyên đề đã hết hạn', '2026-06-30');
      const dossier = async (movementId: number, nominees: number[]) => {
        const d = await officer.req('POST', '/api/v1/dossiers', { proposingUnitId: fx.x1.id, receivingUnitId: fx.province.id, awardType: 'phong_trao', year: 2026, movementId });
        for (const p of nominees) await officer.req('POST', `/api/v1/dossiers/${d.json.id}/nominees`, { subject: 'person', subjectId: p, award: 'GK' });
        const cur = (await officer.req('GET', `/api/v1/dossiers/${d.json.id}`)).json;
        expect((await officer.req('POST', `/api/v1/dossiers/${d.json.id}/submit`, { version: cur.version })).status).toBe(200);
        const items = (await admin.req('GET', `/api/v1/dossiers/${d.json.id}/checks`)).json.dossier as { id: string; ok: boolean | null; text: string; ref?: string }[];
        return Object.fromEntries(items.filter((i) => i.id.startsWith('movement:')).map((i) => [i.id, i]));
      };
      const overQuota = await dossier(open, people);
      expect(overQuota['movement:quota']).toMatchObject({ ok: false, text: expect.stringMatching(/không quá 02 cá nhân/) });
      expect(overQuota['movement:quota'].ref).toMatch(/Thi đua chuyên đề còn hạn/);
      expect(overQuota['movement:deadline'].ok).not.toBe(false);
      const late = await dossier(closed, [people[0]]);
      expect(late['movement:deadline']).toMatchObject({ ok: false, text: expect.stringMatching(/30\/06\/2026/) });
      expect(late['movement:deadline'].ref).toMatch(/Thi đua chuyên đề đã hết hạn/);
      expect(late['movement:quota'].ok).not.toBe(false);
    });

    it('registration: titles and a target by the deadline; submit; the province approves and sees totals', async () => {
      const movement = await aLaunchedMovement();
      const r = await officer.req('POST', '/api/v1/registrations', { unitId: fx.x1.id, year: 2026, movementId: movement.id });
      expect(r.status, JSON.stringify(r.json)).toBe(201);
      expect((await officer.req('POST', '/api/v1/registrations', { unitId: fx.x1.id, year: 2026, movementId: movement.id })).status).toBe(409);
      expect((await officer.req('POST', `/api/v1/registrations/${r.json.id}/submit`, { version: r.json.version })).status).toBe(400);
      expect((await officer.req('POST', `/api/v1/registrations/${r.json.id}/entries`, { subject: 'tap_the', award: 'TTLDTT' })).status).toBe(201);
      expect((await officer.req('POST', `/api/v1/registrations/${r.json.id}/entries`, { subject: 'ca_nhan', personId: people[0], award: 'LDTT' })).status).toBe(201);
      expect((await officer.req('POST', `/api/v1/registrations/${r.json.id}/entries`, { subject: 'ca_nhan', personId: fx.personX2.id, award: 'LDTT' })).status).toBe(400);
      const noMeasure = await officer.req('POST', '/api/v1/targets', { unitId: fx.x1.id, year: 2026, registrationId: r.json.id, name: 'Thu ngân sách', measure: '', direction: 'at_least', target: 45 });
      expect(noMeasure.status).toBe(400);
      expect(noMeasure.json.error.message).toMatch(/đơn vị tính/);
      const t = await officer.req('POST', '/api/v1/targets', { unitId: fx.x1.id, year: 2026, registrationId: r.json.id, name: 'Giảm tỷ lệ hộ nghèo', measure: '%', direction: 'reduce_by', baseline: 5, target: 2 });
      expect(t.status, JSON.stringify(t.json)).toBe(201);
      expect(t.json.movementId).toBe(movement.id);
      const a = await officer.req('POST', `/api/v1/targets/${t.json.id}/actuals`, { period: '2026-Q4', value: 2.5 });
      expect(a.status).toBe(200);
      expect(a.json.attainment).toMatchObject({ met: true, percent: 125 });
      expect((await officer.req('POST', `/api/v1/targets/${t.json.id}/actuals`, { period: '2025-Q4', value: 2.5 })).status).toBe(400);
      const cur = (await officer.req('GET', `/api/v1/registrations/${r.json.id}`)).json;
      const s = await officer.req('POST', `/api/v1/registrations/${r.json.id}/submit`, { version: cur.version });
      expect(s.status).toBe(200);
      // the commune cannot approve its own registration; the province can
      expect((await officer.req('POST', `/api/v1/registrations/${r.json.id}/approve`, { version: s.json.version })).status).toBe(403);
      expect((await admin.req('POST', `/api/v1/registrations/${r.json.id}/approve`, { version: s.json.version })).status).toBe(200);
      const sum = await admin.req('GET', `/api/v1/registrations/summary?unitId=${fx.province.id}&year=2026&movementId=${movement.id}`);
      expect(sum.json.byAward).toEqual(expect.arrayContaining([expect.objectContaining({ award: 'TTLDTT', collectives: 1 }), expect.objectContaining({ award: 'LDTT', individuals: 1 })]));
      expect(sum.json.byUnit).toEqual([expect.objectContaining({ unitName: 'Xã Một', status: 'approved', individuals: 1, collectives: 1, targets: 1 })]);
      const progress = await admin.req('GET', `/api/v1/movements/${movement.id}/progress`);
      expect(progress.json.totals).toMatchObject({ targets: 1, reported: 1, met: 1 });
      expect(progress.json.units[0]).toMatchObject({ unitName: 'Xã Một', percent: 125 });
      expect(progress.json.periods).toEqual([expect.objectContaining({ period: '2026-Q4', reported: 1, met: 1, label: 'Quý IV/2026' })]);
    });

    it('registration entries from Excel: all rows or none, every error listed; the same file again adds nothing', async () => {
      const reg = (await officer.req('POST', '/api/v1/registrations', { unitId: fx.thon1.id, year: 2026 })).json;
      const book = async (rowsIn: (string | null)[][]) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('Đăng ký thi đua');
        ws.addRow(['Đối tượng*', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Mã danh hiệu*', 'Ghi chú']);
        for (const r of rowsIn) ws.addRow(r);
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const bad = await book([['Tập thể', null, null, null, 'TH01', 'TTLDTT', null], ['Cá nhân', '001080000123', null, null, null, 'LDTT', null], ['Tập thể', null, null, null, 'X02', 'TTLDTT', null], ['Cá nhân', null, null, null, null, 'XYZ', null]]);
      const before = await count('registration_entries');
      const r1 = await officer.upload(`/api/v1/registrations/${reg.id}/import`, 'dk.xlsx', bad, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(r1.status).toBe(422);
      const errs = r1.json.error.details.errors as { row: number; message: string }[];
      // Nguyễn Văn A works in Xã Một, not in Thôn Một; X02 is another commune; XYZ is no title
      expect(errs.map((e) => e.row)).toEqual(expect.arrayContaining([3, 4, 5]));
      expect(errs.find((e) => e.row === 4)!.message).toMatch(/không thuộc Thôn Một/);
      expect(await count('registration_entries')).toBe(before);
      const good = await book([['Tập thể', null, null, null, 'TH01', 'TTLDTT', 'Phấn đấu đạt']]);
      const r2 = await officer.upload(`/api/v1/registrations/${reg.id}/import`, 'dk.xlsx', good, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(r2.status, JSON.stringify(r2.json)).toBe(200);
      expect(r2.json).toMatchObject({ created: 1 });
      const r3 = await officer.upload(`/api/v1/registrations/${reg.id}/import`, 'dk.xlsx', good, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(r3.json).toMatchObject({ created: 0, unchanged: 1 });
      const exp = await officer.req('GET', `/api/v1/registrations/${reg.id}/export`);
      expect(exp.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(exp.raw as unknown as ArrayBuffer);
      expect(wb.getWorksheet('Đăng ký thi đua')!.getRow(2).getCell(6).value).toBe('TTLDTT');
    });

    it('a nominee for a title who was not registered is flagged (warning by default)', async () => {
      // two people of its own: whatever else X01 registered for 2026, the second one is on a registration, the first on none
      const unregistered = await newPerson('Lò Thị Tư');
      const registered = await newPerson('Lò Thị Năm');
      await aSentRegistration(registered, 'LDTT');
      const d = await officer.req('POST', '/api/v1/dossiers', { proposingUnitId: fx.x1.id, receivingUnitId: fx.x1.id, awardType: 'cong_trang', year: 2026 });
      await officer.req('POST', `/api/v1/dossiers/${d.json.id}/nominees`, { subject: 'person', subjectId: unregistered, award: 'LDTT' });
      await officer.req('POST', `/api/v1/dossiers/${d.json.id}/nominees`, { subject: 'person', subjectId: registered, award: 'LDTT' });
      const checks = (await officer.req('GET', `/api/v1/dossiers/${d.json.id}/checks`)).json;
      const flags = checks.nominees.map((n: { items: { id: string; severity: string }[] }) => n.items.find((i) => i.id === 'registration')?.severity ?? null);
      expect(flags).toEqual(['warning', null]);
    });

    it('registration after the deadline is refused and nothing is written', async () => {
      const movement = await aLaunchedMovement();
      const m = (await admin.req('GET', `/api/v1/movements/${movement.id}`)).json;
      const u = await admin.req('PATCH', `/api/v1/movements/${movement.id}`, { version: m.version, registrationDeadline: '2026-11-01' });
      expect(u.status, JSON.stringify(u.json)).toBe(200);
      const before = await count('registrations');
      const late = await admin.req('POST', '/api/v1/registrations', { unitId: fx.x2.id, year: 2026, movementId: movement.id });
      expect(late.status).toBe(422);
      expect(late.json.error.message).toMatch(/Đã hết hạn đăng ký thi đua \(hạn 01\/11\/2026/);
      expect(await count('registrations')).toBe(before);
    });

    it('SQL attainment (met, percent) agrees with the domain attainment', async () => {
      const cases: [string, number | null, number, number][] = [
        ['at_least', null, 45, 45], ['at_least', null, 45, 44.9], ['at_least', null, 0, 3], ['at_most', null, 10, 10], ['at_most', null, 10, 11], ['at_most', null, 10, 0],
        ['equal', null, 100, 100], ['equal', null, 100, 99], ['equal', null, 0, 2], ['reduce_by', 5, 2, 3], ['reduce_by', 5, 2, 3.5], ['reduce_by', 5, 2, 6], ['reduce_by', null, 2, 3],
      ];
      for (const [direction, baseline, target, value] of cases) {
        const v = sql`${value}::float8`;
        const [r] = await rows<{ met: boolean; percent: number | null }>(
          env().database.db,
          sql`SELECT ${metSql(v)} AS met, floor((${percentSql(v)}) * 10 + 0.5) / 10 AS percent
            FROM (VALUES (${direction}::text, ${baseline}::float8, ${target}::float8)) AS t(direction, baseline, target)`,
        );
        const a = attainment({ direction: direction as never, baseline, target }, value);
        expect(r.met, `${direction} ${value}`).toBe(a.met ?? false);
        expect(r.percent === null ? null : Number(r.percent), `${direction} ${value}`).toBe(a.percent);
      }
    });
  });
});
