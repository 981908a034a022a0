/** Excel for the award register, ratings and initiatives: template, all-or-nothing import with row errors, idempotent re-import, export. */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { rows } from '../../src/server/platform/db.js';
import * as householdSvc from '../../src/server/modules/households/service.js';
import * as peopleSvc from '../../src/server/modules/people/service.js';
import * as unitSvc from '../../src/server/modules/units/service.js';
import type { Ctx } from '../../src/server/platform/context.js';
import type { Deps } from '../../src/server/platform/http.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, adminCtx, forEachDriver, login, type Client, type TestEnv } from '../helpers.js';

type Cell = string | number | Date | null;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(header: string[], data: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(header);
  for (const r of data) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(env: TestEnv, client: Client, url: string, buf: Buffer) {
  const boundary = '----tdktRecords' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tep.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`),
    buf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await env.app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  return { status: res.statusCode, json: res.json() };
}

const AWARD_HEADER = ['Đối tượng*', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Mã hộ', 'Mã danh hiệu, hình thức*', 'Năm*', 'Số quyết định*', 'Ngày quyết định', 'Cấp quyết định', 'Ghi chú'];
const RATING_HEADER = ['Đối tượng*', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Năm*', 'Xếp loại*', 'Ghi chú'];
const INITIATIVE_HEADER = ['Tên sáng kiến*', 'Năm*', 'Mã đơn vị*', 'Phạm vi ảnh hưởng*', 'Cơ quan công nhận', 'Số quyết định', 'Ngày quyết định', 'Tác giả*', 'Đã dùng để xét (mã)', 'Năm đã dùng', 'Ghi chú'];

forEachDriver('records: Excel', (env) => {
  let fx: Fixture;
  let admin: Client;
  let officer: Client;
  let deps: Deps;
  let ctx: Ctx;
  const awards = async () => (await rows<{ n: number }>(env().database.db, sql`SELECT count(*)::int AS n FROM award_entries`))[0].n;

  beforeAll(async () => {
    fx = await seedFixture(env().database, env().cfg);
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
    officer = await login(env().app, fx.userFor.chuyen_vien, PASSWORD);
    deps = { database: env().database, cfg: env().cfg };
    ctx = await adminCtx(env().database);
  });

  /** a unit of its own under X01 (in the officer's scope) with a thôn, a person with a citizen ID and a household: the subjects of one award file */
  let seq = 0;
  const aSubtree = async () => {
    const n = ++seq;
    const unit = await unitSvc.createUnit(deps, ctx, { code: `DV-E${n}`, name: `Tổ công tác ${n}`, level: 'don_vi', kind: 'truong_hoc', legalPersonality: true, parentId: fx.x1.id });
    const thon = await unitSvc.createUnit(deps, ctx, { code: `TH-E${n}`, name: `Thôn công tác ${n}`, level: 'thon', kind: 'thon_to', legalPersonality: false, parentId: unit.id });
    const citizenId = `001081${String(n).padStart(6, '0')}`;
    const person = await peopleSvc.createPerson(deps, ctx, {
      fullName: 'Trần Văn Bảo', gender: 'nam', birthDate: '1980-05-01', citizenId, employmentCategory: 'cong_chuc', isLeader: false, isDirectWorker: true, unitId: unit.id,
    });
    const household = await householdSvc.createHousehold(deps, ctx, { code: `HGD-E${n}`, headName: 'Trần Văn Bảo', headPersonId: person.id, thonUnitId: thon.id });
    return { unitId: unit.id, unitCode: `DV-E${n}`, personId: person.id, citizenId, householdId: household.id, householdCode: `HGD-E${n}` };
  };
  type Subtree = Awaited<ReturnType<typeof aSubtree>>;
  /** the award entries of the subtree's subjects, whatever other tests wrote */
  const ownAwards = (t: Subtree) =>
    rows<{ id: number; source: string }>(env().database.db, sql`SELECT id, source FROM award_entries WHERE person_id = ${t.personId} OR unit_id = ${t.unitId} OR household_id = ${t.householdId} ORDER BY id`);

  it('the award register template has the columns and the guide', async () => {
    const res = await env().app.inject({ method: 'GET', url: '/api/v1/records/awards/template', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Sổ khen thưởng', 'Hướng dẫn']);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(AWARD_HEADER);
  });

  /** one award of each subject kind: the person by citizen ID and by name, birth date and unit; the unit; the household */
  const good = (t: Subtree): Cell[][] => [
    ['Cá nhân', t.citizenId, null, null, null, null, 'CSTD_CS', 2024, '12/QĐ-UBND', '20/12/2024', 'Chủ tịch UBND xã', null],
    ['Cá nhân', null, 'Trần Văn Bảo', '01/05/1980', t.unitCode, null, 'LDTT', 2025, '30/QĐ-UBND', '15/12/2025', null, null],
    ['Tập thể', null, null, null, t.unitCode, null, 'TTLDTT', 2025, '31/QĐ-UBND', null, null, 'Nhập từ sổ cũ'],
    ['Hộ gia đình', null, null, null, null, t.householdCode, 'GDVH', 2025, '5/QĐ-UBND', null, null, null],
  ];

  it('a file with errors lists every row error and writes nothing', async () => {
    const t = await aSubtree();
    const before = await awards();
    const bad: Cell[][] = [
      ...good(t),
      ['Cá nhân', null, null, null, null, null, 'LDTT', 2025, '1/QĐ', null, null, null],
      ['Tập thể', null, null, null, t.unitCode, null, 'CSTD_CS', 2025, '1/QĐ', null, null, null],
      ['Cá nhân', t.citizenId, null, null, null, null, 'KHONGCO', 2025, '1/QĐ', null, null, null],
      ['Cá nhân', t.citizenId, null, null, null, null, 'LDTT', 2025, null, null, null, null],
      ['Tập thể', null, null, null, 'X02', null, 'TTLDTT', 2025, '1/QĐ', null, null, null],
      ['Cá nhân', t.citizenId, null, null, null, null, 'CSTD_CS', 2024, '12/QĐ-UBND', null, null, null],
    ];
    const res = await upload(env(), officer, '/api/v1/records/awards/import', await workbook(AWARD_HEADER, bad));
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('IMPORT_INVALID');
    const errs = res.json.error.details.errors as { row: number; column: string | null; message: string }[];
    expect(errs.map((e) => e.row)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(errs.find((e) => e.row === 7)!.message).toMatch(/không áp dụng/);
    expect(errs.find((e) => e.row === 8)!.column).toBe('Mã danh hiệu, hình thức');
    expect(errs.find((e) => e.row === 9)!.column).toBe('Số quyết định');
    expect(errs.find((e) => e.row === 10)!.message).toMatch(/phạm vi/);
    expect(errs.find((e) => e.row === 11)!.message).toMatch(/Trùng với dòng 2/);
    expect(await awards()).toBe(before);
  });

  it('dry run counts; import writes; the same file again changes nothing', async () => {
    const t = await aSubtree();
    const file = await workbook(AWARD_HEADER, good(t));
    const all = await awards();
    const dry = await upload(env(), officer, '/api/v1/records/awards/import?dryRun=1', file);
    expect(dry.json).toMatchObject({ dryRun: true, total: 4, created: 4 });
    expect(await awards()).toBe(all);
    const before = (await ownAwards(t)).length;
    expect(before).toBe(0);
    const res = await upload(env(), officer, '/api/v1/records/awards/import', file);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    expect(await ownAwards(t)).toHaveLength(4);
    expect(await awards()).toBe(all + 4);
    const again = await upload(env(), officer, '/api/v1/records/awards/import', file);
    expect(again.json).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    const own = await ownAwards(t);
    expect(own).toHaveLength(4);
    expect(await awards()).toBe(all + 4);
    expect([...new Set(own.map((a) => a.source))]).toEqual(['import']);
    const ids = sql.join(own.map((a) => sql`${String(a.id)}`), sql`, `);
    const audit = await rows<{ n: number }>(env().database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'award_entry' AND action = 'import_create' AND entity_id IN (${ids})`);
    expect(audit[0].n).toBe(4);
    const list = await officer.req('GET', `/api/v1/records/awards?personId=${t.personId}`);
    expect(list.json.items.map((a: { award: string }) => a.award).sort()).toEqual(['CSTD_CS', 'LDTT']);
  });

  it('export → import round trip is unchanged', async () => {
    const t = await aSubtree();
    const imported = await upload(env(), officer, '/api/v1/records/awards/import', await workbook(AWARD_HEADER, good(t)));
    expect(imported.json).toMatchObject({ created: 4 });
    const res = await env().app.inject({ method: 'GET', url: `/api/v1/records/awards/export?unitId=${t.unitId}`, headers: { cookie: officer.cookie } });
    expect(res.statusCode).toBe(200);
    const again = await upload(env(), officer, '/api/v1/records/awards/import', res.rawPayload as Buffer);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('ratings import: create, then update on a changed rating', async () => {
    const file = await workbook(RATING_HEADER, [['Cá nhân', '001080000123', null, null, null, 2025, 'HTTNV', null], ['Tập thể', null, null, null, 'X01', 2025, 'Hoàn thành xuất sắc nhiệm vụ', null]]);
    expect((await upload(env(), officer, '/api/v1/records/ratings/import', file)).json).toMatchObject({ created: 2 });
    const changed = await workbook(RATING_HEADER, [['Cá nhân', '001080000123', null, null, null, 2025, 'HTXSNV', null]]);
    expect((await upload(env(), officer, '/api/v1/records/ratings/import', changed)).json).toMatchObject({ created: 0, updated: 1 });
    const r = await rows<{ rating: string; version: number }>(env().database.db, sql`SELECT rating, version FROM ratings WHERE person_id = ${fx.personX1.id} AND year = 2025`);
    expect(r).toEqual([{ rating: 'HTXSNV', version: 2 }]);
  });

  it('initiatives import links authors by citizen ID or a unique name in the unit', async () => {
    const file = await workbook(INITIATIVE_HEADER, [
      ['Một cửa điện tử cấp xã', 2026, 'X01', 'Tỉnh', 'Hội đồng sáng kiến tỉnh', '7/QĐ-HĐSK', '01/10/2026', 'Nguyễn Văn A (60); Người Ngoài Tỉnh (40)', null, null, null],
      ['Sáng kiến lỗi', 2026, 'X01', 'co_so', null, null, null, 'Nguyễn Văn A 60', null, null, null],
    ]);
    const bad = await upload(env(), officer, '/api/v1/records/initiatives/import', file);
    expect(bad.status).toBe(422);
    expect(bad.json.error.details.errors).toEqual([expect.objectContaining({ row: 3, column: 'Tác giả' })]);
    const ok = await upload(env(), officer, '/api/v1/records/initiatives/import', await workbook(INITIATIVE_HEADER, [
      ['Một cửa điện tử cấp xã', 2026, 'X01', 'Tỉnh', 'Hội đồng sáng kiến tỉnh', '7/QĐ-HĐSK', '01/10/2026', 'Nguyễn Văn A (60); Người Ngoài Tỉnh (40)', null, null, null],
    ]));
    expect(ok.json).toMatchObject({ created: 1 });
    const list = await officer.req('GET', `/api/v1/records/initiatives?personId=${fx.personX1.id}`);
    expect(list.json.items).toHaveLength(1);
    expect(list.json.items[0].authors).toEqual([{ personId: fx.personX1.id, name: 'Nguyễn Văn A', share: 60 }, { personId: null, name: 'Người Ngoài Tỉnh', share: 40 }]);
  });
});
