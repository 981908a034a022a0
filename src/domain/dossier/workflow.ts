/**
 * The life of a proposal dossier (hồ sơ đề nghị khen thưởng) as data: states, the actions that move
 * it, which side acts (the proposing unit, the receiving standing agency, its leader) and which
 * actions need a written reason. Pure: the server checks the actor's grants against `side` and the
 * unit of that side; every transition is stored as an event row (docs/workflow.md).
 */

export const DOSSIER_STATES = [
  'draft', // dự thảo: the proposing unit prepares it
  'submitted', // đã gửi: waiting for the receiving agency
  'received', // đã tiếp nhận
  'appraising', // đang thẩm định
  'returned', // trả lại để bổ sung (reasons per item); the unit fixes and resubmits
  'consultation', // lấy ý kiến công khai
  'council', // trình Hội đồng TĐKT
  'decided', // đã có quyết định khen thưởng
  'forwarded', // trình cấp trên (beyond local authority)
  'rejected', // không chấp nhận (with a reason)
  'closed', // kết thúc
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const DOSSIER_STATE_NAMES: Record<DossierState, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã gửi',
  received: 'Đã tiếp nhận',
  appraising: 'Đang thẩm định',
  returned: 'Trả lại bổ sung',
  consultation: 'Lấy ý kiến công khai',
  council: 'Trình Hội đồng',
  decided: 'Đã quyết định',
  forwarded: 'Đã trình cấp trên',
  rejected: 'Không chấp nhận',
  closed: 'Kết thúc',
};

/** Who acts: the proposing unit's officers, the receiving agency's TĐKT officers, or its leader. */
export type Side = 'proposer' | 'appraiser' | 'leader';

export const DOSSIER_ACTIONS = [
  'submit',
  'withdraw',
  'receive',
  'start_appraisal',
  'return',
  'reject',
  'open_consultation',
  'to_council',
  'decide',
  'forward',
  'close',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export interface TransitionRule {
  action: DossierAction;
  name: string;
  from: readonly DossierState[];
  to: DossierState;
  side: Side;
  /** a written reason is required (return, reject, withdraw) */
  reason: boolean;
  /** the step whose deadline starts with this transition (null: no deadline runs in `to`) */
  deadlineStep: DeadlineStep | null;
  /** the deadline already running goes on (starting the appraisal does not stop the appraisal clock) */
  keepsDeadline?: boolean;
}

/** Steps with a deadline in working days; the number of days is a tenant parameter. */
export const DEADLINE_STEPS = ['receive', 'appraise', 'resubmit', 'decide'] as const;
export type DeadlineStep = (typeof DEADLINE_STEPS)[number];

/**
 * Default working days per step. `appraise`: 20 working days from receipt of a complete dossier
 * (QĐ 638/QĐ-BNV 2025, commune level, CSTĐ cơ sở — legal-rules §7.4, CONFIRMED for that case; used
 * as the default elsewhere, PARTIAL). The others are tdkt defaults an admin changes.
 */
export const DEFAULT_DEADLINE_DAYS: Record<DeadlineStep, number> = { receive: 5, appraise: 20, resubmit: 10, decide: 10 };
export const DEADLINE_REFS: Record<DeadlineStep, string> = {
  receive: 'Mặc định của tdkt (quản trị thay đổi được)',
  appraise: 'QĐ 638/QĐ-BNV năm 2025 (20 ngày làm việc, cấp xã, CSTĐ cơ sở)',
  resubmit: 'Mặc định của tdkt (quản trị thay đổi được)',
  decide: 'Mặc định của tdkt (quản trị thay đổi được)',
};

export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'submit', name: 'Gửi hồ sơ', from: ['draft', 'returned'], to: 'submitted', side: 'proposer', reason: false, deadlineStep: 'receive' },
  { action: 'withdraw', name: 'Rút hồ sơ', from: ['submitted'], to: 'draft', side: 'proposer', reason: true, deadlineStep: null },
  { action: 'receive', name: 'Tiếp nhận', from: ['submitted'], to: 'received', side: 'appraiser', reason: false, deadlineStep: 'appraise' },
  { action: 'start_appraisal', name: 'Bắt đầu thẩm định', from: ['received'], to: 'appraising', side: 'appraiser', reason: false, deadlineStep: null, keepsDeadline: true },
  // a comment received during the consultation may show the dossier must be fixed or refused
  { action: 'return', name: 'Trả lại để bổ sung', from: ['received', 'appraising', 'consultation'], to: 'returned', side: 'appraiser', reason: true, deadlineStep: 'resubmit' },
  { action: 'reject', name: 'Không chấp nhận', from: ['received', 'appraising', 'consultation'], to: 'rejected', side: 'appraiser', reason: true, deadlineStep: null },
  // the consultation runs to its own end date (dossiers.consultation_until), not to a step deadline
  { action: 'open_consultation', name: 'Lấy ý kiến công khai', from: ['appraising'], to: 'consultation', side: 'appraiser', reason: false, deadlineStep: null },
  { action: 'to_council', name: 'Trình Hội đồng', from: ['consultation'], to: 'council', side: 'appraiser', reason: false, deadlineStep: 'decide' },
  { action: 'decide', name: 'Quyết định khen thưởng', from: ['council'], to: 'decided', side: 'leader', reason: false, deadlineStep: null },
  { action: 'forward', name: 'Trình cấp trên', from: ['appraising', 'council'], to: 'forwarded', side: 'appraiser', reason: false, deadlineStep: null },
  { action: 'close', name: 'Kết thúc hồ sơ', from: ['decided', 'forwarded', 'rejected'], to: 'closed', side: 'appraiser', reason: false, deadlineStep: null },
];

