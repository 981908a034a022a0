/** The tờ trình (Mẫu số 01) and the nominee list of a dossier as DOCX, built from its data. */
import { AWARD_TYPE_NAMES, awardName, isAwardCode, type AwardType } from '../../../domain/index.js';
import JSZip from 'jszip';
import { nomineeListDocx, proposalMemoDocx, type ProposalData } from '../../documents/dossier-docs.js';
import { officialDocx, type Block } from '../../documents/official.js';
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

/**
 * A báo cáo thành tích to fill (after Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP, for individuals;
 * the same outline for collectives), pre-filled from the registry: who, the award proposed, the
 * ratings and the awards already in the register.
 */
export async function achievementReport(deps: Deps, ctx: Ctx, dossierId: number, nomineeId: number) {
  const { d } = await data(deps, ctx, dossierId);
  const db = deps.database.db;
  const n = await repo.findNominee(db, dossierId, nomineeId);
  if (!n) throw new NotFound('Không tìm thấy dòng đề nghị trong hồ sơ này.');
  const awards = await repo.awardsOfSubject(db, n);
  const ratings = n.subject === 'household' ? [] : await repo.ratingsOfSubject(db, n);
  const awardLabel = isAwardCode(n.award) ? awardName(n.award) : n.award;
  const person = n.subject === 'person';
  const body: Block[] = [
    { kind: 'heading', text: person ? 'I. SƠ LƯỢC LÝ LỊCH' : 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH' },
    ...(person
      ? [
          { kind: 'paragraph' as const, text: `- Họ tên: ${n.name}` },
          { kind: 'paragraph' as const, text: `- Chức vụ, đơn vị công tác: ${[n.subjectPosition, n.subjectUnitName].filter(Boolean).join(', ') || '……'}` },
          { kind: 'paragraph' as const, text: '- Sinh ngày, tháng, năm: ……   Giới tính: ……   Quê quán: ……' },
          { kind: 'paragraph' as const, text: '- Trình độ chuyên môn, nghiệp vụ: ……' },
        ]
      : [{ kind: 'paragraph' as const, text: `- Tên đơn vị: ${n.name}. Đặc điểm, chức năng, nhiệm vụ: ……` }]),
    { kind: 'heading', text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC' },
    { kind: 'paragraph', text: `1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận: ……` },
    { kind: 'paragraph', text: `2. Thành tích đạt được năm ${d.year}: ${n.achievement ?? '……'}` },
    { kind: 'paragraph', text: '3. Các giải pháp, sáng kiến, đề tài đã áp dụng (nếu có): ……' },
    { kind: 'heading', text: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG' },
    ...(ratings.length ? [{ kind: 'paragraph' as const, text: `Kết quả đánh giá, xếp loại: ${ratings.map((r) => `năm ${r.year}: ${r.rating}`).join('; ')}.` }] : []),
    awards.length
      ? {
          kind: 'table' as const,
          columns: [
            { title: 'Năm', widthPct: 14, align: 'center' as const },
            { title: 'Danh hiệu, hình thức', widthPct: 36 },
            { title: 'Số, ngày quyết định; cơ quan ban hành', widthPct: 50 },
          ],
          rows: awards.map((a) => [String(a.year), isAwardCode(a.award) ? awardName(a.award) : a.award, [a.decisionNo, a.decider].filter(Boolean).join('; ')]),
        }
      : { kind: 'paragraph' as const, text: 'Chưa có khen thưởng trong sổ theo dõi khen thưởng.' },
  ];
  const buffer = await officialDocx({
    issuer: { name: n.subject === 'person' ? (n.subjectUnitName ?? d.proposingUnitName) : n.name },
    number: null,
    omitNumber: true,
    place: d.proposingUnitName,
    date: null,
    year: d.year,
    typeName: 'BÁO CÁO THÀNH TÍCH',
    summary: `Đề nghị tặng ${awardLabel}`,
    body,
    signer: { position: person ? 'NGƯỜI BÁO CÁO THÀNH TÍCH' : 'THỦ TRƯỞNG ĐƠN VỊ', name: person ? n.name : '' },
    footerNote: `Mẫu theo Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP — hồ sơ ${d.code}`,
  });
  return { filename: `bao-cao-thanh-tich-${nomineeId}.docx`, buffer };
}

/**
 * The dossier for an upper level outside tdkt: the tờ trình and the list as DOCX, every attached
 * file, and `manifest.json` (format `tdkt-dossier/1`) describing the dossier, its nominees with their
 * identifiers and checks, the files (with sha256) and the history.
 */
export async function exportZip(deps: Deps, ctx: Ctx, id: number) {
  const { d, data: input } = await data(deps, ctx, id);
  const db = deps.database.db;
  const zip = new JSZip();
  zip.file('to-trinh.docx', await proposalMemoDocx(input));
  zip.file('danh-sach.docx', await nomineeListDocx(input));
  const files = await repo.filesOf(db, id);
  const used = new Set<string>();
  const names = files.map((f) => {
    let name = `tep-dinh-kem/${f.id}-${f.filename}`;
    while (used.has(name)) name = `tep-dinh-kem/${f.id}-x-${f.filename}`;
    used.add(name);
    return name;
  });
  for (const [i, f] of files.entries()) zip.file(names[i], (await repo.fileContent(db, f.sha256)) ?? Buffer.alloc(0));
  const nominees = await repo.nominees(db, id);
  const codes = await repo.nomineeCodes(db, id);
  const manifest = {
    format: 'tdkt-dossier/1',
    exportedAt: new Date().toISOString(),
    dossier: {
      code: d.code, title: d.title, year: d.year, awardType: d.awardType, movement: d.movement, state: d.state,
      proposingUnit: d.proposingUnitName, receivingUnit: d.receivingUnitName,
    },
    nominees: nominees.map((n, i) => ({
      subject: n.subject, name: n.name, award: n.award, awardName: isAwardCode(n.award) ? awardName(n.award) : n.award, achievement: n.achievement,
      citizenId: codes[i]?.citizenId ?? null, birthDate: codes[i]?.birthDate ?? null, unitCode: codes[i]?.unitCode ?? null, householdCode: codes[i]?.householdCode ?? null,
      checkStatus: n.checkStatus, overrideReason: n.overrideReason,
    })),
    files: files.map((f, i) => ({ path: names[i], docType: f.docType, filename: f.filename, sha256: f.sha256, size: f.size, mime: f.mime, nominee: f.nomineeId ? (nominees.find((n) => n.id === f.nomineeId)?.name ?? null) : null })),
    history: (await repo.events(db, id)).map((e) => ({ at: e.at, actor: e.actorName, action: e.action, from: e.fromState, to: e.toState, reason: e.reason })),
  };
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { filename: `ho-so-${d.code}.zip`, buffer };
}
