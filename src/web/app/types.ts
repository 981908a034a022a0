/** Shapes of the API as the SPA uses them (see the API contract; the server is the source of truth). */

export type { Role as RoleCode } from '../../shared/access';
export type LevelCode = 'trung_uong' | 'tinh' | 'huyen' | 'xa' | 'don_vi' | 'thon';
export type GenderCode = 'nam' | 'nu';
export type EmploymentCategory =
  | 'can_bo'
  | 'cong_chuc'
  | 'vien_chuc'
  | 'nguoi_lao_dong'
  | 'cong_nhan'
  | 'nong_dan'
  | 'luc_luong_vu_trang'
  | 'khac';

export type { AuthResponse, Me, RoleGrant } from '../../shared/contract/auth';
import type { RoleGrant } from '../../shared/contract/auth';
export type { CodeName, Items, Page } from '../../shared/contract/common';
import type { CodeName } from '../../shared/contract/common';

export interface MetaCodes {
  levels: CodeName[];
  unitKinds: CodeName[];
  employmentCategories: CodeName[];
  genders: CodeName[];
  roles: CodeName[];
}

export interface Unit {
  id: number;
  code: string;
  name: string;
  level: LevelCode;
  kind: string;
  kindName: string;
  legalPersonality: boolean;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  childCount: number;
  allChildCount: number;
  address: string | null;
  version: number;
}

export type LineageKind = 'merged_into' | 'split_from' | 'renamed' | 'abolished';

export interface LineageEntry {
  kind: LineageKind;
  date: string;
  otherUnitId: number | null;
  otherUnitName: string | null;
  direction: 'from' | 'to';
  /** for a rename: the name before */
  previousName?: string | null;
  note: string | null;
}

export interface UnitDetail extends Unit {
  ancestors: Unit[];
  lineage: LineageEntry[];
}

export interface Person {
  id: number;
  fullName: string;
  gender: GenderCode;
  birthDate: string | null;
  ethnicity: string | null;
  citizenIdMasked: string | null;
  position: string | null;
  employmentCategory: EmploymentCategory;
  isLeader: boolean;
  isDirectWorker: boolean;
  unitId: number;
  unitName: string;
  version: number;
}

export interface Membership {
  id: number;
  unitId: number;
  unitName: string;
  position: string | null;
  fromDate: string | null;
  toDate: string | null;
}

export interface PersonDetail extends Person {
  citizenId: string | null;
  memberships: Membership[];
  households: { id: number; headName: string; relation: string | null }[];
}

export interface Household {
  id: number;
  code: string;
  headPersonId: number | null;
  headName: string;
  address: string | null;
  thonUnitId: number;
  thonName: string;
  memberCount: number;
  version: number;
}

export interface HouseholdDetail extends Household {
  members: { personId: number; fullName: string; relation: string | null }[];
}

export type ImportKind = 'units' | 'people' | 'households';

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  total: number;
  dryRun: boolean;
}

export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface User {
  id: number;
  username: string;
  fullName: string;
  /** where task reminders are mailed */
  email?: string | null;
  active: boolean;
  roles: RoleGrant[];
  version?: number;
}
