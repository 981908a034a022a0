import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { importResult } from '../../../shared/contract/imports.js';
import { MIME, boolQuery, ctxOf, fileResponse, sendXlsx, zapp, type Deps } from '../../platform/http.js';
import { readUpload } from '../../platform/upload.js';
import { householdListQuery } from '../households/routes.js';
import { peopleListQuery } from '../people/schemas.js';
import { unitListQuery } from '../units/schemas.js';
import { IMPORT_KINDS, KIND_INFO, type ImportKind } from './columns.js';
import * as svc from './service.js';

const tags = ['imports'];

const NAMES: Record<ImportKind, string> = { units: 'đơn vị', people: 'cá nhân', households: 'hộ gia đình' };

const exportQuery: Record<ImportKind, z.ZodType> = {
  units: unitListQuery.omit({ page: true, pageSize: true }),
  people: peopleListQuery.omit({ page: true, pageSize: true }),
  households: householdListQuery.omit({ page: true, pageSize: true }),
};

/**
 * Excel import, export and templates (units, people, households). One route per kind, so each
 * declares the resource it guards and the authorization matrix can enumerate them.
 */
export async function importRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  for (const kind of IMPORT_KINDS) {
    const resource = KIND_INFO[kind].resource;
    r.get(
      `/imports/templates/${kind}`,
      { config: { policy: { resource, action: 'import' } }, schema: { tags, summary: `Tải tệp mẫu nhập ${NAMES[kind]} (.xlsx)`, response: { 200: fileResponse('Tệp Excel mẫu', MIME.xlsx) } } },
      async (req, reply) => {
        const { filename, buffer } = await svc.template(deps, ctxOf(req), kind);
        return sendXlsx(reply, filename, buffer);
      },
    );
    r.post(
      `/imports/${kind}`,
      {
        config: { policy: { resource, action: 'import' } },
        schema: {
          tags,
          summary: `Nhập ${NAMES[kind]} từ tệp Excel (multipart, trường "file"); dryRun=1 chỉ kiểm tra`,
          consumes: ['multipart/form-data'],
          querystring: z.object({ dryRun: boolQuery }),
          response: { 200: importResult },
        },
      },
      async (req) => {
        const buffer = await readUpload(req, deps.cfg.uploadMaxBytes);
        return svc.importFile(deps, ctxOf(req), kind, buffer, { dryRun: req.query.dryRun ?? false });
      },
    );
    r.get(
      `/exports/${kind}`,
      {
        config: { policy: { resource, action: 'export' } },
        schema: { tags, summary: `Xuất danh sách ${NAMES[kind]} ra Excel (cùng bộ lọc với danh sách)`, querystring: exportQuery[kind], response: { 200: fileResponse('Tệp Excel', MIME.xlsx) } },
      },
      async (req, reply) => {
        const { filename, buffer } = await svc.exportWorkbook(deps, ctxOf(req), kind, req.query as svc.ExportFilter);
        return sendXlsx(reply, filename, buffer);
      },
    );
  }
}
