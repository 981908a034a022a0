/**
 * The catalogue on a date: static data (data.ts) + the values of the ruleset in force (coefficients,
 * council vote, deciders) + tenant overrides and additions.
 */
import { LEVELS, isAwardCode, type AwardType, type Kind, type Level, type Subject } from '../codes.js';
import type { Confidence } from '../confidence.js';
import type { IsoDate } from '../dates.js';
import { invalid } from '../errors.js';
import type { DossierItem, RuleParams } from '../params.js';
import { authorityRows } from '../authority/authority.js';
import { baseSalaryAt } from '../rulesets/base-salary.js';
import { rulesetAt } from '../rulesets/registry.js';
import { coefficientOf, formatRatio, formatTenths, householdFactorOf, voteRuleOf } from '../rulesets/resolve.js';
import type { Ruleset } from '../rulesets/types.js';
import { CATALOG_DATA, type FormData, type PeriodCode, type TitleData } from './data.js';

export interface CoefficientView {
  /** Exact, in tenths (0,3 → 3); null when unconfirmed and not set by the tenant. */
  tenths: number | null;
  /** "0,3", "≤ 0,6"; null when unconfirmed. */
  text: string | null;
  upTo: boolean;
  confidence: Confidence;
  ref: string;
  /** Parameter to set when unconfirmed. */
  param?: string;
  /** Household amounts derived from the individual one. */
  derived?: { fromSubject: 'ca_nhan'; factorTenths: number | null; factorText: string | null };
}

export interface VoteView {
  required: boolean;
  /** "90%" of the total membership, or null (no vote / unconfirmed). */
  threshold: string | null;
  num: number | null;
  den: number | null;
  confidence: Confidence;
  ref: string;
  param?: string;
}

export interface DeciderView {
  level: Level;
  decider: string;
  refs: readonly string[];
  confidence: Confidence;
}

interface Resolved {
  coefficients: Partial<Record<Subject, CoefficientView>>;
  vote: VoteView;
  deciders: DeciderView[];
  dossier: readonly DossierItem[];
  tenant: boolean;
}

/** A resolved title: kind and code stay tied (TitleCode only). */
export type CatalogTitle = TitleData & Resolved;
/** A resolved award form (FormCode only). */
export type CatalogForm = FormData & Resolved;
/** A tenant's own title or form (Art. 32 "các danh hiệu thi đua khác"); its code never reuses a canonical one. */
export interface CatalogTenantEntry extends Resolved {
  kind: Kind;
  code: string;
  name: string;
  subjects: readonly Subject[];
  awardTypes: readonly AwardType[];
  period: PeriodCode;
  items: readonly string[];
  citations: readonly string[];
  notes?: readonly string[];
}
export type CatalogEntry = CatalogTitle | CatalogForm | CatalogTenantEntry;

export interface TenantEntryInput {
  kind: Kind;
  code: string;
  name: string;
  subjects: readonly Subject[];
  awardTypes?: readonly AwardType[];
  period?: PeriodCode;
  items?: readonly string[];
  citations?: readonly string[];
  coefficients?: Partial<Record<Subject, number>>;
  dossier?: readonly DossierItem[];
  deciders?: readonly { level: Level; decider: string }[];
}

export interface CatalogOverrides extends RuleParams {
  additions?: readonly TenantEntryInput[];
}

export interface Catalog {
  date: IsoDate;
  ruleset: { id: string; name: string; effectiveFrom: IsoDate; effectiveTo: IsoDate | null; confidence: Confidence; instruments: readonly string[]; notes: readonly string[] };
  baseSalary: { amount: number; from: IsoDate; ref: string; confidence: Confidence };
  entries: CatalogEntry[];
}

function coefficientViews(rs: Ruleset, e: TitleData | FormData, params?: RuleParams): Partial<Record<Subject, CoefficientView>> {
  const out: Partial<Record<Subject, CoefficientView>> = {};
  for (const s of e.subjects) {
    const c = coefficientOf(rs, e.code, s, params);
    if (c) {
      out[s] = c.value === null
        ? { tenths: null, text: null, upTo: false, confidence: 'unconfirmed', ref: c.ref, param: c.param }
        : { tenths: c.value.tenths, text: (c.value.upTo ? '≤ ' : '') + formatTenths(c.value.tenths), upTo: Boolean(c.value.upTo), confidence: c.confidence, ref: c.ref };
      continue;
    }
    if (s === 'ho_gia_dinh') {
      const ind = coefficientOf(rs, e.code, 'ca_nhan', params);
      const f = householdFactorOf(rs, params);
      out[s] = {
        tenths: null, text: null, upTo: false,
        confidence: f.confidence === 'unconfirmed' || ind?.confidence === 'unconfirmed' ? 'unconfirmed' : f.confidence,
        ref: f.ref,
        derived: { fromSubject: 'ca_nhan', factorTenths: f.value, factorText: f.value === null ? null : formatTenths(f.value) },
        ...(f.value === null ? { param: f.param } : {}),
      };
    }
  }
  return out;
}

