/** Shapes of the planning API (src/server/modules/planning) as the plan pages use them. */

export type PlanStatus = 'draft' | 'issued' | 'superseded';
export type Quarter = 1 | 2 | 3 | 4;
export type SectionKind = 'muc_dich_yeu_cau' | 'noi_dung' | 'thoi_gian' | 'giai_phap' | 'to_chuc_thuc_hien' | 'khac';
export const SECTION_KINDS: SectionKind[] = ['muc_dich_yeu_cau', 'noi_dung', 'thoi_gian', 'giai_phap', 'to_chuc_thuc_hien', 'khac'];

export interface PlanClause {
  title?: string;
  text?: string;
  paragraphs?: string[];
  responsible?: string;
  quarter?: Quarter;
  children?: PlanClause[];
}

export interface PlanSection {
  kind: SectionKind;
  title: string;
  intro?: string[];
  clauses: PlanClause[];
}

export interface PlanSigner {
  authority?: string;
  position: string;
  name: string;
}

export interface PlanContent {
  issuer: { parent?: string; name: string };
  numberSuffix?: string;
  place: string;
  bases: string[];
  upperRef?: string;
  preamble?: string[];
  theme?: string;
  sections: PlanSection[];
  recipients: string[];
  signer?: PlanSigner;
}

export interface PlanListItem {
  id: number;
  unitId: number;
  unitName: string;
  year: number;
  number: string | null;
  title: string;
  status: PlanStatus;
  issuedOn: string | null;
  parentPlanId: number | null;
  revision: number;
  cascadeDue: string | null;
  version: number;
  taskCount: number;
  overdueCount: number;
}

export interface PlanDetail {
  id: number;
  unitId: number;
  unitName: string;
  year: number;
  number: string | null;
  title: string;
  status: PlanStatus;
  issuedOn: string | null;
  parentPlanId: number | null;
  supersedesId: number | null;
  revision: number;
  content: PlanContent;
  cascadeDue: string | null;
  cascadeScope: 'children' | 'subtree' | null;
  version: number;
  updatedAt: string;
  parent: { id: number; number: string | null; title: string; issuedOn: string | null; unitName: string } | null;
  revisions: { id: number; number: string | null; revision: number; status: PlanStatus; issuedOn: string | null }[];
  today: string;
}

export const TASK_STATUSES = ['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Task {
  id: number;
  planId: number;
  planTitle: string;
  planNumber: string | null;
  planUnitId: number;
  planUnitName: string;
  year: number;
  title: string;
  clause: string | null;
  quarter: Quarter | null;
  dueOn: string;
  leadUnitId: number;
  leadUnitName: string;
  coordUnitIds: number[];
  status: TaskStatus;
  progress: number;
  doneOn: string | null;
  version: number;
  overdue: boolean;
}

export interface TaskNote {
  id: number;
  note: string;
  status: TaskStatus | null;
  progress: number | null;
  fileName: string | null;
  hasFile: boolean;
  author: string | null;
  createdAt: string;
}

export interface TaskDetail extends Task {
  notes: TaskNote[];
  coordUnits: { id: number; name: string }[];
}

export interface TaskPage {
  items: Task[];
  total: number;
  page: number;
  pageSize: number;
  today: string;
}

export const CASCADE_STATUSES = ['issued', 'issued_late', 'draft', 'late', 'pending'] as const;
export type CascadeStatus = (typeof CASCADE_STATUSES)[number];

export interface CascadeRow {
  unitId: number;
  unitName: string;
  unitCode: string;
  planId: number | null;
  planStatus: PlanStatus | null;
  number: string | null;
  issuedOn: string | null;
  status: CascadeStatus;
}

export interface CascadeResponse {
  due: string | null;
  scope: 'children' | 'subtree' | null;
  today?: string;
  counts: Partial<Record<CascadeStatus, number>>;
  total: number;
  page: number;
  pageSize: number;
  items: CascadeRow[];
}
