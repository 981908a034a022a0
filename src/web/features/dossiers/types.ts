/** Shapes of the dossier API as the SPA uses them: taken from the shared contract (the server's response schemas). */
import type { Dossier, DossierDetail } from '../../../shared/contract/dossiers';

export type {
  CheckItem, Dossier, DossierChecks, DossierDetail, DossierEvent, DossierFile, DossierTransitioned, NomineeImportResult, QueueItem,
} from '../../../shared/contract/dossiers';

export type DossierState = Dossier['state'];
export type DossierAction = Dossier['actions'][number]['action'];
/** A nominee as the detail shows it, with the council's verdict once its vote has closed. */
export type Nominee = DossierDetail['nominees'][number];
export type NomineeSubject = Nominee['subject'];

export const DOC_TYPES = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'chung_nhan_sang_kien', 'minh_chung', 'khac'] as const;
export const AWARD_TYPES = ['cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai'] as const;
export const STATES: DossierState[] = ['draft', 'submitted', 'received', 'appraising', 'returned', 'consultation', 'council', 'decided', 'forwarded', 'rejected', 'closed'];
