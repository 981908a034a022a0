import { describe, expect, it } from 'vitest';
import type { Quarter } from './plan.js';
import {
  CASCADE_STATUSES,
  CASCADE_STATUS_NAMES,
  TASK_STATUSES,
  TASK_STATUS_NAMES,
  cascadeStatus,
  isOverdue,
  isQuarter,
  quarterEnd,
  quarterOf,
  registrationOpen,
  taskDueDate,
  validateTaskDates,
  type CascadeStatus,
  type TaskStatus,
} from './tasks.js';

describe('status names', () => {
  it('task statuses', () => {
    expect([...TASK_STATUSES]).toEqual(['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung']);
    expect(TASK_STATUS_NAMES).toEqual({ chua_thuc_hien: 'Chưa thực hiện', dang_thuc_hien: 'Đang thực hiện', hoan_thanh: 'Hoàn thành', tam_dung: 'Tạm dừng' });
  });
  it('cascade statuses', () => {
    expect([...CASCADE_STATUSES]).toEqual(['issued', 'issued_late', 'draft', 'late', 'pending']);
    expect(CASCADE_STATUS_NAMES).toEqual({ issued: 'Đã ban hành', issued_late: 'Ban hành trễ hạn', draft: 'Đang soạn', late: 'Quá hạn', pending: 'Chưa đến hạn' });
  });
});

describe('quarters', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-06-30', 2],
    ['2026-07-01', 3],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ])('quarterOf(%s) = %i', (d, q) => {
    expect(quarterOf(d)).toBe(q);
  });

  it.each([
    [2026, 1, '2026-03-31'],
    [2026, 2, '2026-06-30'],
    [2026, 3, '2026-09-30'],
    [2026, 4, '2026-12-31'],
    [2024, 1, '2024-03-31'],
  ] as [number, Quarter, string][])('quarterEnd(%i, %i) = %s', (y, q, d) => {
    expect(quarterEnd(y, q)).toBe(d);
  });

  it.each([
    [1, true],
    [4, true],
    [0, false],
    [5, false],
    [2.5, false],
    ['1', false],
    [null, false],
  ])('isQuarter(%s) = %s', (q, ok) => {
    expect(isQuarter(q)).toBe(ok);
  });
});

describe('taskDueDate', () => {
  it.each([
    { name: 'own due date wins over the quarter', t: { year: 2026, quarter: 1 as Quarter, dueOn: '2026-02-15' }, due: '2026-02-15' },
    { name: 'quarter only → end of the quarter', t: { year: 2026, quarter: 2 as Quarter, dueOn: null }, due: '2026-06-30' },
    { name: 'quarter IV → 31/12', t: { year: 2026, quarter: 4 as Quarter }, due: '2026-12-31' },
    { name: 'neither ("trong năm") → end of the plan year', t: { year: 2026, quarter: null, dueOn: null }, due: '2026-12-31' },
  ])('$name', ({ t, due }) => {
    expect(taskDueDate(t)).toBe(due);
  });
});

describe('isOverdue', () => {
  it.each([
    { name: 'not started, past due', status: 'chua_thuc_hien', dueOn: '2026-03-31', today: '2026-04-01', overdue: true },
    { name: 'in progress, past due', status: 'dang_thuc_hien', dueOn: '2026-03-31', today: '2026-04-01', overdue: true },
    { name: 'paused, past due', status: 'tam_dung', dueOn: '2026-03-31', today: '2026-04-01', overdue: true },
    { name: 'done, past due', status: 'hoan_thanh', dueOn: '2026-03-31', today: '2026-04-01', overdue: false },
    { name: 'on the due day', status: 'dang_thuc_hien', dueOn: '2026-03-31', today: '2026-03-31', overdue: false },
    { name: 'before the due day', status: 'chua_thuc_hien', dueOn: '2026-03-31', today: '2026-01-10', overdue: false },
    { name: 'no due date', status: 'chua_thuc_hien', dueOn: null, today: '2030-01-01', overdue: false },
  ] as { name: string; status: TaskStatus; dueOn: string | null; today: string; overdue: boolean }[])('$name', ({ status, dueOn, today, overdue }) => {
    expect(isOverdue({ status, dueOn }, today)).toBe(overdue);
  });
});

