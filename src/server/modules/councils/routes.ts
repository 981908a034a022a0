import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isValidIsoDate } from '../../../domain/index.js';
import { MIME, ctxOf, fileResponse, idParam, zapp, type Deps } from '../../platform/http.js';
import { ok } from '../../../shared/contract/common.js';
import { ballotCast, councilMember, councilMembers, sessionClosed, sessionDetail, sessionList, sessionSummary } from '../../../shared/contract/councils.js';
import { minutes } from './minutes.js';
import { CHOICES, MEMBER_ROLES } from './service.js';
import * as svc from './service.js';

const tags = ['councils'];
const isoDate = z.string().refine(isValidIsoDate, { message: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD' });
const version = z.object({ version: z.number().int().positive() }).strict();

const memberBody = z
  .object({
    fullName: z.string().trim().min(2, 'Họ tên từ 2 ký tự').max(150),
    role: z.enum(MEMBER_ROLES),
    userId: z.number().int().positive().nullish(),
    username: z.string().trim().min(2).max(100).nullish(),
    personId: z.number().int().positive().nullish(),
    memberUnitId: z.number().int().positive().nullish(),
    termFrom: isoDate.nullish(),
    termTo: isoDate.nullish(),
  })
  .strict();

/** Councils (members per unit), sessions, attendance, recusals, the secret ballot and the minutes. */
export async function councilRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const read = { policy: { resource: 'council' as const, action: 'read' as const } };
  const manage = { policy: { resource: 'council' as const, action: 'update' as const } };
  const unitParam = z.object({ unitId: z.coerce.number().int().positive() });

  r.get('/councils/:unitId/members', { config: read, schema: { tags, summary: 'Thành viên Hội đồng TĐKT của đơn vị', params: unitParam, response: { 200: councilMembers } } }, async (req) =>
    svc.listMembers(deps, ctxOf(req), req.params.unitId),
  );
  r.post('/councils/:unitId/members', { config: manage, schema: { tags, summary: 'Thêm thành viên Hội đồng', params: unitParam, body: memberBody, response: { 201: councilMember } } }, async (req, reply) => {
    reply.status(201);
    return svc.addMember(deps, ctxOf(req), req.params.unitId, req.body);
  });
  r.delete(
    '/council-members/:id',
    { config: manage, schema: { tags, summary: 'Bỏ thành viên (đã dự họp: kết thúc nhiệm kỳ)', params: idParam, querystring: z.object({ version: z.coerce.number().int().positive() }), response: { 200: ok } } },
    async (req) => {
      await svc.removeMember(deps, ctxOf(req), req.params.id, req.query.version);
      return { ok: true as const };
    },
  );
  r.get('/council-sessions', { config: read, schema: { tags, summary: 'Các phiên họp Hội đồng', querystring: z.object({ unitId: z.coerce.number().int().positive().optional() }), response: { 200: sessionList } } }, async (req) =>
    svc.listSessions(deps, ctxOf(req), req.query),
  );
  r.post(
    '/council-sessions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Tạo phiên họp với chương trình là các hồ sơ đang trình Hội đồng',
        body: z.object({ unitId: z.number().int().positive(), title: z.string().trim().min(3).max(500), heldOn: isoDate, dossierIds: z.array(z.number().int().positive()).min(1).max(200) }).strict(),
        response: { 201: sessionSummary },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return svc.createSession(deps, ctxOf(req), req.body);
    },
  );
  r.get('/council-sessions/:id', { config: read, schema: { tags, summary: 'Phiên họp: thành viên, chương trình, kết quả (sau khi kết thúc)', params: idParam, response: { 200: sessionDetail } } }, async (req) =>
    svc.getSession(deps, ctxOf(req), req.params.id),
  );
  r.put(
    '/council-sessions/:id/attendance',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Có mặt, vắng mặt và ý kiến bằng văn bản',
        params: idParam,
        body: z
          .object({
            version: z.number().int().positive(),
            items: z.array(z.object({ memberId: z.number().int().positive(), present: z.boolean(), writtenOpinion: z.string().trim().max(4000).nullish() }).strict()).min(1).max(200),
          })
          .strict(),
        response: { 200: sessionSummary },
      },
    },
    async (req) => svc.setAttendance(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post(
    '/council-sessions/:id/recusals',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi nhận thành viên không biểu quyết một trường hợp (xung đột lợi ích)',
        params: idParam,
        body: z.object({ memberId: z.number().int().positive(), nomineeId: z.number().int().positive(), reason: z.string().trim().min(3).max(1000) }).strict(),
        response: { 200: sessionDetail },
      },
    },
    async (req) => svc.declareRecusal(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post('/council-sessions/:id/open', { config: manage, schema: { tags, summary: 'Mở bỏ phiếu', params: idParam, body: version, response: { 200: sessionSummary } } }, async (req) =>
    svc.openVoting(deps, ctxOf(req), req.params.id, req.body.version),
  );
  r.post(
    '/council-sessions/:id/ballot',
    {
      config: { policy: { resource: 'council', action: 'vote' } },
      schema: {
        tags,
        summary: 'Bỏ phiếu kín (mỗi thành viên một lần cho mỗi trường hợp)',
        params: idParam,
        body: z.object({ votes: z.array(z.object({ nomineeId: z.number().int().positive(), choice: z.enum(CHOICES) }).strict()).min(1).max(2000) }).strict(),
        response: { 200: ballotCast },
      },
    },
    async (req) => svc.vote(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post('/council-sessions/:id/close', { config: manage, schema: { tags, summary: 'Kết thúc bỏ phiếu và kiểm phiếu', params: idParam, body: version, response: { 200: sessionClosed } } }, async (req) =>
    svc.closeVoting(deps, ctxOf(req), req.params.id, req.body.version),
  );
  r.get('/council-sessions/:id/minutes.docx', { config: read, schema: { tags, summary: 'Biên bản họp và kiểm phiếu (DOCX)', params: idParam, response: { 200: fileResponse('Tệp Word', MIME.docx) } } }, async (req, reply) => {
    const doc = await minutes(deps, ctxOf(req), req.params.id);
    return reply
      .header('content-type', MIME.docx)
      .header('content-disposition', `attachment; filename="${doc.filename}"`)
      .send(doc.buffer);
  });
}
