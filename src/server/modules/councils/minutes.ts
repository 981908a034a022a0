/** Biên bản họp Hội đồng TĐKT và kết quả kiểm phiếu, as DOCX, from the session's data. */
import { officialDocx, type Block } from '../../documents/official.js';
import type { Ctx } from '../../platform/context.js';
import { Conflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import * as units from '../units/repo.js';
import { getSession } from './service.js';

const pct = (n: number, total: number) => (total ? `${Math.round((n * 1000) / total) / 10}`.replace('.', ',') + '%' : '—');

export async function minutes(deps: Deps, ctx: Ctx, id: number): Promise<{ filename: string; buffer: Buffer }> {
  const s = await getSession(deps, ctx, id);
  if (s.state !== 'closed') throw new Conflict('Biên bản kiểm phiếu chỉ lập được khi đã kết thúc bỏ phiếu.', undefined, 'INVALID_STATE');
  const unit = (await units.findById(deps.database.db, s.unitId))!;
  const parent = unit.parentId ? await units.findById(deps.database.db, unit.parentId) : undefined;
  const present = s.members.filter((m) => m.present);
  const absent = s.members.filter((m) => !m.present);
  const chair = s.members.find((m) => m.role === 'chu_tich');
  const secretary = s.members.find((m) => m.role === 'thu_ky');
  const body: Block[] = [
    { kind: 'paragraph', text: `Hôm nay, ngày ${s.heldOn.slice(8, 10)}/${s.heldOn.slice(5, 7)}/${s.heldOn.slice(0, 4)}, Hội đồng Thi đua - Khen thưởng ${unit.name} họp xét đề nghị khen thưởng: ${s.title}.` },
    { kind: 'heading', text: 'I. THÀNH PHẦN' },
    { kind: 'paragraph', text: `Tổng số thành viên Hội đồng: ${s.membersTotal}; có mặt: ${present.length}; vắng mặt: ${absent.length}.` },
    {
      kind: 'table',
      columns: [
        { title: 'STT', widthPct: 8, align: 'center' },
        { title: 'Họ và tên', widthPct: 34 },
        { title: 'Chức danh trong Hội đồng', widthPct: 24 },
        { title: 'Có mặt / vắng', widthPct: 14, align: 'center' },
        { title: 'Ý kiến bằng văn bản', widthPct: 20 },
      ],
      rows: s.members.map((m, i) => [String(i + 1), m.fullName, m.roleName, m.present ? 'Có mặt' : 'Vắng', m.writtenOpinion ?? '']),
    },
    { kind: 'heading', text: 'II. KẾT QUẢ BỎ PHIẾU KÍN' },
    { kind: 'paragraph', text: 'Tỷ lệ tính trên tổng số thành viên Hội đồng. Phiếu được bỏ kín, điện tử; hệ thống chỉ ghi nhận thành viên đã bỏ phiếu, không ghi nội dung phiếu của từng người.', italic: true },
    {
      kind: 'table',
      columns: [
        { title: 'STT', widthPct: 6, align: 'center' },
        { title: 'Họ tên / tập thể', widthPct: 22 },
        { title: 'Danh hiệu, hình thức', widthPct: 18 },
        { title: 'Đồng ý', widthPct: 9, align: 'center' },
        { title: 'Không đồng ý', widthPct: 9, align: 'center' },
        { title: 'Không biểu quyết', widthPct: 9, align: 'center' },
        { title: 'Tỷ lệ đồng ý', widthPct: 9, align: 'center' },
        { title: 'Kết quả', widthPct: 18, align: 'center' },
      ],
      rows: s.items.map((i, n) => {
        const r = i.result;
        return [
          String(n + 1),
          i.name,
          i.awardName,
          String(r?.yes ?? 0),
          String(r?.no ?? 0),
          String(r?.abstain ?? 0),
          pct(r?.yes ?? 0, s.membersTotal),
          r?.passed === true ? 'Đạt' : r?.passed === false ? 'Không đạt' : 'Chưa có ngưỡng',
        ];
      }),
    },
    ...s.items.filter((i) => i.result?.rule).slice(0, 1).map((i) => ({ kind: 'paragraph' as const, text: `Ngưỡng áp dụng: ${i.result!.rule}.`, italic: true })),
  ];
  const recusals = s.items.flatMap((i) => i.recused.map((r) => `${s.members.find((m) => m.id === r.memberId)?.fullName ?? r.memberId} không biểu quyết trường hợp ${i.name}: ${r.reason}.`));
  if (recusals.length) {
    body.push({ kind: 'heading', text: 'III. TRÁNH XUNG ĐỘT LỢI ÍCH' });
    for (const line of recusals) body.push({ kind: 'paragraph', text: line });
  }
  body.push({ kind: 'paragraph', text: `Biên bản kết thúc lúc phiên bỏ phiếu đóng, được lập thành 02 bản. (Phiên họp số ${s.id}.)` });
  const buffer = await officialDocx({
    issuer: { parent: parent?.name, name: `Hội đồng Thi đua - Khen thưởng ${unit.name}` },
    number: null,
    numberSuffix: 'BB-HĐTĐKT',
    place: unit.name,
    date: s.heldOn,
    typeName: 'BIÊN BẢN',
    summary: 'Họp xét đề nghị khen thưởng và kiểm phiếu',
    body,
    signer: { authority: 'CHỦ TỊCH HỘI ĐỒNG', position: '', name: chair?.fullName ?? '' },
    recipients: ['Thành viên Hội đồng;', `Lưu: ${secretary ? 'Thư ký Hội đồng' : 'VT'}.`],
  });
  return { filename: `bien-ban-hop-hoi-dong-${s.id}.docx`, buffer };
}
