/** Shapes of the records API (src/server/modules/records) as the SPA uses them. */

export type RecordKind = 'ratings' | 'initiatives' | 'research' | 'discipline' | 'pending' | 'awards';
/** the kinds of the "Hồ sơ thành tích, kỷ luật" page (awards have their own page, the register) */
export const RECORD_TABS = ['ratings', 'initiatives', 'research', 'discipline', 'pending'] as const;
export type RecordTab = (typeof RECORD_TABS)[number];
/** kinds with an Excel template, import and export */
export const EXCEL_KINDS = ['ratings', 'awards', 'initiatives'] as const;
export type ExcelKind = (typeof EXCEL_KINDS)[number];

export type RecordSubject = 'person' | 'unit' | 'household';
/** the subjects each kind accepts (the server's kinds.ts) */
export const SUBJECTS: Record<RecordKind, RecordSubject[]> = {
  ratings: ['person', 'unit'],
  initiatives: ['unit'],
  research: ['unit'],
  discipline: ['person'],
  pending: ['person', 'unit'],
  awards: ['person', 'unit', 'household'],
};
/** subject code of the rules catalogue */
export const CATALOG_SUBJECT = { person: 'ca_nhan', unit: 'tap_the', household: 'ho_gia_dinh' } as const;

export const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export const SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;
export const DISCIPLINE_LEVELS = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec'] as const;
export const PENDING_KINDS = ['ky_luat', 'dieu_tra', 'thanh_tra', 'khieu_nai'] as const;

interface Base {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  note: string | null;
}

/** Subject columns: only those of the kind's subjects are present. */
export interface SubjectRefs {
  personId?: number | null;
  personName?: string | null;
  unitId?: number | null;
  unitName?: string | null;
  unitCode?: string | null;
  householdId?: number | null;
  householdCode?: string | null;
  householdHead?: string | null;
}

export interface Author {
  personId?: number | null;
  name: string;
  share: number;
}

export interface RatingRecord extends Base, SubjectRefs {
  year: number;
  rating: string;
}

export interface InitiativeRecord extends Base, SubjectRefs {
  title: string;
  authors: Author[];
  year: number;
  scope: string;
  recognizedBy: string | null;
  decisionNo: string | null;
  decisionDate: string | null;
  usedForAward: string | null;
  usedForYear: number | null;
}

export interface ResearchRecord extends Base, SubjectRefs {
  title: string;
  authors: Author[];
  year: number;
  scope: string;
  acceptedBy: string | null;
  decisionNo: string | null;
  decisionDate: string | null;
}

export interface DisciplineRecord extends Base, SubjectRefs {
  level: string;
  fromDate: string;
  toDate: string | null;
  decisionNo: string | null;
  decisionDate: string | null;
}

export interface PendingRecord extends Base, SubjectRefs {
  kind: string;
  openedOn: string;
  closedOn: string | null;
}

export interface AwardEntry extends Base, SubjectRefs {
  award: string;
  year: number;
  decisionNo: string;
  decisionDate: string | null;
  decider: string | null;
  source: 'import' | 'decision' | null;
  amount: number | null;
  revokedOn: string | null;
  revokeReason: string | null;
  recovered: string | null;
  /** set when the entry was written by a decision issued in the system */
  decisionId?: number | null;
}

export interface RecordOf {
  ratings: RatingRecord;
  initiatives: InitiativeRecord;
  research: ResearchRecord;
  discipline: DisciplineRecord;
  pending: PendingRecord;
  awards: AwardEntry;
}

export type AnyRecord = RecordOf[RecordKind];

export interface RecordImportResult {
  kind: ExcelKind;
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** The list filters of GET /records/{kind} (and of the Excel export). */
export interface RecordFilters {
  personId?: number;
  unitId?: number;
  unitOnly?: 1;
  subject?: RecordSubject;
  year?: number;
  award?: string;
}

/** Which subject a record is about. */
export function subjectOf(r: SubjectRefs): RecordSubject | null {
  if (r.personId != null) return 'person';
  if (r.householdId != null) return 'household';
  if (r.unitId != null) return 'unit';
  return null;
}
