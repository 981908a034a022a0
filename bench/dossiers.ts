/**
 * Benchmarks of the commendation path (issue 4), never test assertions:
 *   - the automatic checks of a 500-nominee dossier against a 1,000,000-award register
 *   - a decision of 2,000 awardees: DOCX, PDF, and the certificates PDF (time and size)
 *   - a 50-member council closing a 200-nominee ballot: the tally
 *
 *   npx tsx bench/dossiers.ts [--driver postgres|pglite|both] [--awards N] [--nominees N]
 *
 * PostgreSQL: a database of its own on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
 * dropped after. PGlite: in memory. Results: bench/results/dossiers-<driver>.json and bench/DOSSIERS.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { certificatesPdf, type CertificateItem } from '../src/server/documents/certificate.js';
import { officialDocx, type OfficialDocument } from '../src/server/documents/official.js';
import { officialPdf } from '../src/server/documents/pdf.js';
import { bootstrap } from '../src/server/platform/bootstrap.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openDatabase, rows, type Database, type DbKind } from '../src/server/platform/db.js';
import { migrate } from '../src/server/platform/migrate.js';
import { runChecks } from '../src/server/modules/dossiers/checks.js';
import * as dossierRepo from '../src/server/modules/dossiers/repo.js';
import * as councilSvc from '../src/server/modules/councils/service.js';
import type { Deps } from '../src/server/platform/http.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const DRIVER = arg('driver', 'postgres');
const AWARDS = Number(arg('awards', '1000000'));
const NOMINEES = Number(arg('nominees', '500'));
const PG_BASE = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const ms = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function openFor(driver: DbKind): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (driver === 'pglite') {
    const database = await openDatabase({ memory: true });
    return { database, drop: async () => database.close() };
  }
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS tdkt_bench_dossiers WITH (FORCE)');
  await admin.query('CREATE DATABASE tdkt_bench_dossiers');
  await admin.end();
  const url = new URL(PG_BASE);
  url.pathname = '/tdkt_bench_dossiers';
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: PG_BASE });
      await c.connect();
      await c.query('DROP DATABASE IF EXISTS tdkt_bench_dossiers WITH (FORCE)');
      await c.end();
    },
  };
}

/** A province, a commune and a school; people; a register of AWARDS past awards; a dossier of NOMINEES. */
async function seed(db: Database['db']) {
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path::text AS path FROM units WHERE code = 'GOC'`);
  const unit = async (code: string, name: string, level: string, kind: string, parent: { id: number; path: string }) => {
    const [u] = await rows<{ id: number }>(db, sql`INSERT INTO units (code, name, level, kind, legal_personality, parent_id, path, root_id) VALUES (${code}, ${name}, ${level}, ${kind}, true, ${parent.id}, '0', ${root.id}) RETURNING id`);
    const p = `${parent.path}.${u.id}`;
    await db.execute(sql`UPDATE units SET path = ${p}::ltree WHERE id = ${u.id}`);
    return { id: Number(u.id), path: p };
  };
  const province = await unit('B-T', 'Tỉnh Đo Lường', 'tinh', 'tinh_thanh', root);
  const commune = await unit('B-X', 'Xã Đo Lường', 'xa', 'xa_phuong', province);
  const school = await unit('B-S', 'Trường Đo Lường', 'don_vi', 'truong_hoc', commune);
  const people = Math.max(NOMINEES * 2, Math.ceil(AWARDS / 10));
  log(`seeding ${people} people, ${AWARDS} awards…`);
  await db.execute(sql`INSERT INTO people (full_name, gender, employment_category, is_leader, is_direct_worker, unit_id, unit_path, root_id)
    SELECT 'Người Đo ' || g, CASE WHEN g % 2 = 0 THEN 'nu' ELSE 'nam' END, 'vien_chuc', false, g % 3 = 0, ${school.id}, ${school.path}::ltree, ${root.id}
    FROM generate_series(1, ${people}) g`);
  const [{ min }] = await rows<{ min: number }>(db, sql`SELECT min(id)::bigint AS min FROM people WHERE unit_id = ${school.id}`);
  await db.execute(sql`INSERT INTO ratings (person_id, year, rating, unit_path, root_id)
    SELECT p.id, y, CASE WHEN p.id % 4 = 0 THEN 'HTNV' ELSE 'HTXSNV' END, p.unit_path, p.root_id FROM people p CROSS JOIN generate_series(2022, 2026) y
    WHERE p.unit_id = ${school.id} AND p.id < ${Number(min) + NOMINEES}`);
  await db.execute(sql`INSERT INTO award_entries (person_id, award, year, decision_no, decision_date, decider, source, unit_path, root_id)
    SELECT ${Number(min)} + (g % ${people}), (ARRAY['LDTT','GK','CSTD_CS','BK_TINH'])[1 + g % 4], 2000 + (g / ${people})::int % 27, 'B-' || g, make_date(2000 + (g / ${people})::int % 27, 12, 28), 'Đo', 'import', ${school.path}::ltree, ${root.id}
    FROM generate_series(1, ${AWARDS}) g ON CONFLICT DO NOTHING`);
  await db.execute(sql`ANALYZE`);
  const id = await dossierRepo.insert(db, { title: 'Hồ sơ đo', proposingUnitId: school.id, receivingUnitId: commune.id, awardType: 'cong_trang', year: 2026, createdBy: null, rootId: root.id });
  await db.execute(sql`INSERT INTO dossier_nominees (dossier_id, position, subject, person_id, name, award)
    SELECT ${id}, g, 'person', ${Number(min)} + g - 1, 'Người Đo ' || g, CASE WHEN g % 2 = 0 THEN 'LDTT' ELSE 'GK' END FROM generate_series(1, ${NOMINEES}) g`);
  return { dossierId: id, commune, min: Number(min) };
}

async function checksFigure(db: Database['db'], dossierId: number) {
  const d = (await dossierRepo.findById(db, dossierId))!;
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push((await ms(() => runChecks(db, d)))[1]);
  return { nominees: NOMINEES, awards: AWARDS, medianMs: Math.round(median(times)), runsMs: times.map(Math.round) };
}

async function tallyFigure(deps: Deps, commune: { id: number }, min: number) {
  const db = deps.database.db;
  const [d] = await rows<{ id: number }>(db, sql`INSERT INTO dossiers (code, title, proposing_unit_id, receiving_unit_id, award_type, year, state) VALUES ('B-TALLY', 'Đo kiểm phiếu', ${commune.id}, ${commune.id}, 'cong_trang', 2026, 'council') RETURNING id`);
  await db.execute(sql`INSERT INTO dossier_nominees (dossier_id, position, subject, person_id, name, award)
    SELECT ${d.id}, g, 'person', ${min} + 1000 + g, 'Người Xét ' || g, 'CSTD_CS' FROM generate_series(1, 200) g`);
  await db.execute(sql`INSERT INTO council_members (unit_id, full_name, role) SELECT ${commune.id}, 'Thành viên ' || g, 'uy_vien' FROM generate_series(1, 50) g`);
  const [s] = await rows<{ id: number }>(db, sql`INSERT INTO council_sessions (unit_id, title, held_on, state, members_total) VALUES (${commune.id}, 'Phiên đo', '2026-12-10', 'voting', 50) RETURNING id`);
  await db.execute(sql`INSERT INTO session_dossiers (session_id, dossier_id) VALUES (${s.id}, ${d.id})`);
  await db.execute(sql`INSERT INTO session_attendance (session_id, member_id, present) SELECT ${s.id}, id, true FROM council_members WHERE unit_id = ${commune.id}`);
  await db.execute(sql`INSERT INTO ballot_participation (session_id, nominee_id, member_id) SELECT ${s.id}, n.id, m.id FROM dossier_nominees n CROSS JOIN council_members m WHERE n.dossier_id = ${d.id} AND m.unit_id = ${commune.id}`);
  await db.execute(sql`INSERT INTO ballot_tallies (session_id, nominee_id, yes, no, abstain) SELECT ${s.id}, id, 35 + position % 15, 15 - position % 15, 0 FROM dossier_nominees WHERE dossier_id = ${d.id}`);
  const ctx = { actor: { userId: 1, username: 'admin', fullName: 'Quản trị', grants: [{ id: 1, role: 'quan_tri' as const, unitId: 1, unitName: 'Gốc', unitPath: '1' }] }, requestId: 'bench', ip: null };
  const [res, t] = await ms(() => councilSvc.closeVoting(deps, ctx, Number(s.id), 1));
  return { members: 50, nominees: 200, closeMs: Math.round(t), passed: res.results.filter((r) => r.passed).length };
}

async function documentFigures() {
  const lines = Array.from({ length: 2000 }, (_, i) => ({ name: `Nguyễn Thị Hương ${i + 1}`, unit: 'Giáo viên Trường Tiểu học Lam Vỹ', award: 'Giấy khen', amount: 760_000 }));
  const doc: OfficialDocument = {
    issuer: { parent: 'UBND TỈNH SƠN LÂM', name: 'Ủy ban nhân dân xã Định Hóa' },
    number: '215/QĐ-UBND', place: 'Định Hóa', date: '2026-12-18', typeName: 'QUYẾT ĐỊNH', summary: 'Về việc khen thưởng năm 2026',
    bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
    body: [
      { kind: 'paragraph', text: 'Điều 1. Tặng Giấy khen cho 2.000 cá nhân có thành tích năm 2026 (có danh sách kèm theo).' },
      { kind: 'pageBreak' },
      {
        kind: 'table',
        columns: [{ title: 'STT', widthPct: 8 }, { title: 'Họ và tên', widthPct: 32 }, { title: 'Đơn vị', widthPct: 32 }, { title: 'Hình thức', widthPct: 14 }, { title: 'Tiền thưởng', widthPct: 14, align: 'right' }],
        rows: lines.map((l, i) => [String(i + 1), l.name, l.unit, l.award, l.amount.toLocaleString('vi-VN')]),
        totalRow: ['', 'Tổng cộng', '', '', (760_000 * 2000).toLocaleString('vi-VN')],
      },
    ],
    recipients: ['Như Điều 3;', 'Lưu: VT.'],
    signer: { position: 'CHỦ TỊCH', name: 'Lương Văn Dũng' },
  };
  const [docx, docxMs] = await ms(() => officialDocx(doc));
  const [pdf, pdfMs] = await ms(() => officialPdf(doc));
  const items: CertificateItem[] = lines.map((l, i) => ({
    issuer: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA', awardTitle: 'GIẤY KHEN', name: `Bà ${l.name}`, unit: l.unit,
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Dạy tốt, học tốt" năm học 2025–2026', decision: 'Quyết định số 215/QĐ-UBND ngày 18 tháng 12 năm 2026',
    placeDate: 'Định Hóa, ngày 18 tháng 12 năm 2026', signerTitle: 'CHỦ TỊCH', signerName: 'Lương Văn Dũng',
    verifyUrl: `https://tdkt.example.vn/verify/${'A'.repeat(24)}${String(i).padStart(8, '2')}`, code: `Mã xác thực: ${'A'.repeat(24)}${String(i).padStart(8, '2')}`,
  }));
  const [certs, certsMs] = await ms(() => certificatesPdf(items));
  return {
    awardees: 2000,
    docxMs: Math.round(docxMs), docxMb: +(docx.length / 1048576).toFixed(2),
    decisionPdfMs: Math.round(pdfMs), decisionPdfMb: +(pdf.length / 1048576).toFixed(2),
    certificatesMs: Math.round(certsMs), certificatesMb: +(certs.length / 1048576).toFixed(2),
  };
}

