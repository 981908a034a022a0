import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { verifyAudit } from '../../src/server/platform/audit.js';
import { bootstrap } from '../../src/server/platform/bootstrap.js';
import { openDatabase, rows, type Database } from '../../src/server/platform/db.js';
import { migrate } from '../../src/server/platform/migrate.js';
import { seedFixture, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, drivers, forEachDriver, login, type Client, type Json } from '../helpers.js';

const count = async (database: Database) => (await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM audit_log`))[0].n;

forEachDriver('audit trail', (env) => {
  let fx: Fixture;
  let admin: Client;
  beforeAll(async () => {
    fx = await seedFixture(env().database, env().cfg);
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
  });

  it('a write records actor, action, entity, before and after, request id and IP', async () => {
    const p = (await admin.req('GET', `/api/v1/people/${fx.personX2.id}`)).json;
    const res = await env().app.inject({
      method: 'PATCH', url: `/api/v1/people/${p.id}`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'x-request-id': 'req-audit-test-1' },
      payload: { position: 'Trưởng thôn', version: p.version },
    });
    expect(res.statusCode).toBe(200);
    const [row] = await rows<Json>(env().database.db, sql`SELECT * FROM audit_log WHERE request_id = 'req-audit-test-1'`);
    expect(row).toMatchObject({ actor_name: 'admin', action: 'update', entity_type: 'person', entity_id: String(p.id), ip: '127.0.0.1' });
    expect(row.before.position).toBeNull();
    expect(row.after.position).toBe('Trưởng thôn');
  });

  it('never writes a citizen ID or a password hash in clear', async () => {
    const all = await rows<{ t: string }>(env().database.db, sql`SELECT coalesce(before::text, '') || coalesce(after::text, '') AS t FROM audit_log`);
    const text = all.map((r) => r.t).join('\n');
    expect(text).not.toContain('001080000123');
    expect(text).not.toContain('$argon2id$');
  });

  it('a failed write leaves no audit row', async () => {
    const p = (await admin.req('POST', '/api/v1/people', { fullName: 'Người Sửa Cùng Lúc', gender: 'nam', employmentCategory: 'khac', unitId: fx.x2.id })).json;
    // someone else saves first, so the version this test holds is stale
    expect((await admin.req('PATCH', `/api/v1/people/${p.id}`, { position: 'Y', version: p.version })).status).toBe(200);
    const before = await count(env().database);
    const stale = await admin.req('PATCH', `/api/v1/people/${p.id}`, { position: 'X', version: p.version });
    expect(stale.status).toBe(409);
    expect(await count(env().database)).toBe(before);
  });

  it.each([
    ['UPDATE', sql`UPDATE audit_log SET action = 'x' WHERE id = 1`],
    ['DELETE', sql`DELETE FROM audit_log WHERE id = 1`],
    ['TRUNCATE', sql`TRUNCATE audit_log`],
  ])('the table refuses %s', async (_name, stmt) => {
    await expect(env().database.db.execute(stmt)).rejects.toThrow();
    expect(await count(env().database)).toBeGreaterThan(0);
  });

  it('the chain verifies, and an audit row altered behind the trigger breaks it at that row', async () => {
    expect((await verifyAudit(env().database.db)).ok).toBe(true);
    const db = env().database.db;
    await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
    await db.execute(sql`UPDATE audit_log SET actor_name = 'ke-gian' WHERE id = 3`);
    await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`);
    const r = await verifyAudit(db);
    expect(r.ok).toBe(false);
    expect(r.brokenAt?.id).toBe(3);
    expect(r.checked).toBe(2);
  });

  it('the audit viewer lists entries by entity and actor', async () => {
    const res = await admin.req('GET', `/api/v1/audit?entityType=person&entityId=${fx.personX2.id}`);
    expect(res.status).toBe(200);
    expect(res.json.items.length).toBeGreaterThan(0);
    expect(res.json.items.every((e: { entityType: string }) => e.entityType === 'person')).toBe(true);
  });
});

describe.each(drivers)('tdkt audit verify [%s]', (driver) => {
  let dir: string;
  let database: Database;
  const saved = { ...process.env };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-audit-'));
    if (driver === 'postgres') {
      const { makeEnv } = await import('../helpers.js');
      const env = await makeEnv('postgres');
      await env.app.close();
      database = env.database;
      process.env.DATABASE_URL = env.databaseUrl;
      afterAll(() => env.close());
    } else {
      delete process.env.DATABASE_URL;
      process.env.TDKT_DATA_DIR = dir;
      database = await openDatabase({ dataDir: dir });
      await migrate(database);
      await bootstrap(database, { adminPassword: ADMIN_PASSWORD, log: { info: () => {}, warn: () => {} } });
    }
  });
  afterAll(async () => {
    process.env = saved;
    if (driver === 'pglite') fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 on an intact chain and 1 after a row is altered directly', async () => {
    await database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
    if (driver === 'pglite') await database.close();
    expect(await main(['audit', 'verify', '--json'])).toBe(0);
    if (driver === 'pglite') database = await openDatabase({ dataDir: dir });
    await database.db.execute(sql`UPDATE audit_log SET after = '{"username":"hacker"}'::jsonb WHERE id = 1`);
    if (driver === 'pglite') await database.close();
    expect(await main(['audit', 'verify'])).toBe(1);
  });
});
