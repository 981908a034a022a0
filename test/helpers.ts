/**
 * Test harness: the same integration suite runs on embedded PGlite and, when TEST_DATABASE_URL is
 * set, on a real PostgreSQL server (each suite in a fresh database created and dropped here).
 */
import crypto from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { loadGrants } from '../src/server/platform/auth.js';
import { bootstrap } from '../src/server/platform/bootstrap.js';
import { loadConfig, type Config } from '../src/server/platform/config.js';
import type { Ctx } from '../src/server/platform/context.js';
import { openDatabase, type Database, type DbKind } from '../src/server/platform/db.js';
import { migrate } from '../src/server/platform/migrate.js';

export const ADMIN_PASSWORD = 'Admin@12345678';
export const drivers: DbKind[] = ['pglite', ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : [])];

export interface TestEnv {
  driver: DbKind;
  database: Database;
  cfg: Config;
  app: FastifyInstance;
  /** for PostgreSQL: the URL of this suite's own database */
  databaseUrl?: string;
  close(): Promise<void>;
}

const quietLog = { info: () => {}, warn: () => {} };

export async function makeEnv(driver: DbKind, overrides: Partial<Config> = {}): Promise<TestEnv> {
  let databaseUrl: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (driver === 'postgres') {
    const base = process.env.TEST_DATABASE_URL!;
    const name = `tdkt_test_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = '/' + name;
    databaseUrl = url.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const database = await openDatabase(driver === 'postgres' ? { databaseUrl } : { memory: true });
  await migrate(database);
  await bootstrap(database, { adminPassword: ADMIN_PASSWORD, log: quietLog });
  const cfg = loadConfig({ databaseUrl, webDir: '/nonexistent', logLevel: 'silent', ...overrides });
  const app = await buildApp(database, cfg, { logger: false });
  await app.ready();
  return {
    driver,
    database,
    cfg,
    app,
    databaseUrl,
    async close() {
      await app.close();
      await database.close();
      await drop?.();
    },
  };
}

/** A describe block per driver, with a fresh environment for the block. */
export function forEachDriver(name: string, body: (env: () => TestEnv) => void, overrides: Partial<Config> = {}) {
  describe.each(drivers)(`${name} [%s]`, (driver) => {
    let env: TestEnv;
    beforeAll(async () => {
      env = await makeEnv(driver, overrides);
    });
    afterAll(async () => {
      await env?.close();
    });
    body(() => env);
  });
}

/** The context of the bootstrap admin, for seeding fixtures through the real services. */
export async function adminCtx(database: Database): Promise<Ctx> {
  return { actor: { userId: 1, username: 'admin', fullName: 'Quản trị hệ thống', grants: await loadGrants(database.db, 1) }, requestId: 'test', ip: '127.0.0.1' };
}

/**
 * A response body as tests read it: loose JSON, indexed freely. What the API sends is checked
 * against its declared schema by the response serializer in every test, so tests need no type here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one loose type of the test suite, see above
export type Json = any;

export interface Client {
  cookie: string;
  csrf: string;
  req(method: InjectOptions['method'], url: string, body?: unknown): Promise<{ status: number; json: Json; headers: Record<string, unknown>; body: string; raw: Buffer }>;
  /** a multipart upload of one file in the field "file" */
  upload(url: string, filename: string, content: Buffer, mime: string): Promise<{ status: number; json: Json }>;
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = String(res.headers['set-cookie']);
  const cookie = setCookie.split(';')[0];
  const csrf = res.json().csrfToken as string;
  return {
    cookie,
    csrf,
    async req(method, url, body) {
      const r = await app.inject({ method, url, headers: { cookie, 'x-csrf-token': csrf }, ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }) });
      let json: Json;
      try {
        json = r.json();
      } catch {
        json = undefined;
      }
      return { status: r.statusCode, json, headers: r.headers as Record<string, unknown>, body: r.body, raw: r.rawPayload };
    },
    async upload(url, filename, content, mime) {
      const boundary = '----tdkttest';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const r = await app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
      let json: Json;
      try {
        json = r.json();
      } catch {
        json = undefined;
      }
      return { status: r.statusCode, json };
    },
  };
}
