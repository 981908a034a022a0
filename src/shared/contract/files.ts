/** Evidence uploads (/files): what the server stored, to attach to a progress report or a figure. */
import { z } from 'zod';

export const uploadedFile = z.object({
  sha256: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  mime: z.string(),
});
export type UploadedFile = z.infer<typeof uploadedFile>;
