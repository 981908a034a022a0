/**
 * The `tdkt` command. Every command works on the database the server would use: PGlite in
 * TDKT_DATA_DIR (default ./data), or the PostgreSQL server of DATABASE_URL.
 */
import { CliError, out } from './runtime.js';

type Command = { summary: string; run: (argv: string[]) => Promise<number | void> };

const commands: Record<string, () => Promise<Command>> = {
  migrate: async () => (await import('./commands/migrate.js')).command,
  'create-user': async () => (await import('./commands/create-user.js')).command,
  audit: async () => (await import('./commands/audit.js')).command,
  backup: async () => (await import('./commands/backup.js')).backup,
  restore: async () => (await import('./commands/backup.js')).restore,
  import: async () => (await import('./commands/import.js')).command,
  export: async () => (await import('./commands/export.js')).command,
  template: async () => (await import('./commands/export.js')).template,
  demo: async () => (await import('./commands/demo.js')).command,
  rules: async () => (await import('./commands/rules.js')).command,
  calendar: async () => (await import('./commands/calendar.js')).command,
};

async function help() {
  out('tdkt — phần mềm thi đua, khen thưởng\n\nCách dùng: tdkt <lệnh> [tham số]\n');
  for (const [name, load] of Object.entries(commands)) {
    try {
      out(`  ${name.padEnd(12)} ${(await load()).summary}`);
    } catch {
      // a command whose module is missing is not listed
    }
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help();
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`Lệnh không hợp lệ: ${name}. Gõ "tdkt --help" để xem các lệnh.\n`);
    return 2;
  }
  try {
    return (await (await load()).run(rest)) ?? 0;
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`Lỗi: ${err.message}\n`);
      return err.exitCode;
    }
    const e = err as { message?: string; details?: unknown; status?: number };
    if (typeof e.status === 'number' && e.status < 500) {
      process.stderr.write(`Lỗi: ${e.message}\n`);
      if (e.details) process.stderr.write(JSON.stringify(e.details, null, 2) + '\n');
      return 1;
    }
    throw err;
  }
}
