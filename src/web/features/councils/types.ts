export const ROLES = ['chu_tich', 'pho_chu_tich', 'thu_ky', 'uy_vien'] as const;

export interface CouncilMember {
  id: number;
  fullName: string;
  role: (typeof ROLES)[number];
  username: string | null;
  termFrom: string | null;
  termTo: string | null;
  version: number;
}

export interface SessionSummary {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  heldOn: string;
  state: 'preparing' | 'voting' | 'closed';
  membersTotal: number;
  version: number;
}

export interface SessionItem {
  nomineeId: number;
  dossierId: number;
  dossierCode: string;
  name: string;
  award: string;
  awardName: string;
  achievement: string | null;
  voted: number;
  recused: { memberId: number; reason: string }[];
  result: { yes: number; no: number; abstain: number; passed: boolean | null; rule: string } | null;
}

export interface SessionDetail extends SessionSummary {
  members: { id: number; fullName: string; role: string; roleName: string; present: boolean; writtenOpinion: string | null }[];
  items: SessionItem[];
  me: { memberId: number; votedNominees: number[]; recusedNominees: number[] } | null;
}