describe('validateTaskDates', () => {
  it.each([
    { name: 'quarter and due date within the year', t: { quarter: 1, dueOn: '2026-03-15' }, errors: [] },
    { name: 'nothing set', t: {}, errors: [] },
    { name: 'empty due date is "not set"', t: { dueOn: '' }, errors: [] },
    { name: 'due date in the next year', t: { dueOn: '2027-01-15' }, errors: ['Hạn của nhiệm vụ phải nằm trong năm của kế hoạch (2026).'] },
    { name: 'due date in the previous year', t: { quarter: 4, dueOn: '2025-12-31' }, errors: ['Hạn của nhiệm vụ phải nằm trong năm của kế hoạch (2026).'] },
    { name: 'impossible due date', t: { dueOn: '2026-02-30' }, errors: ['Hạn của nhiệm vụ không phải là ngày hợp lệ: 2026-02-30.'] },
    { name: 'quarter 5', t: { quarter: 5 }, errors: ['Quý của nhiệm vụ phải là I, II, III hoặc IV (1–4).'] },
    { name: 'quarter 0', t: { quarter: 0 }, errors: ['Quý của nhiệm vụ phải là I, II, III hoặc IV (1–4).'] },
    {
      name: 'both wrong',
      t: { quarter: 7, dueOn: '2025-06-30' },
      errors: ['Quý của nhiệm vụ phải là I, II, III hoặc IV (1–4).', 'Hạn của nhiệm vụ phải nằm trong năm của kế hoạch (2026).'],
    },
  ])('$name', ({ t, errors }) => {
    expect(validateTaskDates(2026, t)).toEqual(errors);
  });
});

describe('cascadeStatus (a lower unit’s plan implementing the upper plan, due 15/3)', () => {
  const REQ = { dueOn: '2026-03-15' };
  it.each([
    { name: 'issued before the due date', plan: { status: 'issued', issuedOn: '2026-03-01' }, today: '2026-04-01', status: 'issued' },
    { name: 'issued on the due date', plan: { status: 'issued', issuedOn: '2026-03-15' }, today: '2026-03-15', status: 'issued' },
    { name: 'issued after the due date', plan: { status: 'issued', issuedOn: '2026-03-20' }, today: '2026-04-01', status: 'issued_late' },
    { name: 'issued, date not recorded', plan: { status: 'issued', issuedOn: null }, today: '2026-04-01', status: 'issued' },
    { name: 'draft, past due', plan: { status: 'draft', issuedOn: null }, today: '2026-03-16', status: 'late' },
    { name: 'no plan, past due', plan: null, today: '2026-03-16', status: 'late' },
    { name: 'draft within time', plan: { status: 'draft', issuedOn: null }, today: '2026-03-10', status: 'draft' },
    { name: 'draft on the due day', plan: { status: 'draft', issuedOn: null }, today: '2026-03-15', status: 'draft' },
    { name: 'no plan within time', plan: null, today: '2026-03-15', status: 'pending' },
  ] as { name: string; plan: { status: 'draft' | 'issued'; issuedOn: string | null } | null; today: string; status: CascadeStatus }[])('$name → $status', ({ plan, today, status }) => {
    expect(cascadeStatus(REQ, plan, today)).toBe(status);
  });
});

describe('registrationOpen (đăng ký thi đua)', () => {
  it.each([
    { deadline: '2026-03-31', today: '2026-03-30', open: true },
    { deadline: '2026-03-31', today: '2026-03-31', open: true },
    { deadline: '2026-03-31', today: '2026-04-01', open: false },
    { deadline: null, today: '2030-01-01', open: true },
  ])('deadline $deadline, today $today → $open', ({ deadline, today, open }) => {
    expect(registrationOpen(deadline, today)).toBe(open);
  });
});
