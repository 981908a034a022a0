import { verifyAudit } from '../../server/platform/audit.js';
import { CliError, out, parseArgs, withDatabase } from '../runtime.js';

export const command = {
  summary: 'Nhật ký: tdkt audit verify — kiểm tra chuỗi băm của nhật ký hệ thống',
  run: async (argv: string[]) => {
    const { positional, options } = parseArgs(argv);
    if (positional[0] !== 'verify') throw new CliError('Cách dùng: tdkt audit verify [--json]', 2);
    return withDatabase(async ({ database }) => {
      const r = await verifyAudit(database.db);
      if (options.json) out(JSON.stringify(r));
      else if (r.ok) out(`Nhật ký toàn vẹn: đã kiểm tra ${r.checked} bản ghi.`);
      else out(`NHẬT KÝ BỊ THAY ĐỔI: liên kết hỏng đầu tiên ở bản ghi #${r.brokenAt!.id} (${r.brokenAt!.reason}); ${r.checked} bản ghi trước đó hợp lệ.`);
      return r.ok ? 0 : 1;
    });
  },
};
