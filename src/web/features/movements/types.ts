/** Shapes of the /movements, /registrations and /targets API as the SPA uses them: the shared contract's (src/shared/contract). */
import type { MovementDetail as ContractMovementDetail, Movement as ContractMovement } from '../../../shared/contract/movements';
import type { RegistrationStatus as ContractRegistrationStatus } from '../../../shared/contract/registrations';
import type { Target } from '../../../shared/contract/targets';

export type { MovementDetails, MovementQuota } from '../../../shared/contract/movements';
export type {
  EntryImportResult,
  Registration,
  RegistrationDetail,
  RegistrationEntry,
  RegistrationListItem,
  RegistrationStatus,
  RegistrationSummary,
} from '../../../shared/contract/registrations';
export type { Attainment, MovementProgress, Target, TargetActual } from '../../../shared/contract/targets';
export type { UploadedFile } from '../../../shared/contract/files';

export type Movement = ContractMovement;
export type MovementDetail = ContractMovementDetail;
export type MovementKind = Movement['kind'];
export type MovementScope = Movement['scope'];
export type LaunchLevel = Movement['launchLevel'];
export type MovementStatus = Movement['status'];
export type MilestoneKind = Movement['details']['milestones'][number]['kind'];
export type TargetDirection = Target['direction'];
type RegistrationStatus = ContractRegistrationStatus;

// the choices the forms and filters offer, in their order on screen
export const MOVEMENT_KINDS = ['thuong_xuyen', 'theo_dot', 'chuyen_de'] as const satisfies readonly MovementKind[];
export const MOVEMENT_SCOPES = ['toan_quoc', 'bo_nganh_dia_phuong', 'cum_khoi', 'co_quan_don_vi'] as const satisfies readonly MovementScope[];
export const LAUNCH_LEVELS = ['trung_uong', 'bo_tinh', 'co_quan_don_vi'] as const satisfies readonly LaunchLevel[];
export const MILESTONE_KINDS = ['phat_dong', 'so_ket', 'tong_ket'] as const satisfies readonly MilestoneKind[];
export const MOVEMENT_STATUSES = ['draft', 'launched', 'closed'] as const satisfies readonly MovementStatus[];
export const REGISTRATION_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const satisfies readonly RegistrationStatus[];
export const TARGET_DIRECTIONS = ['at_least', 'at_most', 'equal', 'reduce_by'] as const satisfies readonly TargetDirection[];
