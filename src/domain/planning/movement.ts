/**
 * Emulation movements (phong trào thi đua): the classification the MoHA statistics form 0601.N
 * (TT 02/2023/TT-BNV) counts movements by — scope, duration band, method and launching level — and
 * the rules a launching document sets for the awards of the movement (forms offered, quotas, the
 * dossier deadline, extra documents), checked against a proposal dossier. Pure: the server gathers
 * the facts.
 */
import { isAwardCode, MOVEMENT_KINDS, type MovementKind } from '../codes.js';
import { awardName } from '../catalog/names.js';
import { civilFromDays, docDate, parseDay, type IsoDate } from '../dates.js';
import type { CheckItem } from '../dossier/checks.js';
import { invalid } from '../errors.js';

/**
 * How a movement is organised (codes.md "Movement kinds"; legal-rules.md §4):
 * ['thuong_xuyen', 'theo_dot', 'chuyen_de'], defined once in codes.ts (the eligibility schema uses it
 * too) and re-exported here.
 */
export { MOVEMENT_KINDS, type MovementKind };
export const MOVEMENT_KIND_NAMES: Record<MovementKind, string> = {
  thuong_xuyen: 'Thường xuyên (hằng năm)',
  theo_dot: 'Theo đợt',
  chuyen_de: 'Chuyên đề',
};

/** Scope of a movement: the 0601.N rows "phân theo phạm vi" (legal-rules.md §10). */
export const MOVEMENT_SCOPES = ['toan_quoc', 'bo_nganh_dia_phuong', 'cum_khoi', 'co_quan_don_vi'] as const;
export type MovementScope = (typeof MOVEMENT_SCOPES)[number];
export const MOVEMENT_SCOPE_NAMES: Record<MovementScope, string> = {
  toan_quoc: 'Toàn quốc',
  bo_nganh_dia_phuong: 'Bộ, ngành, địa phương',
  cum_khoi: 'Cụm, khối thi đua',
  co_quan_don_vi: 'Cơ quan, đơn vị',
};

/** Who launched the movement: the 0601.N columns (legal-rules.md §10). */
export const LAUNCH_LEVELS = ['trung_uong', 'bo_tinh', 'co_quan_don_vi'] as const;
export type LaunchLevel = (typeof LAUNCH_LEVELS)[number];
export const LAUNCH_LEVEL_NAMES: Record<LaunchLevel, string> = {
  trung_uong: 'Trung ương',
  bo_tinh: 'Bộ, ban, ngành, tỉnh',
  co_quan_don_vi: 'Cơ quan, đơn vị',
};

/** Duration bands of the 0601.N rows "phân theo thời gian" (legal-rules.md §4, §10). */
export const DURATION_BANDS = ['duoi_1_nam', '1_nam', '1_3_nam', '3_5_nam', 'tu_5_nam'] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];
export const DURATION_BAND_NAMES: Record<DurationBand, string> = {
  duoi_1_nam: 'Dưới 1 năm',
  '1_nam': '1 năm',
  '1_3_nam': 'Trên 1 năm đến dưới 3 năm',
  '3_5_nam': 'Từ 3 năm đến dưới 5 năm',
  tu_5_nam: 'Từ 5 năm trở lên',
};

