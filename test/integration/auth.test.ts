import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { rows } from '../../src/server/platform/db.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, forEachDriver, login } from '../helpers.js';

forEachDriver(
  'accounts and sessions',
  (env) => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await seedFixture(env().database, env().cfg);
    });

    it('health answers with the driver in use', async () => {
      const res = await env().app.inject({ url: '/api/v1/health' });
      expect(res.json()).toEqual({ status: 'ok', db: env().driver });
    });

    it('login sets an HttpOnly SameSite session cookie and /me returns the roles', async () => {
      const res = await env().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD } });
      expect(res.statusCode).toBe(200);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/tdkt_sid=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const me = await env().app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookie.split(';')[0] } });
      expect(me.json().user.roles[0].role).toBe('quan_tri');
    });

    it('wrong password is a 401 with a Vietnamese message, and no session', async () => {
      const res = await env().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'sai-mat-khau-1' } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('locks an account temporarily after repeated failures, even for the right password', async () => {
      const username = fx.userFor.lanh_dao;
      for (let i = 0; i < env().cfg.loginMaxFailures; i++) {
        await env().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'wrong-pass-1' } });
      }
      const res = await env().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
      expect(res.statusCode).toBe(429);
      expect(res.json().error.code).toBe('LOGIN_LOCKED');
      await env().database.db.execute(sql`DELETE FROM login_attempts`);
    });

    it('refuses a cookie-authenticated write without the CSRF token', async () => {
      const c = await login(env().app, 'admin', ADMIN_PASSWORD);
      const res = await env().app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: { cookie: c.cookie } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF');
    });

    it('unauthenticated API calls get 401', async () => {
      const res = await env().app.inject({ url: '/api/v1/people' });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toMatch(/đăng nhập/);
    });

    it('"log out everywhere" ends every session of the user', async () => {
      const a = await login(env().app, fx.userFor.thanh_vien_hd, PASSWORD);
      const b = await login(env().app, fx.userFor.thanh_vien_hd, PASSWORD);
      expect((await a.req('POST', '/api/v1/auth/logout-all')).status).toBe(200);
      expect((await b.req('GET', '/api/v1/auth/me')).status).toBe(401);
    });

    it('a session idle for longer than the limit has expired', async () => {
      const c = await login(env().app, fx.userFor.truong_cum, PASSWORD);
      await env().database.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '2 days'`);
      expect((await c.req('GET', '/api/v1/auth/me')).status).toBe(401);
    });

    it('a session past its absolute lifetime has expired even when active', async () => {
      const c = await login(env().app, fx.userFor.truong_cum, PASSWORD);
      await env().database.db.execute(sql`UPDATE sessions SET created_at = now() - interval '3 days'`);
      expect((await c.req('GET', '/api/v1/auth/me')).status).toBe(401);
    });

    it('password policy: a weak new password is refused with reasons', async () => {
      const c = await login(env().app, fx.userFor.chuyen_vien, PASSWORD);
      const res = await c.req('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'short' });
      expect(res.status).toBe(400);
      expect(res.json.error.message).toMatch(/ít nhất 10 ký tự/);
    });

    it('passwords are stored as argon2id hashes', async () => {
      const [u] = await rows<{ password_hash: string }>(env().database.db, sql`SELECT password_hash FROM users WHERE username = 'admin'`);
      expect(u.password_hash.startsWith('$argon2id$')).toBe(true);
    });
  },
  { loginMaxFailures: 3 },
);
