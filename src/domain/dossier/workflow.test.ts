import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEADLINE_STEPS,
  DEFAULT_DEADLINE_DAYS,
  DOSSIER_ACTIONS,
  DOSSIER_STATES,
  DOSSIER_STATE_NAMES,
  FINAL_STATES,
  TRANSITIONS,
  actionsFrom,
  checkTransition,
  isDossierAction,
  isEditable,
  isOpen,
  transitionRule,
  type DossierAction,
  type DossierState,
  type Side,
} from './workflow.js';

/**
 * The expected machine, written out by hand (not derived from TRANSITIONS) so that a change to the
 * data has to be made in two places on purpose.
 */
interface Expected {
  action: DossierAction;
  name: string;
  from: readonly DossierState[];
  to: DossierState;
  side: Side;
  reason: boolean;
}
const EXPECTED: readonly Expected[] = [
  { action: 'submit', name: 'Gửi hồ sơ', from: ['draft', 'returned'], to: 'submitted', side: 'proposer', reason: false },
  { action: 'withdraw', name: 'Rút hồ sơ', from: ['submitted'], to: 'draft', side: 'proposer', reason: true },
  { action: 'receive', name: 'Tiếp nhận', from: ['submitted'], to: 'received', side: 'appraiser', reason: false },
  { action: 'start_appraisal', name: 'Bắt đầu thẩm định', from: ['received'], to: 'appraising', side: 'appraiser', reason: false },
  { action: 'return', name: 'Trả lại để bổ sung', from: ['received', 'appraising', 'consultation'], to: 'returned', side: 'appraiser', reason: true },
  { action: 'reject', name: 'Không chấp nhận', from: ['received', 'appraising', 'consultation'], to: 'rejected', side: 'appraiser', reason: true },
  { action: 'open_consultation', name: 'Lấy ý kiến công khai', from: ['appraising'], to: 'consultation', side: 'appraiser', reason: false },
  { action: 'to_council', name: 'Trình Hội đồng', from: ['consultation'], to: 'council', side: 'appraiser', reason: false },
  { action: 'decide', name: 'Quyết định khen thưởng', from: ['council'], to: 'decided', side: 'leader', reason: false },
  { action: 'forward', name: 'Trình cấp trên', from: ['appraising', 'council'], to: 'forwarded', side: 'appraiser', reason: false },
  { action: 'close', name: 'Kết thúc hồ sơ', from: ['decided', 'forwarded', 'rejected'], to: 'closed', side: 'appraiser', reason: false },
];
const EXPECTED_BY_ACTION = new Map(EXPECTED.map((e) => [e.action, e]));

const VI: Record<DossierState, string> = {
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

const REASON = 'Thiếu báo cáo thành tích của ông Nguyễn Văn A';

/** One row per (state, action) pair: 11 × 11. */
const MATRIX = DOSSIER_STATES.flatMap((state) =>
  DOSSIER_ACTIONS.map((action) => {
    const e = EXPECTED_BY_ACTION.get(action)!;
    return { state, action, allowed: e.from.includes(state), to: e.to, side: e.side, reason: e.reason, name: e.name, from: e.from };
  }),
);

describe('dossier workflow — the data', () => {
  it('lists the eleven states and eleven actions, every action has exactly one rule', () => {
    expect([...DOSSIER_STATES]).toEqual(['draft', 'submitted', 'received', 'appraising', 'returned', 'consultation', 'council', 'decided', 'forwarded', 'rejected', 'closed']);
    expect([...DOSSIER_ACTIONS].sort()).toEqual(EXPECTED.map((e) => e.action).sort());
    expect(TRANSITIONS.map((t) => t.action).sort()).toEqual([...DOSSIER_ACTIONS].sort());
  });

  it.each(DOSSIER_STATES.map((s) => ({ s, vi: VI[s] })))('state $s is called "$vi"', ({ s, vi }) => {
    expect(DOSSIER_STATE_NAMES[s]).toBe(vi);
  });

  it.each(EXPECTED)('rule $action ($name): from [$from] to $to, side $side, reason $reason', (e) => {
    expect(transitionRule(e.action)).toMatchObject({ action: e.action, name: e.name, from: e.from, to: e.to, side: e.side, reason: e.reason });
  });

  it.each([
    { a: 'submit', ok: true },
    { a: 'close', ok: true },
    { a: 'approve', ok: false },
    { a: '', ok: false },
    { a: 'SUBMIT', ok: false },
  ])('isDossierAction($a) → $ok', ({ a, ok }) => {
    expect(isDossierAction(a)).toBe(ok);
  });

  it('an unknown action is refused with a Vietnamese message', () => {
    expect(checkTransition('draft', 'approve' as DossierAction)).toEqual({ ok: false, message: "Thao tác không hợp lệ: 'approve'." });
  });
});

describe('checkTransition — every (state, action) pair', () => {
  it.each(MATRIX.filter((r) => r.allowed))('$state --$action--> $to (side $side)', (r) => {
    const res = checkTransition(r.state, r.action, r.reason ? REASON : undefined);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.rule.action).toBe(r.action);
    expect(res.rule.to).toBe(r.to);
    expect(res.rule.side).toBe(r.side);
    expect(res.rule.reason).toBe(r.reason);
  });

  it.each(MATRIX.filter((r) => !r.allowed))('$state --$action--> refused, naming the current state', (r) => {
    // refused whatever the reason: a reason never opens a transition the state does not allow
    for (const reason of [undefined, null, '', REASON]) {
      const res = checkTransition(r.state, r.action, reason);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.message).toBe(
        `Không thể "${r.name}" khi hồ sơ đang ở trạng thái "${VI[r.state]}" (chỉ được khi: ${r.from.map((s) => VI[s]).join(', ')}).`,
      );
    }
  });

  it('the matrix has 121 rows, 19 of them allowed', () => {
    expect(MATRIX).toHaveLength(121);
    expect(MATRIX.filter((r) => r.allowed)).toHaveLength(19);
  });
});

