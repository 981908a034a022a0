/**
 * Excel import and export over HTTP, on PGlite and (with TEST_DATABASE_URL) PostgreSQL: templates,
 * all-or-nothing imports that list every row error, idempotent re-imports, scope as row errors,
 * content-type checks, and export → import round trips. Plus the CLI on an embedded database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { verifyAudit } from '../../src/server/platform/audit.js';
import { bootstrap } from '../../src/server/platform/bootstrap.js';
import { openDatabase, rows, type Database } from '../../src/server/platform/db.js';
import { migrate } from '../../src/server/platform/migrate.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, forEachDriver, login, type Client, type TestEnv, type Json } from '../helpers.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number | boolean | Date | null;

/** A workbook shaped like the template: the given header row, then the rows. */
async function workbook(header: string[], data: Cell[][], sheetName = 'Dữ liệu'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(header);
  for (const r of data) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function sheetRows(buf: Buffer): Promise<{ names: string[]; rows: Cell[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: Cell[][] = [];
  wb.worksheets[0].eachRow((r) => out.push((r.values as Cell[]).slice(1)));
  return { names: wb.worksheets.map((w) => w.name), rows: out };
}

const PEOPLE_HEADER = ['Họ và tên*', 'Giới tính*', 'Ngày sinh', 'Dân tộc', 'Số CCCD', 'Chức vụ', 'Đối tượng*', 'Lãnh đạo', 'Trực tiếp LĐSX, công tác', 'Mã đơn vị*'];
const UNIT_HEADER = ['Mã đơn vị*', 'Tên đơn vị*', 'Cấp*', 'Loại hình*', 'Có tư cách pháp nhân', 'Mã đơn vị cấp trên*', 'Địa chỉ', 'Hiệu lực từ', 'Hiệu lực đến'];
const HOUSEHOLD_HEADER = ['Mã hộ*', 'Họ tên chủ hộ*', 'Số CCCD chủ hộ', 'Địa chỉ', 'Mã thôn/tổ dân phố*'];

function multipart(buf: Buffer, opts: { field?: string; filename?: string; type?: string } = {}) {
  const boundary = '----tdktTestBoundary' + Math.random().toString(16).slice(2);
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${opts.filename ?? 'tep.xlsx'}"\r\n` +
      `Content-Type: ${opts.type ?? XLSX}\r\n\r\n`,
  );
  return { payload: Buffer.concat([head, buf, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(env: TestEnv, client: Client, url: string, buf: Buffer, opts: Parameters<typeof multipart>[1] = {}) {
  const body = multipart(buf, opts);
  const res = await env.app.inject({
    method: 'POST',
    url,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': body.contentType },
    payload: body.payload,
  });
  return { status: res.statusCode, json: res.json() };
}

async function download(env: TestEnv, client: Client, url: string) {
  const res = await env.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload, json: res.statusCode === 200 ? undefined : res.json() };
}

const count = async (database: Database, table: string, where = sql`true`) =>
  (await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${where}`))[0].n;
const entityAudits = (database: Database) => count(database, 'audit_log', sql`action IN ('import_create', 'import_update')`);

forEachDriver(
  'Excel import and export',
  (env) => {
    let fx: Fixture;
    let admin: Client;
    /** chuyên viên TĐKT with a grant on X01 only */
    let officer: Client;
    let leader: Client;
    beforeAll(async () => {
      fx = await seedFixture(env().database, env().cfg);
      admin = await login(env().app, 'admin', ADMIN_PASSWORD);
      officer = await login(env().app, fx.userFor.chuyen_vien, PASSWORD);
      leader = await login(env().app, fx.userFor.lanh_dao, PASSWORD);
    });

    /**
     * Fresh people for one test: names made distinct by a letter tag (names are letters only, and people
     * without a citizen ID are known by unit, name and birth date), and a citizen ID of its own for Tốt
     * (ending in 001, so that its masked form is 001******001).
     */
    let seq = 0;
    const freshPeople = () => {
      const n = ++seq;
      let tag = '';
      for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) tag = String.fromCharCode(97 + ((k - 1) % 26)) + tag;
      tag = tag.charAt(0).toUpperCase() + tag.slice(1);
      return { tot: `Phạm Văn Tốt ${tag}`, totCitizenId: `001085${String(n).padStart(3, '0')}001`, hoa: `Vũ Thị Hoa ${tag}`, dung: `Đỗ Văn Đúng ${tag}` };
    };
    type FreshPeople = ReturnType<typeof freshPeople>;
    /** three new people of X01 and TH01, and the fixture's person identical (unchanged) */
    const goodPeopleFile = (t: FreshPeople) =>
      workbook(PEOPLE_HEADER, [
        [t.tot, 'Nam', '01/02/1985', 'Kinh', t.totCitizenId, 'Cán bộ', 'Cán bộ', 'Có', 'Không', 'X01'],
        [t.hoa, 'Nữ', new Date(Date.UTC(1990, 1, 28)), 'Tày', null, null, 'Viên chức', null, null, 'X01'],
        [t.dung, 'nam', null, null, null, null, 'cong_chuc', 'x', '1', 'TH01'],
        // the fixture's person, identical: unchanged
        ['Nguyễn Văn A', 'Nam', '01/05/1980', null, '001080000123', null, 'Công chức', 'Không', 'Có', 'X01'],
      ]);
    /** fresh people, imported */
    const importedPeople = async () => {
      const t = freshPeople();
      expect(await upload(env(), officer, '/api/v1/imports/people', await goodPeopleFile(t))).toMatchObject({ status: 200, json: { created: 3, unchanged: 1 } });
      return t;
    };

    it('serves each template as a valid workbook: headers, a guide sheet with the codes, dropdowns', async () => {
      for (const [kind, header, sheet] of [
        ['people', PEOPLE_HEADER, 'Cá nhân'],
        ['units', UNIT_HEADER, 'Đơn vị'],
        ['households', HOUSEHOLD_HEADER, 'Hộ gia đình'],
      ] as const) {
        const res = await download(env(), officer, `/api/v1/imports/templates/${kind}`);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe(XLSX);
        expect(String(res.headers['content-disposition'])).toMatch(/attachment; filename="mau-nhap-[a-z-]+\.xlsx"/);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.body as unknown as ArrayBuffer);
        expect(wb.worksheets.map((w) => w.name)).toEqual([sheet, 'Hướng dẫn']);
        expect((wb.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(header);
        expect(wb.worksheets[0].rowCount).toBe(1);
        const guide: string[] = [];
        wb.worksheets[1].eachRow((r) => guide.push((r.values as unknown[]).slice(1).join(' | ')));
        if (kind === 'units') expect(guide.join('\n')).toContain('xa_phuong');
        if (kind === 'people') {
          expect(guide.join('\n')).toContain('Công chức');
          const validations = (wb.worksheets[0] as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
          expect(Object.keys(validations).length).toBeGreaterThan(0);
        }
      }
    });

    it('refuses templates and imports to a role that cannot import (403)', async () => {
      expect((await download(env(), leader, '/api/v1/imports/templates/people')).status).toBe(403);
      const file = await workbook(PEOPLE_HEADER, [['Lê Văn Cấm', 'Nam', null, null, null, null, 'Khác', null, null, 'X01']]);
      expect((await upload(env(), leader, '/api/v1/imports/people', file)).status).toBe(403);
      expect((await download(env(), leader, '/api/v1/exports/people')).status).toBe(200);
    });

    it('a file with one bad row answers 422 listing that row and column, and writes nothing', async () => {
      const before = await count(env().database, 'people');
      const file = await workbook(PEOPLE_HEADER, [
        ['Phạm Văn Tốt', 'Nam', '01/02/1985', 'Kinh', '001085000001', 'Cán bộ', 'Cán bộ', 'Có', 'Không', 'X01'],
        ['Vũ Thị Sai', 'Nữ', '31/02/1990', 'Kinh', null, null, 'Viên chức', null, null, 'X01'],
        ['Đỗ Văn Đúng', 'nam', null, null, null, null, 'cong_chuc', 'x', '1', 'TH01'],
      ]);
      const res = await upload(env(), officer, '/api/v1/imports/people', file);
      expect(res.status).toBe(422);
      expect(res.json.error.code).toBe('IMPORT_INVALID');
      expect(res.json.error.message).toBe('Tệp có 1 lỗi, chưa nhập dòng nào.');
      expect(res.json.error.details.errors).toEqual([{ row: 3, column: 'Ngày sinh', message: expect.stringContaining('không phải là ngày hợp lệ') }]);
      expect(await count(env().database, 'people')).toBe(before);
    });

    it('lists every error of every row, with Vietnamese reasons', async () => {
      const file = await workbook(PEOPLE_HEADER, [
        ['A', 'Khác', '1/1/1800', null, '12345', null, 'Không biết', 'có lẽ', null, 'KHONG-CO'],
        ['Ngô Văn Trùng', 'Nam', null, null, '001085000002', null, 'Khác', null, null, 'X01'],
        ['Ngô Văn Trùng Lại', 'Nam', null, null, '001085000002', null, 'Khác', null, null, 'X01'],
        [null, null, null, null, null, null, null, null, null, 'X01'],
      ]);
      const res = await upload(env(), officer, '/api/v1/imports/people?dryRun=1', file);
      expect(res.status).toBe(422);
      const errors = res.json.error.details.errors as { row: number; column: string | null; message: string }[];
      const at = (row: number) => errors.filter((e) => e.row === row).map((e) => e.column);
      expect(at(2)).toEqual(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Đối tượng', 'Lãnh đạo', 'Mã đơn vị']);
      expect(at(3)).toEqual([]);
      expect(at(4)).toEqual(['Số CCCD']);
      expect(errors.find((e) => e.row === 4)!.message).toBe('Số CCCD trùng với dòng 3.');
      expect(at(5)).toEqual(['Họ và tên', 'Giới tính', 'Đối tượng']);
      expect(res.json.error.message).toBe(`Tệp có ${errors.length} lỗi, chưa nhập dòng nào.`);
    });

    it('imports a good file, then importing it again changes nothing and audits nothing per row', async () => {
      const t = freshPeople();
      const file = await goodPeopleFile(t);
      const people = await count(env().database, 'people');
      const dry = await upload(env(), officer, '/api/v1/imports/people?dryRun=1', file);
      expect(dry).toMatchObject({ status: 200, json: { kind: 'people', dryRun: true, total: 4, created: 3, updated: 0, unchanged: 1 } });
      expect(await count(env().database, 'people')).toBe(people);

      const first = await upload(env(), officer, '/api/v1/imports/people', file);
      expect(first).toMatchObject({ status: 200, json: { kind: 'people', dryRun: false, total: 4, created: 3, updated: 0, unchanged: 1 } });
      expect(await count(env().database, 'people')).toBe(people + 3);
      const hoa = (await rows<Json>(env().database.db, sql`SELECT * FROM people WHERE full_name = ${t.hoa}`))[0];
      expect(hoa).toMatchObject({ gender: 'nu', birth_date: '1990-02-28', ethnicity: 'Tày', employment_category: 'vien_chuc', is_leader: false });
      expect(await count(env().database, 'memberships', sql`person_id = ${hoa.id} AND to_date IS NULL`)).toBe(1);
      const dung = (await rows<Json>(env().database.db, sql`SELECT p.*, u.code FROM people p JOIN units u ON u.id = p.unit_id WHERE full_name = ${t.dung}`))[0];
      expect(dung).toMatchObject({ code: 'TH01', is_leader: true, is_direct_worker: true, citizen_id: null });

      const audits = await entityAudits(env().database);
      const again = await upload(env(), officer, '/api/v1/imports/people', file);
      expect(again).toMatchObject({ status: 200, json: { total: 4, created: 0, updated: 0, unchanged: 4 } });
      expect(await count(env().database, 'people')).toBe(people + 3);
      expect(await entityAudits(env().database)).toBe(audits);
      const [summary] = await rows<Json>(env().database.db, sql`SELECT * FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1`);
      expect(summary.after).toMatchObject({ kind: 'people', created: 0, updated: 0, unchanged: 4 });
      expect(summary.after.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(summary.actor_name).toBe(fx.userFor.chuyen_vien);
      expect((await verifyAudit(env().database.db)).ok).toBe(true);
    });

    it('updates by natural key, and a new unit for a known citizen ID is a transfer', async () => {
      const t = await importedPeople();
      const file = await workbook(PEOPLE_HEADER, [
        [t.tot, 'Nam', '01/02/1985', 'Kinh', t.totCitizenId, 'Chủ tịch', 'Cán bộ', 'Có', 'Không', 'TH01'],
        [t.hoa, 'Nữ', '28/02/1990', 'Tày', null, 'Kế toán', 'Viên chức', null, null, 'X01'],
      ]);
      const res = await upload(env(), officer, '/api/v1/imports/people', file);
      expect(res).toMatchObject({ status: 200, json: { created: 0, updated: 2, unchanged: 0 } });
      const [tot] = await rows<Json>(env().database.db, sql`SELECT p.id, p.position, p.version, u.code FROM people p JOIN units u ON u.id = p.unit_id WHERE citizen_id = ${t.totCitizenId}`);
      expect(tot).toMatchObject({ position: 'Chủ tịch', code: 'TH01', version: 2 });
      const ms = await rows<Json>(env().database.db, sql`SELECT m.to_date, m.from_date, u.code FROM memberships m JOIN units u ON u.id = m.unit_id WHERE person_id = ${tot.id} ORDER BY m.id`);
      expect(ms.map((m) => [m.code, m.to_date === null])).toEqual([['X01', false], ['TH01', true]]);
      const [audit] = await rows<Json>(env().database.db, sql`SELECT * FROM audit_log WHERE action = 'import_update' AND entity_type = 'person' AND entity_id = ${String(tot.id)}`);
      expect(audit.before.position).toBe('Cán bộ');
      expect(audit.after.position).toBe('Chủ tịch');
      expect(audit.after.citizenId).toBe('001******001');
    });

    it('an out-of-scope row is a row error, not a 403', async () => {
      const seed = await workbook(PEOPLE_HEADER, [['Lâm Văn Xa', 'Nam', null, null, '079190000001', null, 'Nông dân', null, 'Có', 'X02']]);
      expect((await upload(env(), admin, '/api/v1/imports/people', seed)).json).toMatchObject({ created: 1 });
      const before = await count(env().database, 'people');
      const file = await workbook(PEOPLE_HEADER, [
        ['Lý Văn Trong', 'Nam', null, null, null, null, 'Khác', null, null, 'X01'],
        ['Lý Văn Ngoài', 'Nam', null, null, null, null, 'Khác', null, null, 'X02'],
        // a person of X02, moved into X01 by someone scoped to X01 only
        ['Lâm Văn Xa', 'Nam', null, null, '079190000001', null, 'Nông dân', null, 'Có', 'X01'],
      ]);
      const res = await upload(env(), officer, '/api/v1/imports/people', file);
      expect(res.status).toBe(422);
      expect(res.json.error.details.errors).toEqual([
        { row: 3, column: 'Mã đơn vị', message: 'Đơn vị X02 nằm ngoài phạm vi quản lý của bạn.' },
        { row: 4, column: 'Mã đơn vị', message: 'Cá nhân này đang thuộc đơn vị X02, nằm ngoài phạm vi quản lý của bạn.' },
      ]);
      expect(await count(env().database, 'people')).toBe(before);
    });

    it('rejects what is not an .xlsx by its content, whatever its name (4xx, nothing written)', async () => {
      const before = await count(env().database, 'people');
      const cases: [string, Buffer, number, RegExp][] = [
        ['plain text', Buffer.from('Họ và tên,Giới tính\nA,Nam\n'), 415, /không phải là tệp Excel/],
        ['a PDF', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 32)]), 415, /PDF/],
        ['an empty file', Buffer.alloc(0), 400, /rỗng/],
        ['a truncated workbook', (await workbook(PEOPLE_HEADER, [['Trần Văn Cụt', 'Nam', null, null, null, null, 'Khác', null, null, 'X01']])).subarray(0, 900), 400, /bị hỏng/],
      ];
      const zip = new ExcelJS.Workbook();
      zip.addWorksheet('x');
      const good = Buffer.from(await zip.xlsx.writeBuffer());
      // a ZIP that is not a workbook: rename the workbook part (same length keeps the ZIP valid)
      const docx = Buffer.from(good.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbooc.xml'), 'latin1');
      cases.push(['a ZIP without a workbook', docx, 415, /không phải/]);
      for (const [name, buf, status, message] of cases) {
        const res = await upload(env(), officer, '/api/v1/imports/people', buf, { filename: 'danh-sach.xlsx' });
        expect([name, res.status]).toEqual([name, status]);
        expect(res.json.error.message).toMatch(message);
      }
      expect(await count(env().database, 'people')).toBe(before);
    });

    it('answers 4xx for renamed columns, a header-only file, a missing file field and a too large upload', async () => {
      const renamed = await workbook([...PEOPLE_HEADER.slice(0, 9), 'Đơn vị'], [['Trần Văn Đổi', 'Nam', null, null, null, null, 'Khác', null, null, 'X01']]);
      let res = await upload(env(), officer, '/api/v1/imports/people', renamed);
      expect(res.status).toBe(400);
      expect(res.json.error.message).toContain('thiếu cột "Mã đơn vị"');
      expect(res.json.error.message).toContain('"Đơn vị"');

      res = await upload(env(), officer, '/api/v1/imports/people', await workbook(PEOPLE_HEADER, []));
      expect(res.status).toBe(400);
      expect(res.json.error.message).toContain('không có dòng dữ liệu');

      // a title above the table is fine; row numbers stay those of Excel
      const titled = new ExcelJS.Workbook();
      const ws = titled.addWorksheet('Danh sách');
      ws.addRow(['DANH SÁCH CÁ NHÂN ĐỀ NGHỊ']);
      ws.addRow([]);
      ws.addRow(PEOPLE_HEADER);
      ws.addRow(['Trần Văn Tiêu', 'Nam', '30/02/1990', null, null, null, 'Khác', null, null, 'X01']);
      res = await upload(env(), officer, '/api/v1/imports/people?dryRun=1', Buffer.from(await titled.xlsx.writeBuffer()));
      expect(res.status).toBe(422);
      expect(res.json.error.details.errors).toEqual([expect.objectContaining({ row: 4, column: 'Ngày sinh' })]);

      res = await upload(env(), officer, '/api/v1/imports/people', await workbook(UNIT_HEADER, [['Z1', 'Z', 'xa', 'xa_phuong', null, 'X01']]));
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('BAD_HEADER');

      res = await upload(env(), officer, '/api/v1/imports/people', await workbook(PEOPLE_HEADER, []), { field: 'tep' });
      expect(res.status).toBe(400);

      const json = await officer.req('POST', '/api/v1/imports/people', { file: 'x' });
      expect(json.status).toBe(415);
      expect(json.json.error.message).toContain('multipart/form-data');

      res = await upload(env(), officer, '/api/v1/imports/people', Buffer.alloc(env().cfg.uploadMaxBytes + 10, 1));
      expect(res.status).toBe(413);
      expect(res.json.error.message).toContain('vượt quá dung lượng');
    });

    it('imports units in any order (a parent defined later in the file), and moves a unit with its subtree', async () => {
      const file = await workbook(UNIT_HEADER, [
        ['TH-MOI-1', 'Thôn Mới Một', 'thon', 'Thôn, tổ dân phố', 'Không', 'X-MOI', null, null, null],
        ['X-MOI', 'Xã Mới', 'xa', 'xa_phuong', 'Có', 'T01', 'Trụ sở xã mới', '01/07/2025', null],
        ['TH-MOI-2', 'Thôn Mới Hai', 'thon', 'thon_to', null, 'X-MOI', null, null, null],
      ]);
      let res = await upload(env(), admin, '/api/v1/imports/units', file);
      expect(res).toMatchObject({ status: 200, json: { created: 3, updated: 0, unchanged: 0 } });
      const byCode = async () =>
        new Map((await rows<Json>(env().database.db, sql`SELECT id, code, path::text AS path, parent_id, valid_from FROM units`)).map((u) => [u.code, u]));
      let units = await byCode();
      const xm = units.get('X-MOI');
      expect(xm.valid_from).toBe('2025-07-01');
      expect(units.get('TH-MOI-1').path).toBe(`${xm.path}.${units.get('TH-MOI-1').id}`);
      expect(units.get('TH-MOI-2').parent_id).toBe(xm.id);

      res = await upload(env(), admin, '/api/v1/imports/units', file);
      expect(res).toMatchObject({ status: 200, json: { created: 0, updated: 0, unchanged: 3 } });

      // move X-MOI (with its villages) under X02
      const moved = await workbook(UNIT_HEADER, [['X-MOI', 'Xã Mới', 'xa', 'xa_phuong', 'Có', 'X02', 'Trụ sở xã mới', '01/07/2025', null]]);
      res = await upload(env(), admin, '/api/v1/imports/units', moved);
      expect(res).toMatchObject({ status: 200, json: { created: 0, updated: 1, unchanged: 0 } });
      units = await byCode();
      const x2 = units.get('X02');
      expect(units.get('X-MOI').path).toBe(`${x2.path}.${xm.id}`);
      expect(units.get('TH-MOI-1').path).toBe(`${x2.path}.${xm.id}.${units.get('TH-MOI-1').id}`);
    });

    it('reports unit cycles, unknown parents and scope per row', async () => {
      const file = await workbook(UNIT_HEADER, [
        ['VL-A', 'Vòng A', 'don_vi', 'khac', null, 'VL-B', null, null, null],
        ['VL-B', 'Vòng B', 'don_vi', 'khac', null, 'VL-A', null, null, null],
        ['MO-COI', 'Mồ côi', 'don_vi', 'khac', null, 'KHONG-CO', null, null, null],
        ['NGOAI', 'Ngoài phạm vi', 'don_vi', 'khac', null, 'X02', null, null, null],
        ['TRONG', 'Trong phạm vi', 'don_vi', 'khac', null, 'X01', null, null, '01/01/2020'],
      ]);
      const res = await upload(env(), officer, '/api/v1/imports/units', file);
      expect(res.status).toBe(422);
      const errors = res.json.error.details.errors as { row: number; column: string; message: string }[];
      expect(errors.map((e) => [e.row, e.column])).toEqual([
        [2, 'Mã đơn vị cấp trên'],
        [3, 'Mã đơn vị cấp trên'],
        [4, 'Mã đơn vị cấp trên'],
        [5, 'Mã đơn vị cấp trên'],
      ]);
      expect(errors[0].message).toContain('vòng lặp');
      expect(errors[3].message).toBe('Đơn vị X02 nằm ngoài phạm vi quản lý của bạn.');
    });

    it('imports households, links the head by citizen ID, and re-imports unchanged', async () => {
      const t = await importedPeople();
      const file = await workbook(HOUSEHOLD_HEADER, [
        ['HGD-MOI-1', t.tot, t.totCitizenId, 'Xóm Trên', 'TH01'],
        ['HGD-MOI-2', 'Chủ Hộ Mới', null, null, 'TH01'],
        ['HGD-X01-1', 'Nguyễn Văn A', '001080000123', null, 'TH01'],
      ]);
      let res = await upload(env(), officer, '/api/v1/imports/households', file);
      expect(res).toMatchObject({ status: 200, json: { created: 2, updated: 0, unchanged: 1 } });
      const [h] = await rows<Json>(env().database.db, sql`SELECT h.id, p.citizen_id FROM households h JOIN people p ON p.id = h.head_person_id WHERE h.code = 'HGD-MOI-1'`);
      expect(h.citizen_id).toBe(t.totCitizenId);
      expect(await count(env().database, 'household_members', sql`household_id = ${h.id}`)).toBe(1);
      res = await upload(env(), officer, '/api/v1/imports/households', file);
      expect(res).toMatchObject({ status: 200, json: { created: 0, updated: 0, unchanged: 3 } });
      const bad = await workbook(HOUSEHOLD_HEADER, [['HGD-MOI-3', 'Chủ Hộ', null, null, 'X-KHONG']]);
      res = await upload(env(), officer, '/api/v1/imports/households', bad);
      expect(res.status).toBe(422);
      expect(res.json.error.details.errors[0]).toMatchObject({ row: 2, column: 'Mã thôn/tổ dân phố' });
    });

    it('exports what the list shows, with its filters, and the export imports back unchanged', async () => {
      for (const [kind, slug, client, query] of [
        ['people', 'ca-nhan', officer, `?unitId=${fx.x1.id}`],
        ['people', 'ca-nhan', admin, ''],
        ['units', 'don-vi', admin, '?includeInactive=true'],
        ['households', 'ho-gia-dinh', officer, ''],
      ] as const) {
        const res = await download(env(), client, `/api/v1/exports/${kind}${query}`);
        expect(res.status).toBe(200);
        expect(String(res.headers['content-disposition'])).toMatch(new RegExp(`filename="${slug}-\\d{4}-\\d{2}-\\d{2}\\.xlsx"`));
        const back = await upload(env(), client, `/api/v1/imports/${kind}`, res.body as Buffer);
        expect([kind, back.status, back.json.created, back.json.updated]).toEqual([kind, 200, 0, 0]);
        expect(back.json.unchanged).toBeGreaterThan(0);
      }
      // the officer of X01 sees neither X02 nor its people
      const people = await sheetRows((await download(env(), officer, '/api/v1/exports/people')).body as Buffer);
      expect(people.names[0]).toBe('Cá nhân');
      expect(people.rows[0]).toEqual(PEOPLE_HEADER);
      expect(people.rows.slice(1).every((r) => r[9] === 'X01' || r[9] === 'TH01')).toBe(true);
      const a = people.rows.find((r) => r[4] === '001080000123')!;
      expect(a.slice(0, 3)).toEqual(['Nguyễn Văn A', 'Nam', new Date('1980-05-01T00:00:00Z')]);
      const filtered = await sheetRows((await download(env(), admin, '/api/v1/exports/people?gender=nu')).body as Buffer);
      expect(filtered.rows.slice(1).every((r) => r[1] === 'Nữ')).toBe(true);
      // a filter on a unit outside the actor's scope is refused, as for the list
      expect((await download(env(), officer, `/api/v1/exports/people?unitId=${fx.x2.id}`)).status).toBe(403);
    });
  },
  { uploadMaxBytes: 256 * 1024 },
);

describe('tdkt import / export / template (CLI)', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-import-'));
    delete process.env.DATABASE_URL;
    process.env.TDKT_DATA_DIR = path.join(dir, 'data');
    const database = await openDatabase({ dataDir: process.env.TDKT_DATA_DIR });
    await migrate(database);
    await bootstrap(database, { adminPassword: ADMIN_PASSWORD, log: { info: () => {}, warn: () => {} } });
    await database.close();
  });
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a template, imports, exports, and lists every error with exit code 1', async () => {
    const tpl = path.join(dir, 'mau.xlsx');
    expect(await main(['template', 'units', '--out', tpl])).toBe(0);
    expect((await sheetRows(fs.readFileSync(tpl))).rows[0]).toEqual(UNIT_HEADER);

    const units = path.join(dir, 'don-vi.xlsx');
    fs.writeFileSync(units, await workbook(UNIT_HEADER, [
      ['XA-1', 'Xã Một', 'xa', 'xa_phuong', 'Có', 'TINH-1', null, null, null],
      ['TINH-1', 'Tỉnh Một', 'tinh', 'tinh_thanh', 'Có', 'GOC', null, null, null],
    ]));
    expect(await main(['import', 'units', units, '--dry-run'])).toBe(0);
    expect(await main(['import', 'units', units])).toBe(0);

    const bad = path.join(dir, 'sai.xlsx');
    fs.writeFileSync(bad, await workbook(PEOPLE_HEADER, [['Lê Văn Một', 'Nam', null, null, '999', null, 'Khác', null, null, 'XA-1']]));
    const errs: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (errs.push(String(s)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['import', 'people', bad])).toBe(1);
    } finally {
      process.stderr.write = write;
    }
    expect(errs.join('')).toContain('Dòng 2, cột "Số CCCD"');

    const out = path.join(dir, 'xuat.xlsx');
    expect(await main(['export', 'units', '--out', out, '--unit', 'TINH-1'])).toBe(0);
    const exported = await sheetRows(fs.readFileSync(out));
    expect(exported.rows.slice(1).map((r) => r[0]).sort()).toEqual(['TINH-1', 'XA-1']);
    expect(await main(['import', 'units', out])).toBe(0);
    expect(await main(['export', 'nothing'])).toBe(2);
  });
});
