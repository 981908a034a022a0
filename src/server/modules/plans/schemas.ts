/** Request schemas of plans (the plan's document itself is the shared contract's: the web edits it). */
import { z } from 'zod';
import { planContent, textField as text, validIsoDate as isoDate, yearField as year } from '../../../shared/contract/plans.js';

/** the version a write is based on (optimistic concurrency), shared by the planning modules */
export const versionField = z.number().int().positive();
const version = versionField;

const planNumber = text(50)
  .regex(/^[0-9]+\/[\p{L}0-9.\-–]+$/u, 'Số kế hoạch dạng "27/KH-UBND"')
  .nullish();

export const createPlanBody = z
  .object({
    unitId: z.number().int().positive(),
    year,
    title: text(500).min(5, 'Tên (trích yếu) từ 5 ký tự'),
    number: planNumber,
    /** start from the upper plan: its bases and theme are copied, "Thực hiện Kế hoạch số …" written */
    parentPlanId: z.number().int().positive().nullish(),
    content: planContent.partial().optional(),
  })
  .strict();

export const updatePlanBody = z
  .object({
    version,
    title: text(500).min(5, 'Tên (trích yếu) từ 5 ký tự').optional(),
    number: planNumber,
    year: year.optional(),
    content: planContent.optional(),
    cascadeDue: isoDate.nullish(),
    cascadeScope: z.enum(['children', 'subtree']).nullish(),
  })
  .strict();

export const issuePlanBody = z
  .object({
    version,
    number: text(50).regex(/^[0-9]+\/[\p{L}0-9.\-–]+$/u, 'Số kế hoạch dạng "27/KH-UBND"'),
    issuedOn: isoDate,
  })
  .strict();

export const listPlansQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  status: z.enum(['draft', 'issued', 'superseded']).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const cascadeQuery = z.object({
  status: z.enum(['issued', 'issued_late', 'draft', 'late', 'pending']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const cascadeBody = z
  .object({ version, cascadeDue: isoDate, cascadeScope: z.enum(['children', 'subtree']).default('children') })
  .strict();
