import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/platform/config.js';
import { openDatabase } from '../../server/platform/db.js';
import { CliError, out, parseArgs } from '../runtime.js';

const stamp = () => new Date().toISOString().replace(/[:T]/g, '-').slice(0, 19);

function requireTool(name: string) {
  const r = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new CliError(`Không tìm thấy "${name}". Cài gói postgresql-client (cùng phiên bản với máy chủ) rồi chạy lại, hoặc sao lưu bằng công cụ của máy chủ PostgreSQL.`);
}

/**
 * PGlite: a gzip tar of the data folder, taken by the engine itself (consistent while open).
 * PostgreSQL: pg_dump in custom format.
 */
export const backup = {
  summary: 'Sao lưu CSDL: tdkt backup [--out FILE]',
  run: async (argv: string[]) => {
    const { options } = parseArgs(argv);
    const cfg = loadConfig();
    if (cfg.databaseUrl) {
      requireTool('pg_dump');
      const file = typeof options.out === 'string' ? options.out : `tdkt-backup-${stamp()}.dump`;
      const r = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${cfg.databaseUrl}`], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (r.status !== 0) throw new CliError('pg_dump thất bại.');
      out(`Đã sao lưu vào ${file}`);
      return;
    }
    const file = typeof options.out === 'string' ? options.out : `tdkt-backup-${stamp()}.tar.gz`;
    const database = await openDatabase({ dataDir: cfg.dataDir });
    try {
      const blob = await database.pglite!.dumpDataDir('gzip');
      fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    } finally {
      await database.close();
    }
    out(`Đã sao lưu vào ${file}`);
  },
};

export const restore = {
  summary: 'Khôi phục CSDL từ bản sao lưu: tdkt restore FILE [--force]',
  run: async (argv: string[]) => {
    const { positional, options } = parseArgs(argv);
    const file = positional[0];
    if (!file || !fs.existsSync(file)) throw new CliError('Cần đường dẫn tệp sao lưu hợp lệ: tdkt restore FILE', 2);
    const cfg = loadConfig();
    if (cfg.databaseUrl) {
      requireTool('pg_restore');
      const r = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${cfg.databaseUrl}`, file], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (r.status !== 0) throw new CliError('pg_restore thất bại.');
      out('Đã khôi phục CSDL PostgreSQL.');
      return;
    }
    const dir = path.join(cfg.dataDir, 'pgdata');
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      if (!options.force) throw new CliError(`Thư mục dữ liệu đã có dữ liệu. Dừng tdkt rồi chạy lại với --force (dữ liệu hiện tại được chuyển sang ${dir}.bak-…).`);
      fs.renameSync(dir, `${dir}.bak-${stamp()}`);
    }
    const blob = new Blob([fs.readFileSync(file)]);
    const database = await openDatabase({ dataDir: cfg.dataDir, loadDataDir: blob });
    await database.close();
    out(`Đã khôi phục dữ liệu vào ${cfg.dataDir}`);
  },
};
