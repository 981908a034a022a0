/** Shapes of the /rules and /calendar API as the SPA uses them (the server is the source of truth). */

export type Confidence = 'confirmed' | 'partial' | 'unconfirmed' | 'tenant';
export type SubjectCode = 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';
export type AwardKind = 'danh_hieu' | 'hinh_thuc';

export interface RulesetInfo {
  id: string;
  name: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  confidence: Confidence;
  instruments: string[];
  notes: string[];
}

export interface BaseSalaryInfo {
  amount: number;
  from: string;
  ref: string;
  confidence: Confidence;
}

export interface CatalogCoefficient {
  tenths: number | null;
  text: string | null;
  upTo: boolean;
  confidence: Confidence;
  ref: string;
  param?: string;
  derived?: { fromSubject: SubjectCode; factorTenths: number; factorText: string };
}

export interface CatalogVote {
  required: boolean | null;
  threshold: string | null;
  num: number | null;
  den: number | null;
  confidence: Confidence;
  ref: string;
  param?: string;
}

export interface CatalogDecider {
  level: string;
  decider: string;
  refs: string[];
  confidence: Confidence;
}

export interface DossierItem {
  id: string;
  name: string;
  template?: string;
  subjects?: SubjectCode[];
  ref: string;
  confidence: Confidence;
}

export interface CatalogEntry {
  kind: AwardKind;
  code: string;
  name: string;
  group?: string;
  subjects: SubjectCode[];
  awardTypes: string[];
  period: string;
  items: string[];
  dossier: DossierItem[];
  citations: string[];
  notes?: string[];
  armedForces?: boolean;
  coefficients: Partial<Record<SubjectCode, CatalogCoefficient>>;
  vote: CatalogVote;
  deciders: CatalogDecider[];
  tenant: boolean;
}

export interface Catalog {
  date: string;
  ruleset: RulesetInfo;
  baseSalary: BaseSalaryInfo;
  entries: CatalogEntry[];
}

export interface MoneyResult {
  award: string;
  subject: SubjectCode;
  date: string;
  ruleset: string;
  coefficient: string | null;
  coefficientTenths: number | null;
  coefficientConfidence: Confidence;
  householdFactor: string | null;
  baseSalary: number;
  baseSalaryFrom: string;
  exactAmount: string | null;
  amount: number | null;
  amountInWords: string | null;
  rounding: 'ceil_10000' | 'none';
  refs: string[];
  missing: { param: string; text: string }[];
  notes: string[];
}

export interface Criterion {
  id: string;
  ok: boolean | null;
  text: string;
  ref: string;
}

export interface CheckResult {
  award: string;
  ruleset: string;
  eligible: boolean | null;
  criteria: Criterion[];
}

export interface CaseFacts {
  ratings?: Record<string, string>;
  awards?: { award: string; year: number; type?: string; movementKind?: string; decisionDate?: string }[];
  initiatives?: { id?: string; title?: string; year: number; scope: string; usedFor?: { award: string; year: number } }[];
  research?: { id?: string; title?: string; year: number; scope: string }[];
  discipline?: { level: string; from: string; to?: string | null }[];
  pending?: string[];
  unitRating?: string;
  members?: { total?: number; completedDuties?: number; ldtt?: number; cstdcs?: number; disciplinedCanhCaoOrAbove?: number };
  clusterLeader?: boolean;
  exceededTargets?: boolean;
  vote?: { for: number; total: number };
}

export interface CheckCase {
  award: string;
  subject: SubjectCode;
  year: number;
  date: string;
  type?: string;
  facts: CaseFacts;
}

export interface SubjectCheckResponse {
  facts?: CaseFacts;
  result?: CheckResult;
  /** some servers may answer the case they built */
  case?: CheckCase;
}

export interface BaseSalaryRow {
  from: string;
  amount: number;
  ref?: string;
}

export interface RuleParams {
  enableRulesets?: string[];
  baseSalaries?: BaseSalaryRow[];
  money?: { rounding?: 'ceil_10000' | 'none'; householdRounding?: 'after_factor' | 'before_factor'; householdFactor?: number };
  coefficients?: Record<string, Partial<Record<SubjectCode, number>>>;
  votes?: Record<string, { num: number; den: number } | null>;
  criteria?: { ttldttLdttShare?: { num: number; den: number } };
  streak?: Record<string, string | boolean>;
  initiativeReuseAcrossTitles?: boolean;
  authority?: { level: string; awards: string[]; decider: string; ref?: string }[];
  dossier?: Record<string, DossierItem[]>;
  /** emulation planning (docs/planning.md) */
  planning?: { unregisteredNominee?: 'warning' | 'block' | 'off'; reminderDaysBefore?: number };
}

export interface RuleSettings {
  params: RuleParams;
  version: number;
}

export interface CalendarAdjustment {
  day: string;
  kind: 'day_off' | 'working_day';
  note: string | null;
}
