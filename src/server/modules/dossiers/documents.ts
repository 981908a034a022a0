/** The tờ trình (Mẫu số 01) and the nominee list of a dossier as DOCX, built from its data. */
import { AWARD_TYPE_NAMES, awardName, isAwardCode, type AwardType } from '../../../domain/index.js';
import { nomineeListDocx, proposalMemoDocx, type ProposalData } from '../../documents/dossier-docs.js';
import type { Ctx } from '../../platform/context.js';
import { Forbidden, NotFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { can } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import * as repo from './repo.js';

const SUBJECT = { person: 'ca_nhan', unit: 'tap_the', household: 'ho_gia_dinh' } as const;

async function data(deps: Deps, ctx: Ctx, id: number): Promise<{ d: repo.DossierRow; data: ProposalData }> {
  const db = deps.database.db;
  const d = await repo.findById(db, id);
  if (!d) throw new NotFound('Không tìm thấy hồ sơ đề nghị khen thưởng.');
  const readable = can(ctx.actor, 'read', { type: 'dossier', unitPath: d.proposingPath }) || (d.state !== 'draft' && can(ctx.actor, 'read', { type: 'dossier', unitPath: d.receivingPath }));
  if (!readable) throw new Forbidden('Bạn không có quyền truy cập dữ liệu của đơn vị này.');
  const proposing = (await units.findById(db, d.proposingUnitId))!;
  const parent = proposing.parentId ? await units.findById(db, proposing.parentId) : undefined;
  const nominees = await repo.nominees(db, id);
  const receivingTitle = d.receivingUnitId === d.proposingUnitId ? `Hội đồng Thi đua - Khen thưởng ${d.receivingUnitName}` : `Chủ tịch, Hội đồng Thi đua - Khen thưởng ${d.receivingUnitName}`;
  return {
    d,
    data: {
      issuer: { parent: parent?.name, name: proposing.name },
      place: proposing.address?.split(',').pop()?.trim() || proposing.name,
      date: null,
      year: d.year,
      recipient: receivingTitle,
      awardTypeName: AWARD_TYPE_NAMES[d.awardType as AwardType] ?? d.awardType,
      movement: d.movement,
      code: d.code,
      nominees: nominees.map((n) => ({
        name: n.name,
        subject: SUBJECT[n.subject],
        position: n.subjectPosition,
        unitName: n.subject === 'person' ? n.subjectUnitName : null,
        awardCode: n.award,
        awardName: isAwardCode(n.award) ? awardName(n.award) : n.award,
        achievement: n.achievement,
      })),
    },
  };
}

export async function proposalMemo(deps: Deps, ctx: Ctx, id: number) {
  const { d, data: input } = await data(deps, ctx, id);
  return { filename: `to-trinh-${d.code}.docx`, buffer: await proposalMemoDocx(input) };
}

export async function nomineeList(deps: Deps, ctx: Ctx, id: number) {
  const { d, data: input } = await data(deps, ctx, id);
  return { filename: `danh-sach-${d.code}.docx`, buffer: await nomineeListDocx(input) };
}
