/**
 * Automatic checks of a proposal dossier: for each nominee, eligibility (the engine's criteria),
 * duplicates and overlaps, the deciding authority and the documents required; for the dossier, the
 * documents and the composition figures the plans track. Pure: the server gathers the facts.
 *
 * A check never silently blocks: each item says what it found and why; an appraiser may override a
 * failing nominee with a written reason (audited by the server).
 */
import type { AuthorityResult } from '../authority/authority.js';
import type { EligibilityResult } from '../eligibility/engine.js';
import type { DossierItem } from '../params.js';

export type Severity = 'error' | 'warning' | 'info';

export interface CheckItem {
  /** stable id: 'eligibility', 'eligibility:<criterion>', 'duplicate_open', 'already_held', 'two_levels', 'authority', 'doc:<id>', … */
  id: string;
  /** true: passed; false: failed; null: needs a person's judgement or could not be decided */
  ok: boolean | null;
  severity: Severity;
  text: string;
  ref?: string;
}

export type CheckStatus = 'ok' | 'warning' | 'fail';

export interface OtherProposal {
  dossierId: number;
  dossierCode: string;
  award: string;
  awardName: string;
  /** the unit the other dossier is addressed to */
  receivingUnit: string;
}

export interface NomineeCheckInput {
  subjectName: string;
  awardName: string;
  year: number;
  /** the engine's verdict; null when the award has no encoded criteria */
  eligibility: EligibilityResult | null;
  /** a fact could not be loaded (e.g. a nominee typed by name, not from the registry) */
  eligibilityNote?: string;
  /** the same subject, award and year in another open dossier */
  sameAwardElsewhere: readonly OtherProposal[];
  /** the same subject and year proposed for another award in another open dossier (two levels) */
  otherAwardsElsewhere: readonly OtherProposal[];
  /** the register already holds this award for this subject and year */
  alreadyHeld: { decisionNo: string | null } | null;
  authority: Pick<AuthorityResult, 'allowed' | 'decider' | 'reason' | 'refs'>;
  /** documents required for this nominee and those attached (by checklist id) */
  requiredDocs: readonly DossierItem[];
  attachedDocs: ReadonlySet<string>;
}

const list = (xs: readonly OtherProposal[]) => xs.map((x) => `${x.dossierCode} (${x.awardName}, gửi ${x.receivingUnit})`).join('; ');

export function nomineeChecks(n: NomineeCheckInput): CheckItem[] {
  const items: CheckItem[] = [];
  // eligibility
  if (n.eligibility) {
    const e = n.eligibility;
    items.push({
      id: 'eligibility',
      ok: e.eligible,
      severity: e.eligible === false ? 'error' : e.eligible === null ? 'warning' : 'info',
      text:
        e.eligible === true
          ? `Đủ điều kiện ${n.awardName} năm ${n.year} (bộ quy định ${e.ruleset})`
          : e.eligible === false
            ? `Chưa đủ điều kiện ${n.awardName} năm ${n.year}: ${e.criteria.filter((c) => c.ok === false).map((c) => c.text).join('; ')}`
            : `Chưa đủ dữ liệu để kết luận điều kiện ${n.awardName}: ${e.criteria.filter((c) => c.ok === null).map((c) => c.text).join('; ')}`,
    });
    for (const c of e.criteria) {
      items.push({ id: `eligibility:${c.id}`, ok: c.ok, severity: c.ok === false ? 'error' : 'info', text: c.text, ref: c.ref });
    }
  } else {
    items.push({
      id: 'eligibility',
      ok: null,
      severity: 'warning',
      text: n.eligibilityNote ?? `${n.awardName}: tiêu chuẩn chưa được kiểm tra tự động; người thẩm định xem xét hồ sơ`,
    });
  }
  // duplicates and overlaps
  if (n.sameAwardElsewhere.length) {
    items.push({
      id: 'duplicate_open',
      ok: false,
      severity: 'error',
      text: `${n.subjectName} đã được đề nghị ${n.awardName} năm ${n.year} trong hồ sơ khác đang xử lý: ${list(n.sameAwardElsewhere)}`,
    });
  }
  if (n.alreadyHeld) {
    items.push({
      id: 'already_held',
      ok: false,
      severity: 'error',
      text: `${n.subjectName} đã được tặng ${n.awardName} năm ${n.year}${n.alreadyHeld.decisionNo ? ` (Quyết định số ${n.alreadyHeld.decisionNo})` : ''}`,
      ref: 'Điểm c khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022 (thành tích đến đâu khen thưởng đến đó)',
    });
  }
  if (n.otherAwardsElsewhere.length) {
    items.push({
      id: 'two_levels',
      ok: false,
      severity: 'warning',
      text: `Cùng thành tích năm ${n.year} của ${n.subjectName} đang được đề nghị ở hồ sơ khác: ${list(n.otherAwardsElsewhere)}`,
      ref: 'Điểm c khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022',
    });
  }
  // authority
  const a = n.authority;
  items.push({
    id: 'authority',
    ok: a.allowed,
    severity: a.allowed === true ? 'info' : 'warning',
    text: a.allowed === true ? a.reason : a.allowed === false ? `Cấp nhận hồ sơ không có thẩm quyền, cần trình cấp trên: ${a.reason}` : a.reason,
    ref: a.refs.join('; ') || undefined,
  });
  // documents
  for (const d of n.requiredDocs) {
    const ok = n.attachedDocs.has(d.id);
    items.push({ id: `doc:${d.id}`, ok, severity: ok ? 'info' : 'error', text: ok ? `Đã có: ${d.name}` : `Thiếu: ${d.name}`, ref: d.ref });
  }
  return items;
}

