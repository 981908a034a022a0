import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { user, userPage } from '../../../shared/contract/users.js';
import { ctxOf, idParam, pageQuery, zapp, type Deps } from '../../platform/http.js';
import { ROLES } from '../../platform/policy.js';
import * as svc from './service.js';

const tags = ['users'];
const username = z.string().trim().min(3, 'Tên đăng nhập có ít nhất 3 ký tự').max(64).regex(/^[a-zA-Z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch');

/** where reminders are mailed */
const email = z.string().trim().max(200).email('Địa chỉ e-mail không hợp lệ');

export async function userRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  r.get('/users', { config: { policy: { resource: 'user', action: 'read' } }, schema: { tags, summary: 'Danh sách người dùng', querystring: z.object({ q: z.string().trim().max(100).optional(), ...pageQuery }), response: { 200: userPage } } }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    return svc.listUsers(deps, ctxOf(req), f, page, pageSize);
  });
  r.get('/users/:id', { config: { policy: { resource: 'user', action: 'read' } }, schema: { tags, summary: 'Chi tiết người dùng', params: idParam, response: { 200: user } } }, async (req) =>
    svc.getUser(deps, ctxOf(req), req.params.id),
  );
  r.post(
    '/users',
    {
      config: { policy: { resource: 'user', action: 'create' } },
      schema: { tags, summary: 'Tạo tài khoản', body: z.object({ username, fullName: z.string().trim().min(2).max(150), email: email.nullish(), password: z.string().min(1).max(128) }).strict(), response: { 201: user } },
    },
    async (req, reply) => {
      reply.status(201);
      return svc.createUser(deps, ctxOf(req), req.body);
    },
  );
  r.patch(
    '/users/:id',
    {
      config: { policy: { resource: 'user', action: 'update' } },
      schema: {
        tags,
        summary: 'Sửa tài khoản (họ tên, e-mail nhận nhắc việc, khóa/mở, đặt lại mật khẩu)',
        params: idParam,
        body: z.object({ fullName: z.string().trim().min(2).max(150).optional(), email: email.nullish(), active: z.boolean().optional(), password: z.string().min(1).max(128).optional(), version: z.number().int().positive() }).strict(),
        response: { 200: user },
      },
    },
    async (req) => svc.updateUser(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post(
    '/users/:id/roles',
    {
      config: { policy: { resource: 'user', action: 'update' } },
      schema: { tags, summary: 'Gán vai trò theo đơn vị', params: idParam, body: z.object({ role: z.enum(ROLES), unitId: z.number().int().positive() }).strict(), response: { 200: user } },
    },
    async (req) => svc.addRole(deps, ctxOf(req), req.params.id, req.body),
  );
  r.delete(
    '/users/:id/roles/:roleId',
    {
      config: { policy: { resource: 'user', action: 'update' } },
      schema: { tags, summary: 'Thu hồi vai trò', params: z.object({ id: z.coerce.number().int().positive(), roleId: z.coerce.number().int().positive() }), response: { 200: user } },
    },
    async (req) => svc.removeRole(deps, ctxOf(req), req.params.id, req.params.roleId),
  );
}
