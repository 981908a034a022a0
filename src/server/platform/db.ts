import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  kind: DbKind;
  db: Db;
  close(): Promise<void>;
  /** for PGlite: the data folder; for PostgreSQL: undefined */
  dataDir?: string;
  /** the embedded engine, for backups (PGlite only) */
  pglite?: PGlite;
}

// pg returns int8 and numeric as strings by default; ids here stay below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// `date` columns stay 'YYYY-MM-DD' strings: a legal date has no time zone.
pg.types.setTypeParser(1082, (v) => v);

export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; memory?: boolean; loadDataDir?: Blob }): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: Number(process.env.TDKT_PG_POOL ?? 10) });
    // an idle connection dropped by the server (restart, failover) must not crash the process:
    // the pool discards it and opens a new one on the next query
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { kind: 'postgres', db, close: () => pool.end() };
  }
  let dir: string | undefined;
  if (!opts.memory) {
    dir = path.join(opts.dataDir ?? 'data', 'pgdata');
    fs.mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create(dir ?? 'memory://', {
    extensions: { unaccent, pg_trgm, ltree },
    loadDataDir: opts.loadDataDir,
    // PGlite's default 128 MB of shared buffers live in the WebAssembly heap, which never shrinks;
    // the operating system's page cache holds the data files anyway (bench/NOTES.md §4)
    postgresqlconf: [`shared_buffers=${process.env.TDKT_PGLITE_SHARED_BUFFERS ?? '16MB'}`],
    parsers: { 20: (v: string) => Number(v), 1082: (v: string) => v },
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { kind: 'pglite', db, dataDir: dir, pglite: client, close: () => client.close() };
}

/** Rows of a raw SQL query, the same shape on both drivers. */
export async function rows<T = Record<string, unknown>>(ex: Executor, query: SQL): Promise<T[]> {
  const res = (await ex.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
