export interface PublicNominee {
  id: number;
  name: string;
  subject: 'person' | 'unit' | 'household';
  position: string | null;
  unitName: string | null;
  award: string;
  awardName: string;
  achievement: string | null;
}

export interface PublicConsultation {
  id: number;
  code: string;
  title: string;
  proposingUnitName: string;
  receivingUnitName: string;
  year: number;
  movement: string | null;
  consultationFrom: string;
  consultationUntil: string;
  open?: boolean;
  nominees: PublicNominee[];
}

export interface Verification {
  code: string;
  status: 'valid' | 'revoked';
  name: string;
  award: string;
  awardName: string;
  year: number;
  decisionNo: string;
  decisionDate: string | null;
  issuer: string;
  issuingUnit: string;
  revokedOn: string | null;
  revokeReason: string | null;
}
