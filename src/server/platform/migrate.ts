import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './db.js';
import { rows } from './db.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The committed migrations folder, found from src/ and from dist/. */
export function migrationsDir(): string {
  for (const candidate of [path.resolve(here, '../../../migrations'), path.resolve('migrations')]) {
    if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
  }
  throw new Error('migrations folder not found');
}

interface JournalEntry {
  idx: number;
  tag: string;
}

/**
 * Applies the drizzle-kit migrations not yet applied, each in its own transaction. On PostgreSQL a
 * session advisory lock makes concurrent starts of several instances apply them exactly once.
 */
export async function migrate(database: Database): Promise<string[]> {
  const dir = migrationsDir();
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const applied: string[] = [];
  const run = async (ex: Database['db']) => {
    await ex.execute(sql`CREATE TABLE IF NOT EXISTS tdkt_migrations (
      tag text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await rows<{ tag: string }>(ex, sql`SELECT tag FROM tdkt_migrations`)).map((r) => r.tag));
    for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
      if (done.has(entry.tag)) continue;
      const text = fs.readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8');
      const hash = crypto.createHash('sha256').update(text).digest('hex');
      const statements = text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean);
      await ex.transaction(async (tx) => {
        for (const stmt of statements) await tx.execute(sql.raw(stmt));
        await tx.execute(sql`INSERT INTO tdkt_migrations (tag, hash) VALUES (${entry.tag}, ${hash})`);
      });
      applied.push(entry.tag);
    }
  };
  if (database.kind === 'postgres') {
    // one connection holds the lock for the whole run
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(72430000)`);
      await run(tx as unknown as Database['db']);
    });
  } else {
    await run(database.db);
  }
  return applied;
}
