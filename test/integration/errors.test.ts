/**
 * Every 400 and every field-level conflict carries its details in one shape — `[{ field, message }]`
 * (src/server/platform/errors.ts) — whether the schema, a service or the domain found the fault,
 * so the web puts each message next to its field with one reader (src/web/app/forms.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { ADMIN_PASSWORD, forEachDriver, login, type Client } from '../helpers.js';

forEachDriver('error details', (env) => {
  let admin: Client;
  let rootId: number;
  beforeAll(async () => {
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
    rootId = (await admin.req('GET', '/api/v1/units/roots')).json.items[0].id;
  });

  const isFieldErrors = (d: unknown) => Array.isArray(d) && d.length > 0 && d.every((x) => typeof x.field === 'string' && typeof x.message === 'string' && x.message.length > 0);

  it.each([
    ['schema validation', () => admin.req('POST', '/api/v1/units', { code: '', name: 'x' }), 400, 'body.'],
    ['a service naming one field (duplicate code)', async () => {
      await admin.req('POST', '/api/v1/units', { code: 'ERR-DUP', name: 'Đơn vị A', level: 'don_vi', kind: 'khac', legalPersonality: false, parentId: rootId });
      return admin.req('POST', '/api/v1/units', { code: 'ERR-DUP', name: 'Đơn vị B', level: 'don_vi', kind: 'khac', legalPersonality: false, parentId: rootId });
    }, 409, 'code'],
    ['a weak password, one message per problem', () => admin.req('POST', '/api/v1/auth/password', { currentPassword: ADMIN_PASSWORD, newPassword: 'aaaa' }), 400, 'newPassword'],
  ] as const)('%s → [{ field, message }]', async (_name, call, status, field) => {
    const r = await call();
    expect(r.status).toBe(status);
    expect(isFieldErrors(r.json.error.details)).toBe(true);
    expect(r.json.error.details.some((d: { field: string }) => d.field.startsWith(field))).toBe(true);
  });
});