describe('checkTransition — a written reason for return, reject and withdraw', () => {
  const needReason = MATRIX.filter((r) => r.allowed && r.reason);
  const blanks = [
    { label: 'no reason (undefined)', reason: undefined },
    { label: 'null', reason: null },
    { label: 'empty string', reason: '' },
    { label: 'spaces', reason: '   ' },
    { label: 'tab and newline', reason: '\t\n ' },
    { label: 'non-breaking and ideographic spaces', reason: '\u00a0\u3000' },
  ];
  const rows = needReason.flatMap((r) => blanks.map((b) => ({ ...r, ...b })));

  it('exactly withdraw, return and reject need a reason', () => {
    expect(TRANSITIONS.filter((t) => t.reason).map((t) => t.action).sort()).toEqual(['reject', 'return', 'withdraw']);
  });

  it.each(rows)('$state --$action--> with $label: refused, asks for a reason', (r) => {
    expect(checkTransition(r.state, r.action, r.reason)).toEqual({ ok: false, message: `Cần ghi lý do khi "${r.name}" (trường reason).` });
  });

  it.each(needReason)('$state --$action--> with a reason: allowed', (r) => {
    expect(checkTransition(r.state, r.action, '  ' + REASON + '  ').ok).toBe(true);
  });

  it.each(MATRIX.filter((r) => r.allowed && !r.reason))('$state --$action--> needs no reason (a reason given is accepted too)', (r) => {
    expect(checkTransition(r.state, r.action).ok).toBe(true);
    expect(checkTransition(r.state, r.action, null).ok).toBe(true);
    expect(checkTransition(r.state, r.action, '   ').ok).toBe(true);
    expect(checkTransition(r.state, r.action, REASON).ok).toBe(true);
  });
});

describe('actionsFrom', () => {
  const rows: { state: DossierState; actions: DossierAction[] }[] = [
    { state: 'draft', actions: ['submit'] },
    { state: 'submitted', actions: ['withdraw', 'receive'] },
    { state: 'received', actions: ['start_appraisal', 'return', 'reject'] },
    { state: 'appraising', actions: ['return', 'reject', 'open_consultation', 'forward'] },
    { state: 'returned', actions: ['submit'] },
    { state: 'consultation', actions: ['return', 'reject', 'to_council'] },
    { state: 'council', actions: ['decide', 'forward'] },
    { state: 'decided', actions: ['close'] },
    { state: 'forwarded', actions: ['close'] },
    { state: 'rejected', actions: ['close'] },
    { state: 'closed', actions: [] },
  ];
  it.each(rows)('$state → [$actions]', ({ state, actions }) => {
    expect(actionsFrom(state).map((t) => t.action)).toEqual(actions);
  });
  it.each(DOSSIER_STATES)('%s: every action offered passes checkTransition (with a reason)', (state) => {
    for (const t of actionsFrom(state)) expect(checkTransition(state, t.action, REASON).ok).toBe(true);
  });
});

describe('isEditable and isOpen', () => {
  const rows: { state: DossierState; editable: boolean; open: boolean }[] = [
    { state: 'draft', editable: true, open: true },
    { state: 'submitted', editable: false, open: true },
    { state: 'received', editable: false, open: true },
    { state: 'appraising', editable: false, open: true },
    { state: 'returned', editable: true, open: true },
    { state: 'consultation', editable: false, open: true },
    { state: 'council', editable: false, open: true },
    { state: 'decided', editable: false, open: true },
    { state: 'forwarded', editable: false, open: true },
    { state: 'rejected', editable: false, open: false },
    { state: 'closed', editable: false, open: false },
  ];
  it('covers every state', () => {
    expect(rows.map((r) => r.state)).toEqual([...DOSSIER_STATES]);
  });
  it.each(rows)('$state: editable $editable, open $open', ({ state, editable, open }) => {
    expect(isEditable(state)).toBe(editable);
    expect(isOpen(state)).toBe(open);
  });
  it('the final states are closed and rejected', () => {
    expect([...FINAL_STATES].sort()).toEqual(['closed', 'rejected']);
  });
});