/** fail: an error item failed; warning: a warning item failed or is undecided; ok otherwise. */
export function statusOf(items: readonly CheckItem[]): CheckStatus {
  if (items.some((i) => i.severity === 'error' && i.ok === false)) return 'fail';
  if (items.some((i) => i.severity === 'warning' && i.ok !== true)) return 'warning';
  return 'ok';
}

export interface Composition {
  /** individual nominees */
  individuals: number;
  women: number;
  /** trực tiếp lao động sản xuất, công tác */
  directWorkers: number;
  /** leaders (cán bộ lãnh đạo, quản lý) */
  leaders: number;
  collectives: number;
  households: number;
}

export interface CompositionRules {
  /** minimum share of direct workers among individuals, in percent (e.g. 30 — "trên 30%" in a plan) */
  directWorkerMinPercent?: number | null;
}

/** Percent with one decimal, as text in Vietnamese notation ("33,3%"). */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const tenths = Math.round((part * 1000) / whole);
  return `${Math.floor(tenths / 10)}${tenths % 10 ? ',' + (tenths % 10) : ''}%`;
}

export function compositionChecks(c: Composition, rules: CompositionRules = {}): CheckItem[] {
  const items: CheckItem[] = [];
  if (c.individuals > 0) {
    items.push({
      id: 'composition:women',
      ok: true,
      severity: 'info',
      text: `Nữ: ${c.women}/${c.individuals} cá nhân (${percentText(c.women, c.individuals)})`,
    });
    const min = rules.directWorkerMinPercent;
    const share = `${c.directWorkers}/${c.individuals} cá nhân (${percentText(c.directWorkers, c.individuals)})`;
    if (min != null) {
      // "trên 30%": strictly more than the minimum
      const ok = c.directWorkers * 100 > min * c.individuals;
      items.push({
        id: 'composition:direct_workers',
        ok,
        severity: ok ? 'info' : 'warning',
        text: `Trực tiếp lao động sản xuất, công tác: ${share}; yêu cầu trên ${min}%`,
        ref: 'Kế hoạch thi đua, khen thưởng của địa phương (tham số)',
      });
    } else {
      items.push({ id: 'composition:direct_workers', ok: true, severity: 'info', text: `Trực tiếp lao động sản xuất, công tác: ${share}` });
    }
    items.push({ id: 'composition:leaders', ok: true, severity: 'info', text: `Cán bộ lãnh đạo, quản lý: ${c.leaders}/${c.individuals} cá nhân (${percentText(c.leaders, c.individuals)})` });
  }
  if (c.collectives > 0) items.push({ id: 'composition:collectives', ok: true, severity: 'info', text: `Tập thể: ${c.collectives}` });
  if (c.households > 0) items.push({ id: 'composition:households', ok: true, severity: 'info', text: `Hộ gia đình: ${c.households}` });
  return items;
}

/** Dossier-level documents (tờ trình, biên bản) against what is attached to the dossier itself. */
export function dossierDocChecks(required: readonly DossierItem[], attached: ReadonlySet<string>): CheckItem[] {
  return required.map((d) => {
    const ok = attached.has(d.id);
    return { id: `doc:${d.id}`, ok, severity: ok ? ('info' as const) : ('error' as const), text: ok ? `Đã có: ${d.name}` : `Thiếu: ${d.name}`, ref: d.ref };
  });
}

/** Which checklist items belong to the dossier as a whole, and which to each nominee. */
export const DOSSIER_LEVEL_DOCS: ReadonlySet<string> = new Set(['to_trinh', 'bien_ban']);
