import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { openDatabase, type Database } from '../../src/server/platform/db.js';
import { migrate } from '../../src/server/platform/migrate.js';
import { bootstrap } from '../../src/server/platform/bootstrap.js';
import { ADMIN_PASSWORD, login, makeEnv, type TestEnv } from '../helpers.js';

// Several instances on one PostgreSQL: any instance serves any user, and concurrent starts migrate once.
describe.runIf(!!process.env.TEST_DATABASE_URL)('several instances on one PostgreSQL', () => {
  let env: TestEnv;
  let second: { database: Database; app: FastifyInstance };
  beforeAll(async () => {
    env = await makeEnv('postgres');
    const database = await openDatabase({ databaseUrl: env.databaseUrl });
    // a second start runs the migrations and bootstrap again, concurrently with a third
    const third = await openDatabase({ databaseUrl: env.databaseUrl });
    const quiet = { info: () => {}, warn: () => {} };
    await Promise.all([migrate(database), migrate(third)]);
    await Promise.all([bootstrap(database, { log: quiet }), bootstrap(third, { log: quiet })]);
    await third.close();
    second = { database, app: await buildApp(database, env.cfg, { logger: false }) };
  });
  afterAll(async () => {
    await second?.app.close();
    await second?.database.close();
    await env?.close();
  });

  it('a session opened on one instance is honoured by another, and logout there ends it', async () => {
    const c = await login(env.app, 'admin', ADMIN_PASSWORD);
    const me = await second.app.inject({ url: '/api/v1/auth/me', headers: { cookie: c.cookie } });
    expect(me.statusCode).toBe(200);
    await second.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf } });
    expect((await c.req('GET', '/api/v1/auth/me')).status).toBe(401);
  });

  it('writes from both instances form one unbroken audit chain', async () => {
    const a = await login(env.app, 'admin', ADMIN_PASSWORD);
    const bRes = await second.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD } });
    const bCookie = String(bRes.headers['set-cookie']).split(';')[0];
    const bCsrf = bRes.json().csrfToken;
    const body = (code: string) => ({ code, name: `Đơn vị ${code}`, level: 'don_vi', kind: 'khac', legalPersonality: false, parentId: 1 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? a.req('POST', '/api/v1/units', body(`A${i}`))
          : second.app.inject({ method: 'POST', url: '/api/v1/units', headers: { cookie: bCookie, 'x-csrf-token': bCsrf }, payload: body(`B${i}`) }).then((r) => ({ status: r.statusCode })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    const { verifyAudit } = await import('../../src/server/platform/audit.js');
    expect(await verifyAudit(env.database.db)).toMatchObject({ ok: true });
  });
});
