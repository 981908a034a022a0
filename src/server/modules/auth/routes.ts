import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth.js';
import type { Config } from '../../platform/config.js';
import { Unauthorized } from '../../platform/errors.js';
import { ctxOf, zapp, type Deps } from '../../platform/http.js';
import { authResponse, passwordChanged } from '../../../shared/contract/auth.js';
import { ok } from '../../../shared/contract/common.js';
import { changePassword, login, logout, logoutEverywhere, meOf } from './service.js';

const credentials = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Nhập mật khẩu').max(256),
});

function setSessionCookie(reply: FastifyReply, cfg: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cfg.cookieSecure,
    path: '/',
    maxAge: cfg.sessionAbsoluteHours * 3600,
  });
}

export async function authRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  r.post(
    '/auth/login',
    { config: { policy: { public: true } }, schema: { tags: ['auth'], summary: 'Đăng nhập', body: credentials, response: { 200: authResponse } } },
    async (req, reply) => {
      const out = await login(deps, ctxOf(req), { ...req.body, userAgent: req.headers['user-agent'] ?? null });
      setSessionCookie(reply, deps.cfg, out.token);
      return { user: out.me, csrfToken: out.csrfToken };
    },
  );
  r.post('/auth/logout', { config: { policy: { public: true } }, schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: ok } } }, async (req, reply) => {
    await logout(deps, ctxOf(req), req.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
  r.post(
    '/auth/logout-all',
    { config: { policy: { authenticated: true } }, schema: { tags: ['auth'], summary: 'Đăng xuất khỏi mọi thiết bị', response: { 200: ok } } },
    async (req, reply) => {
      await logoutEverywhere(deps, ctxOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
  r.get('/auth/me', { config: { policy: { authenticated: true } }, schema: { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: authResponse } } }, async (req) => {
    if (!req.actor) throw new Unauthorized();
    return { user: meOf(req.actor), csrfToken: req.csrfToken ?? '' };
  });
  r.post(
    '/auth/password',
    {
      config: { policy: { authenticated: true } },
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu',
        body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
        response: { 200: passwordChanged },
      },
    },
    async (req) => {
      await changePassword(deps, ctxOf(req), req.body);
      return { ok: true as const };
    },
  );
}
