import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { certificateLayoutResponse } from '../../../shared/contract/certificates.js';
import { MIME, ctxOf, fileResponse, zapp, type Deps } from '../../platform/http.js';
import * as svc from './service.js';

const tags = ['certificates'];

/** The certificate layout: read, save (admins), preview a sample page. */
export async function certificateRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  r.get('/certificate-layout', { config: { policy: { resource: 'certificate_layout', action: 'read' } }, schema: { tags, summary: 'Bố cục in giấy khen, bằng khen', response: { 200: certificateLayoutResponse } } }, async () => svc.get(deps));
  r.put(
    '/certificate-layout',
    { config: { policy: { resource: 'certificate_layout', action: 'update' } }, schema: { tags, summary: 'Lưu bố cục in (null: về mặc định)', body: z.object({ layout: z.unknown().nullable(), version: z.number().int().min(0) }).strict(), response: { 200: certificateLayoutResponse } } },
    async (req) => svc.save(deps, ctxOf(req), req.body as { layout: unknown; version: number }),
  );
  r.post(
    '/certificate-layout/preview',
    { config: { policy: { resource: 'certificate_layout', action: 'read' } }, schema: { tags, summary: 'In thử một trang với bố cục đang sửa (PDF)', body: z.object({ layout: z.unknown() }).strict(), response: { 200: fileResponse('Trang PDF in thử', MIME.pdf) } } },
    async (req, reply) => reply.header('content-type', MIME.pdf).header('content-disposition', 'inline; filename="xem-thu-giay-khen.pdf"').send(await svc.preview((req.body as { layout: unknown }).layout)),
  );
}