describe('deadlines', () => {
  it('QĐ 638/QĐ-BNV 2025 (legal-rules §7.4) — appraisal: 20 working days by default', () => {
    expect(DEFAULT_DEADLINE_DAYS.appraise).toBe(20);
  });
  it.each([
    { step: 'receive', days: 5 },
    { step: 'appraise', days: 20 },
    { step: 'resubmit', days: 10 },
    { step: 'decide', days: 10 },
  ] as const)('default for $step: $days working days', ({ step, days }) => {
    expect(DEFAULT_DEADLINE_DAYS[step]).toBe(days);
  });
  it('every deadline step has a positive integer default', () => {
    for (const s of DEADLINE_STEPS) expect(Number.isInteger(DEFAULT_DEADLINE_DAYS[s]) && DEFAULT_DEADLINE_DAYS[s] > 0).toBe(true);
  });
  it.each([
    { action: 'submit', step: 'receive' },
    { action: 'receive', step: 'appraise' },
    { action: 'return', step: 'resubmit' },
    { action: 'withdraw', step: null },
    { action: 'start_appraisal', step: null },
    { action: 'reject', step: null },
    { action: 'open_consultation', step: null },
    { action: 'to_council', step: 'decide' },
    { action: 'decide', step: null },
    { action: 'forward', step: null },
    { action: 'close', step: null },
  ] as const)('$action starts the deadline step $step', ({ action, step }) => {
    expect(transitionRule(action).deadlineStep).toBe(step);
  });
  it('the appraisal deadline (QĐ 638/QĐ-BNV 2025) starts on receipt of the dossier and runs on through the appraisal', () => {
    expect(transitionRule('receive')).toMatchObject({ to: 'received', deadlineStep: 'appraise' });
    expect(transitionRule('start_appraisal')).toMatchObject({ to: 'appraising', deadlineStep: null, keepsDeadline: true });
  });
  it('every deadline step is started by some action', () => {
    expect(DEADLINE_STEPS.filter((s) => !TRANSITIONS.some((t) => t.deadlineStep === s))).toEqual([]);
  });
});

describe('graph properties', () => {
  const successors = (s: DossierState) => actionsFrom(s).map((t) => t.to);

  it.each(DOSSIER_STATES.filter((s) => s !== 'closed'))('%s has a way forward', (state) => {
    expect(actionsFrom(state).length).toBeGreaterThan(0);
  });

  it('closed has no way out', () => {
    expect(actionsFrom('closed')).toEqual([]);
  });

  const reachable = (start: DossierState) => {
    const seen = new Set<DossierState>([start]);
    const queue: DossierState[] = [start];
    while (queue.length) {
      for (const n of successors(queue.shift()!)) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    return seen;
  };

  it.each(DOSSIER_STATES)('%s is reachable from draft', (target) => {
    expect(reachable('draft').has(target)).toBe(true);
  });

  it.each(DOSSIER_STATES)('closed is reachable from %s (no dead end)', (start) => {
    expect(reachable(start).has('closed')).toBe(true);
  });

  it('random action sequences from draft: only known states, nothing leaves closed, rejected only to closed', () => {
    const step = fc.record({ action: fc.constantFrom(...DOSSIER_ACTIONS), reason: fc.option(fc.oneof(fc.constant('   '), fc.string()), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let state: DossierState = 'draft';
        for (const { action, reason } of steps) {
          const res = checkTransition(state, action, reason);
          if (!res.ok) continue;
          const next = res.rule.to;
          expect(DOSSIER_STATES).toContain(next);
          expect(state).not.toBe('closed');
          if (state === 'rejected') expect([action, next]).toEqual(['close', 'closed']);
          if (res.rule.reason) expect((reason ?? '').trim()).not.toBe('');
          state = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('random walks choosing only accepted actions: stuck only in closed, and once final, only rejected→closed follows', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 80 }), (choices) => {
        let state: DossierState = 'draft';
        const visited: DossierState[] = [state];
        for (const c of choices) {
          const options = DOSSIER_ACTIONS.filter((a) => checkTransition(state, a, REASON).ok);
          if (!options.length) {
            expect(state).toBe('closed');
            break;
          }
          state = (checkTransition(state, options[c % options.length], REASON) as { ok: true; rule: { to: DossierState } }).rule.to;
          visited.push(state);
        }
        for (const s of visited) expect(DOSSIER_STATES).toContain(s);
        const firstFinal = visited.findIndex((s) => s === 'closed' || s === 'rejected');
        if (firstFinal >= 0) expect(visited.slice(firstFinal).every((s) => s === 'rejected' || s === 'closed')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
