import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnv, type TestEnv } from '../helpers.js';

describe('the web app is served with an SPA fallback, but never for missing files', () => {
  let env: TestEnv;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-web-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>tdkt</title>');
    env = await makeEnv('pglite', { webDir: dir });
  });
  afterAll(async () => {
    await env.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an app route gets index.html', async () => {
    const res = await env.app.inject({ url: '/people/12' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>tdkt</title>');
  });

  it('a missing script is a 404, not HTML', async () => {
    expect((await env.app.inject({ url: '/assets/index-abc123.js' })).statusCode).toBe(404);
    expect((await env.app.inject({ url: '/favicon-missing.png' })).statusCode).toBe(404);
  });

  it('a file written after start (a rebuild) is served without a restart', async () => {
    fs.writeFileSync(path.join(dir, 'assets', 'new-123.js'), 'console.log(1)');
    const res = await env.app.inject({ url: '/assets/new-123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('an unknown API path is a JSON 404 in Vietnamese', async () => {
    const res = await env.app.inject({ url: '/api/v1/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/Không tìm thấy/);
  });
});