/** Milestones of a movement. */
export const MILESTONE_KINDS = ['phat_dong', 'so_ket', 'tong_ket'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MILESTONE_KIND_NAMES: Record<MilestoneKind, string> = {
  phat_dong: 'Phát động',
  so_ket: 'Sơ kết',
  tong_ket: 'Tổng kết',
};

/**
 * Where a milestone may fall. The launch (phát động) lies within the movement's period; a sơ kết or
 * tổng kết reviews what happened, so it is held after the launch and may come after the period's
 * end (a year's movement is commonly reviewed the following month). None may precede the start.
 * Returns the problem in Vietnamese, or null.
 */
export function milestoneProblem(m: { kind: MilestoneKind; date: IsoDate }, period: { startsOn: IsoDate; endsOn: IsoDate }): string | null {
  const name = `Mốc ${MILESTONE_KIND_NAMES[m.kind]} (${docDate(m.date)})`;
  if (m.date < period.startsOn) return `${name} trước ngày bắt đầu phong trào (${docDate(period.startsOn)}).`;
  if (m.kind === 'phat_dong' && m.date > period.endsOn) return `${name} sau ngày kết thúc phong trào (${docDate(period.endsOn)}).`;
  return null;
}

/** Method of the 0601.N rows "Thi đua theo chuyên đề" / "Thi đua thường xuyên hàng năm". */
export const STATISTICS_METHODS = ['chuyen_de', 'thuong_xuyen'] as const;
export type StatisticsMethod = (typeof STATISTICS_METHODS)[number];
export const STATISTICS_METHOD_NAMES: Record<StatisticsMethod, string> = {
  chuyen_de: 'Thi đua theo chuyên đề',
  thuong_xuyen: 'Thi đua thường xuyên hằng năm',
};

/**
 * Whole calendar months from `startsOn` to `endsOn`, counting the end date as included: the count
 * runs to the day after `endsOn`, and a trailing part of a month is dropped. 2026-01-01..2026-12-31
 * is 12 months; 2021-01-01..2025-12-31 is 60; 2026-03-15..2027-03-14 is 12; 2026-01-01..2026-12-30
 * is 11. Throws a DomainError when a date is invalid or the movement ends before it starts.
 */
export function movementMonths(startsOn: IsoDate, endsOn: IsoDate): number {
  const s = parseDay(startsOn);
  const e = parseDay(endsOn);
  if (Number.isNaN(s)) throw invalid(`Ngày bắt đầu phong trào không hợp lệ: ${startsOn}`, 'startsOn');
  if (Number.isNaN(e)) throw invalid(`Ngày kết thúc phong trào không hợp lệ: ${endsOn}`, 'endsOn');
  if (e < s) throw invalid('Ngày kết thúc phong trào phải sau ngày bắt đầu.', 'endsOn');
  const [sy, sm, sd] = civilFromDays(s);
  const [ey, em, ed] = civilFromDays(e + 1);
  return (ey - sy) * 12 + (em - sm) - (ed < sd ? 1 : 0);
}

/**
 * The 0601.N duration band of a movement (TT 02/2023/TT-BNV, form 0601.N: dưới 1 năm, 1 năm, trên 1
 * đến dưới 3 năm, từ 3 đến dưới 5 năm, từ 5 năm trở lên).
 *
 * The form does not say how to measure; we decide by whole months with the end date included
 * (see `movementMonths`): < 12 → dưới 1 năm; exactly 12 → 1 năm; 13–35 → trên 1 đến dưới 3 năm;
 * 36–59 → từ 3 đến dưới 5 năm; ≥ 60 → từ 5 năm trở lên. So a calendar-year movement (1/1–31/12) is
 * "1 năm" and a five-year movement 2021-01-01..2025-12-31 (60 months) is "từ 5 năm trở lên". A
 * trailing part month is ignored: 12 months and some days is still "1 năm", while a movement one day
 * short of a year is "dưới 1 năm".
 */
export function durationBand(startsOn: IsoDate, endsOn: IsoDate): DurationBand {
  const m = movementMonths(startsOn, endsOn);
  if (m < 12) return 'duoi_1_nam';
  if (m === 12) return '1_nam';
  if (m < 36) return '1_3_nam';
  if (m < 60) return '3_5_nam';
  return 'tu_5_nam';
}

/** 0601.N method row of a movement kind: only an annual movement is "thường xuyên"; by-phase and thematic ones are "chuyên đề". */
export function statisticsMethod(kind: MovementKind): StatisticsMethod {
  return kind === 'thuong_xuyen' ? 'thuong_xuyen' : 'chuyen_de';
}

// ---------------------------------------------------------------------------------------------
// Rules of a movement's awards

export interface MovementQuota {
  /** null: applies to each participating unit separately; otherwise one shared quota for that group of units */
  unitIds: number[] | null;
  maxIndividuals?: number | null;
  maxCollectives?: number | null;
  /** "trường hợp tập thể hoặc cá nhân": every nominee, households included */
  maxTotal?: number | null;
}

export interface MovementRules {
  /** award codes offered; empty = any */
  forms: string[];
  quotas: MovementQuota[];
  /** last day to submit a dossier (ISO date); null: no deadline */
  dossierDeadline: string | null;
  /** documents the movement requires on top of the statutory dossier */
  requiredDocs: { id: string; name: string }[];
}

export type NomineeSubject = 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';

export interface MovementDossierFacts {
  proposingUnitId: number;
  /** the date the dossier was (or would now be) submitted */
  submittedOn: string;
  nominees: { subject: NomineeSubject; award: string; name: string }[];
  /** nominees of the same movement already in OTHER open or decided dossiers, with their proposing unit */
  others: { unitId: number; subject: NomineeSubject }[];
  attachedDocIds: string[];
  movementName: string;
}

/** A count as official documents write it: two digits at least ("05", "12", "120"). */
export function twoDigits(n: number): string {
  return n >= 0 && n < 10 ? '0' + n : String(n);
}

const has = (n: number | null | undefined): n is number => n != null;

/**
 * A quota in Vietnamese: "không quá 05 cá nhân", "không quá 01 tập thể và 03 cá nhân", "không quá 02
 * trường hợp tập thể hoặc cá nhân"; a total with a sub-limit: "không quá 05 trường hợp tập thể hoặc
 * cá nhân, trong đó không quá 03 cá nhân".
 */
export function quotaText(q: Pick<MovementQuota, 'maxIndividuals' | 'maxCollectives' | 'maxTotal'>): string {
  const parts: string[] = [];
  if (has(q.maxCollectives)) parts.push(`${twoDigits(q.maxCollectives)} tập thể`);
  if (has(q.maxIndividuals)) parts.push(`${twoDigits(q.maxIndividuals)} cá nhân`);
  const split = parts.length ? `không quá ${parts.join(' và ')}` : '';
  if (has(q.maxTotal)) {
    const total = `không quá ${twoDigits(q.maxTotal)} trường hợp tập thể hoặc cá nhân`;
    return split ? `${total}, trong đó ${split}` : total;
  }
  return split || 'không giới hạn số lượng';
}

interface Counts {
  individuals: number;
  collectives: number;
  total: number;
}

function countOf(subjects: readonly NomineeSubject[]): Counts {
  const c: Counts = { individuals: 0, collectives: 0, total: subjects.length };
  for (const s of subjects) {
    if (s === 'ca_nhan') c.individuals++;
    else if (s === 'tap_the') c.collectives++;
    // a household (ho_gia_dinh) counts toward the total only
  }
  return c;
}

/** dd/mm/yyyy as in official documents. */
const dmy = docDate;

function ruleRef(movementName: string, what: string): string {
  return `Kế hoạch/phát động phong trào «${movementName}»: ${what}`;
}

function quotaItem(q: MovementQuota, f: MovementDossierFacts): CheckItem | null {
  const limits: { key: keyof Counts; max: number; noun: string }[] = [];
  if (has(q.maxCollectives)) limits.push({ key: 'collectives', max: q.maxCollectives, noun: 'tập thể' });
  if (has(q.maxIndividuals)) limits.push({ key: 'individuals', max: q.maxIndividuals, noun: 'cá nhân' });
  if (has(q.maxTotal)) limits.push({ key: 'total', max: q.maxTotal, noun: 'trường hợp' });
  if (!limits.length) return null;
  const group = q.unitIds;
  const inScope = (unitId: number) => (group ? group.includes(unitId) : unitId === f.proposingUnitId);
  const counts = countOf([...f.nominees.map((n) => n.subject), ...f.others.filter((o) => inScope(o.unitId)).map((o) => o.subject)]);
  const ok = limits.every((l) => counts[l.key] <= l.max);
  const proposed = limits.length === 1 ? twoDigits(counts[limits[0].key]) : limits.map((l) => `${twoDigits(counts[l.key])} ${l.noun}`).join(' và ');
  const who = group ? 'các đơn vị trong nhóm' : 'đơn vị';
  const head = ok ? 'Trong chỉ tiêu khen thưởng' : 'Vượt chỉ tiêu khen thưởng';
  return {
    id: 'movement:quota',
    ok,
    severity: ok ? 'info' : 'error',
    text: `${head} của phong trào «${f.movementName}»: ${quotaText(q)}, ${who} đã đề nghị ${proposed}`,
    ref: ruleRef(f.movementName, 'chỉ tiêu khen thưởng'),
  };
}

const awardLabel = (code: string) => (isAwardCode(code) ? awardName(code) : code);

/**
 * A proposal dossier against the rules of the movement it belongs to. Items, in order:
 * - 'movement:quota', one per quota that applies to the proposing unit (its own group quota, or a
 *   per-unit quota): this dossier's nominees plus the unit's (or group's) nominees in other dossiers;
 * - 'movement:deadline' when the movement has a deadline;
 * - 'movement:form', one error per award not offered by the movement (naming its nominees), or one
 *   info item when every award is offered; none when the movement accepts any form;
 * - 'movement:doc:<id>', one per document the movement requires.
 */
export function checkMovementDossier(rules: MovementRules, facts: MovementDossierFacts): CheckItem[] {
  const items: CheckItem[] = [];
  const name = facts.movementName;
  // quotas
  for (const q of rules.quotas) {
    if (q.unitIds && !q.unitIds.includes(facts.proposingUnitId)) continue;
    const item = quotaItem(q, facts);
    if (item) items.push(item);
  }
  // deadline
  if (rules.dossierDeadline) {
    const ok = facts.submittedOn <= rules.dossierDeadline;
    const dates = `(hạn ${dmy(rules.dossierDeadline)}, gửi ${dmy(facts.submittedOn)})`;
    items.push({
      id: 'movement:deadline',
      ok,
      severity: ok ? 'info' : 'error',
      text: ok ? `Hồ sơ gửi trong hạn của phong trào ${dates}` : `Hồ sơ gửi sau hạn của phong trào ${dates}`,
      ref: ruleRef(name, 'thời hạn gửi hồ sơ'),
    });
  }
  // forms
  if (rules.forms.length) {
    const offered = new Set(rules.forms);
    const outside = new Map<string, string[]>();
    for (const n of facts.nominees) {
      if (offered.has(n.award)) continue;
      const names = outside.get(n.award) ?? [];
      names.push(n.name);
      outside.set(n.award, names);
    }
    const ref = ruleRef(name, 'hình thức khen thưởng');
    if (outside.size) {
      for (const [award, names] of outside) {
        items.push({
          id: 'movement:form',
          ok: false,
          severity: 'error',
          text: `Hình thức ${awardLabel(award)} không thuộc các hình thức khen thưởng của phong trào «${name}»: ${names.join('; ')}`,
          ref,
        });
      }
    } else if (facts.nominees.length) {
      items.push({ id: 'movement:form', ok: true, severity: 'info', text: `Hình thức khen thưởng đúng với phong trào «${name}»`, ref });
    }
  }
  // documents
  const attached = new Set(facts.attachedDocIds);
  for (const d of rules.requiredDocs) {
    const ok = attached.has(d.id);
    items.push({
      id: `movement:doc:${d.id}`,
      ok,
      severity: ok ? 'info' : 'error',
      text: ok ? `Đã có tài liệu theo yêu cầu của phong trào: ${d.name}` : `Thiếu tài liệu theo yêu cầu của phong trào: ${d.name}`,
      ref: ruleRef(name, 'thành phần hồ sơ'),
    });
  }
  return items;
}
