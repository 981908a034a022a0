import type { FastifyInstance } from 'fastify';
import { review, reviewList } from '../../../shared/contract/reviews.js';
import { planDocx } from '../../documents/plan.js';
import { MIME, ctxOf, idParam, zapp, type Deps } from '../../platform/http.js';
import { P, docxResponse, sendFile } from '../plans/http.js';
import * as s from './schemas.js';
import * as reviews from './service.js';

/** Sơ kết 6 tháng / tổng kết năm of a plan: drafted from the data, edited, printed as DOCX. */
export async function reviewRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const tags = ['plans'];
  r.get('/plans/:id/reviews', { config: P('plan', 'read'), schema: { tags, summary: 'Báo cáo sơ kết, tổng kết của kế hoạch', params: idParam, response: { 200: reviewList } } }, async (req) => reviews.list(deps, ctxOf(req), req.params.id));
  r.post('/plans/:id/reviews', { config: P('plan', 'update'), schema: { tags, summary: 'Soạn báo cáo sơ kết 6 tháng / tổng kết năm từ dữ liệu', params: idParam, body: s.createReviewBody, response: { 201: review } } }, async (req, reply) => {
    reply.status(201);
    return reviews.create(deps, ctxOf(req), req.params.id, req.body);
  });
  r.get('/reviews/:id', { config: P('plan', 'read'), schema: { tags, summary: 'Chi tiết báo cáo sơ kết, tổng kết', params: idParam, response: { 200: review } } }, async (req) => reviews.get(deps, ctxOf(req), req.params.id));
  r.patch('/reviews/:id', { config: P('plan', 'update'), schema: { tags, summary: 'Sửa báo cáo sơ kết, tổng kết', params: idParam, body: s.updateReviewBody, response: { 200: review } } }, async (req) => reviews.update(deps, ctxOf(req), req.params.id, req.body as never));
  r.get('/reviews/:id/document.docx', { config: P('plan', 'export'), schema: { tags, summary: 'Báo cáo sơ kết, tổng kết dạng DOCX', params: idParam, response: { 200: docxResponse } } }, async (req, reply) => {
    const x = await reviews.get(deps, ctxOf(req), req.params.id);
    return sendFile(reply, MIME.docx, `bao-cao-${x.kind === 'so_ket' ? 'so-ket' : 'tong-ket'}-${x.id}.docx`, await planDocx(x.content));
  });
}