async function main() {
  const drivers: DbKind[] = DRIVER === 'both' ? ['postgres', 'pglite'] : [DRIVER as DbKind];
  const out: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), node: process.version };
  out.documents = await documentFigures();
  log(`documents: ${JSON.stringify(out.documents)}`);
  for (const driver of drivers) {
    const { database, drop } = await openFor(driver);
    try {
      await migrate(database);
      await bootstrap(database, { adminPassword: 'Bench@12345678', log: { info: () => {}, warn: () => {} } });
      const deps: Deps = { database, cfg: loadConfig({ logLevel: 'silent' }) };
      const [seeded, seedMs] = await ms(() => seed(database.db));
      log(`${driver}: seeded in ${Math.round(seedMs / 1000)} s`);
      const checks = await checksFigure(database.db, seeded.dossierId);
      log(`${driver}: checks ${JSON.stringify(checks)}`);
      const tally = await tallyFigure(deps, seeded.commune, seeded.min);
      log(`${driver}: tally ${JSON.stringify(tally)}`);
      out[driver] = { checks, tally };
    } finally {
      await drop();
    }
  }
  fs.mkdirSync(path.join(here, 'results'), { recursive: true });
  fs.writeFileSync(path.join(here, 'results', `dossiers-${DRIVER}.json`), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
