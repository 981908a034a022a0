/**
 * Tasks of a TĐKT plan (nhiệm vụ: "Quý I: phát động phong trào …"), their due dates and progress,
 * and the cascade of plans: a lower unit must issue its own plan implementing the upper one by a
 * due date ("các xã xây dựng kế hoạch trước ngày 15/3"). Dates are ISO 'YYYY-MM-DD' strings.
 */
import { daysInMonth, isValidIsoDate, yearOf, type IsoDate } from '../dates.js';
import type { Quarter } from './plan.js';

export const TASK_STATUSES = ['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_NAMES: Record<TaskStatus, string> = {
  chua_thuc_hien: 'Chưa thực hiện',
  dang_thuc_hien: 'Đang thực hiện',
  hoan_thanh: 'Hoàn thành',
  tam_dung: 'Tạm dừng',
};

export function isQuarter(q: unknown): q is Quarter {
  return q === 1 || q === 2 || q === 3 || q === 4;
}

/** Quarter (1–4) of an ISO date. */
export function quarterOf(date: IsoDate): Quarter {
  return Math.ceil(Number(date.slice(5, 7)) / 3) as Quarter;
}

/** Last day of a quarter: quarterEnd(2026, 1) = '2026-03-31'. */
export function quarterEnd(year: number, q: Quarter): IsoDate {
  const m = q * 3;
  return `${String(year).padStart(4, '0')}-${m < 10 ? '0' + m : m}-${daysInMonth(year, m)}`;
}

/**
 * Due date of a task: its own date when set, else the end of its quarter, else — a task "trong năm"
 * with neither — the last day of the plan's year.
 */
export function taskDueDate(t: { quarter?: Quarter | null; dueOn?: IsoDate | null; year: number }): IsoDate {
  if (t.dueOn) return t.dueOn;
  if (t.quarter) return quarterEnd(t.year, t.quarter);
  return `${String(t.year).padStart(4, '0')}-12-31`;
}

/** Not completed and past its due date (a paused task still counts as overdue). */
export function isOverdue(task: { status: TaskStatus; dueOn: IsoDate | null }, today: IsoDate): boolean {
  return task.status !== 'hoan_thanh' && task.dueOn != null && today > task.dueOn;
}

/** Vietnamese messages for a task's quarter and due date as entered in a plan of `planYear`; empty when fine. */
export function validateTaskDates(planYear: number, t: { quarter?: number | null; dueOn?: string | null }): string[] {
  const errors: string[] = [];
  if (t.quarter != null && !isQuarter(t.quarter)) errors.push('Quý của nhiệm vụ phải là I, II, III hoặc IV (1–4).');
  if (t.dueOn != null && t.dueOn !== '') {
    if (!isValidIsoDate(t.dueOn)) errors.push(`Hạn của nhiệm vụ không phải là ngày hợp lệ: ${t.dueOn}.`);
    else if (yearOf(t.dueOn) !== planYear) errors.push(`Hạn của nhiệm vụ phải nằm trong năm của kế hoạch (${planYear}).`);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Cascade of plans

export const CASCADE_STATUSES = ['issued', 'issued_late', 'draft', 'late', 'pending'] as const;
export type CascadeStatus = (typeof CASCADE_STATUSES)[number];
export const CASCADE_STATUS_NAMES: Record<CascadeStatus, string> = {
  issued: 'Đã ban hành',
  issued_late: 'Ban hành trễ hạn',
  draft: 'Đang soạn',
  late: 'Quá hạn',
  pending: 'Chưa đến hạn',
};

/**
 * Where a lower unit stands on a plan the upper unit requires by `req.dueOn`:
 * issued on or before the due date → 'issued' (also when the issue date is not recorded); issued
 * after it → 'issued_late'; not issued (no plan, or a draft) and today past the due date → 'late';
 * a draft within time → 'draft'; nothing yet within time → 'pending'.
 */
export function cascadeStatus(
  req: { dueOn: IsoDate },
  plan: { status: 'draft' | 'issued'; issuedOn: IsoDate | null } | null,
  today: IsoDate,
): CascadeStatus {
  if (plan?.status === 'issued') return plan.issuedOn != null && plan.issuedOn > req.dueOn ? 'issued_late' : 'issued';
  if (today > req.dueOn) return 'late';
  return plan ? 'draft' : 'pending';
}

/** Registration (đăng ký thi đua) is open until and including its deadline; always when there is none. */
export function registrationOpen(deadline: IsoDate | null, today: IsoDate): boolean {
  return deadline == null || today <= deadline;
}
