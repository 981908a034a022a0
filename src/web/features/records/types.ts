/** Shapes of the records API as the SPA uses them: the responses come from the shared contract. */
export type {
  AnyRecord, Author, AwardEntry, DisciplineRecord, ExcelKind, InitiativeRecord, PendingRecord, RatingRecord, RecordImportResult, RecordKind, RecordOf,
  RecordSubject, ResearchRecord,
} from '../../../shared/contract/records';
import type { AwardEntry, RecordKind, RecordSubject } from '../../../shared/contract/records';

/** the kinds of the "Hồ sơ thành tích, kỷ luật" page (awards have their own page, the register) */
export const RECORD_TABS = ['ratings', 'initiatives', 'research', 'discipline', 'pending'] as const;
export type RecordTab = (typeof RECORD_TABS)[number];
/** kinds with an Excel template, import and export */
export const EXCEL_KINDS = ['ratings', 'awards', 'initiatives'] as const;
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

/** Subject columns: only those of the kind's subjects are present. */
export type SubjectRefs = Partial<Pick<AwardEntry, 'personId' | 'personName' | 'unitId' | 'unitName' | 'unitCode' | 'householdId' | 'householdCode' | 'householdHead'>>;

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
