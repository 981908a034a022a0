import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { outboxPage, reminderOutcome } from '../../../shared/contract/mail.js';
import { ctxOf, zapp, type Deps } from '../../platform/http.js';
import { P } from '../plans/http.js';
import * as reminders from './service.js';

/** /mail: the development outbox, and task reminders run now (installation-wide: a grant on the root unit). */
export async function reminderRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  r.get('/mail/outbox', { config: P('mail', 'read'), schema: { tags: ['mail'], summary: 'Thư đã gửi / hộp thư đi khi chưa cấu hình SMTP', querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: outboxPage } } }, async (req) =>
    reminders.readOutbox(deps, ctxOf(req), req.query.page, req.query.pageSize),
  );
  r.post('/mail/reminders', { config: P('mail', 'create'), schema: { tags: ['mail'], summary: 'Nhắc việc ngay: nhiệm vụ sắp đến hạn và quá hạn', response: { 200: reminderOutcome } } }, async (req) => reminders.remindNow(deps, ctxOf(req)));
}
