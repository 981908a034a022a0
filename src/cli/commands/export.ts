import fs from 'node:fs';
import { systemCtx } from '../../server/platform/context.js';
import { fold } from '../../server/modules/imports/cells.js';
import { CATEGORY_OPTIONS } from '../../server/modules/imports/columns.js';
import { unitByCode } from '../../server/modules/imports/repo.js';
import { exportWorkbook, template as buildTemplate, type ExportFilter } from '../../server/modules/imports/service.js';
import { CliError, out, parseArgs, withDatabase } from '../runtime.js';
import { parseKind } from './import.js';

const EXPORT_USAGE =
  'Cách dùng: tdkt export units|people|households [--out TỆP.xlsx] [--q TỪ_KHÓA] [--unit MÃ_ĐƠN_VỊ]\n' +
  '  đơn vị: [--level CẤP] [--kind LOẠI_HÌNH] [--include-inactive]; cá nhân: [--category ĐỐI_TƯỢNG] [--gender nam|nu]';
const TEMPLATE_USAGE = 'Cách dùng: tdkt template units|people|households [--out TỆP.xlsx]';

const str = (v: string | true | undefined) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** Exports a list (as the installation: every unit) in the import template's columns. */
export const command = {
  summary: 'Xuất Excel: tdkt export units|people|households [--out TỆP] [--q ...] [--unit MÃ]',
  run: async (argv: string[]) => {
    const { positional, options } = parseArgs(argv);
    const kind = parseKind(positional[0], EXPORT_USAGE);
    return withDatabase(async ({ database, cfg }) => {
      let unitId: number | undefined;
      const unitCode = str(options.unit);
      if (unitCode) {
        const u = await unitByCode(database.db, unitCode);
        if (!u) throw new CliError(`Không tìm thấy đơn vị có mã "${unitCode}".`);
        unitId = u.id;
      }
      const q = str(options.q);
      let filter: ExportFilter;
      if (kind === 'units') {
        filter = { q, parentId: unitId, level: str(options.level), kind: str(options.kind), includeInactive: options['include-inactive'] === true };
      } else if (kind === 'people') {
        const gender = str(options.gender);
        if (gender && gender !== 'nam' && gender !== 'nu') throw new CliError('--gender phải là nam hoặc nu.', 2);
        const category = str(options.category);
        const employmentCategory = category ? CATEGORY_OPTIONS.find((o) => fold(o.code) === fold(category) || fold(o.name) === fold(category))?.code : undefined;
        if (category && !employmentCategory) throw new CliError(`--category phải là một trong: ${CATEGORY_OPTIONS.map((o) => o.code).join(', ')}.`, 2);
        filter = { q, unitId, employmentCategory, gender: gender as 'nam' | 'nu' | undefined };
      } else filter = { q, unitId };
      const r = await exportWorkbook({ database, cfg }, systemCtx('cli'), kind, filter, { asSystem: true });
      const file = str(options.out) ?? r.filename;
      fs.writeFileSync(file, r.buffer);
      out(`Đã xuất ${r.count} dòng vào ${file}`);
    });
  },
};

export const template = {
  summary: 'Tệp mẫu nhập Excel: tdkt template units|people|households [--out TỆP]',
  run: async (argv: string[]) => {
    const { positional, options } = parseArgs(argv);
    const kind = parseKind(positional[0], TEMPLATE_USAGE);
    return withDatabase(async ({ database, cfg }) => {
      const r = await buildTemplate({ database, cfg }, systemCtx('cli'), kind, { asSystem: true });
      const file = str(options.out) ?? r.filename;
      fs.writeFileSync(file, r.buffer);
      out(`Đã ghi tệp mẫu vào ${file}`);
    });
  },
};
