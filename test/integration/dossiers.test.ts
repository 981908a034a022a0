/**
 * Proposal dossiers end to end through the API, on both drivers: create, nominees (by hand and from
 * Excel), automatic checks, files, the workflow with its guards, optimistic locking under concurrent
 * transitions, generated DOCX, scope, and bad input that changes nothing.
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/server/documents/docx-text.js';
import { rows } from '../../src/server/platform/db.js';
import * as peopleSvc from '../../src/server/modules/people/service.js';
import * as recordSvc from '../../src/server/modules/records/service.js';
import * as unitSvc from '../../src/server/modules/units/service.js';
import { insertGrant, insertUser } from '../../src/server/modules/users/service.js';
import * as unitRepo from '../../src/server/modules/units/repo.js';
import type { Ctx } from '../../src/server/platform/context.js';
import type { Deps } from '../../src/server/platform/http.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, adminCtx, forEachDriver, login, type Client, type TestEnv } from '../helpers.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Đối tượng*', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Mã hộ', 'Mã danh hiệu, hình thức*', 'Tóm tắt thành tích'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function workbook(data: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADER);
  for (const r of data) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(env: TestEnv, client: Client, url: string, buf: Buffer, filename = 'tep.xlsx', type = XLSX) {
  const boundary = '----tdktDossier' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    buf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await env.app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  return { status: res.statusCode, json: res.json() };
}

forEachDriver('proposal dossiers', (env) => {
  let fx: Fixture;
  let admin: Client;
  let officer: Client; // cán bộ TĐKT of X01 (proposes)
  let appraiser: Client; // chuyên viên of X01 (receives, appraises)
  let other: Client; // cán bộ of X02
  let school: number; // a unit under X01
  let star: number; // eligible for CSTĐ cơ sở 2026
  let weak: number; // rated HTNV: not eligible
  let ctx: Ctx;
  const deps = () => ({ database: env().database, cfg: env().cfg }) as Deps;
  const count = async (table: string) => (await rows<{ n: number }>(env().database.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0].n;

  beforeAll(async () => {
    fx = await seedFixture(env().database, env().cfg);
    ctx = await adminCtx(env().database);
    school = (await unitSvc.createUnit(deps(), ctx, { code: 'TH-X01', name: 'Trường Tiểu học Xã Một', level: 'don_vi', kind: 'truong_hoc', legalPersonality: true, parentId: fx.x1.id })).id;
    const mk = async (fullName: string, citizenId: string) =>
      (await peopleSvc.createPerson(deps(), ctx, { fullName, gender: 'nu', citizenId, employmentCategory: 'vien_chuc', isLeader: false, isDirectWorker: true, unitId: school })).id;
    star = await mk('Trần Thị Hoa', '001190000111');
    weak = await mk('Lê Văn Yếu', '001190000222');
    for (const y of [2024, 2025, 2026]) await recordSvc.create(deps(), ctx, 'ratings', { personId: star, year: y, rating: 'HTXSNV' });
    await recordSvc.create(deps(), ctx, 'ratings', { personId: weak, year: 2026, rating: 'HTNV' });
    await recordSvc.create(deps(), ctx, 'initiatives', { unitId: school, title: 'Sáng kiến dạy đọc', year: 2026, scope: 'co_so', authors: [{ personId: star, name: 'Trần Thị Hoa', share: 100 }] });
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
    officer = await login(env().app, fx.userFor.can_bo_don_vi, PASSWORD);
    appraiser = await login(env().app, fx.userFor.chuyen_vien, PASSWORD);
    await env().database.db.transaction(async (tx) => {
      const id = await insertUser(tx, ctx, { username: 'canbo.x02', fullName: 'Cán bộ Xã Hai', password: PASSWORD });
      await insertGrant(tx, ctx, id, 'can_bo_don_vi', (await unitRepo.findById(tx, fx.x2.id))!);
    });
    other = await login(env().app, 'canbo.x02', PASSWORD);
  });

  const newDossier = async (body: Record<string, unknown> = {}) => {
    const res = await officer.req('POST', '/api/v1/dossiers', { proposingUnitId: school, receivingUnitId: fx.x1.id, awardType: 'cong_trang', year: 2026, ...body });
    expect(res.status, res.body).toBe(201);
    return res.json as { id: number; code: string; version: number; state: string };
  };
  const detail = async (id: number, c: Client = officer) => (await c.req('GET', `/api/v1/dossiers/${id}`)).json;
  const act = (c: Client, id: number, action: string, body: Record<string, unknown>) => c.req('POST', `/api/v1/dossiers/${id}/${action}`, body);

  describe('preparing a dossier', () => {
    it('a unit officer creates a draft addressed to the commune: code, default title, a first event, audited', async () => {
      const d = await newDossier();
      expect(d).toMatchObject({ state: 'draft', stateName: 'Dự thảo', year: 2026, proposingUnitName: 'Trường Tiểu học Xã Một', receivingUnitName: 'Xã Một' });
      expect(d.code).toMatch(/^HS-2026-\d{6}$/);
      const full = await detail(d.id);
      expect(full.title).toContain('năm 2026');
      expect(full.events).toEqual([expect.objectContaining({ action: 'create', toState: 'draft' })]);
      const audit = await rows<{ action: string }>(env().database.db, sql`SELECT action FROM audit_log WHERE entity_type = 'dossier' AND entity_id = ${String(d.id)}`);
      expect(audit.map((a) => a.action)).toEqual(['create']);
    });

    it('refuses a receiving unit that is not above the proposing unit, and another unit of X02', async () => {
      const res = await officer.req('POST', '/api/v1/dossiers', { proposingUnitId: school, receivingUnitId: fx.x2.id, awardType: 'cong_trang', year: 2026 });
      expect(res.status).toBe(400);
      expect(res.json.error.message).toMatch(/cấp trên/);
      const out = await other.req('POST', '/api/v1/dossiers', { proposingUnitId: school, receivingUnitId: fx.x1.id, awardType: 'cong_trang', year: 2026 });
      expect(out.status).toBe(403);
      const bad = await officer.req('POST', '/api/v1/dossiers', { proposingUnitId: school, receivingUnitId: fx.x1.id, awardType: 'khong_co', year: 20260 });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details.map((x: { field: string }) => x.field)).toEqual(expect.arrayContaining(['body.awardType', 'body.year']));
    });

    it('nominees: unknown codes, awards for another subject and people of another unit are refused with the field named', async () => {
      const d = await newDossier();
      const before = await count('dossier_nominees');
      const unknown = await officer.req('POST', `/api/v1/dossiers/${d.id}/nominees`, { subject: 'person', subjectId: star, award: 'XYZ' });
      expect(unknown.status).toBe(400);
      expect(unknown.json.error.message).toMatch(/award/);
      const wrongSubject = await officer.req('POST', `/api/v1/dossiers/${d.id}/nominees`, { subject: 'person', subjectId: star, award: 'TTLDXS' });
      expect(wrongSubject.status).toBe(400);
      expect(wrongSubject.json.error.message).toMatch(/không áp dụng cho cá nhân/);
      const outsider = await officer.req('POST', `/api/v1/dossiers/${d.id}/nominees`, { subject: 'person', subjectId: fx.personX1.id, award: 'LDTT' });
      expect(outsider.status).toBe(400);
      expect(outsider.json.error.message).toMatch(/không thuộc Trường Tiểu học Xã Một/);
      expect(await count('dossier_nominees')).toBe(before);
      const ok = await officer.req('POST', `/api/v1/dossiers/${d.id}/nominees`, { subject: 'person', subjectId: star, award: 'cstd_cs', achievement: 'Giáo viên dạy giỏi cấp tỉnh' });
      expect(ok.status).toBe(201);
      expect(ok.json).toMatchObject({ name: 'Trần Thị Hoa', award: 'CSTD_CS', awardName: 'Chiến sĩ thi đua cơ sở' });
      const twice = await officer.req('POST', `/api/v1/dossiers/${d.id}/nominees`, { subject: 'person', subjectId: star, award: 'CSTD_CS' });
      expect(twice.status).toBe(409);
    });

    it('imports a nominee list: one bad row → every error listed, nothing written; fixed → all rows; again → unchanged', async () => {
      const d = await newDossier();
      const bad = await workbook([
        ['Cá nhân', '001190000111', null, null, null, null, 'CSTD_CS', 'Dạy giỏi'],
        ['Cá nhân', '001190000222', null, null, null, null, 'KHONG_CO', null],
        ['Tập thể', null, null, null, 'TH-X01', null, 'TTLDXS', 'Tập thể xuất sắc'],
      ]);
      const r1 = await upload(env(), officer, `/api/v1/dossiers/${d.id}/nominees/import`, bad);
      expect(r1.status).toBe(422);
      expect(r1.json.error.details.errors).toEqual([expect.objectContaining({ row: 3, column: 'Mã danh hiệu, hình thức' })]);
      expect((await detail(d.id)).nominees).toHaveLength(0);
      const good = await workbook([
        ['Cá nhân', '001190000111', null, null, null, null, 'CSTD_CS', 'Dạy giỏi'],
        ['Cá nhân', null, 'Lê Văn Yếu', null, 'TH-X01', null, 'CSTD_CS', null],
        ['Tập thể', null, null, null, 'TH-X01', null, 'TTLDXS', 'Tập thể xuất sắc'],
      ]);
      const dry = await upload(env(), officer, `/api/v1/dossiers/${d.id}/nominees/import?dryRun=1`, good);
      expect(dry.json).toMatchObject({ dryRun: true, created: 3 });
      expect((await detail(d.id)).nominees).toHaveLength(0);
      const r2 = await upload(env(), officer, `/api/v1/dossiers/${d.id}/nominees/import`, good);
      expect(r2.status).toBe(200);
      expect(r2.json).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
      const r3 = await upload(env(), officer, `/api/v1/dossiers/${d.id}/nominees/import`, good);
      expect(r3.json).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect((await detail(d.id)).nominees.map((n: { name: string }) => n.name)).toEqual(['Trần Thị Hoa', 'Lê Văn Yếu', 'Trường Tiểu học Xã Một']);
      // the export imports back unchanged
      const exp = await env().app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}/nominees/export`, headers: { cookie: officer.cookie } });
      expect(exp.statusCode).toBe(200);
      const again = await upload(env(), officer, `/api/v1/dossiers/${d.id}/nominees/import`, exp.rawPayload);
      expect(again.json).toMatchObject({ created: 0, unchanged: 3 });
      // a person of another unit is a row error
      const outside = await workbook([['Cá nhân', '001080000123', null, null, null, null, 'LDTT', null]]);
      const r4 = await upload(env(), officer, `/api/v1/dossiers/${d.id}/nominees/import`, outside);
      expect(r4.status).toBe(422);
      expect(r4.json.error.details.errors[0].message).toMatch(/không thuộc/);
    });

    it('attachments are checked by content: a PDF is stored once by sha256, a renamed text file is a 415', async () => {
      const d = await newDossier();
      const okRes = await upload(env(), officer, `/api/v1/dossiers/${d.id}/files?docType=to_trinh`, PDF, 'to-trinh.pdf', 'application/pdf');
      expect(okRes.status).toBe(201);
      expect(okRes.json).toMatchObject({ docType: 'to_trinh', mime: 'application/pdf', filename: 'to-trinh.pdf' });
      const again = await upload(env(), officer, `/api/v1/dossiers/${d.id}/files?docType=bien_ban`, PDF, 'bien-ban.pdf', 'application/pdf');
      expect(again.status).toBe(201);
      expect((await rows<{ n: number }>(env().database.db, sql`SELECT count(*)::int AS n FROM files WHERE sha256 = ${okRes.json.sha256}`))[0].n).toBe(1);
      const fake = await upload(env(), officer, `/api/v1/dossiers/${d.id}/files?docType=to_trinh`, Buffer.from('chỉ là chữ'), 'gia.pdf', 'application/pdf');
      expect(fake.status).toBe(415);
      const badType = await upload(env(), officer, `/api/v1/dossiers/${d.id}/files?docType=khong_co`, PDF, 'a.pdf', 'application/pdf');
      expect(badType.status).toBe(400);
      const dl = await env().app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}/files/${okRes.json.id}`, headers: { cookie: officer.cookie } });
      expect(dl.statusCode).toBe(200);
      expect(dl.headers['content-type']).toBe('application/pdf');
      expect(dl.rawPayload.equals(PDF)).toBe(true);
      expect((await other.req('GET', `/api/v1/dossiers/${d.id}/files/${okRes.json.id}`)).status).toBe(403);
    });

    it('generates the tờ trình and the nominee list as DOCX with the nominees', async () => {
      const d = await newDossier({ movement: 'Phong trào "Thi đua dạy tốt, học tốt"' });
      await officer.req('POST', `/api/v1/dossiers/${d.id}/nominees`, { subject: 'person', subjectId: star, award: 'CSTD_CS', achievement: 'Giáo viên dạy giỏi cấp tỉnh' });
      for (const [path, words] of [['to-trinh.docx', ['TỜ TRÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Chiến sĩ thi đua cơ sở']], ['danh-sach.docx', ['DANH SÁCH', 'Trần Thị Hoa', 'Giáo viên dạy giỏi cấp tỉnh']]] as const) {
        const res = await env().app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}/documents/${path}`, headers: { cookie: officer.cookie } });
        expect(res.statusCode).toBe(200);
        const text = await docxText(res.rawPayload);
        for (const w of words) expect(text).toContain(w);
      }
    });
  });

  describe('checks and workflow', () => {
    /** a fresh person of the school: a letter tag keeps the name distinct (names are letters only), a number the citizen ID */
    let seq = 0;
    const aPersonOfTheSchool = async (name: string) => {
      const n = ++seq;
      let tag = '';
      for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) tag = String.fromCharCode(97 + ((k - 1) % 26)) + tag;
      const fullName = `${name} ${tag.charAt(0).toUpperCase()}${tag.slice(1)}`;
      const citizenId = `001191${String(n).padStart(6, '0')}`;
      const p = await peopleSvc.createPerson(deps(), ctx, { fullName, gender: 'nu', citizenId, employmentCategory: 'vien_chuc', isLeader: false, isDirectWorker: true, unitId: school });
      return { id: p.id, fullName };
    };
    /** a fresh person of the school eligible for CSTĐ cơ sở 2026, proposed nowhere yet */
    const aStar = async () => {
      const { id, fullName } = await aPersonOfTheSchool('Phan Thị Sao');
      for (const y of [2024, 2025, 2026]) await recordSvc.create(deps(), ctx, 'ratings', { personId: id, year: y, rating: 'HTXSNV' });
      await recordSvc.create(deps(), ctx, 'initiatives', { unitId: school, title: `Sáng kiến của ${fullName}`, year: 2026, scope: 'co_so', authors: [{ personId: id, name: fullName, share: 100 }] });
      return id;
    };
    /** a fresh person of the school rated HTNV in 2026: not eligible */
    const aWeak = async () => {
      const { id } = await aPersonOfTheSchool('Lê Văn Kém');
      await recordSvc.create(deps(), ctx, 'ratings', { personId: id, year: 2026, rating: 'HTNV' });
      return id;
    };
    const addNominee = async (dossierId: number, subjectId: number) => {
      const res = await officer.req('POST', `/api/v1/dossiers/${dossierId}/nominees`, { subject: 'person', subjectId, award: 'CSTD_CS' });
      expect(res.status, res.body).toBe(201);
      return res.json.id as number;
    };
    const step = async (c: Client, id: number, action: string, body: Record<string, unknown> = {}) => {
      const res = await act(c, id, action, { version: (await detail(id, appraiser)).version, ...body });
      expect(res.status, `${action}: ${res.body}`).toBe(200);
      return res.json;
    };
    /** a draft of the school proposing a fresh eligible person and a fresh ineligible one for CSTĐ cơ sở */
    const aDraftWithNominees = async () => {
      const person = await aStar();
      const weakPerson = await aWeak();
      const d = await newDossier();
      return { d, person, starRow: await addNominee(d.id, person), weakRow: await addNominee(d.id, weakPerson) };
    };
    const aSubmittedDossier = async () => {
      const x = await aDraftWithNominees();
      await step(officer, x.d.id, 'submit');
      return x;
    };
    const aReceivedDossier = async () => {
      const x = await aSubmittedDossier();
      await step(appraiser, x.d.id, 'receive');
      return x;
    };
    /** returned for the weak row, which the unit removed before resubmitting with its tờ trình */
    const aResubmittedDossier = async () => {
      const x = await aReceivedDossier();
      await step(appraiser, x.d.id, 'start-appraisal');
      await step(appraiser, x.d.id, 'return', { reason: 'Bổ sung hồ sơ', items: [{ nomineeId: x.weakRow, reason: 'Xếp loại năm 2026 chỉ Hoàn thành nhiệm vụ' }] });
      const weakNow = (await detail(x.d.id)).nominees.find((n: { id: number }) => n.id === x.weakRow);
      expect((await officer.req('DELETE', `/api/v1/dossiers/${x.d.id}/nominees/${x.weakRow}?version=${weakNow.version}`)).status).toBe(200);
      expect((await upload(env(), officer, `/api/v1/dossiers/${x.d.id}/files?docType=to_trinh`, PDF, 'tt.pdf', 'application/pdf')).status).toBe(201);
      await step(officer, x.d.id, 'submit');
      return x;
    };

    it('checks flag an ineligible nominee and a duplicate proposal in another open dossier, with reasons', async () => {
      const { d, person, starRow, weakRow } = await aDraftWithNominees();
      // another open dossier proposes the same person for the same award and year
      const dup = await newDossier({ title: 'Hồ sơ trùng' });
      await addNominee(dup.id, person);
      const res = await officer.req('GET', `/api/v1/dossiers/${d.id}/checks`);
      expect(res.status).toBe(200);
      const byId = new Map(res.json.nominees.map((n: { nomineeId: number }) => [n.nomineeId, n]));
      const s = byId.get(starRow) as { status: string; items: { id: string; ok: boolean | null; text: string }[] };
      const w = byId.get(weakRow) as typeof s;
      expect(w.status).toBe('fail');
      expect(w.items.find((i) => i.id === 'eligibility')).toMatchObject({ ok: false });
      expect(w.items.find((i) => i.id === 'eligibility')!.text).toMatch(/Chưa đủ điều kiện Chiến sĩ thi đua cơ sở/);
      expect(s.items.find((i) => i.id === 'eligibility')).toMatchObject({ ok: true });
      expect(s.items.find((i) => i.id === 'duplicate_open')!.text).toMatch(/HS-2026-\d+/);
      expect(s.status).toBe('fail');
      // the commune chair decides CSTĐ cơ sở from 1/7/2025 (NĐ 129/2025)
      expect(s.items.find((i) => i.id === 'authority')).toMatchObject({ ok: true });
      expect(res.json.dossier.find((i: { id: string }) => i.id === 'doc:to_trinh')).toMatchObject({ ok: false });
      expect(res.json.dossier.find((i: { id: string }) => i.id === 'composition:direct_workers').text).toMatch(/2\/2/);
      expect(res.json.summary).toMatchObject({ fail: 2, unresolved: 2 });
      expect((await officer.req('DELETE', `/api/v1/dossiers/${dup.id}?version=${(await detail(dup.id)).version}`)).status).toBe(200);
    });

    it('the receiving agency sees nothing of a draft; the unit submits; a stale version is a 409', async () => {
      const { d, weakRow } = await aDraftWithNominees();
      expect((await appraiser.req('GET', `/api/v1/dossiers?box=incoming`)).json.items.map((x: { id: number }) => x.id)).not.toContain(d.id);
      const cur = await detail(d.id);
      const stale = await act(officer, d.id, 'submit', { version: cur.version - 1 });
      expect(stale.status).toBe(409);
      expect(stale.json.error.code).toBe('VERSION_CONFLICT');
      const res = await act(officer, d.id, 'submit', { version: cur.version });
      expect(res.status, res.body).toBe(200);
      expect(res.json).toMatchObject({ state: 'submitted', dueStep: 'receive' });
      expect(res.json.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // the snapshot of the checks is kept on each row
      const rowsNow = (await detail(d.id)).nominees as { id: number; checkStatus: string }[];
      expect(rowsNow.find((n) => n.id === weakRow)!.checkStatus).toBe('fail');
      // nominees can no longer change
      const edit = await officer.req('POST', `/api/v1/dossiers/${d.id}/nominees`, { subject: 'unit', subjectId: school, award: 'TTLDTT' });
      expect(edit.status).toBe(409);
      // wrong side: the unit officer cannot receive its own dossier
      expect((await act(officer, d.id, 'receive', { version: res.json.version })).status).toBe(403);
      // the queue of the appraiser lists it
      const q = await appraiser.req('GET', '/api/v1/dossiers/queue');
      expect(q.json.items.find((x: { id: number }) => x.id === d.id)).toMatchObject({ todo: 'Tiếp nhận hồ sơ' });
    });

    it('two officers receiving at the same moment: exactly one succeeds, the other gets a clear conflict', async () => {
      const { d } = await aSubmittedDossier();
      const cur = await detail(d.id, appraiser);
      const admin2 = admin;
      const [a, b] = await Promise.all([act(appraiser, d.id, 'receive', { version: cur.version }), act(admin2, d.id, 'receive', { version: cur.version })]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.json.error.message).toMatch(/người khác thay đổi/);
      const events = (await detail(d.id, appraiser)).events.filter((e: { action: string }) => e.action === 'receive');
      expect(events).toHaveLength(1);
    });

    it('return needs a reason; per-row reasons reach the unit; it fixes and resubmits with the history kept', async () => {
      const { d, weakRow } = await aReceivedDossier();
      let cur = await detail(d.id, appraiser);
      expect(cur.dueStep).toBe('appraise');
      const started = await act(appraiser, d.id, 'start-appraisal', { version: cur.version });
      expect(started.status).toBe(200);
      // the 20-working-day appraisal clock (QĐ 638/QĐ-BNV 2025) runs on
      expect(started.json).toMatchObject({ dueStep: 'appraise', dueDate: cur.dueDate });
      cur = await detail(d.id, appraiser);
      // cannot open consultation while failing rows are unresolved
      const blocked = await act(appraiser, d.id, 'open-consultation', { version: cur.version, days: 5 });
      expect(blocked.status).toBe(409);
      expect(blocked.json.error.code).toBe('CHECKS_UNRESOLVED');
      const noReason = await act(appraiser, d.id, 'return', { version: cur.version });
      expect(noReason.status).toBe(400);
      const ret = await act(appraiser, d.id, 'return', { version: cur.version, reason: 'Bổ sung hồ sơ', items: [{ nomineeId: weakRow, reason: 'Xếp loại năm 2026 chỉ Hoàn thành nhiệm vụ' }] });
      expect(ret.status, ret.body).toBe(200);
      expect(ret.json.state).toBe('returned');
      const back = await detail(d.id);
      expect(back.nominees.find((n: { id: number }) => n.id === weakRow).returnReason).toMatch(/Hoàn thành nhiệm vụ/);
      expect(back.events.at(-1)).toMatchObject({ action: 'return', reason: 'Bổ sung hồ sơ', items: [expect.objectContaining({ nomineeId: weakRow })] });
      // the unit removes the weak row, attaches the documents and resubmits
      const weakNow = back.nominees.find((n: { id: number }) => n.id === weakRow);
      expect((await officer.req('DELETE', `/api/v1/dossiers/${d.id}/nominees/${weakRow}?version=${weakNow.version}`)).status).toBe(200);
      await upload(env(), officer, `/api/v1/dossiers/${d.id}/files?docType=to_trinh`, PDF, 'tt.pdf', 'application/pdf');
      const re = await act(officer, d.id, 'submit', { version: (await detail(d.id)).version });
      expect(re.status).toBe(200);
      expect(re.json.submittedCount).toBe(2);
      const actions = (await detail(d.id)).events.map((e: { action: string }) => e.action);
      expect(actions).toEqual(['create', 'submit', 'receive', 'start_appraisal', 'return', 'submit']);
    });

    it('an appraiser accepts a failing row with a written reason (audited), then opens the consultation; the council waits for its end', async () => {
      const { d, starRow } = await aResubmittedDossier();
      for (const a of ['receive', 'start-appraisal']) expect((await act(appraiser, d.id, a, { version: (await detail(d.id, appraiser)).version })).status).toBe(200);
      const checks = (await appraiser.req('GET', `/api/v1/dossiers/${d.id}/checks`)).json;
      // no other dossier proposes this person: only its missing documents make the star row fail
      const starCheck = checks.nominees.find((n: { nomineeId: number }) => n.nomineeId === starRow);
      expect(starCheck.status).toBe('fail');
      expect(starCheck.items.filter((i: { ok: boolean | null }) => i.ok === false).every((i: { id: string }) => i.id.startsWith('doc:'))).toBe(true);
      const row = (await detail(d.id, appraiser)).nominees.find((n: { id: number }) => n.id === starRow);
      const short = await appraiser.req('POST', `/api/v1/dossiers/${d.id}/nominees/${starRow}/override`, { version: row.version, reason: 'x' });
      expect(short.status).toBe(400);
      const ok = await appraiser.req('POST', `/api/v1/dossiers/${d.id}/nominees/${starRow}/override`, { version: row.version, reason: 'Đã đối chiếu bản giấy báo cáo thành tích' });
      expect(ok.status).toBe(200);
      expect(ok.json.overrideReason).toMatch(/bản giấy/);
      const audit = await rows<{ action: string }>(env().database.db, sql`SELECT action FROM audit_log WHERE entity_type = 'dossier_nominee' AND entity_id = ${String(starRow)} AND action = 'override'`);
      expect(audit).toHaveLength(1);
      const cur = await detail(d.id, appraiser);
      const noDays = await act(appraiser, d.id, 'open-consultation', { version: cur.version });
      expect(noDays.status).toBe(400);
      expect(noDays.json.error.message).toMatch(/số ngày/);
      const open = await act(appraiser, d.id, 'open-consultation', { version: cur.version, days: 5 });
      expect(open.status, open.body).toBe(200);
      expect(open.json.consultationUntil > open.json.consultationFrom).toBe(true);
      const early = await act(appraiser, d.id, 'to-council', { version: open.json.version });
      expect(early.status).toBe(409);
      expect(early.json.error.code).toBe('CONSULTATION_OPEN');
    });

    it('a unit officer of another commune sees nothing and can do nothing', async () => {
      const { d } = await aSubmittedDossier();
      expect((await other.req('GET', `/api/v1/dossiers/${d.id}`)).status).toBe(403);
      expect((await other.req('GET', `/api/v1/dossiers`)).json.items.map((x: { id: number }) => x.id)).not.toContain(d.id);
      expect((await other.req('GET', `/api/v1/dossiers/${d.id}/documents/to-trinh.docx`)).status).toBe(403);
    });

    it('only drafts never sent can be deleted', async () => {
      const { d } = await aSubmittedDossier();
      const res = await officer.req('DELETE', `/api/v1/dossiers/${d.id}?version=${(await detail(d.id)).version}`);
      expect(res.status).toBe(409);
      const draft = await newDossier();
      expect((await officer.req('DELETE', `/api/v1/dossiers/${draft.id}?version=${draft.version}`)).status).toBe(200);
      expect((await officer.req('GET', `/api/v1/dossiers/${draft.id}`)).status).toBe(404);
    });
  });

  it('the batch facts loader gives each person the same facts as the one-by-one loader', async () => {
    const { loadFacts, loadPeopleFacts } = await import('../../src/server/modules/records/facts.js');
    const batch = await loadPeopleFacts(env().database.db, [star, weak, fx.personX1.id], '2026-12-15');
    for (const id of [star, weak, fx.personX1.id]) {
      const one = await loadFacts(env().database.db, { subject: 'person', id, year: 2026, date: '2026-12-15' });
      expect(batch.get(id)).toEqual(one);
    }
    expect(batch.get(star)!.initiatives).toHaveLength(1);
  });

  describe('forwarding upward and the report template', () => {
    it('forwards inside tdkt as a new draft of the receiving unit addressed upward; exports the ZIP with its manifest', async () => {
      const d = await newDossier();
      const row = (await officer.req('POST', `/api/v1/dossiers/${d.id}/nominees`, { subject: 'person', subjectId: star, award: 'CSTD_TINH', achievement: 'Chiến sĩ thi đua cơ sở ba năm liền' })).json;
      await upload(env(), officer, `/api/v1/dossiers/${d.id}/files?docType=to_trinh`, PDF, 'to-trinh.pdf', 'application/pdf');
      for (const [c, a] of [[officer, 'submit'], [appraiser, 'receive'], [appraiser, 'start-appraisal']] as const) {
        expect((await act(c, d.id, a, { version: (await detail(d.id, appraiser)).version })).status).toBe(200);
      }
      const wrong = await act(appraiser, d.id, 'forward', { version: (await detail(d.id, appraiser)).version, toUnitId: fx.x2.id });
      expect(wrong.status).toBe(400);
      const res = await act(appraiser, d.id, 'forward', { version: (await detail(d.id, appraiser)).version, toUnitId: fx.province.id });
      expect(res.status, res.body).toBe(200);
      expect(res.json.state).toBe('forwarded');
      const up = (await appraiser.req('GET', `/api/v1/dossiers/${res.json.forwardedTo.id}`)).json;
      expect(up).toMatchObject({ state: 'draft', proposingUnitId: fx.x1.id, receivingUnitId: fx.province.id });
      expect(up.nominees.map((n: { name: string; award: string }) => [n.name, n.award])).toEqual([['Trần Thị Hoa', 'CSTD_TINH']]);
      // the ZIP for an upper level outside tdkt
      const zipRes = await env().app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}/export.zip`, headers: { cookie: appraiser.cookie } });
      expect(zipRes.statusCode).toBe(200);
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(zipRes.rawPayload);
      expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['to-trinh.docx', 'danh-sach.docx', 'manifest.json']));
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      expect(manifest).toMatchObject({ format: 'tdkt-dossier/1', dossier: { code: d.code } });
      expect(manifest.nominees[0]).toMatchObject({ name: 'Trần Thị Hoa', award: 'CSTD_TINH', citizenId: '001190000111' });
      expect(manifest.files[0]).toMatchObject({ docType: 'to_trinh', filename: 'to-trinh.pdf' });
      expect((await zip.file(manifest.files[0].path)!.async('nodebuffer')).equals(PDF)).toBe(true);
      expect(manifest.history.map((h: { action: string }) => h.action)).toContain('forward');
      // the báo cáo thành tích to fill, with the register's awards
      const rep = await env().app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}/nominees/${row.id}/report-template.docx`, headers: { cookie: officer.cookie } });
      expect(rep.statusCode).toBe(200);
      const text = await docxText(rep.rawPayload);
      for (const w of ['BÁO CÁO THÀNH TÍCH', 'Trần Thị Hoa', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 'Chiến sĩ thi đua cơ sở ba năm liền']) expect(text).toContain(w);
      expect((await other.req('GET', `/api/v1/dossiers/${d.id}/export.zip`)).status).toBe(403);
    });
  });
});
