import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { bootstrap } from '../../server/platform/bootstrap.js';
import { rows } from '../../server/platform/db.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, PROVINCE, seedDemo } from '../../server/demo/index.js';
import { out, parseArgs, withDatabase } from '../runtime.js';

/**
 * `tdkt demo`: the demo dataset. With neither TDKT_DATA_DIR nor DATABASE_URL set it uses its own
 * folder, data-demo/, so a real ./data is never filled with a fictional province.
 */
export const command = {
  summary: 'Dữ liệu mẫu (tỉnh Sơn Lâm, ~2.000 cá nhân, tài khoản demo): nạp rồi chạy máy chủ; --seed-only: chỉ nạp',
  async run(argv: string[]): Promise<number> {
    const { options } = parseArgs(argv);
    if (!process.env.TDKT_DATA_DIR && !process.env.DATABASE_URL) process.env.TDKT_DATA_DIR = 'data-demo';
    const where = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : path.resolve(process.env.TDKT_DATA_DIR!);

    if (!options['seed-only']) {
      // the server loads the dataset itself at start (TDKT_DEMO=1), then keeps running
      process.env.TDKT_DEMO = '1';
      process.env.TDKT_ADMIN_PASSWORD ||= DEMO_PASSWORD;
      const web = fileURLToPath(new URL('../../web', import.meta.url));
      if (!process.env.TDKT_WEB_DIR && fs.existsSync(path.join(web, 'index.html'))) process.env.TDKT_WEB_DIR = web;
      out(`Dữ liệu mẫu: ${where}`);
      await import('../../server/main.js');
      return 0;
    }

    return withDatabase(async ({ cfg, database, log }) => {
      const [{ n }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM users`).catch(() => [{ n: 0 }]);
      const adminPassword = cfg.adminPassword ?? DEMO_PASSWORD;
      await bootstrap(database, { adminPassword, log });
      const summary = await seedDemo(database, { cfg, log });
      if (!summary) {
        out(`Dữ liệu mẫu đã có sẵn trong ${where} (${PROVINCE.name}); không nạp lại.`);
        return 0;
      }
      out(`Đã nạp dữ liệu mẫu vào ${where} trong ${(summary.ms / 1000).toFixed(1)} giây:`);
      out(`  ${PROVINCE.name}: ${summary.units} đơn vị, ${summary.people} cá nhân, ${summary.households} hộ gia đình.`);
      out('  Tài khoản (mật khẩu ' + DEMO_PASSWORD + '):');
      for (const a of DEMO_ACCOUNTS) out(`    ${a.username.padEnd(12)} ${a.role} — ${a.unit}`);
      if (Number(n) === 0) out(`    admin        quan_tri — mật khẩu ${cfg.adminPassword ? 'theo TDKT_ADMIN_PASSWORD' : DEMO_PASSWORD}`);
      else out('    admin        quan_tri — mật khẩu không đổi (tài khoản đã có từ trước)');
      return 0;
    });
  },
};
