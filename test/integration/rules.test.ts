import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ADMIN_PASSWORD, forEachDriver, login, type Client } from '../helpers.js';

// legal-rules §6.4: worked amounts (coefficient × base salary, rounded up to 10,000 VND)
const WORKED: [string, string, string, number][] = [
  ['LDTT', 'ca_nhan', '2025-01-15', 710_000],
  ['LDTT', 'ca_nhan', '2026-07-15', 760_000],
  ['TTLDTT', 'tap_the', '2026-07-15', 2_030_000],
  ['CSTD_CS', 'ca_nhan', '2026-07-15', 2_530_000],
  ['TTLDXS', 'tap_the', '2026-07-15', 3_800_000],
  ['CSTD_TINH', 'ca_nhan', '2026-07-15', 7_590_000],
  ['CO_TINH', 'tap_the', '2026-07-15', 20_240_000],
];

forEachDriver('law as data over HTTP', (env) => {
  let admin: Client;
  beforeAll(async () => {
    admin = await login(env().app, 'admin', ADMIN_PASSWORD);
  });

  it.each(WORKED)('legal-rules §6.4 — %s %s on %s pays %i đồng', async (award, subject, date, amount) => {
    const res = await admin.req('GET', `/api/v1/rules/money?award=${award}&subject=${subject}&date=${date}`);
    expect(res.status).toBe(200);
    expect(res.json.amount).toBe(amount);
  });

  it('Khoản 1 Điều 22 Luật TĐKT 2022 — the codes.md case is eligible for CSTĐ tỉnh, each criterion explained', async () => {
    const res = await admin.req('POST', '/api/v1/rules/check', {
      award: 'CSTD_TINH', subject: 'ca_nhan', year: 2026, date: '2026-12-15',
      facts: {
        ratings: { 2024: 'HTXSNV', 2025: 'HTXSNV', 2026: 'HTXSNV' },
        awards: [{ award: 'CSTD_CS', year: 2024 }, { award: 'CSTD_CS', year: 2025 }, { award: 'CSTD_CS', year: 2026 }],
        initiatives: [{ year: 2026, scope: 'tinh' }], research: [], discipline: [], pending: [],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json.eligible).toBe(true);
    expect(res.json.criteria.map((c: { text: string }) => c.text)).toContain('Đạt Chiến sĩ thi đua cơ sở 3 lần liên tục: 2024, 2025, 2026');
  });

  it.each([
    ['an unknown award code', { award: 'XYZ', subject: 'ca_nhan', year: 2026, date: '2026-12-15', facts: {} }],
    ['an impossible date', { award: 'LDTT', subject: 'ca_nhan', year: 2026, date: '2026-02-30', facts: {} }],
    ['a case without subject, year or facts', { award: 'LDTT' }],
    ['a case that is a list', [1, 2]],
  ])('%s is a 400 with a Vietnamese message', async (_n, body) => {
    const res = await admin.req('POST', '/api/v1/rules/check', body);
    expect(res.status).toBe(400);
    expect(res.json.error.message.length).toBeGreaterThan(5);
  });

  it('commune chair decides CSTĐ cơ sở from 1/7/2025 (NĐ 129/2025), not before', async () => {
    const after = await admin.req('GET', '/api/v1/rules/authority?award=CSTD_CS&level=xa&date=2025-07-01');
    const before = await admin.req('GET', '/api/v1/rules/authority?award=CSTD_CS&level=xa&date=2025-06-30');
    expect(after.json.allowed).toBe(true);
    expect(before.json.allowed).toBe(false);
  });

  it('changing the base salary changes the money, and is audited; a stale version is a conflict', async () => {
    const current = (await admin.req('GET', '/api/v1/rules/settings')).json;
    const res = await admin.req('PUT', '/api/v1/rules/settings', { params: { baseSalaries: [{ from: '2027-01-01', amount: 3_000_000 }] }, version: current.version });
    expect(res.status).toBe(200);
    const money = await admin.req('GET', '/api/v1/rules/money?award=CSTD_CS&subject=ca_nhan&date=2027-02-01');
    expect(money.json.amount).toBe(3_000_000);
    const audit = await admin.req('GET', '/api/v1/audit?entityType=rule_settings');
    expect(audit.json.items[0].after.baseSalaries[0].amount).toBe(3_000_000);
    const stale = await admin.req('PUT', '/api/v1/rules/settings', { params: {}, version: current.version });
    expect(stale.status).toBe(409);
    const bad = await admin.req('PUT', '/api/v1/rules/settings', { params: { baseSalaries: [{ from: 'x', amount: -1 }] }, version: res.json.version });
    expect(bad.status).toBe(400);
  });

  it('declaring a day off moves working-day deadlines, and is audited', async () => {
    const before = (await admin.req('GET', '/api/v1/calendar/add?from=2026-12-01&days=1')).json.date;
    expect(before).toBe('2026-12-02');
    expect((await admin.req('POST', '/api/v1/calendar/adjustments', { day: '2026-12-02', kind: 'day_off', note: 'Nghỉ bù' })).status).toBe(201);
    expect((await admin.req('GET', '/api/v1/calendar/add?from=2026-12-01&days=1')).json.date).toBe('2026-12-03');
    expect((await admin.req('POST', '/api/v1/calendar/adjustments', { day: '2026-12-02', kind: 'day_off' })).status).toBe(409);
    const audit = await admin.req('GET', '/api/v1/audit?entityType=calendar_day');
    expect(audit.json.items[0]).toMatchObject({ action: 'create', entityId: '2026-12-02' });
    expect((await admin.req('DELETE', '/api/v1/calendar/adjustments/2026-12-02')).status).toBe(200);
    expect((await admin.req('GET', '/api/v1/calendar/add?from=2026-12-01&days=1')).json.date).toBe('2026-12-02');
  });
});

describe('tdkt rules / calendar (CLI)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-rules-'));
  const saved = { ...process.env };
  let output = '';
  beforeAll(() => {
    delete process.env.DATABASE_URL;
    process.env.TDKT_DATA_DIR = dir;
  });
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = async (...argv: string[]) => {
    output = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((output += String(s)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((output += String(s)), true));
    try {
      return await main(argv);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  };

  it.each(WORKED)('legal-rules §6.4 — tdkt rules money --award %s --subject %s --date %s → %i', async (award, subject, date, amount) => {
    expect(await run('rules', 'money', '--award', award, '--subject', subject, '--date', date, '--json')).toBe(0);
    expect(JSON.parse(output).amount).toBe(amount);
  });

  it('prints the amount in Vietnamese words', async () => {
    expect(await run('rules', 'money', '--award', 'LDTT', '--subject', 'ca_nhan', '--date', '2026-07-15')).toBe(0);
    expect(output).toContain('Bảy trăm sáu mươi nghìn đồng');
  });

  it('authority answers allowed, decider and refs', async () => {
    expect(await run('rules', 'authority', '--award', 'CSTD_CS', '--level', 'xa', '--date', '2025-07-01', '--json')).toBe(0);
    expect(JSON.parse(output)).toMatchObject({ allowed: true, decider: expect.any(String), refs: expect.any(Array) });
  });

  it('checks a case from a file', async () => {
    const file = path.join(dir, 'case.json');
    fs.writeFileSync(file, JSON.stringify({ award: 'LDTT', subject: 'ca_nhan', year: 2026, date: '2026-12-15', facts: { ratings: { 2026: 'HTTNV' }, discipline: [], pending: [] } }));
    expect(await run('rules', 'check', '--file', file, '--json')).toBe(0);
    expect(JSON.parse(output).award).toBe('LDTT');
  });

  it.each([
    [['rules', 'money', '--award', 'LDTT', '--subject', 'ca_nhan', '--date', '2026-13-01'], '--date'],
    [['rules', 'money', '--award', 'LDTT', '--subject', 'ai_do', '--date', '2026-01-01'], '--subject'],
    [['rules', 'authority', '--award', 'LDTT', '--level', 'sao_hoa', '--date', '2026-01-01'], '--level'],
    [['calendar', 'add', '--from', '2026-01-01', '--days', 'x'], '--days'],
  ])('bad input exits 2 naming the field: %j', async (argv, field) => {
    expect(await run(...argv)).toBe(2);
    expect(output).toContain(field);
  });

  it('calendar add skips weekends and holidays', async () => {
    // Thursday 31/12/2026 + 1 working day: 1/1 is Tết Dương lịch, then the weekend
    expect(await run('calendar', 'add', '--from', '2026-12-31', '--days', '1')).toBe(0);
    expect(output.trim()).toBe('2027-01-04');
  });
});
