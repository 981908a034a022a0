import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ctxOf, idParam, zapp, type Deps } from '../../platform/http.js';
import { consultationComments } from '../../../shared/contract/consultation.js';
import { commentSent, publicConsultationDetail, publicConsultationList } from '../../../shared/contract/public.js';
import * as svc from './service.js';

const tags = ['consultation'];
const commentBody = z
  .object({
    nomineeId: z.number().int().positive().nullish(),
    authorName: z.string().trim().min(2, 'Họ tên từ 2 ký tự').max(150, 'Họ tên tối đa 150 ký tự'),
    contact: z.string().trim().max(200, 'Tối đa 200 ký tự').nullish(),
    content: z.string().trim().min(10, 'Nội dung góp ý từ 10 ký tự').max(4000, 'Nội dung góp ý tối đa 4000 ký tự'),
  })
  .strict();

/** Public pages of the consultation (no account) and the comments for the appraiser. */
export async function consultationRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const pub = { policy: { public: true as const } };
  r.get('/public/consultations', { config: pub, schema: { tags, summary: 'Danh sách đang lấy ý kiến công khai (không cần đăng nhập)', response: { 200: publicConsultationList } } }, async () => svc.listOpen(deps));
  r.get('/public/consultations/:id', { config: pub, schema: { tags, summary: 'Một danh sách đang lấy ý kiến', params: idParam, response: { 200: publicConsultationDetail } } }, async (req) => svc.getOpen(deps, req.params.id));
  r.post(
    '/public/consultations/:id/comments',
    { config: pub, schema: { tags, summary: 'Gửi ý kiến góp ý (giới hạn số lần gửi)', params: idParam, body: commentBody, response: { 201: commentSent } } },
    async (req, reply) => {
      reply.status(201);
      return svc.addComment(deps, ctxOf(req), req.params.id, req.body);
    },
  );
  r.get(
    '/dossiers/:id/comments',
    { config: { policy: { resource: 'dossier', action: 'appraise' } }, schema: { tags, summary: 'Ý kiến góp ý của một hồ sơ (cho người thẩm định)', params: idParam, response: { 200: consultationComments } } },
    async (req) => svc.comments(deps, ctxOf(req), req.params.id),
  );
}
