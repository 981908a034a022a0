import fs from 'node:fs';
import { DomainError, LEVELS, SUBJECTS, isValidIsoDate } from '../../domain/index.js';
import * as svc from '../../server/modules/rules/service.js';
import type { Deps } from '../../server/platform/http.js';
import { CliError, out, parseArgs, withDatabase } from '../runtime.js';

const USAGE = `Cách dùng:
  tdkt rules money --award CODE --subject ca_nhan|tap_the|ho_gia_dinh --date YYYY-MM-DD [--json]
  tdkt rules check [--file case.json] [--json]      (không có --file: đọc từ đầu vào chuẩn)
  tdkt rules authority --award CODE --level xa|tinh|huyen|trung_uong|don_vi --date YYYY-MM-DD [--json]`;

function need(options: Record<string, string | true>, name: string): string {
  const v = options[name];
  if (typeof v !== 'string' || !v) throw new CliError(`Thiếu tham số --${name}.\n${USAGE}`, 2);
  return v;
}

function date(options: Record<string, string | true>): string {
  const d = need(options, 'date');
  if (!isValidIsoDate(d)) throw new CliError(`Ngày không hợp lệ (trường '--date'): "${d}". Cần dạng YYYY-MM-DD.`, 2);
  return d;
}

const vnd = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat('vi-VN').format(n) + ' đồng');

async function readCase(options: Record<string, string | true>): Promise<unknown> {
  let text: string;
  if (typeof options.file === 'string') {
    if (!fs.existsSync(options.file)) throw new CliError(`Không tìm thấy tệp ${options.file}.`, 2);
    text = fs.readFileSync(options.file, 'utf8');
  } else {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError('Nội dung trường hợp không phải JSON hợp lệ.', 2);
  }
}

export const command = {
  summary: 'Quy định: tdkt rules money|check|authority … (tiền thưởng, điều kiện, thẩm quyền)',
  run: async (argv: string[]) => {
    const { positional, options } = parseArgs(argv);
    const sub = positional[0];
    if (!['money', 'check', 'authority'].includes(sub ?? '')) throw new CliError(USAGE, 2);
    // validate the arguments before opening the database
    let run: (deps: Deps) => Promise<number>;
    if (sub === 'money') {
      const award = need(options, 'award');
      const subject = need(options, 'subject');
      if (!(SUBJECTS as readonly string[]).includes(subject)) throw new CliError(`Đối tượng không hợp lệ (trường '--subject'): "${subject}". Chọn: ${SUBJECTS.join(', ')}.`, 2);
      const d = date(options);
      run = async (deps) => {
        const r = await svc.money(deps, { award, subject, date: d });
        if (options.json) out(JSON.stringify(r, null, 2));
        else {
          out(`Hệ số: ${r.coefficient ?? '—'}  ×  lương cơ sở ${vnd(r.baseSalary)}`);
          out(`Tiền thưởng: ${vnd(r.amount)}${r.amountInWords ? ` (${r.amountInWords})` : ''}`);
          for (const m of r.missing ?? []) out(`Thiếu tham số: ${typeof m === 'string' ? m : JSON.stringify(m)}`);
          for (const ref of r.refs ?? []) out(`Căn cứ: ${ref}`);
        }
        return 0;
      };
    } else if (sub === 'authority') {
      const award = need(options, 'award');
      const level = need(options, 'level');
      if (!(LEVELS as readonly string[]).includes(level)) throw new CliError(`Cấp không hợp lệ (trường '--level'): "${level}". Chọn: ${LEVELS.join(', ')}.`, 2);
      const d = date(options);
      run = async (deps) => {
        const r = await svc.authority(deps, { award, level, date: d });
        if (options.json) out(JSON.stringify({ allowed: r.allowed, decider: r.decider, refs: r.refs }, null, 2));
        else {
          out(r.allowed === true ? `Được quyết định: ${r.decider}` : r.allowed === false ? `Không thuộc thẩm quyền cấp này. ${r.reason ?? ''}` : `Chưa xác định (thiếu tham số). ${r.reason ?? ''}`);
          for (const ref of r.refs) out(`Căn cứ: ${ref}`);
        }
        return 0;
      };
    } else {
      const input = await readCase(options);
      run = async (deps) => {
        const r = await svc.check(deps, input);
        if (options.json) out(JSON.stringify(r, null, 2));
        else {
          out(`${r.award} — quy định ${r.ruleset}: ${r.eligible === true ? 'ĐỦ ĐIỀU KIỆN' : r.eligible === false ? 'KHÔNG ĐỦ ĐIỀU KIỆN' : 'CHƯA ĐỦ DỮ KIỆN ĐỂ KẾT LUẬN'}`);
          for (const c of r.criteria) out(`  [${c.ok === true ? 'đạt' : c.ok === false ? 'không đạt' : '  ?  '}] ${c.text} (${c.ref})`);
        }
        return 0;
      };
    }
    try {
      return await withDatabase(({ database, cfg }) => run({ database, cfg }));
    } catch (err) {
      if (err instanceof DomainError) throw new CliError(err.message + (err.errors.length > 1 ? '\n' + err.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n') : ''), 2);
      throw err;
    }
  },
};
