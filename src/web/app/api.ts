/**
 * The one HTTP client of the SPA. Same-origin cookie session; every non-GET request carries the
 * CSRF token the server handed out with `login` / `me`. Errors come back as `ApiError` with the
 * server's Vietnamese message, so pages can show it as is.
 */

export const API_BASE = '/api/v1';

export interface ApiErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** true when the server sent its own message (so the UI should show it verbatim) */
  readonly fromServer: boolean;

  constructor(status: number, code: string, message: string, details?: unknown, fromServer = true) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.fromServer = fromServer;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called once by the auth layer: a 401 on any call (except the auth probes) sends the user to login. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/** Drops empty values so URLs stay clean and the server sees only real filters. */
export function toQueryString(params?: QueryParams): string {
  if (!params) return '';
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

export function apiUrl(path: string, params?: QueryParams): string {
  return `${API_BASE}${path}${toQueryString(params)}`;
}

interface RequestOptions {
  params?: QueryParams;
  body?: unknown;
  /** do not trigger the global 401 redirect (login, me) */
  skipAuthRedirect?: boolean;
  signal?: AbortSignal;
}

async function parseError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as ApiErrorBody | null;
  const err = body?.error;
  if (err?.message) {
    return new ApiError(res.status, err.code ?? `HTTP_${res.status}`, err.message, err.details, true);
  }
  return new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, res.statusText || `HTTP ${res.status}`, err?.details, false);
}

async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.params), {
      method,
      headers,
      body,
      credentials: 'include',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', '', undefined, false);
  }
  if (!res.ok) {
    const err = await parseError(res);
    if (res.status === 401 && !opts.skipAuthRedirect) onUnauthorized?.();
    throw err;
  }
  return res;
}

async function json<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, params?: QueryParams, opts?: Omit<RequestOptions, 'params'>) =>
    json<T>('GET', path, { ...opts, params }),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => json<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => json<T>('PATCH', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => json<T>('PUT', path, { ...opts, body }),
  delete: <T>(path: string, opts?: RequestOptions) => json<T>('DELETE', path, opts),
};

function filenameFrom(res: Response, fallback: string): string {
  const cd = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(cd);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

/** POSTs and returns the response body as a file (a generated PDF preview), errors as ApiError. */
export async function postForBlob(path: string, body: unknown): Promise<Blob> {
  const res = await send('POST', path, { body });
  return res.blob();
}

/** Downloads a file (Excel export, template) through fetch so errors surface as ApiError. */
export async function download(path: string, params: QueryParams | undefined, fallbackName: string): Promise<void> {
  const res = await send('GET', path, { params });
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameFrom(res, fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
