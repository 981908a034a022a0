/** Shapes of the planning API as the plan pages use them: the shared contract's (src/shared/contract). */
import type { CascadeStatus as ContractCascadeStatus, PlanSection } from '../../../shared/contract/plans';
import type { TaskStatus as ContractTaskStatus } from '../../../shared/contract/tasks';

export type {
  CascadeResponse,
  CascadeRow,
  CascadeStatus,
  Plan,
  PlanClause,
  PlanContent,
  PlanDetail,
  PlanListItem,
  PlanSection,
  PlanSigner,
  PlanStatus,
} from '../../../shared/contract/plans';
export type { Quarter, Task, TaskDetail, TaskNote, TaskPage, TaskStatus } from '../../../shared/contract/tasks';
export type { Review, ReviewContent, ReviewKind } from '../../../shared/contract/reviews';
export type { UploadedFile } from '../../../shared/contract/files';

export type SectionKind = PlanSection['kind'];
export const SECTION_KINDS: SectionKind[] = ['muc_dich_yeu_cau', 'noi_dung', 'thoi_gian', 'giai_phap', 'to_chuc_thuc_hien', 'khac'];

export const TASK_STATUSES = ['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung'] as const satisfies readonly ContractTaskStatus[];
export const CASCADE_STATUSES = ['issued', 'issued_late', 'draft', 'late', 'pending'] as const satisfies readonly ContractCascadeStatus[];