const BY_ACTION = new Map(TRANSITIONS.map((t) => [t.action, t]));

export function isDossierAction(a: string): a is DossierAction {
  return BY_ACTION.has(a as DossierAction);
}

export function transitionRule(action: DossierAction): TransitionRule {
  return BY_ACTION.get(action)!;
}

/** The actions possible from a state (whoever may take them). */
export function actionsFrom(state: DossierState): TransitionRule[] {
  return TRANSITIONS.filter((t) => t.from.includes(state));
}

/** Nominees and files can change only while the proposing unit holds the dossier. */
export function isEditable(state: DossierState): boolean {
  return state === 'draft' || state === 'returned';
}

/** End states: nothing about the dossier changes any more, except that a rejected one is closed. */
export const FINAL_STATES: readonly DossierState[] = ['closed', 'rejected'];

/** A dossier still in progress (duplicate checks look at these, drafts included). */
export function isOpen(state: DossierState): boolean {
  return !FINAL_STATES.includes(state);
}

export type TransitionCheck = { ok: true; rule: TransitionRule } | { ok: false; message: string };

/**
 * May `action` be taken from `state`, with this reason? Guards that need data (the consultation
 * window, checks) are the service's; this is the state machine alone.
 */
export function checkTransition(state: DossierState, action: DossierAction, reason?: string | null): TransitionCheck {
  const rule = BY_ACTION.get(action);
  if (!rule) return { ok: false, message: `Thao tác không hợp lệ: '${action}'.` };
  if (!rule.from.includes(state)) {
    const allowed = rule.from.map((s) => DOSSIER_STATE_NAMES[s]).join(', ');
    return {
      ok: false,
      message: `Không thể "${rule.name}" khi hồ sơ đang ở trạng thái "${DOSSIER_STATE_NAMES[state]}" (chỉ được khi: ${allowed}).`,
    };
  }
  if (rule.reason && !(reason ?? '').trim()) return { ok: false, message: `Cần ghi lý do khi "${rule.name}" (trường reason).` };
  return { ok: true, rule };
}
