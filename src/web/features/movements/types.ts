/** Shapes of the /movements, /registrations and /targets API as the SPA uses them (the server is the source of truth). */

export const MOVEMENT_KINDS = ['thuong_xuyen', 'theo_dot', 'chuyen_de'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_SCOPES = ['toan_quoc', 'bo_nganh_dia_phuong', 'cum_khoi', 'co_quan_don_vi'] as const;
export type MovementScope = (typeof MOVEMENT_SCOPES)[number];
export const LAUNCH_LEVELS = ['trung_uong', 'bo_tinh', 'co_quan_don_vi'] as const;
export type LaunchLevel = (typeof LAUNCH_LEVELS)[number];
export const MILESTONE_KINDS = ['phat_dong', 'so_ket', 'tong_ket'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MOVEMENT_STATUSES = ['draft', 'launched', 'closed'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];
export const REGISTRATION_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const TARGET_DIRECTIONS = ['at_least', 'at_most', 'equal', 'reduce_by'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

export interface MovementQuota {
  /** null: each participating unit separately; otherwise one shared quota for the group */
  unitIds: number[] | null;
  maxIndividuals?: number | null;
  maxCollectives?: number | null;
  maxTotal?: number | null;
}

export interface MovementDetails {
  bases: string[];
  participantUnitIds: number[];
  subjects?: string;
  criteria: string[];
  milestones: { kind: MilestoneKind; date: string; note?: string }[];
  anniversaries: { date: string; name: string }[];
  awards: { forms: string[]; quotas: MovementQuota[]; requiredDocs: { id: string; name: string }[] };
  launchDoc?: unknown;
}

export interface Movement {
  id: number;
  unitId: number;
  unitName: string;
  planId: number | null;
  kind: MovementKind;
  name: string;
  slogan: string | null;
  scope: MovementScope;
  launchLevel: LaunchLevel;
  startsOn: string;
  endsOn: string;
  status: MovementStatus;
  launchedOn: string | null;
  details: MovementDetails;
  dossierDeadline: string | null;
  registrationDeadline: string | null;
  version: number;
  kindName: string;
  scopeName: string;
  launchLevelName: string;
  durationBand: string;
  durationBandName: string;
  method: string;
  methodName: string;
  quotaTexts: string[];
}

export interface MovementDetail extends Movement {
  participants: { id: number; name: string }[];
  summary: {
    registrations: Partial<Record<RegistrationStatus, number>>;
    titles: { award: string; subject: 'ca_nhan' | 'tap_the'; n: number; awardName: string }[];
    targets: number;
    dossiers: { id: number; code: string; title: string; state: string; proposingUnit: string; nominees: number }[];
    awards: { award: string; n: number; awardName: string }[];
  };
  today: string;
}

export interface Registration {
  id: number;
  unitId: number;
  unitName: string;
  year: number;
  movementId: number | null;
  movementName: string | null;
  registrationDeadline: string | null;
  status: RegistrationStatus;
  statusName: string;
  returnReason: string | null;
  submittedAt: string | null;
  version: number;
  entries?: number;
  targets?: number;
}

export interface RegistrationEntry {
  id: number;
  subject: 'ca_nhan' | 'tap_the';
  personId: number | null;
  subjectUnitId: number | null;
  name: string;
  award: string;
  awardName: string;
  note: string | null;
}

export interface Attainment {
  percent: number | null;
  met: boolean | null;
  text: string;
}

export interface TargetActual {
  id: number;
  targetId: number;
  period: string;
  periodLabel: string;
  value: number;
  note: string | null;
  fileName: string | null;
  attainment: Attainment;
}

export interface Target {
  id: number;
  unitId: number;
  unitName: string;
  year: number;
  planId: number | null;
  movementId: number | null;
  registrationId: number | null;
  name: string;
  measure: string;
  direction: TargetDirection;
  directionName: string;
  baseline: number | null;
  target: number;
  version: number;
  actuals: TargetActual[];
  latest: TargetActual | null;
  attainment: Attainment;
}

export interface RegistrationDetail extends Omit<Registration, 'entries' | 'targets'> {
  entries: RegistrationEntry[];
  targets: Target[];
  open: boolean;
  today: string;
}

export interface RegistrationSummary {
  unitId: number;
  unitName: string;
  year: number;
  byAward: { award: string; awardName: string; individuals: number; collectives: number }[];
  byUnit: { id: number; unitId: number; unitName: string; status: RegistrationStatus; individuals: number; collectives: number; targets: number }[];
}

export interface MovementProgress {
  totals: { targets: number; reported: number; met: number; units: number };
  periods: { period: string; label: string; reported: number; met: number }[];
  units: { unitId: number; unitName: string; targets: number; reported: number; met: number; percent: number | null }[];
  unitTotal: number;
  page: number;
  pageSize: number;
}
