/**
 * Demo records the eligibility checker reads: ratings 2022–2026 and Lao động tiên tiến for the demo
 * people, and two people of the provincial Sở Nội vụ (SL-SNV, in scope of `chuyenvien`):
 *   - Hoàng Thị Mai (CCCD 019185900001): CSTĐ cơ sở 2024, 2025, 2026, HTXSNV, a provincial-scope
 *     initiative in 2026 → đủ điều kiện CSTĐ tỉnh for 2026 (date 2026-12-15);
 *   - Lý Văn Khải (CCCD 019082900002): CSTĐ cơ sở 2023, 2025, 2026 (no 2024) → không đủ điều kiện:
 *     the streak is broken.
 * Idempotent: skipped when Hoàng Thị Mai is already there, or when the demo province is not loaded.
 */
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Config } from '../platform/config.js';
import { loadConfig } from '../platform/config.js';
import type { Database } from '../platform/db.js';
import { rows } from '../platform/db.js';
import { ROOT_UNIT_CODE } from '../platform/bootstrap.js';
import * as peopleSvc from '../modules/people/service.js';
import * as recordSvc from '../modules/records/service.js';
import * as importRepo from '../modules/imports/repo.js';
import * as unitRepo from '../modules/units/repo.js';
import { demoContext } from './context.js';

export const DEMO_ELIGIBLE = { fullName: 'Hoàng Thị Mai', citizenId: '019185900001' };
export const DEMO_GAP_YEAR = { fullName: 'Lý Văn Khải', citizenId: '019082900002' };
const YEARS = [2022, 2023, 2024, 2025, 2026];

export async function seedDemoRecords(database: Database, opts: { log?: Pick<Logger, 'info' | 'warn'>; cfg?: Config } = {}): Promise<boolean> {
  const cfg = opts.cfg ?? loadConfig();
  const done = await database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(72430011)`);
    const snv = await unitRepo.findByCode(tx, 'SL-SNV');
    const province = await unitRepo.findByCode(tx, 'SL');
    if (!snv || !province) return false;
    const exists = await rows(tx, sql`SELECT 1 FROM people WHERE citizen_id = ${DEMO_ELIGIBLE.citizenId}`);
    if (exists.length) return false;
    const root = (await unitRepo.findByCode(tx, ROOT_UNIT_CODE))!;
    const { ctx, deps } = demoContext(database, tx, cfg, root, 'demo-seed-records');
    const person = (fullName: string, gender: 'nam' | 'nu', birthDate: string, citizenId: string) =>
      peopleSvc.createPerson(deps, ctx, {
        fullName, gender, birthDate, citizenId, ethnicity: 'Kinh', position: 'Chuyên viên phòng Thi đua - Khen thưởng', employmentCategory: 'cong_chuc',
        isLeader: false, isDirectWorker: false, unitId: snv.id, joinedDate: '2015-09-01',
      });
    const mai = await person(DEMO_ELIGIBLE.fullName, 'nu', '1985-04-12', DEMO_ELIGIBLE.citizenId);
    const khai = await person(DEMO_GAP_YEAR.fullName, 'nam', '1982-10-03', DEMO_GAP_YEAR.citizenId);
    const award = (personId: number, code: string, year: number, no: string, decider: string) =>
      recordSvc.create(deps, ctx, 'awards', { personId, award: code, year, decisionNo: no, decisionDate: `${year}-12-28`, decider, source: 'import' });
    for (const [p, cstdYears] of [[mai, [2024, 2025, 2026]], [khai, [2023, 2025, 2026]]] as const) {
      for (const y of YEARS) {
        await recordSvc.create(deps, ctx, 'ratings', { personId: p.id, year: y, rating: y >= 2023 ? 'HTXSNV' : 'HTTNV' });
        await award(p.id, 'LDTT', y, `${100 + y - 2000}/QĐ-SNV`, 'Giám đốc Sở Nội vụ');
      }
      for (const y of cstdYears) await award(p.id, 'CSTD_CS', y, `${200 + y - 2000}/QĐ-SNV`, 'Giám đốc Sở Nội vụ');
    }
    await recordSvc.create(deps, ctx, 'initiatives', {
      unitId: snv.id, title: 'Số hóa sổ theo dõi khen thưởng và kiểm tra tiêu chuẩn tự động', year: 2026, scope: 'tinh',
      recognizedBy: 'Hội đồng sáng kiến tỉnh Sơn Lâm', decisionNo: '45/QĐ-HĐSK', decisionDate: '2026-10-20',
      authors: [{ personId: mai.id, name: mai.fullName, share: 70 }, { personId: khai.id, name: khai.fullName, share: 30 }],
    });
    await recordSvc.create(deps, ctx, 'initiatives', {
      unitId: snv.id, title: 'Quy trình một cửa điện tử hồ sơ thi đua cấp tỉnh', year: 2026, scope: 'tinh',
      recognizedBy: 'Hội đồng sáng kiến tỉnh Sơn Lâm', decisionNo: '46/QĐ-HĐSK', decisionDate: '2026-10-20',
      authors: [{ personId: khai.id, name: khai.fullName, share: 100 }],
    });

    // every other demo person: a rating each year (mostly HTTNV, deterministic from the id) and
    // Lao động tiên tiến for HTXSNV / HTTNV — in bulk, with one audit row per batch
    const ratingExpr = sql`CASE WHEN (p.id * 7 + y) % 20 < 3 THEN 'HTXSNV' WHEN (p.id * 7 + y) % 20 < 15 THEN 'HTTNV' WHEN (p.id * 7 + y) % 20 < 19 THEN 'HTNV' ELSE 'KHTNV' END`;
    const [r] = await rows<{ n: number }>(
      tx,
      sql`WITH ins AS (INSERT INTO ratings (person_id, year, rating, unit_path, root_id)
          SELECT p.id, y, ${ratingExpr}, p.unit_path, p.root_id FROM people p CROSS JOIN generate_series(2022, 2026) y
          WHERE p.unit_path <@ ${province.path}::ltree AND p.employment_category <> 'khac' AND p.id NOT IN (${mai.id}, ${khai.id})
          ON CONFLICT (person_id, year) WHERE person_id IS NOT NULL DO NOTHING RETURNING 1) SELECT count(*)::int AS n FROM ins`,
    );
    const [a] = await rows<{ n: number }>(
      tx,
      sql`WITH ins AS (INSERT INTO award_entries (person_id, award, year, decision_no, decision_date, decider, source, unit_path, root_id)
          SELECT r.person_id, 'LDTT', r.year, 'DEMO-' || r.year || '/QĐ-LĐTT', make_date(r.year, 12, 28), 'Thủ trưởng đơn vị', 'import', r.unit_path, r.root_id
          FROM ratings r WHERE r.person_id IS NOT NULL AND r.unit_path <@ ${province.path}::ltree AND r.rating IN ('HTXSNV', 'HTTNV')
            AND r.person_id NOT IN (${mai.id}, ${khai.id})
          ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*)::int AS n FROM ins`,
    );
    await importRepo.auditMany(tx, ctx, [
      { action: 'import', entityType: 'import', entityId: null, unitPath: province.path, after: { kind: 'records.demo', ratings: r.n, awards: a.n } },
    ]);
    opts.log?.info(`demo: records loaded (${r.n} ratings, ${a.n} LĐTT); checker demo: ${DEMO_ELIGIBLE.fullName}, ${DEMO_GAP_YEAR.fullName} (Sở Nội vụ)`);
    return true;
  });
  return done;
}
