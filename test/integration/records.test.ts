import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { rows } from '../../src/server/platform/db.js';
import { loadFacts } from '../../src/server/modules/records/facts.js';
import * as peopleSvc from '../../src/server/modules/people/service.js';
import * as unitSvc from '../../src/server/modules/units/service.js';
import type { Ctx } from '../../src/server/platform/context.js';
import type { Deps } from '../../src/server/platform/http.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, adminCtx, forEachDriver, login, type Client } from '../helpers.js';

forEachDriver('records the engine reads', (env) => {
  let fx: Fixture;
  let admin: Client;
  let officer: Client;
  let deps: Deps;
  let ctx: Ctx;
  const count = async (table: string) => (await rows<{ n: number }>(env().database.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0].n;

  beforeAll(async () => {
    fx = await seedFixture(env().database, env().cfg);
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
    officer = await login(env().app, fx.userFor.can_bo_don_vi, PASSWORD);
    deps = { database: env().database, cfg: env().cfg };
    ctx = await adminCtx(env().database);
  });

  /** a unit of its own under X01 (in the officer's scope): what a test counts there is its own */
  let seq = 0;
  const aUnitOfX01 = async () => {
    const n = ++seq;
    return (await unitSvc.createUnit(deps, ctx, { code: `DV-R${n}`, name: `Tổ công tác ${n}`, level: 'don_vi', kind: 'truong_hoc', legalPersonality: true, parentId: fx.x1.id })).id;
  };
  const aPerson = async (unitId: number, fullName: string) =>
    (await peopleSvc.createPerson(deps, ctx, { fullName, gender: 'nu', employmentCategory: 'cong_chuc', isLeader: false, isDirectWorker: false, unitId })).id;
  /** Hoàng Thị Mai of the unit: HTXSNV and CSTĐ cơ sở 2024–2026, LĐTT 2026, a provincial initiative of the unit, a discipline of 2022 */
  const aThreeYearStar = async (unitId: number) => {
    const star = await aPerson(unitId, 'Hoàng Thị Mai');
    for (const y of [2024, 2025, 2026]) {
      expect((await admin.req('POST', '/api/v1/records/ratings', { personId: star, year: y, rating: 'HTXSNV' })).status).toBe(201);
      expect((await admin.req('POST', '/api/v1/records/awards', { personId: star, award: 'CSTD_CS', year: y, decisionNo: `${y}/QĐ-UBND`, decisionDate: `${y}-12-20`, decider: 'Chủ tịch UBND xã' })).status).toBe(201);
    }
    expect((await admin.req('POST', '/api/v1/records/awards', { personId: star, award: 'LDTT', year: 2026, decisionNo: '2026/QĐ-LDTT' })).status).toBe(201);
    const ini = await admin.req('POST', '/api/v1/records/initiatives', {
      unitId, title: 'Số hóa sổ khen thưởng cấp xã', year: 2026, scope: 'tinh', recognizedBy: 'Hội đồng sáng kiến tỉnh',
      authors: [{ personId: star, name: 'Hoàng Thị Mai', share: 70 }, { name: 'Người ngoài', share: 30 }],
    });
    expect(ini.status).toBe(201);
    expect((await admin.req('POST', '/api/v1/records/discipline', { personId: star, level: 'khien_trach', fromDate: '2022-03-01', toDate: '2022-09-01' })).status).toBe(201);
    return { star, initiativeId: ini.json.id as number };
  };

  it('an officer of X01 records a rating; the write is audited', async () => {
    const res = await officer.req('POST', '/api/v1/records/ratings', { personId: fx.personX1.id, year: 2025, rating: 'HTTNV' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ personId: fx.personX1.id, personName: 'Nguyễn Văn A', year: 2025, rating: 'HTTNV', version: 1 });
    const audit = await rows<{ action: string; after: { rating: string } }>(
      env().database.db,
      sql`SELECT action, after FROM audit_log WHERE entity_type = 'rating' AND entity_id = ${String(res.json.id)}`,
    );
    expect(audit).toEqual([expect.objectContaining({ action: 'create', after: expect.objectContaining({ rating: 'HTTNV' }) })]);
  });

  it('a second rating for the same person and year is a 409 naming the year', async () => {
    const person = await aPerson(await aUnitOfX01(), 'Trịnh Văn Hai');
    expect((await officer.req('POST', '/api/v1/records/ratings', { personId: person, year: 2025, rating: 'HTTNV' })).status).toBe(201);
    const res = await officer.req('POST', '/api/v1/records/ratings', { personId: person, year: 2025, rating: 'HTNV' });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toMatch(/năm/);
  });

  it("an officer of X01 cannot read or write X02's records", async () => {
    const other = await admin.req('POST', '/api/v1/records/ratings', { personId: fx.personX2.id, year: 2025, rating: 'HTXSNV' });
    expect(other.status).toBe(201);
    expect((await officer.req('GET', `/api/v1/records/ratings/${other.json.id}`)).status).toBe(403);
    expect((await officer.req('GET', `/api/v1/records/ratings?personId=${fx.personX2.id}`)).status).toBe(403);
    expect((await officer.req('GET', `/api/v1/records/ratings?unitId=${fx.x2.id}`)).status).toBe(403);
    const mine = await officer.req('GET', '/api/v1/records/ratings?year=2025');
    expect(mine.status).toBe(200);
    expect(mine.json.items.map((r: { personId: number }) => r.personId)).not.toContain(fx.personX2.id);
    expect((await officer.req('PATCH', `/api/v1/records/ratings/${other.json.id}`, { rating: 'HTNV', version: 1 })).status).toBe(403);
    expect((await officer.req('POST', '/api/v1/records/ratings', { personId: fx.personX2.id, year: 2024, rating: 'HTNV' })).status).toBe(403);
  });

  it('update checks the version; delete removes and audits', async () => {
    const c = await officer.req('POST', '/api/v1/records/pending', { personId: fx.personX1.id, kind: 'khieu_nai', openedOn: '2026-03-01' });
    expect(c.status).toBe(201);
    const u = await officer.req('PATCH', `/api/v1/records/pending/${c.json.id}`, { closedOn: '2026-04-01', version: 1 });
    expect(u.status).toBe(200);
    expect(u.json).toMatchObject({ closedOn: '2026-04-01', version: 2 });
    const stale = await officer.req('PATCH', `/api/v1/records/pending/${c.json.id}`, { note: 'x', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('VERSION_CONFLICT');
    expect((await officer.req('DELETE', `/api/v1/records/pending/${c.json.id}?version=2`)).status).toBe(200);
    expect((await officer.req('GET', `/api/v1/records/pending/${c.json.id}`)).status).toBe(404);
    const audit = await rows<{ action: string }>(env().database.db, sql`SELECT action FROM audit_log WHERE entity_type = 'pending_matter' AND entity_id = ${String(c.json.id)} ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it.each([
    ['ratings', { personId: 1, year: 2025, rating: 'GIOI' }, /rating/],
    ['ratings', { year: 2025, rating: 'HTNV' }, /personId/],
    ['ratings', { personId: 1, unitId: 1, year: 2025, rating: 'HTNV' }, /personId/],
    ['ratings', { personId: 1, year: 1800, rating: 'HTNV' }, /year/],
    ['awards', { personId: 1, award: 'XYZ', year: 2025, decisionNo: '1/QĐ' }, /award/],
    ['awards', { unitId: 1, award: 'LDTT', year: 2025, decisionNo: '1/QĐ' }, /award.*không áp dụng/],
    ['awards', { personId: 1, award: 'LDTT', year: 2025 }, /decisionNo/],
    ['discipline', { personId: 1, level: 'canh_cao', fromDate: '2025-05-01', toDate: '2025-01-01' }, /toDate/],
    ['discipline', { personId: 1, level: 'canh_cao', fromDate: '2025-02-30' }, /fromDate/],
    ['initiatives', { unitId: 1, title: 'Sáng kiến', year: 2025, scope: 'tinh', authors: [{ name: 'A B', share: 80 }, { name: 'C D', share: 40 }] }, /authors.*100%/],
    ['initiatives', { unitId: 1, title: 'Sáng kiến', year: 2025, scope: 'huyen', authors: [{ name: 'A B', share: 100 }] }, /scope/],
    ['initiatives', { unitId: 1, title: 'Sáng kiến', year: 2025, scope: 'tinh', authors: [{ name: 'A B', share: 100 }], usedForAward: 'CSTD_CS' }, /usedForYear/],
    ['pending', { personId: 1, kind: 'dieu_tra', openedOn: '2026-01-01', closedOn: '2025-01-01' }, /closedOn/],
  ])('bad %s input %j is a 400 naming the field, nothing written', async (kind, body, message) => {
    const b = { ...body } as Record<string, unknown>;
    if (b.personId) b.personId = fx.personX1.id;
    if (b.unitId) b.unitId = fx.x1.id;
    const table = { ratings: 'ratings', awards: 'award_entries', discipline: 'discipline_records', initiatives: 'initiatives', pending: 'pending_matters' }[kind]!;
    const before = await count(table);
    const res = await admin.req('POST', `/api/v1/records/${kind}`, b);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(message);
    expect(await count(table)).toBe(before);
  });

  it('loads the facts of a person and of a unit', async () => {
    const unitId = await aUnitOfX01();
    const { star, initiativeId } = await aThreeYearStar(unitId);
    await aPerson(unitId, 'Lý Văn Khải');
    const disciplined = await aPerson(unitId, 'Nguyễn Văn Bảy');
    expect((await admin.req('POST', '/api/v1/records/ratings', { unitId, year: 2026, rating: 'HTXSNV' })).status).toBe(201);
    expect((await admin.req('POST', '/api/v1/records/discipline', { personId: disciplined, level: 'canh_cao', fromDate: '2026-02-01', toDate: '2026-08-01' })).status).toBe(201);

    const person = await loadFacts(env().database.db, { subject: 'person', id: star, year: 2026 });
    expect(person).toEqual({
      ratings: { 2024: 'HTXSNV', 2025: 'HTXSNV', 2026: 'HTXSNV' },
      awards: [
        { award: 'CSTD_CS', year: 2024, decisionDate: '2024-12-20' },
        { award: 'CSTD_CS', year: 2025, decisionDate: '2025-12-20' },
        { award: 'CSTD_CS', year: 2026, decisionDate: '2026-12-20' },
        { award: 'LDTT', year: 2026 },
      ],
      initiatives: [{ id: String(initiativeId), title: 'Số hóa sổ khen thưởng cấp xã', year: 2026, scope: 'tinh' }],
      research: [],
      discipline: [{ level: 'khien_trach', from: '2022-03-01', to: '2022-09-01' }],
      pending: [],
    });
    const unit = await loadFacts(env().database.db, { subject: 'unit', id: unitId, year: 2026 });
    expect(unit.unitRating).toBe('HTXSNV');
    expect(unit.initiatives).toHaveLength(1);
    // the unit's own people: Hoàng Thị Mai, Lý Văn Khải, Nguyễn Văn Bảy (under discipline)
    expect(unit.members).toEqual({ total: 3, completedDuties: 1, ldtt: 1, cstdcs: 1, disciplinedCanhCaoOrAbove: 1 });
  });

  it('check-subject: three consecutive CSTĐ cơ sở and a provincial initiative → eligible for CSTĐ tỉnh', async () => {
    const { star } = await aThreeYearStar(await aUnitOfX01());
    const res = await officer.req('POST', '/api/v1/rules/check-subject', { subject: 'person', id: star, award: 'CSTD_TINH', year: 2026, date: '2026-12-15' });
    expect(res.status).toBe(200);
    expect(res.json.name).toBe('Hoàng Thị Mai');
    expect(res.json.facts.awards).toHaveLength(4);
    expect(res.json.result.eligible).toBe(true);
    expect(res.json.result.criteria.find((c: { id: string }) => c.id === 'cstd_cs_streak')).toMatchObject({ ok: true });
  });

  it('check-subject: a gap year breaks the streak → not eligible, with the reason', async () => {
    const gap = await aPerson(await aUnitOfX01(), 'Lý Văn Khải');
    for (const y of [2023, 2025, 2026]) {
      await admin.req('POST', '/api/v1/records/ratings', { personId: gap, year: y, rating: 'HTXSNV' });
      await admin.req('POST', '/api/v1/records/awards', { personId: gap, award: 'CSTD_CS', year: y, decisionNo: `${y}/QĐ-UBND` });
    }
    const res = await officer.req('POST', '/api/v1/rules/check-subject', { subject: 'person', id: gap, award: 'CSTD_TINH', year: 2026, date: '2026-12-15' });
    expect(res.status).toBe(200);
    expect(res.json.result.eligible).toBe(false);
    const streak = res.json.result.criteria.find((c: { id: string }) => c.id === 'cstd_cs_streak');
    expect(streak.ok).toBe(false);
    expect(streak.text).toMatch(/2024/);
  });

  it('check-subject: out of scope is 403, unknown subject 404, bad award 400', async () => {
    expect((await officer.req('POST', '/api/v1/rules/check-subject', { subject: 'person', id: fx.personX2.id, award: 'LDTT', year: 2025 })).status).toBe(403);
    expect((await officer.req('POST', '/api/v1/rules/check-subject', { subject: 'unit', id: fx.x2.id, award: 'TTLDTT', year: 2025 })).status).toBe(403);
    expect((await admin.req('POST', '/api/v1/rules/check-subject', { subject: 'person', id: 999999, award: 'LDTT', year: 2025 })).status).toBe(404);
    const bad = await admin.req('POST', '/api/v1/rules/check-subject', { subject: 'person', id: fx.personX1.id, award: 'NOPE', year: 2025 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/award/);
    const unitId = await aUnitOfX01();
    for (const name of ['Mai Văn Một', 'Mai Văn Hai', 'Mai Văn Ba']) await aPerson(unitId, name);
    const unit = await admin.req('POST', '/api/v1/rules/check-subject', { subject: 'unit', id: unitId, award: 'TTLDTT', year: 2026, date: '2026-12-15' });
    expect(unit.status).toBe(200);
    expect(unit.json.facts.members.total).toBe(3);
  });

  it('records follow a person transferred to another unit', async () => {
    const p = await peopleSvc.createPerson(deps, ctx, { fullName: 'Người Chuyển', gender: 'nam', employmentCategory: 'khac', isLeader: false, isDirectWorker: false, unitId: fx.x1.id });
    const r = await admin.req('POST', '/api/v1/records/ratings', { personId: p.id, year: 2025, rating: 'HTNV' });
    await peopleSvc.transferPerson(deps, ctx, p.id, { unitId: fx.x2.id, date: '2026-01-01' });
    expect((await officer.req('GET', `/api/v1/records/ratings/${r.json.id}`)).status).toBe(403);
    await peopleSvc.deletePerson(deps, ctx, p.id, (await peopleSvc.getPerson(deps, ctx, p.id)).version);
  });

  it('editing an award without its source keeps the source', async () => {
    const created = await admin.req('POST', '/api/v1/records/awards', { personId: fx.personX1.id, award: 'GK', year: 2019, decisionNo: '9/QĐ-NHAP', source: 'import' });
    expect(created.status, created.body).toBe(201);
    const upd = await admin.req('PATCH', `/api/v1/records/awards/${created.json.id}`, { note: 'Sửa ghi chú', version: created.json.version });
    expect(upd.status, upd.body).toBe(200);
    expect(upd.json).toMatchObject({ source: 'import', note: 'Sửa ghi chú', decisionId: null, revokedOn: null });
    // the register is searchable by name without diacritics, and by decision number
    const byName = await admin.req('GET', '/api/v1/records/awards?q=nguyen van a&year=2019');
    expect(byName.json.items.map((x: { id: number }) => x.id)).toContain(created.json.id);
    const byNo = await admin.req('GET', '/api/v1/records/awards?q=9/qđ-nhap');
    expect(byNo.json.items.map((x: { id: number }) => x.id)).toEqual([created.json.id]);
    expect((await admin.req('GET', '/api/v1/records/awards?q=khong co ai ten nay')).json.items).toEqual([]);
  });
});
