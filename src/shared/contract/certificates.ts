/** The certificate layout (Giấy khen, Bằng khen): where each field prints, in millimetres. */
import { z } from 'zod';

const fieldBox = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  size: z.number(),
  align: z.enum(['left', 'center', 'right']).optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** RGB, each 0–1 */
  color: z.tuple([z.number(), z.number(), z.number()]).optional(),
});
export type FieldBox = z.infer<typeof fieldBox>;

export const certificateLayout = z.object({
  orientation: z.enum(['landscape', 'portrait']),
  border: z.boolean(),
  fields: z.record(z.string(), fieldBox),
  qr: z.object({ x: z.number(), y: z.number(), size: z.number() }),
});
export type CertificateLayout = z.infer<typeof certificateLayout>;

export const certificateLayoutResponse = z.object({
  layout: certificateLayout,
  default: certificateLayout,
  /** 0 while the built-in default is in use */
  version: z.number().int(),
  custom: z.boolean(),
  /** what each field is called on screen */
  labels: z.record(z.string(), z.string()),
});
export type CertificateLayoutResponse = z.infer<typeof certificateLayoutResponse>;
