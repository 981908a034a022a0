import fs from 'node:fs';
import { systemCtx } from '../../server/platform/context.js';
import { AppError } from '../../server/platform/errors.js';
import { IMPORT_KINDS, type ImportKind } from '../../server/modules/imports/columns.js';
import { importFile } from '../../server/modules/imports/service.js';
import type { RowError } from '../../server/modules/imports/cells.js';
import { CliError, out, parseArgs, withDatabase } from '../runtime.js';

const USAGE = 'Cách dùng: tdkt import units|people|households TỆP.xlsx [--dry-run] [--json]';

export function parseKind(value: string | undefined, usage: string): ImportKind {
  if (!value || !(IMPORT_KINDS as readonly string[]).includes(value)) throw new CliError(usage, 2);
  return value as ImportKind;
}

/**
 * Imports an Excel file as the installation itself (every unit in scope), with the same checks as
 * the web: every error is listed (row, column, reason) and nothing is written when there is one.
 */
export const command = {
  summary: 'Nhập Excel: tdkt import units|people|households TỆP.xlsx [--dry-run]',
  run: async (argv: string[]) => {
    const { positional, options } = parseArgs(argv);
    const kind = parseKind(positional[0], USAGE);
    const file = positional[1];
    if (!file) throw new CliError(USAGE, 2);
    let buffer: Buffer;
    try {
      buffer = fs.readFileSync(file);
    } catch {
      throw new CliError(`Không đọc được tệp "${file}".`);
    }
    const dryRun = options['dry-run'] === true || options.dryRun === true;
    return withDatabase(async ({ database, cfg }) => {
      try {
        const r = await importFile({ database, cfg }, systemCtx('cli'), kind, buffer, { dryRun, asSystem: true });
        if (options.json) out(JSON.stringify(r));
        else {
          out(`${dryRun ? 'Kiểm tra xong (chưa ghi gì)' : 'Đã nhập xong'}: ${r.total} dòng — thêm mới ${r.created}, cập nhật ${r.updated}, không đổi ${r.unchanged}.`);
        }
        return 0;
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        const errors = (err.details as { errors?: RowError[] } | undefined)?.errors;
        if (options.json) out(JSON.stringify({ error: { code: err.code, message: err.message, errors } }));
        else {
          process.stderr.write(`Lỗi: ${err.message}\n`);
          for (const e of errors ?? []) process.stderr.write(`  Dòng ${e.row}${e.column ? `, cột "${e.column}"` : ''}: ${e.message}\n`);
        }
        return 1;
      }
    });
  },
};
