import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { isValidCitizenId } from '../../src/shared/codes.js';
import { verifyAudit } from '../../src/server/platform/audit.js';
import { rows } from '../../src/server/platform/db.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DISTRICTS, PROVINCE, REFORM_DATE, seedDemo, type DemoSummary } from '../../src/server/demo/index.js';
import { forEachDriver, login } from '../helpers.js';

forEachDriver('demo dataset', (env) => {
  let summary: DemoSummary;
  let provincePath: string;
  const db = () => env().database.db;

  beforeAll(async () => {
    summary = (await seedDemo(env().database))!;
    const [p] = await rows<{ path: string }>(db(), sql`SELECT path::text AS path FROM units WHERE code = ${PROVINCE.code}`);
    provincePath = p.path;
  }, 180_000);

  it('loads one province with about 2,000 people, households and villages', async () => {
    expect(summary).toBeTruthy();
    expect(summary.people).toBeGreaterThanOrEqual(1900);
    expect(summary.people).toBeLessThanOrEqual(2200);
    expect(summary.households).toBeGreaterThan(150);
    const [province] = await rows<{ level: string; parent_code: string }>(
      db(),
      sql`SELECT u.level, p.code AS parent_code FROM units u JOIN units p ON p.id = u.parent_id WHERE u.code = ${PROVINCE.code}`,
    );
    expect(province).toEqual({ level: 'tinh', parent_code: 'GOC' });
    const kinds = await rows<{ kind: string }>(db(), sql`SELECT DISTINCT kind FROM units WHERE path <@ ${provincePath}::ltree ORDER BY kind`);
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['co_quan_hanh_chinh', 'truong_hoc', 'doanh_nghiep', 'hop_tac_xa', 'to_chuc_ct_xh', 'xa_phuong', 'thon_to', 'huyen_thi']),
    );
    const eth = await rows<{ ethnicity: string }>(db(), sql`SELECT DISTINCT ethnicity FROM people ORDER BY 1`);
    expect(eth.map((e) => e.ethnicity)).toEqual(expect.arrayContaining(['Kinh', 'Tày', 'Nùng', 'Dao', 'Mông']));
    // every household lives in a village of the province and has members there
    const [h] = await rows<{ bad: number }>(
      db(),
      sql`SELECT count(*)::int AS bad FROM households h JOIN units t ON t.id = h.thon_unit_id
          WHERE t.level <> 'thon' OR NOT EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = h.id)`,
    );
    expect(h.bad).toBe(0);
  });

  it('applies the 1/7/2025 reform: new communes under the province, old ones merged into them, districts abolished', async () => {
    const newCommunes = await rows<{ code: string; valid_from: string; parent: string }>(
      db(),
      sql`SELECT u.code, u.valid_from, p.code AS parent FROM units u JOIN units p ON p.id = u.parent_id
          WHERE u.level = 'xa' AND u.valid_to IS NULL AND u.path <@ ${provincePath}::ltree ORDER BY u.code`,
    );
    const expected = DISTRICTS.flatMap((d) => d.newCommunes.map((c) => c.code)).sort();
    expect(newCommunes.map((c) => c.code)).toEqual(expected);
    for (const c of newCommunes) expect(c).toMatchObject({ valid_from: REFORM_DATE, parent: PROVINCE.code });

    const lineage = await rows<{ old: string; new: string; kind: string; effective_date: string; old_valid_to: string; under_new: boolean; prev_parent: string }>(
      db(),
      sql`SELECT o.code AS old, n.code AS new, l.kind, l.effective_date, o.valid_to AS old_valid_to,
            o.path <@ n.path AS under_new, pp.code AS prev_parent
          FROM unit_lineage l JOIN units o ON o.id = l.from_unit_id JOIN units n ON n.id = l.to_unit_id
          JOIN units pp ON pp.id = l.previous_parent_id
          WHERE o.level = 'xa' ORDER BY o.code`,
    );
    const want = DISTRICTS.flatMap((d) => d.newCommunes.flatMap((c) => c.from.map((old) => ({ old, new: c.code, prev_parent: d.code }))));
    expect(lineage).toHaveLength(want.length);
    for (const w of want) {
      expect(lineage.find((l) => l.old === w.old)).toEqual({ ...w, kind: 'merged_into', effective_date: REFORM_DATE, old_valid_to: '2025-06-30', under_new: true });
    }

    const districts = await rows<{ code: string; valid_to: string; kind: string }>(
      db(),
      sql`SELECT u.code, u.valid_to, l.kind FROM units u JOIN unit_lineage l ON l.from_unit_id = u.id WHERE u.level = 'huyen' ORDER BY u.code`,
    );
    expect(districts).toEqual(DISTRICTS.map((d) => ({ code: d.code, valid_to: '2025-06-30', kind: 'abolished' })));

    // people of an old commune's villages are found under the new commune
    const [moved] = await rows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM people p JOIN units v ON v.id = p.unit_id
          WHERE v.level = 'thon' AND p.unit_path <@ (SELECT path FROM units WHERE code = 'SL-X01')`,
    );
    expect(moved.n).toBeGreaterThan(50);
  });

  it('keeps transfer history: commune staff moved to the new commune on the reform date', async () => {
    const hist = await rows<{ person_id: number; from_unit: string; to_date: string; next_unit: string; next_from: string }>(
      db(),
      sql`SELECT m1.person_id, u1.code AS from_unit, m1.to_date, u2.code AS next_unit, m2.from_date AS next_from
          FROM memberships m1 JOIN memberships m2 ON m2.person_id = m1.person_id AND m2.from_date = m1.to_date + 1
          JOIN units u1 ON u1.id = m1.unit_id JOIN units u2 ON u2.id = m2.unit_id
          WHERE m2.from_date = ${REFORM_DATE}::date AND u2.level = 'xa'`,
    );
    expect(hist.length).toBeGreaterThan(200);
    expect(hist.find((h) => h.from_unit === 'SL-H01-X05')).toMatchObject({ to_date: '2025-06-30', next_unit: 'SL-X02', next_from: REFORM_DATE });
    const [open] = await rows<{ bad: number }>(
      db(),
      sql`SELECT count(*)::int AS bad FROM people p WHERE (SELECT count(*) FROM memberships m WHERE m.person_id = p.id AND m.to_date IS NULL) <> 1
          OR NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.to_date IS NULL AND m.unit_id = p.unit_id)`,
    );
    expect(open.bad).toBe(0);
  });

  it('has exactly one "Nguyễn Văn A", found with tdkt_fold by "nguyen van a", and several An/Anh', async () => {
    const found = await rows<{ full_name: string }>(db(), sql`SELECT full_name FROM people WHERE search_text LIKE '%' || tdkt_fold('nguyen van a') || '%'`);
    const names = found.map((f) => f.full_name);
    expect(names.filter((n) => n === 'Nguyễn Văn A')).toHaveLength(1);
    expect(names.filter((n) => n === 'Nguyễn Văn An').length).toBeGreaterThanOrEqual(2);
    expect(names.filter((n) => n === 'Nguyễn Văn Anh').length).toBeGreaterThanOrEqual(2);
  });

  it('gives valid citizen IDs only', async () => {
    const ids = await rows<{ citizen_id: string }>(db(), sql`SELECT citizen_id FROM people WHERE citizen_id IS NOT NULL`);
    expect(ids.length).toBeGreaterThan(100);
    for (const { citizen_id } of ids) expect(isValidCitizenId(citizen_id), citizen_id).toBe(true);
  });

  it('lets every demo account log in with its role, scoped as documented', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const client = await login(env().app, a.username, DEMO_PASSWORD);
      const me = await client.req('GET', '/api/v1/auth/me');
      expect(me.status).toBe(200);
      const roles = me.json.user.roles as { role: string; unitId: number }[];
      const [unit] = await rows<{ id: number }>(db(), sql`SELECT id FROM units WHERE code = ${a.unit}`);
      expect(roles).toEqual([expect.objectContaining({ role: a.role, unitId: Number(unit.id) })]);
    }
    // the commune officer of Xã Định Hóa finds Nguyễn Văn A there, and not the people of another commune
    const officer = await login(env().app, 'canbo.xa1', DEMO_PASSWORD);
    const res = await officer.req('GET', `/api/v1/people?q=${encodeURIComponent('nguyen van a')}&pageSize=50`);
    expect(res.status).toBe(200);
    expect(res.json.items.map((p: { fullName: string }) => p.fullName)).toContain('Nguyễn Văn A');
    const [other] = await rows<{ id: number }>(db(), sql`SELECT p.id FROM people p WHERE p.unit_path <@ (SELECT path FROM units WHERE code = 'SL-X04') LIMIT 1`);
    expect((await officer.req('GET', `/api/v1/people/${other.id}`)).status).toBe(403);
  });

  it('is idempotent and leaves an intact audit trail', async () => {
    const [before] = await rows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM people`);
    expect(await seedDemo(env().database)).toBeNull();
    const [after] = await rows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM people`);
    expect(after.n).toBe(before.n);
    const [demoAudit] = await rows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM audit_log WHERE actor_name = 'demo'`);
    expect(demoAudit.n).toBeGreaterThan(summary.people);
    expect((await verifyAudit(db())).ok).toBe(true);
  });
});
