import { ROLES, type Role } from '../../server/platform/policy.js';
import { systemCtx } from '../../server/platform/context.js';
import { generatePassword } from '../../server/platform/auth.js';
import * as units from '../../server/modules/units/repo.js';
import { insertGrant, insertUser } from '../../server/modules/users/service.js';
import { CliError, out, parseArgs, withDatabase } from '../runtime.js';

export const command = {
  summary: 'Tạo tài khoản: tdkt create-user USERNAME --name "Họ tên" [--password P] [--role ROLE --unit MÃ_ĐƠN_VỊ]',
  run: (argv: string[]) => {
    const { positional, options } = parseArgs(argv);
    const username = positional[0];
    if (!username) throw new CliError('Thiếu tên đăng nhập. Ví dụ: tdkt create-user nguyenvana --name "Nguyễn Văn A" --role chuyen_vien --unit T01', 2);
    const role = options.role as string | undefined;
    if (role && !ROLES.includes(role as Role)) throw new CliError(`Vai trò không hợp lệ: ${role}. Các vai trò: ${ROLES.join(', ')}`, 2);
    if (role && typeof options.unit !== 'string') throw new CliError('Cần --unit MÃ_ĐƠN_VỊ cho vai trò.', 2);
    const password = typeof options.password === 'string' ? options.password : (process.env.TDKT_NEW_PASSWORD ?? generatePassword());
    return withDatabase(async ({ database }) => {
      const ctx = systemCtx('cli');
      await database.db.transaction(async (tx) => {
        const id = await insertUser(tx, ctx, { username, fullName: typeof options.name === 'string' ? options.name : username, password });
        if (role) {
          const unit = await units.findByCode(tx, options.unit as string);
          if (!unit) throw new CliError(`Không tìm thấy đơn vị mã "${options.unit}".`);
          await insertGrant(tx, ctx, id, role as Role, unit);
        }
      });
      out(`Đã tạo tài khoản ${username}.`);
      if (typeof options.password !== 'string' && !process.env.TDKT_NEW_PASSWORD) out(`Mật khẩu: ${password}`);
    });
  },
};
