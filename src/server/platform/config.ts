import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** set → node-postgres on a real server; unset → embedded PGlite in dataDir */
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  logLevel: string;
  cookieSecure: boolean;
  /** minutes of inactivity after which a session ends */
  sessionIdleMinutes: number;
  /** hours after login after which a session ends, whatever the activity */
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** largest accepted upload, bytes */
  uploadMaxBytes: number;
  webDir: string;
  /** the address citizens reach tdkt at (QR codes on certificates); unset: taken from the request */
  publicUrl: string | undefined;
  /** smtp://user:pass@host:587 — unset: mail is kept in the development outbox (/admin/outbox) only */
  smtpUrl: string | undefined;
  mailFrom: string;
  /**
   * check every JSON response against its route's declared schema (a mismatch is a 500 naming the
   * field): on in the tests and the end-to-end server, off in production (responses are sent as is)
   */
  checkResponses: boolean;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const env = process.env;
  return {
    port: int('PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.TDKT_DATA_DIR ?? 'data'),
    adminPassword: env.TDKT_ADMIN_PASSWORD || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    cookieSecure: env.TDKT_COOKIE_SECURE === '1' || env.TDKT_COOKIE_SECURE === 'true',
    sessionIdleMinutes: int('TDKT_SESSION_IDLE_MINUTES', 60),
    sessionAbsoluteHours: int('TDKT_SESSION_ABSOLUTE_HOURS', 12),
    loginMaxFailures: int('TDKT_LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: int('TDKT_LOGIN_LOCK_MINUTES', 15),
    uploadMaxBytes: int('TDKT_UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
    webDir: path.resolve(env.TDKT_WEB_DIR ?? 'dist/web'),
    publicUrl: env.TDKT_PUBLIC_URL ? env.TDKT_PUBLIC_URL.replace(/\/+$/, '') : undefined,
    smtpUrl: env.TDKT_SMTP_URL || undefined,
    mailFrom: env.TDKT_MAIL_FROM || 'tdkt <no-reply@tdkt.local>',
    checkResponses: env.TDKT_CHECK_RESPONSES === '1' || !!env.VITEST,
    ...overrides,
  };
}
