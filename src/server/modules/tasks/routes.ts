import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ok } from '../../../shared/contract/common.js';
import { uploadedFile } from '../../../shared/contract/files.js';
import { task, taskDetail, taskPage } from '../../../shared/contract/tasks.js';
import { storeFile } from '../../platform/files.js';
import { MIME, ctxOf, fileResponse, idParam, zapp, type Deps } from '../../platform/http.js';
import { readUploadFile } from '../../platform/upload.js';
import { P, sendFile, versionQuery } from '../plans/http.js';
import * as s from './schemas.js';
import * as tasks from './service.js';

/** Tasks of plans and their progress reports; evidence uploads (/files) for reports and figures. */
export async function taskRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const tags = ['tasks'];
  r.get('/tasks', { config: P('plan_task', 'read'), schema: { tags, summary: 'Nhiệm vụ (lọc theo kế hoạch, đơn vị chủ trì, quý, quá hạn, khoảng ngày)', querystring: s.listTasksQuery, response: { 200: taskPage } } }, async (req) => tasks.list(deps, ctxOf(req), req.query));
  r.get('/tasks/:id', { config: P('plan_task', 'read'), schema: { tags, summary: 'Chi tiết nhiệm vụ và báo cáo tiến độ', params: idParam, response: { 200: taskDetail } } }, async (req) => tasks.get(deps, ctxOf(req), req.params.id));
  r.patch('/tasks/:id', { config: P('plan_task', 'update'), schema: { tags, summary: 'Sửa nhiệm vụ', params: idParam, body: s.updateTaskBody, response: { 200: task } } }, async (req) => tasks.update(deps, ctxOf(req), req.params.id, req.body));
  r.delete('/tasks/:id', { config: P('plan_task', 'delete'), schema: { tags, summary: 'Xóa nhiệm vụ', params: idParam, querystring: versionQuery, response: { 200: ok } } }, async (req) => {
    await tasks.remove(deps, ctxOf(req), req.params.id, req.query.version);
    return { ok: true as const };
  });
  r.post('/tasks/:id/notes', { config: P('plan_task', 'update'), schema: { tags, summary: 'Báo cáo tiến độ (trạng thái, %, minh chứng)', params: idParam, body: s.taskNoteBody, response: { 200: taskDetail } } }, async (req) => tasks.addNote(deps, ctxOf(req), req.params.id, req.body));
  r.get('/tasks/:id/notes/:noteId/file', { config: P('plan_task', 'read'), schema: { tags, summary: 'Tải tệp minh chứng', params: z.object({ id: z.coerce.number().int().positive(), noteId: z.coerce.number().int().positive() }), response: { 200: fileResponse('Tệp minh chứng (đúng kiểu của tệp đã tải lên)', MIME.any) } } }, async (req, reply) => {
    const f = await tasks.noteFile(deps, ctxOf(req), req.params.id, req.params.noteId);
    return sendFile(reply, f.mime, f.fileName, f.content);
  });

  // ---- evidence uploads
  r.post('/files', { config: { policy: { authenticated: true } }, schema: { tags: ['files'], summary: 'Tải lên tệp minh chứng (multipart, trường "file"); trả về sha256 để gắn vào báo cáo', consumes: ['multipart/form-data'], response: { 201: uploadedFile } } }, async (req, reply) => {
    const { buffer, filename } = await readUploadFile(req, deps.cfg.uploadMaxBytes);
    const f = await storeFile(deps.database.db, buffer, filename);
    reply.status(201);
    return { sha256: f.sha256, fileName: f.filename, size: f.size, mime: f.mime };
  });
}
