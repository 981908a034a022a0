/** Request schemas of reviews (sơ kết, tổng kết); the report's document is the shared contract's. */
import { z } from 'zod';
import { validIsoDate as isoDate } from '../../../shared/contract/plans.js';
import { reviewContent } from '../../../shared/contract/reviews.js';
import { versionField as version } from '../plans/schemas.js';

export const createReviewBody = z.object({ kind: z.enum(['so_ket', 'tong_ket']), asOf: isoDate.optional() }).strict();
export const updateReviewBody = z.object({ version, content: reviewContent }).strict();
