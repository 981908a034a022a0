import pino from 'pino';
import { loadConfig, type Config } from '../server/platform/config.js';
import { openDatabase, type Database } from '../server/platform/db.js';
import { migrate } from '../server/platform/migrate.js';

export interface CliEnv {
  cfg: Config;
  database: Database;
  log: pino.Logger;
}

/** Opens the configured database (PGlite in TDKT_DATA_DIR, or DATABASE_URL), migrated. */
export async function withDatabase<T>(fn: (env: CliEnv) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const cfg = loadConfig();
  const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const database = await openDatabase({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
  try {
    if (opts.migrate !== false) await migrate(database);
    return await fn({ cfg, database, log });
  } finally {
    await database.close();
  }
}

/** `--name value` and `--flag` options after positional arguments. */
export function parseArgs(argv: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) options[k] = v;
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options[k] = argv[++i];
      else options[k] = true;
    } else positional.push(a);
  }
  return { positional, options };
}

export class CliError extends Error {
  constructor(message: string, public readonly exitCode = 1) {
    super(message);
  }
}

export function out(text: string) {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}
