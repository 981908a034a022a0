/**
 * The people-import benchmark: a generated Excel file of N rows imported with `importPeople` as the
 * province-scoped benchmark user, then the same rows written directly in SQL. Runs in a child
 * process (`npx tsx bench/import.ts` with BENCH_IMPORT set) so the parent can stop it after a time
 * budget; the rows are deleted afterwards (audit rows stay: the log is append-only).
 *
 * `fix: true` first applies the audit-trigger change proposed in RESULTS.md to the benchmark
 * database (and reverts it afterwards), to measure the import as it would be with that change.
 */
import { sql } from 'drizzle-orm';
import { loadGrants } from '../src/server/platform/auth.js';
import { loadConfig } from '../src/server/platform/config.js';
import type { Ctx } from '../src/server/platform/context.js';
import { openDatabase, rows, type Database } from '../src/server/platform/db.js';
import * as unitRepo from '../src/server/modules/units/repo.js';

export interface ImportJob {
  dataDir?: string;
  databaseUrl?: string;
  provinceId: number;
  rows: number;
  user: string;
  fix: boolean;
}

export interface ImportRun {
  rows: number;
  fix: boolean;
  seconds: number | null;
  sqlSeconds: number | null;
  ratio: number | null;
  result?: unknown;
  note?: string;
}

/** The change proposed for the audit trigger (see RESULTS.md): its cached plan always uses the index. */
export const AUDIT_FIX_SQL = 'ALTER FUNCTION tdkt_audit_chain() SET enable_seqscan = off';
const AUDIT_FIX_UNDO = 'ALTER FUNCTION tdkt_audit_chain() RESET enable_seqscan';

const log = (s: string) => process.stderr.write(`[bench:import] ${s}\n`);
const now = () => performance.now();

export async function runImport(database: Database, job: ImportJob): Promise<ImportRun> {
  const mod = (await import('../src/server/modules/imports/service.js').catch(() => ({}))) as Record<string, unknown>;
  const importPeople = mod.importPeople as ((deps: unknown, ctx: Ctx, buf: Buffer, opts?: unknown) => Promise<unknown>) | undefined;
  if (!importPeople) return { rows: job.rows, fix: job.fix, seconds: null, sqlSeconds: null, ratio: null, note: 'importPeople is not available' };
  const columns = await import('../src/server/modules/imports/columns.js');
  const { writeWorkbook } = await import('../src/server/documents/xlsx.js');
  const db = database.db;
  const province = (await unitRepo.findById(db, job.provinceId))!;
  // villages and units of the province's first communes receive the rows
  const targets = await rows<{ id: number; code: string }>(
    db,
    sql`SELECT id, code FROM units WHERE path <@ ${province.path}::ltree AND level IN ('thon', 'don_vi') AND valid_to IS NULL ORDER BY id LIMIT 200`,
  );
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Minh', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến'];
  const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
  const data = Array.from({ length: job.rows }, (_, i) => {
    const male = i % 2 === 0;
    // (unit, name, birth date) is unique per row: the natural key of a person without a CCCD
    const birth = new Date(Date.UTC(1960, 0, 1) + (i % 15000) * 86400000);
    return {
      fullName: `${surnames[i % 10]} ${male ? 'Văn' : 'Thị'} ${given[Math.floor(i / 15000) % 20]} ${given[(i * 7 + 3) % 20]}`,
      gender: male ? 'nam' : 'nu',
      birthDate: birth.toISOString().slice(0, 10),
      birth,
      citizenId:
        i % 4 === 0 ? `0${String(40 + (i % 50)).padStart(2, '0')}${male ? 0 : 1}${String(birth.getUTCFullYear()).slice(2)}${String(500000 + i).padStart(6, '0')}` : null,
      unit: targets[i % targets.length],
    };
  });
  const buffer = await writeWorkbook({
    sheetName: columns.KIND_INFO.people.sheetName,
    columns: columns.PEOPLE_COLUMNS,
    lists: columns.listsFor('people', []),
    intro: columns.INTRO.people,
    rows: data.map((d) => [d.fullName, d.gender === 'nam' ? 'Nam' : 'Nữ', d.birth, 'Kinh', d.citizenId, 'Công nhân', 'Công nhân', 'Không', 'Có', d.unit.code]),
  });
  log(`workbook: ${job.rows} rows, ${(buffer.length / 1e6).toFixed(1)} MB${job.fix ? ' (with the audit fix)' : ''}`);
  const [user] = await rows<{ id: number }>(db, sql`SELECT id FROM users WHERE username = ${job.user}`);
  const ctx: Ctx = { actor: { userId: Number(user.id), username: job.user, fullName: job.user, grants: await loadGrants(db, Number(user.id)) }, requestId: 'bench', ip: null };
  const [{ before }] = await rows<{ before: number }>(db, sql`SELECT coalesce(max(id), 0)::int AS before FROM people`);
  if (job.fix) await db.execute(sql.raw(AUDIT_FIX_SQL));
  try {
    let t = now();
    const result = await importPeople({ database, cfg: loadConfig({ databaseUrl: job.databaseUrl }) }, ctx, buffer);
    const seconds = (now() - t) / 1000;
    log(`importPeople: ${seconds.toFixed(1)} s ${JSON.stringify(result)}`);
    await db.execute(sql`DELETE FROM people WHERE id > ${before}`);

    // the same rows written directly in SQL (people + their memberships, one transaction)
    const json = JSON.stringify(data.map((d) => ({ n: d.fullName, g: d.gender, b: d.birthDate, c: d.citizenId, u: d.unit.id })));
    t = now();
    await db.transaction(async (tx) => {
      await tx.execute(sql`WITH src AS (SELECT * FROM jsonb_to_recordset(${json}::jsonb) AS x(n text, g text, b date, c text, u bigint)),
        ins AS (INSERT INTO people (full_name, gender, birth_date, ethnicity, citizen_id, position, employment_category, is_direct_worker, unit_id, unit_path, root_id)
          SELECT src.n, src.g, src.b, 'Kinh', src.c, 'Công nhân', 'cong_nhan', true, src.u, un.path, un.root_id FROM src JOIN units un ON un.id = src.u
          RETURNING id, unit_id)
        INSERT INTO memberships (person_id, unit_id, position, from_date) SELECT id, unit_id, 'Công nhân', current_date FROM ins`);
    });
    const sqlSeconds = (now() - t) / 1000;
    await db.execute(sql`DELETE FROM people WHERE id > ${before}`);
    log(`SQL direct: ${sqlSeconds.toFixed(1)} s`);
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return { rows: job.rows, fix: job.fix, seconds: r2(seconds), sqlSeconds: r2(sqlSeconds), ratio: Math.round((seconds / sqlSeconds) * 10) / 10, result };
  } finally {
    if (job.fix) await db.execute(sql.raw(AUDIT_FIX_UNDO));
  }
}

// child-process entry
if (process.env.BENCH_IMPORT && process.argv[1]?.endsWith('import.ts')) {
  const job = JSON.parse(process.env.BENCH_IMPORT) as ImportJob;
  const database = await openDatabase(job.databaseUrl ? { databaseUrl: job.databaseUrl } : { dataDir: job.dataDir });
  try {
    const run = await runImport(database, job);
    process.stdout.write(JSON.stringify(run) + '\n');
  } finally {
    await database.close();
  }
}
