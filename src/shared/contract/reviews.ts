/** Sơ kết 6 tháng / tổng kết năm of a plan (/plans/:id/reviews, /reviews): a report document drafted from the data. */
import { z } from 'zod';
import { instant, isoDate, itemsOf } from './common.js';
import { planContent, textField, validIsoDate, yearField } from './plans.js';

export const reviewKind = z.enum(['so_ket', 'tong_ket']);
export type ReviewKind = z.infer<typeof reviewKind>;

/** The report's document (also the body the editor sends): a plan's document with its header columns. */
export const reviewContent = planContent.extend({
  typeName: textField(50).optional(),
  number: textField(50).nullable(),
  issuedOn: validIsoDate.nullable(),
  year: yearField,
  title: textField(500).min(5),
});
export type ReviewContent = z.infer<typeof reviewContent>;

export const review = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  kind: reviewKind,
  kindName: z.string(),
  /** the figures are counted up to this date */
  asOf: isoDate,
  content: reviewContent,
  version: z.number().int(),
  updatedAt: instant,
});
export type Review = z.infer<typeof review>;
export const reviewList = itemsOf(review);
