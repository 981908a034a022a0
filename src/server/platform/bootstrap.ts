import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { generatePassword } from './auth.js';
import { systemCtx } from './context.js';
import type { Database } from './db.js';
import { rows } from './db.js';
import { insertGrant, insertUser } from '../modules/users/service.js';
import * as units from '../modules/units/repo.js';

export const ROOT_UNIT_CODE = 'GOC';

/**
 * First start: the root unit of the installation and the `admin` account (password from
 * TDKT_ADMIN_PASSWORD, or generated and printed once). Safe to run on every start and from
 * several instances at once (advisory lock).
 */
export async function bootstrap(database: Database, opts: { adminPassword?: string; log: Pick<Logger, 'info' | 'warn'> }) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(72430002)`);
    const ctx = systemCtx();
    let root = await units.findByCode(tx, ROOT_UNIT_CODE);
    if (!root) {
      const id = await units.insert(tx, { code: ROOT_UNIT_CODE, name: 'Toàn hệ thống', level: 'trung_uong', kind: 'khac', legalPersonality: false, parentId: null }, null);
      root = (await units.findById(tx, id))!;
    }
    const users = await rows(tx, sql`SELECT 1 FROM users LIMIT 1`);
    if (users.length === 0) {
      const password = opts.adminPassword ?? generatePassword();
      const id = await insertUser(tx, ctx, { username: 'admin', fullName: 'Quản trị hệ thống', password });
      await insertGrant(tx, ctx, id, 'quan_tri', root);
      if (opts.adminPassword) opts.log.info('created account "admin" with the password from TDKT_ADMIN_PASSWORD');
      else {
        // printed once on the console, never written to the log
        process.stdout.write(`\n  Tài khoản quản trị đầu tiên / first admin account:\n    tên đăng nhập: admin\n    mật khẩu:      ${password}\n  Hãy đổi mật khẩu sau khi đăng nhập.\n\n`);
      }
    }
  });
}
