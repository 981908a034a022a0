import { expect, request as pwRequest, type APIRequestContext, type Page } from '@playwright/test';

export const ADMIN = { username: 'admin', password: process.env.TDKT_ADMIN_PASSWORD ?? 'Admin@12345678' };
export const DEMO_PASSWORD = process.env.TDKT_DEMO_PASSWORD ?? 'Demo@12345678';
export const OFFICER = { username: 'canbo.xa1', password: DEMO_PASSWORD };

export interface Me {
  id: number;
  username: string;
  fullName: string;
  roles: { id: number; role: string; unitId: number; unitName: string }[];
}

/** API answers as e2e tests read them: loose JSON (the server checks each against its schema in e2e). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one loose type of the e2e helpers
export type Json = any;

export interface Api {
  ctx: APIRequestContext;
  me: Me;
  csrf: string;
  get<T = Json>(path: string, params?: Record<string, string | number | boolean | undefined>): Promise<T>;
  post<T = Json>(path: string, body: unknown): Promise<T>;
  dispose(): Promise<void>;
}

/** An API session of its own (cookie jar + CSRF token), as a given user. */
export async function apiAs(baseURL: string, user: { username: string; password: string }): Promise<Api> {
  const ctx = await pwRequest.newContext({ baseURL });
  const res = await ctx.post('/api/v1/auth/login', { data: user });
  expect(res.status(), `login ${user.username}: ${await res.text()}`).toBe(200);
  const { user: me, csrfToken } = (await res.json()) as { user: Me; csrfToken: string };
  const clean = (params?: Record<string, string | number | boolean | undefined>) =>
    Object.fromEntries(Object.entries(params ?? {}).filter(([, v]) => v !== undefined && v !== '')) as Record<
      string,
      string | number | boolean
    >;
  return {
    ctx,
    me,
    csrf: csrfToken,
    async get(path, params) {
      const r = await ctx.get(`/api/v1${path}`, { params: clean(params) });
      expect(r.ok(), `GET ${path}: ${r.status()} ${await r.text()}`).toBeTruthy();
      return r.json();
    },
    async post(path, body) {
      const r = await ctx.post(`/api/v1${path}`, { data: body, headers: { 'x-csrf-token': csrfToken } });
      expect(r.ok(), `POST ${path}: ${r.status()} ${await r.text()}`).toBeTruthy();
      return r.json();
    },
    dispose: () => ctx.dispose(),
  };
}

/** Log in through the login page, with the keyboard (Enter submits). */
export async function loginUI(page: Page, user: { username: string; password: string }) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(user.username);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByLabel('Mật khẩu').press('Enter');
  await expect(page).not.toHaveURL(/\/login/);
}
