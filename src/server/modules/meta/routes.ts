import type { FastifyInstance } from 'fastify';
import { EMPLOYMENT_CATEGORY_NAMES, GENDER_NAMES, LEVEL_NAMES, ROLE_NAMES } from '../../../shared/codes.js';
import { metaCodes } from '../../../shared/contract/meta.js';
import { zapp, type Deps } from '../../platform/http.js';
import { listKinds } from '../units/service.js';

const pairs = (o: Record<string, string>) => Object.entries(o).map(([code, name]) => ({ code, name }));

export async function metaRoutes(app: FastifyInstance, deps: Deps) {
  zapp(app).get('/meta/codes', { config: { policy: { authenticated: true } }, schema: { tags: ['meta'], summary: 'Danh mục mã dùng chung', response: { 200: metaCodes } } }, async () => ({
    levels: pairs(LEVEL_NAMES),
    unitKinds: (await listKinds(deps)).map(({ code, name }) => ({ code, name })),
    employmentCategories: pairs(EMPLOYMENT_CATEGORY_NAMES),
    genders: pairs(GENDER_NAMES),
    roles: pairs(ROLE_NAMES),
  }));
}