function voteView(rs: Ruleset, code: string, params?: RuleParams): VoteView {
  if (!isAwardCode(code)) return { required: false, threshold: null, num: null, den: null, confidence: 'tenant', ref: 'Tham số của đơn vị' };
  const v = voteRuleOf(rs, code, params);
  const th = v.threshold;
  if (!v.required.value || !th) return { required: Boolean(v.required.value), threshold: null, num: null, den: null, confidence: v.required.confidence, ref: v.required.ref };
  if (th.value === null) return { required: true, threshold: null, num: null, den: null, confidence: 'unconfirmed', ref: th.ref, param: th.param };
  return { required: true, threshold: formatRatio(th.value), num: th.value.num, den: th.value.den, confidence: th.confidence, ref: th.ref };
}

/** The catalogue in force on `date`, with the tenant's overrides and additions. */
export function catalogAt(date: IsoDate, overrides?: CatalogOverrides): Catalog {
  const rs = rulesetAt(date, overrides);
  const salary = baseSalaryAt(date, overrides);
  const rows = authorityRows(rs, overrides);
  const dossierOf = (code: string, dflt: readonly DossierItem[]) => overrides?.dossier?.[code] ?? dflt;
  const entries: CatalogEntry[] = CATALOG_DATA.map((e) => {
    const resolved: Resolved = {
      coefficients: coefficientViews(rs, e, overrides),
      vote: voteView(rs, e.code, overrides),
      deciders: rows.filter((r) => r.awards.includes(e.code)).map((r) => ({ level: r.level, decider: r.decider, refs: r.refs, confidence: r.confidence })),
      dossier: dossierOf(e.code, e.dossier),
      tenant: false,
    };
    return e.kind === 'danh_hieu' ? ({ ...e, ...resolved } as CatalogTitle) : ({ ...e, ...resolved } as CatalogForm);
  });
  (overrides?.additions ?? []).forEach((a, i) => {
    const f = `additions[${i}]`;
    if (isAwardCode(a.code) || entries.some((x) => x.code === a.code)) {
      throw invalid(`Mã '${a.code}' đã tồn tại trong danh mục, không được dùng lại (trường '${f}.code')`, `${f}.code`);
    }
    if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(a.code)) throw invalid(`Mã phải gồm chữ in hoa, số, gạch dưới (trường '${f}.code'): '${a.code}'`, `${f}.code`);
    if (a.kind !== 'danh_hieu' && a.kind !== 'hinh_thuc') throw invalid(`Loại phải là danh_hieu hoặc hinh_thuc (trường '${f}.kind')`, `${f}.kind`);
    (a.deciders ?? []).forEach((d, j) => {
      if (!(LEVELS as readonly string[]).includes(d.level)) throw invalid(`Cấp không hợp lệ (trường '${f}.deciders[${j}].level')`, `${f}.deciders[${j}].level`);
    });
    const coefficients: Partial<Record<Subject, CoefficientView>> = {};
    for (const [s, t] of Object.entries(a.coefficients ?? {}) as [Subject, number][]) {
      if (!Number.isSafeInteger(t) || t < 0) throw invalid(`Hệ số ghi bằng phần mười, số nguyên không âm (trường '${f}.coefficients.${s}')`, `${f}.coefficients.${s}`);
      coefficients[s] = { tenths: t, text: formatTenths(t), upTo: false, confidence: 'tenant', ref: 'Tham số của đơn vị' };
    }
    entries.push({
      kind: a.kind, code: a.code, name: a.name, subjects: a.subjects, awardTypes: a.awardTypes ?? ['cong_trang'],
      period: a.period ?? 'hang_nam', items: a.items ?? [], citations: a.citations ?? [],
      coefficients, vote: { required: false, threshold: null, num: null, den: null, confidence: 'tenant', ref: 'Tham số của đơn vị' },
      deciders: (a.deciders ?? []).map((d) => ({ level: d.level, decider: d.decider, refs: ['Tham số của đơn vị'], confidence: 'tenant' as const })),
      dossier: a.dossier ?? [], tenant: true,
    });
  });
  return {
    date,
    ruleset: { id: rs.id, name: rs.name, effectiveFrom: rs.effectiveFrom, effectiveTo: rs.effectiveTo, confidence: rs.confidence, instruments: rs.instruments, notes: rs.notes },
    baseSalary: { amount: salary.amount, from: salary.from, ref: salary.ref, confidence: salary.confidence },
    entries,
  };
}
