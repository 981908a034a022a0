/** The comments of the public consultation, as the appraiser of the dossier reads them. */
import { z } from 'zod';
import { instant, itemsOf } from './common.js';

const id = z.number().int();

export const consultationComment = z.object({
  id,
  nomineeId: id.nullable(),
  /** null: about the whole list */
  nomineeName: z.string().nullable(),
  authorName: z.string(),
  contact: z.string().nullable(),
  content: z.string(),
  createdAt: instant,
});
export type ConsultationComment = z.infer<typeof consultationComment>;
export const consultationComments = itemsOf(consultationComment);
