import { DomainError, isValidIsoDate } from '../../domain/index.js';
import * as svc from '../../server/modules/rules/service.js';
import { CliError, out, parseArgs, withDatabase } from '../runtime.js';

const USAGE = 'Cách dùng: tdkt calendar add --from YYYY-MM-DD --days N [--json]   |   tdkt calendar between --from YYYY-MM-DD --to YYYY-MM-DD';

function dateOpt(options: Record<string, string | true>, name: string): string {
  const v = options[name];
  if (typeof v !== 'string' || !isValidIsoDate(v)) throw new CliError(`Ngày không hợp lệ (trường '--${name}'). ${USAGE}`, 2);
  return v;
}

export const command = {
  summary: 'Lịch ngày làm việc: tdkt calendar add --from D --days N | between --from D --to D',
  run: async (argv: string[]) => {
    const { positional, options } = parseArgs(argv);
    const sub = positional[0];
    if (sub !== 'add' && sub !== 'between') throw new CliError(USAGE, 2);
    const from = dateOpt(options, 'from');
    try {
      if (sub === 'add') {
        const days = Number(options.days);
        if (!Number.isInteger(days) || Math.abs(days) > 3650) throw new CliError(`Số ngày không hợp lệ (trường '--days'). ${USAGE}`, 2);
        return await withDatabase(async ({ database, cfg }) => {
          const r = await svc.addDays({ database, cfg }, from, days);
          out(options.json ? JSON.stringify(r) : r.date);
        });
      }
      const to = dateOpt(options, 'to');
      return await withDatabase(async ({ database, cfg }) => {
        const r = await svc.between({ database, cfg }, from, to);
        out(options.json ? JSON.stringify(r) : String(r.days));
      });
    } catch (err) {
      if (err instanceof DomainError) throw new CliError(err.message, 2);
      throw err;
    }
  },
};
