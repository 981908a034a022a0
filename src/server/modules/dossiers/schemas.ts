import { z } from 'zod';
import { AWARD_TYPES } from '../../../domain/index.js';
import { DOSSIER_STATES } from '../../../domain/dossier/workflow.js';
import { boolQuery, pageQuery } from '../../platform/http.js';

const year = z.coerce.number().int().min(1945, 'Năm từ 1945 trở đi').max(2100, 'Năm đến 2100');
const text = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự`);

export const createDossierBody = z
  .object({
    proposingUnitId: z.number().int().positive(),
    receivingUnitId: z.number().int().positive(),
    awardType: z.enum(AWARD_TYPES),
    year,
    title: text(500).min(3, 'Tên hồ sơ từ 3 ký tự').optional(),
    movement: text(500).nullish(),
    /** the movement record (dossiers of type phong_trao): its quotas, deadline and documents are checked */
    movementId: z.number().int().positive().nullish(),
    note: text(2000).nullish(),
  })
  .strict();

export const updateDossierBody = z
  .object({
    version: z.number().int().positive(),
    receivingUnitId: z.number().int().positive().optional(),
    awardType: z.enum(AWARD_TYPES).optional(),
    year: year.optional(),
    title: text(500).min(3, 'Tên hồ sơ từ 3 ký tự').optional(),
    movement: text(500).nullish(),
    /** the movement record (dossiers of type phong_trao): its quotas, deadline and documents are checked */
    movementId: z.number().int().positive().nullish(),
    note: text(2000).nullish(),
  })
  .strict();

export const listDossierQuery = z.object({
  ...pageQuery,
  box: z.enum(['outgoing', 'incoming']).optional(),
  state: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const list = s.split(',').map((x) => x.trim()).filter(Boolean);
      const bad = list.filter((x) => !(DOSSIER_STATES as readonly string[]).includes(x));
      if (bad.length) {
        ctx.addIssue({ code: 'custom', message: `Trạng thái không hợp lệ: ${bad.join(', ')}` });
        return z.NEVER;
      }
      return list;
    }),
  year: year.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(200).optional(),
  overdue: boolQuery,
});
export type ListDossierQuery = z.infer<typeof listDossierQuery>;

export const nomineeBody = z
  .object({
    subject: z.enum(['person', 'unit', 'household']),
    subjectId: z.number().int().positive(),
    award: z.string().trim().min(1).max(40),
    achievement: text(4000).nullish(),
  })
  .strict();

export const updateNomineeBody = z
  .object({
    version: z.number().int().positive(),
    award: z.string().trim().min(1).max(40).optional(),
    achievement: text(4000).nullish(),
  })
  .strict();

export const nomineeParams = z.object({ id: z.coerce.number().int().positive(), nomineeId: z.coerce.number().int().positive() });
export const fileParams = z.object({ id: z.coerce.number().int().positive(), fileId: z.coerce.number().int().positive() });
export const versionQuery = z.object({ version: z.coerce.number().int().positive() });

export const transitionBody = z
  .object({
    version: z.number().int().positive(),
    reason: text(4000).nullish(),
    /** per-nominee reasons when returning for supplement */
    items: z.array(z.object({ nomineeId: z.number().int().positive(), reason: text(2000).min(1, 'Nhập lý do') }).strict()).max(2000).optional(),
    /** the consultation window in working days (when no tenant default is set) */
    days: z.number().int().min(1).max(60).optional(),
    /** forward: the upper unit inside tdkt that receives a new dossier with the same nominees */
    toUnitId: z.number().int().positive().optional(),
  })
  .strict();
export type TransitionBody = z.infer<typeof transitionBody>;

export const overrideBody = z
  .object({
    version: z.number().int().positive(),
    /** null clears the override */
    reason: text(2000).min(5, 'Lý do chấp nhận từ 5 ký tự').nullable(),
  })
  .strict();

export const DOC_TYPES = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'chung_nhan_sang_kien', 'minh_chung', 'khac'] as const;
export const DOC_TYPE_NAMES: Record<(typeof DOC_TYPES)[number], string> = {
  to_trinh: 'Tờ trình',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  bien_ban: 'Biên bản họp xét',
  chung_nhan_sang_kien: 'Chứng nhận sáng kiến, đề tài',
  minh_chung: 'Tài liệu minh chứng',
  khac: 'Tài liệu khác',
};
export const uploadQuery = z.object({
  docType: z.enum(DOC_TYPES),
  nomineeId: z.coerce.number().int().positive().optional(),
});
