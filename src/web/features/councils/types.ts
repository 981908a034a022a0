/** Shapes of the council API as the SPA uses them: taken from the shared contract (the server's response schemas). */
import type { MemberRole } from '../../../shared/contract/councils';

export type { CouncilMember, CouncilMembers, SessionClosed, SessionDetail, SessionItem, SessionSummary } from '../../../shared/contract/councils';

export const ROLES = ['chu_tich', 'pho_chu_tich', 'thu_ky', 'uy_vien'] as const satisfies readonly MemberRole[];
