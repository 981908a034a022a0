/**
 * The OpenAPI document describes the whole API: every operation declares a 2xx response, JSON
 * operations with a schema, downloads with the content types they send. A route added without
 * its response schema fails here (and the web could not take its type from the contract).
 */
import { expect, it } from 'vitest';
import { forEachDriver } from '../helpers.js';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

forEachDriver('openapi', (env) => {
  it('every operation declares its 2xx response with content and a schema', async () => {
    const res = await env().app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { paths: Record<string, Record<string, Operation>> };
    const ops = Object.entries(doc.paths).flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })));
    expect(ops.length).toBeGreaterThan(150);
    const missing = ops
      .filter(({ op }) => !Object.entries(op.responses ?? {}).some(([code, r]) => code.startsWith('2') && r.content && Object.values(r.content).every((c) => c.schema)))
      .map(({ key }) => key);
    expect(missing).toEqual([]);
  });
});
