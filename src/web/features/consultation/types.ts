/** Shapes of the public API as the SPA uses them: taken from the shared contract (the server's response schemas). */
export type { CommentSent, PublicConsultation, PublicConsultationSummary, PublicNominee, Verification } from '../../../shared/contract/public';
