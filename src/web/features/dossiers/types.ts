/** Shapes of the dossier API (src/server/modules/dossiers) as the SPA uses them. */
export type DossierState =
  | 'draft' | 'submitted' | 'received' | 'appraising' | 'returned' | 'consultation' | 'council' | 'decided' | 'forwarded' | 'rejected' | 'closed';
export type DossierAction =
  | 'submit' | 'withdraw' | 'receive' | 'start_appraisal' | 'return' | 'reject' | 'open_consultation' | 'to_council' | 'decide' | 'forward' | 'close';
export type NomineeSubject = 'person' | 'unit' | 'household';

export interface Dossier {
  id: number;
  code: string;
  title: string;
  proposingUnitId: number;
  proposingUnitName: string;
  receivingUnitId: number;
  receivingUnitName: string;
  receivingLevel: string;
  awardType: string;
  year: number;
  movement: string | null;
  /** the linked movement record (its quotas, deadline and documents are checked) */
  movementId?: number | null;
  note: string | null;
  state: DossierState;
  stateName: string;
  stateSince: string;
  dueStep: string | null;
  dueDate: string | null;
  overdue: boolean;
  submittedCount: number;
  consultationFrom: string | null;
  consultationUntil: string | null;
  nomineeCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  actions: { action: DossierAction; name: string; reason: boolean }[];
  canEdit: boolean;
  canAppraise: boolean;
  /** only in the queue */
  todo?: string;
}

export interface CheckItem {
  id: string;
  ok: boolean | null;
  severity: 'error' | 'warning' | 'info';
  text: string;
  ref?: string;
}

export interface Nominee {
  id: number;
  position: number;
  subject: NomineeSubject;
  personId: number | null;
  unitId: number | null;
  householdId: number | null;
  name: string;
  award: string;
  awardName: string;
  achievement: string | null;
  checks: CheckItem[] | null;
  checkStatus: 'ok' | 'warning' | 'fail' | null;
  overrideReason: string | null;
  overrideBy: string | null;
  returnReason: string | null;
  /** the council's verdict, once its vote has closed */
  vote: { yes: number; no: number; abstain: number; passed: boolean | null; rule: string | null } | null;
  gender: string | null;
  subjectPosition: string | null;
  subjectUnitName: string | null;
  version: number;
}

export interface DossierEvent {
  id: number;
  at: string;
  actorName: string;
  action: string;
  fromState: DossierState | null;
  toState: DossierState;
  reason: string | null;
  items: { nomineeId: number; name: string; reason: string }[] | null;
}

export interface DossierFile {
  id: number;
  nomineeId: number | null;
  docType: string;
  filename: string;
  size: number;
  mime: string;
  uploadedBy: string;
  createdAt: string;
}

export interface DossierDetail extends Dossier {
  nominees: Nominee[];
  events: DossierEvent[];
  files: DossierFile[];
}

export interface DossierChecks {
  date: string;
  ruleset: string;
  nominees: { nomineeId: number; status: 'ok' | 'warning' | 'fail'; items: CheckItem[] }[];
  dossier: CheckItem[];
  summary: { ok: number; warning: number; fail: number; unresolved: number };
}

export const DOC_TYPES = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'chung_nhan_sang_kien', 'minh_chung', 'khac'] as const;
export const AWARD_TYPES = ['cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai'] as const;
export const STATES: DossierState[] = ['draft', 'submitted', 'received', 'appraising', 'returned', 'consultation', 'council', 'decided', 'forwarded', 'rejected', 'closed'];
