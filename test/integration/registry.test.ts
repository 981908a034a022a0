import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { rows } from '../../src/server/platform/db.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, forEachDriver, login, type Client } from '../helpers.js';

forEachDriver('organisation and people registry', (env) => {
  let fx: Fixture;
  let admin: Client;
  let officer: Client;
  beforeAll(async () => {
    fx = await seedFixture(env().database, env().cfg);
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
    officer = await login(env().app, fx.userFor.can_bo_don_vi, PASSWORD);
  });

  it.each([
    ['nguyen van a', 'Nguyễn Văn A'],
    ['NGUYEN VAN A', 'Nguyễn Văn A'],
    ['dang thi', 'Đặng Thị Bình'],
    ['Đặng', 'Đặng Thị Bình'],
    ['001080000123', 'Nguyễn Văn A'],
  ])('search "%s" ignores case and diacritics and finds %s', async (q, name) => {
    const res = await admin.req('GET', `/api/v1/people?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(res.json.items.map((p: { fullName: string }) => p.fullName)).toContain(name);
  });

  it('lists mask the citizen ID; the detail shows it to an authorised reader', async () => {
    const list = await admin.req('GET', '/api/v1/people?q=nguyen van a');
    expect(list.json.items[0].citizenIdMasked).toBe('001******123');
    expect(list.json.items[0].citizenId).toBeUndefined();
    const detail = await admin.req('GET', `/api/v1/people/${fx.personX1.id}`);
    expect(detail.json.citizenId).toBe('001080000123');
  });

  it('a unit officer sees only their subtree and gets 403 for another unit\'s person', async () => {
    const list = await officer.req('GET', '/api/v1/people');
    expect(list.json.items.map((p: { id: number }) => p.id)).toEqual([fx.personX1.id]);
    const other = await officer.req('GET', `/api/v1/people/${fx.personX2.id}`);
    expect(other.status).toBe(403);
    expect(other.json.error.message).toBe('Bạn không có quyền truy cập dữ liệu của đơn vị này.');
  });

  it('invalid input gets a 400 with a Vietnamese message and changes nothing', async () => {
    const before = await rows<{ n: number }>(env().database.db, sql`SELECT count(*)::int AS n FROM people`);
    const res = await admin.req('POST', '/api/v1/people', { fullName: 'Trần Văn C', gender: 'nam', citizenId: '12345', employmentCategory: 'cong_chuc', unitId: fx.x1.id });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/CCCD/);
    const after = await rows<{ n: number }>(env().database.db, sql`SELECT count(*)::int AS n FROM people`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('malformed JSON and bad ids are 4xx, never 500', async () => {
    const bad = await env().app.inject({ method: 'POST', url: '/api/v1/people', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' }, payload: '{"fullName":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBeTruthy();
    expect((await admin.req('GET', '/api/v1/people/abc')).status).toBe(400);
    expect((await admin.req('GET', '/api/v1/people/999999')).status).toBe(404);
    expect((await admin.req('GET', '/api/v1/units?level=xyz')).status).toBe(400);
  });

  it('two officers editing the same person: one succeeds, the other gets a clear conflict', async () => {
    const p = (await admin.req('GET', `/api/v1/people/${fx.personX1.id}`)).json;
    const first = await admin.req('PATCH', `/api/v1/people/${p.id}`, { position: 'Chủ tịch', version: p.version });
    const second = await officer.req('PATCH', `/api/v1/people/${p.id}`, { position: 'Phó Chủ tịch', version: p.version });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.json.error.code).toBe('VERSION_CONFLICT');
    expect((await admin.req('GET', `/api/v1/people/${p.id}`)).json.position).toBe('Chủ tịch');
  });

  it('a transfer keeps the membership history', async () => {
    const created = (await admin.req('POST', '/api/v1/people', { fullName: 'Lê Văn Chuyển', gender: 'nam', employmentCategory: 'vien_chuc', unitId: fx.x1.id, joinedDate: '2020-01-01' })).json;
    const moved = await admin.req('POST', `/api/v1/people/${created.id}/transfer`, { unitId: fx.x2.id, date: '2025-07-01', position: 'Kế toán' });
    expect(moved.status).toBe(200);
    expect(moved.json.position).toBe('Kế toán');
    const detail = (await admin.req('GET', `/api/v1/people/${created.id}`)).json;
    expect(detail.unitId).toBe(fx.x2.id);
    expect(detail.memberships).toHaveLength(2);
    expect(detail.memberships.find((m: { unitId: number }) => m.unitId === fx.x1.id).toDate).toBe('2025-06-30');
  });

  it('merging a commune keeps its people findable under the successor, with lineage', async () => {
    const a = (await admin.req('POST', '/api/v1/units', { code: 'XA_CU', name: 'Xã Cũ', level: 'xa', kind: 'xa_phuong', legalPersonality: true, parentId: fx.province.id })).json;
    const b = (await admin.req('POST', '/api/v1/units', { code: 'XA_MOI', name: 'Xã Mới', level: 'xa', kind: 'xa_phuong', legalPersonality: true, parentId: fx.province.id })).json;
    const p = (await admin.req('POST', '/api/v1/people', { fullName: 'Hoàng Thị Sáp', gender: 'nu', employmentCategory: 'nong_dan', unitId: a.id })).json;
    const village = (await admin.req('POST', '/api/v1/units', { code: 'THON_CU', name: 'Thôn Cũ', level: 'thon', kind: 'thon_to', legalPersonality: false, parentId: a.id })).json;
    const merged = await admin.req('POST', `/api/v1/units/${a.id}/merge`, { intoUnitId: b.id, date: '2025-07-01' });
    expect(merged.status).toBe(200);
    expect(merged.json.validTo).toBe('2025-06-30');
    const under = await admin.req('GET', `/api/v1/people?unitId=${b.id}`);
    expect(under.json.items.map((x: { id: number }) => x.id)).toContain(p.id);
    const detail = (await admin.req('GET', `/api/v1/units/${b.id}`)).json;
    expect(detail.lineage).toEqual([expect.objectContaining({ kind: 'merged_into', direction: 'from', otherUnitId: a.id, date: '2025-07-01' })]);
    // inactive by default in the tree, visible on request
    const kids = (await admin.req('GET', `/api/v1/units/${b.id}/children`)).json.items.filter((u: { id: number }) => u.id === a.id);
    const all = (await admin.req('GET', `/api/v1/units/${b.id}/children?includeInactive=1`)).json.items;
    // the village still operates: it now belongs to the successor directly
    expect(kids).toHaveLength(0);
    expect(all.map((u: { id: number }) => u.id).sort()).toEqual([a.id, village.id].sort());
    expect((await admin.req('GET', `/api/v1/units/${village.id}`)).json.parentId).toBe(b.id);
  });

  it('subtree listing returns the whole subtree of a unit', async () => {
    const res = await admin.req('GET', `/api/v1/units?parentId=${fx.x1.id}&includeInactive=1`);
    expect(res.json.items.map((u: { code: string }) => u.code).sort()).toEqual(['TH01', 'X01']);
  });

  it('households list their members', async () => {
    const res = await admin.req('GET', `/api/v1/households/${fx.householdX1.id}`);
    expect(res.json.members.map((m: { fullName: string }) => m.fullName)).toEqual(['Nguyễn Văn A']);
  });
});
