/** The decision as an official document (NĐ 30/2020 layout): DOCX and PDF, and the certificates PDF. */
import { amountInWords } from '../../../domain/index.js';
import { certificatesPdf, type CertificateItem } from '../../documents/certificate.js';
import { officialDocx, type Block, type OfficialDocument } from '../../documents/official.js';
import { officialPdf } from '../../documents/pdf.js';
import type { Ctx } from '../../platform/context.js';
import { Conflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { currentLayout } from '../certificates/service.js';
import * as repo from './repo.js';
import { load, type DecisionRow } from './service.js';

const vnd = (n: number) => n.toLocaleString('vi-VN');
const viDate = (iso: string) => `ngày ${iso.slice(8, 10)} tháng ${Number(iso.slice(5, 7)) < 3 ? iso.slice(5, 7) : Number(iso.slice(5, 7))} năm ${iso.slice(0, 4)}`;
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

async function document(deps: Deps, x: DecisionRow): Promise<OfficialDocument> {
  const unit = (await units.findById(deps.database.db, x.unitId))!;
  const parent = unit.parentId ? await units.findById(deps.database.db, unit.parentId) : undefined;
  const awards = [...new Set(x.lines.map((l) => l.awardName))];
  const people = x.lines.filter((l) => l.subject === 'person').length;
  const collectives = x.lines.filter((l) => l.subject === 'unit').length;
  const households = x.lines.filter((l) => l.subject === 'household').length;
  const who = [people && `${people} cá nhân`, collectives && `${collectives} tập thể`, households && `${households} hộ gia đình`].filter(Boolean).join(', ');
  const d = (await repo.dossierHeading(deps.database.db, x.dossierId))!;
  const body: Block[] = [
    { kind: 'paragraph', text: 'QUYẾT ĐỊNH:', bold: true, center: true },
    { kind: 'paragraph', text: `Điều 1. Tặng ${awards.join(', ')} cho ${who} có thành tích năm ${d.year} (có danh sách kèm theo).` },
    {
      kind: 'paragraph',
      text: x.total
        ? `Điều 2. Tiền thưởng kèm theo thực hiện theo quy định hiện hành, tổng cộng ${vnd(x.total)} đồng (${amountInWords(x.total)}), chi từ quỹ thi đua, khen thưởng.`
        : 'Điều 2. Tiền thưởng kèm theo thực hiện theo quy định hiện hành.',
    },
    { kind: 'paragraph', text: `Điều 3. Quyết định có hiệu lực kể từ ngày ký. Văn phòng, Phòng Nội vụ (cơ quan thường trực Hội đồng Thi đua - Khen thưởng), ${d.proposingUnitName} và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.` },
    { kind: 'pageBreak' },
    { kind: 'paragraph', text: 'DANH SÁCH', bold: true, center: true },
    { kind: 'paragraph', text: `(Kèm theo Quyết định số ${x.number ?? '……'} ${x.decisionDate ? viDate(x.decisionDate) : ''} của ${upperFirst(x.signerTitle ?? 'người có thẩm quyền')} ${unit.name})`, italic: true, center: true },
    {
      kind: 'table',
      columns: [
        { title: 'STT', widthPct: 7, align: 'center' },
        { title: 'Họ và tên / Tên tập thể', widthPct: 30 },
        { title: 'Chức vụ, đơn vị', widthPct: 27 },
        { title: 'Danh hiệu, hình thức', widthPct: 18 },
        { title: 'Tiền thưởng (đồng)', widthPct: 18, align: 'right' },
      ],
      rows: x.lines.map((l, i) => [String(i + 1), l.name, [l.position, l.unitName].filter(Boolean).join(', '), l.awardName, l.amount !== null ? vnd(l.amount) : (l.moneyNote ?? '')]),
      totalRow: ['', 'Tổng cộng', '', '', vnd(x.total)],
    },
  ];
  return {
    issuer: { parent: parent?.name, name: `Ủy ban nhân dân ${unit.name.replace(/^(Xã|Phường|Đặc khu|Tỉnh|Thành phố) /, (m) => m.toLowerCase())}` },
    number: x.number,
    numberSuffix: 'QĐ-UBND',
    place: unit.name.replace(/^(Xã|Phường|Đặc khu|Tỉnh|Thành phố) /, ''),
    date: x.decisionDate,
    year: d.year,
    typeName: 'QUYẾT ĐỊNH',
    summary: `Về việc khen thưởng năm ${d.year}`,
    summaryNote: `${upperFirst(x.signerTitle ?? 'Chủ tịch')} ${unit.name}`.toUpperCase(),
    bases: [...x.bases, `Theo đề nghị của ${d.proposingUnitName} (hồ sơ ${d.code}) và kết quả họp xét của Hội đồng Thi đua - Khen thưởng.`],
    body,
    recipients: ['Như Điều 3;', 'Lưu: VT, NV.'],
    signer: { authority: x.signerAuthority ?? undefined, position: (x.signerTitle ?? '').toUpperCase(), name: x.signerName ?? '' },
  };
}

export async function decisionDocx(deps: Deps, ctx: Ctx, id: number) {
  const x = await load(deps.database.db, id);
  authorize(ctx.actor, 'read', { type: 'decision', unitPath: x.unitPath });
  return { filename: `quyet-dinh-${x.id}.docx`, buffer: await officialDocx(await document(deps, x)) };
}

export async function decisionPdf(deps: Deps, ctx: Ctx, id: number) {
  const x = await load(deps.database.db, id);
  authorize(ctx.actor, 'read', { type: 'decision', unitPath: x.unitPath });
  return { filename: `quyet-dinh-${x.id}.pdf`, buffer: await officialPdf(await document(deps, x)) };
}

/** One page per awardee, each with a QR code to the public verification page. */
export async function certificates(deps: Deps, ctx: Ctx, id: number, baseUrl: string) {
  const x = await load(deps.database.db, id);
  authorize(ctx.actor, 'export', { type: 'decision', unitPath: x.unitPath });
  if (x.state !== 'issued') throw new Conflict('Chỉ in giấy chứng nhận khi quyết định đã ban hành.', undefined, 'NOT_ISSUED');
  const unit = (await units.findById(deps.database.db, x.unitId))!;
  const certs = await repo.certificatesOf(deps.database.db, id);
  const genders = await repo.gendersOf(deps.database.db, id);
  const place = unit.name.replace(/^(Xã|Phường|Đặc khu|Tỉnh|Thành phố) /, '');
  const items: CertificateItem[] = certs.map((c, i) => {
    const l = x.lines[i] ?? x.lines.find((ln) => ln.award === c.award)!;
    const honor = l.subject === 'person' ? (genders.get(Number(l.personId)) === 'nu' ? 'Bà ' : 'Ông ') : '';
    return {
      issuer: `${(x.signerTitle ?? 'CHỦ TỊCH').toUpperCase()} ỦY BAN NHÂN DÂN ${unit.name.toUpperCase()}`,
      awardTitle: l.award === 'BK_TINH' ? 'BẰNG KHEN' : 'GIẤY KHEN',
      name: `${honor}${l.name}`,
      unit: [l.position, l.unitName].filter(Boolean).join(', ') || null,
      achievement: l.achievement ?? `Đã có thành tích trong công tác năm ${x.decisionDate?.slice(0, 4) ?? ''}`,
      decision: `Quyết định số ${x.number} ${x.decisionDate ? viDate(x.decisionDate) : ''}`,
      placeDate: `${place}, ${x.decisionDate ? viDate(x.decisionDate) : ''}`,
      signerTitle: (x.signerTitle ?? '').toUpperCase(),
      signerName: x.signerName ?? '',
      verifyUrl: `${baseUrl}/verify/${c.code}`,
      code: `Mã xác thực: ${c.code}`,
    };
  });
  if (items.length === 0) throw new Conflict('Quyết định không có giấy chứng nhận nào để in.', undefined, 'NO_CERTIFICATES');
  const { layout } = await currentLayout(deps.database.db);
  return { filename: `giay-khen-${x.id}.pdf`, buffer: await certificatesPdf(items, layout) };
}
