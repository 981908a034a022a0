import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { calendarAdjustment, calendarAdjustmentCreated, workingDaysAdded, workingDaysBetween } from '../../../shared/contract/calendar.js';
import { itemsOf, ok } from '../../../shared/contract/common.js';
import { authorityResult, catalog, checkResult, moneyResult, ruleSettings } from '../../../shared/contract/rules.js';
import { ctxOf, zapp, type Deps } from '../../platform/http.js';
import { isoDate } from '../units/schemas.js';
import * as svc from './service.js';

const tags = ['rules'];
const code = z.string().trim().min(1).max(40);

export async function rulesRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  r.get(
    '/rules/catalog',
    { config: { policy: { resource: 'rules', action: 'read' } }, schema: { tags, summary: 'Danh mục danh hiệu, hình thức khen thưởng theo quy định có hiệu lực tại một ngày', querystring: z.object({ date: isoDate.optional() }), response: { 200: catalog } } },
    async (req) => svc.catalog(deps, req.query.date),
  );
  r.post(
    '/rules/check',
    { config: { policy: { resource: 'rules', action: 'read' } }, schema: { tags, summary: 'Kiểm tra điều kiện (tiêu chuẩn) của một trường hợp', body: z.unknown(), response: { 200: checkResult } } },
    async (req) => svc.check(deps, req.body),
  );
  r.get(
    '/rules/money',
    {
      config: { policy: { resource: 'rules', action: 'read' } },
      schema: { tags, summary: 'Tiền thưởng', querystring: z.object({ award: code, subject: z.enum(['ca_nhan', 'tap_the', 'ho_gia_dinh']), date: isoDate.optional(), coefficientTenths: z.coerce.number().int().min(0).max(1000).optional() }), response: { 200: moneyResult } },
    },
    async (req) => svc.money(deps, req.query),
  );
  r.get(
    '/rules/authority',
    { config: { policy: { resource: 'rules', action: 'read' } }, schema: { tags, summary: 'Thẩm quyền quyết định khen thưởng', querystring: z.object({ award: code, level: code, date: isoDate.optional() }), response: { 200: authorityResult } } },
    async (req) => svc.authority(deps, req.query),
  );
  r.get('/rules/settings', { config: { policy: { resource: 'rule_settings', action: 'read' } }, schema: { tags, summary: 'Tham số quy định của đơn vị triển khai', response: { 200: ruleSettings } } }, async () => svc.getSettings(deps));
  r.put(
    '/rules/settings',
    { config: { policy: { resource: 'rule_settings', action: 'update' } }, schema: { tags, summary: 'Sửa tham số quy định (lương cơ sở, làm tròn, giá trị chưa xác nhận…)', body: z.object({ params: z.record(z.string(), z.unknown()), version: z.number().int().min(0) }).strict(), response: { 200: ruleSettings } } },
    async (req) => svc.updateSettings(deps, ctxOf(req), req.body),
  );
  r.get(
    '/calendar/adjustments',
    { config: { policy: { resource: 'calendar', action: 'read' } }, schema: { tags: ['calendar'], summary: 'Ngày nghỉ, ngày làm bù do Chính phủ công bố', querystring: z.object({ year: z.coerce.number().int().min(1990).max(2200).optional() }), response: { 200: itemsOf(calendarAdjustment) } } },
    async (req) => svc.listAdjustments(deps, req.query.year),
  );
  r.post(
    '/calendar/adjustments',
    {
      config: { policy: { resource: 'calendar', action: 'update' } },
      schema: { tags: ['calendar'], summary: 'Khai báo ngày nghỉ hoặc ngày làm bù', body: z.object({ day: isoDate, kind: z.enum(['day_off', 'working_day']), note: z.string().trim().max(300).optional() }).strict(), response: { 201: calendarAdjustmentCreated } },
    },
    async (req, reply) => {
      reply.status(201);
      return svc.addAdjustment(deps, ctxOf(req), req.body);
    },
  );
  r.delete(
    '/calendar/adjustments/:day',
    { config: { policy: { resource: 'calendar', action: 'update' } }, schema: { tags: ['calendar'], summary: 'Xóa một ngày đã khai báo', params: z.object({ day: isoDate }), response: { 200: ok } } },
    async (req) => {
      await svc.removeAdjustment(deps, ctxOf(req), req.params.day);
      return { ok: true as const };
    },
  );
  r.get(
    '/calendar/add',
    { config: { policy: { resource: 'calendar', action: 'read' } }, schema: { tags: ['calendar'], summary: 'Cộng N ngày làm việc', querystring: z.object({ from: isoDate, days: z.coerce.number().int().min(-3650).max(3650) }), response: { 200: workingDaysAdded } } },
    async (req) => svc.addDays(deps, req.query.from, req.query.days),
  );
  r.get(
    '/calendar/between',
    { config: { policy: { resource: 'calendar', action: 'read' } }, schema: { tags: ['calendar'], summary: 'Số ngày làm việc giữa hai ngày', querystring: z.object({ from: isoDate, to: isoDate }), response: { 200: workingDaysBetween } } },
    async (req) => svc.between(deps, req.query.from, req.query.to),
  );
}
