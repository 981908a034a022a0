/**
 * The documents of a proposal dossier (hồ sơ đề nghị khen thưởng) that the software drafts: the
 * tờ trình (Mẫu số 01, Phụ lục Nghị định 152/2025/NĐ-CP) and the list of nominees that goes with
 * it. Both are built from plain data, so the caller decides where the data comes from; the layout
 * is official.ts's.
 */
import { officialDocx, viDateLine, type Block, type OfficialDocument, type TableRowInput } from './official.js';

export type NomineeSubject = 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';

export interface ProposalNominee {
  /** full name of a person, or the name of a collective or household */
  name: string;
  subject: NomineeSubject;
  position?: string | null;
  unitName?: string | null;
  awardCode: string;
  awardName: string;
  /** tóm tắt thành tích */
  achievement?: string | null;
}

export interface ProposalData {
  /** the proposing body, in normal case ("Ủy ban nhân dân xã Lam Vỹ"): it is also used in sentences */
  issuer: { parent?: string; name: string };
  place: string;
  date: string | null;
  /** the year of the achievements */
  year: number;
  /** who decides, e.g. "Chủ tịch Ủy ban nhân dân xã Lam Vỹ" */
  recipient: string;
  /** e.g. "khen thưởng công trạng" */
  awardTypeName: string;
  /** the emulation movement, if any */
  movement?: string | null;
  /** dossier code, e.g. "HS-000123", printed small in the page footer */
  code: string;
  nominees: ProposalNominee[];
  signer?: { authority?: string; position: string; name: string };
  recipients?: string[];
  /** the memo's number suffix, e.g. "TTr-UBND" (default: "TTr-UBND" for an Ủy ban nhân dân, else "TTr-") */
  numberSuffix?: string;
}

const SUBJECTS: NomineeSubject[] = ['ca_nhan', 'tap_the', 'ho_gia_dinh'];
const SUBJECT_NOUN: Record<NomineeSubject, string> = { ca_nhan: 'cá nhân', tap_the: 'tập thể', ho_gia_dinh: 'hộ gia đình' };

/** Roman numerals for the group headings of a list (I, II, … XII). */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no roman numeral for ${n}`);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, sym] of table) {
    for (; rest >= value; rest -= value) out += sym;
  }
  return out;
}

interface AwardGroup {
  code: string;
  name: string;
  nominees: ProposalNominee[];
}

/** Nominees grouped by award, groups in the order their award first appears. */
function byAward(nominees: ProposalNominee[]): AwardGroup[] {
  const groups = new Map<string, AwardGroup>();
  for (const n of nominees) {
    let g = groups.get(n.awardCode);
    if (!g) groups.set(n.awardCode, (g = { code: n.awardCode, name: n.awardName, nominees: [] }));
    g.nominees.push(n);
  }
  return [...groups.values()];
}

const count = (ns: ProposalNominee[], s: NomineeSubject) => ns.filter((n) => n.subject === s).length;

/** "3 cá nhân, 2 tập thể và 1 hộ gia đình", leaving out the kinds with none. */
function countPhrase(ns: ProposalNominee[]): string {
  const parts = SUBJECTS.map((s) => [count(ns, s), SUBJECT_NOUN[s]] as const)
    .filter(([c]) => c > 0)
    .map(([c, noun]) => `${c} ${noun}`);
  if (parts.length <= 1) return parts[0] ?? '0 cá nhân';
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

const quoted = (s: string) => `“${s}”`;

function summaryOf(d: ProposalData): string {
  return d.movement ? `Về việc đề nghị khen thưởng trong phong trào thi đua ${quoted(d.movement)}` : `Về việc đề nghị khen thưởng năm ${d.year}`;
}

/** "TTr-UBND": the number is given when the memo is signed, the suffix can be printed now. */
function memoSuffix(d: ProposalData): string {
  if (d.numberSuffix) return d.numberSuffix;
  return /^(ủy|uỷ) ban nhân dân/i.test(d.issuer.name.trim()) ? 'TTr-UBND' : 'TTr-';
}

function common(d: ProposalData): Pick<OfficialDocument, 'issuer' | 'place' | 'date' | 'signer' | 'footerNote'> {
  // an undated draft shows the current year (officialDocx's default): it is signed about now,
  // not necessarily in the year of the achievements
  return { issuer: d.issuer, place: d.place, date: d.date, signer: d.signer, footerNote: `Mã hồ sơ: ${d.code}` };
}

/** Tờ trình đề nghị khen thưởng (Mẫu số 01, Phụ lục Nghị định 152/2025/NĐ-CP). */
export async function proposalMemoDocx(d: ProposalData): Promise<Buffer> {
  const groups = byAward(d.nominees);
  const movement = d.movement ? ` trong phong trào thi đua ${quoted(d.movement)}` : '';
  const body: Block[] = [
    {
      kind: 'paragraph',
      text:
        `Trên cơ sở thành tích đạt được năm ${d.year}${movement} và kết quả bình xét, ` +
        `${d.issuer.name} đã xem xét hồ sơ và thống nhất đề nghị ${d.recipient} ${d.awardTypeName} ` +
        `cho ${countPhrase(d.nominees)} có thành tích xuất sắc, cụ thể như sau:`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'STT', widthPct: 8, align: 'center' },
        { title: 'Danh hiệu / hình thức', widthPct: 40 },
        { title: 'Cá nhân', widthPct: 13, align: 'center' },
        { title: 'Tập thể', widthPct: 13, align: 'center' },
        { title: 'Hộ gia đình', widthPct: 13, align: 'center' },
        { title: 'Tổng', widthPct: 13, align: 'center' },
      ],
      rows: groups.map((g, i) => [String(i + 1), g.name, ...SUBJECTS.map((s) => String(count(g.nominees, s))), String(g.nominees.length)]),
      totalRow: ['', 'Tổng cộng', ...SUBJECTS.map((s) => String(count(d.nominees, s))), String(d.nominees.length)],
    },
    { kind: 'paragraph', text: '(Có danh sách và báo cáo thành tích kèm theo)', italic: true },
    { kind: 'paragraph', text: `Kính trình ${d.recipient} xem xét, quyết định./.` },
  ];
  return officialDocx({
    ...common(d),
    number: null,
    numberSuffix: memoSuffix(d),
    typeName: 'TỜ TRÌNH',
    summary: summaryOf(d),
    recipient: d.recipient,
    bases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
    ],
    body,
    recipients: d.recipients ?? ['Như trên;', 'Lưu: VT.'],
  });
}

/** Danh sách đề nghị khen thưởng (landscape), one group of rows per award. */
export async function nomineeListDocx(d: ProposalData): Promise<Buffer> {
  const rows: TableRowInput[] = [];
  byAward(d.nominees).forEach((g, gi) => {
    rows.push({ group: `${roman(gi + 1)}. ${g.name} (${g.nominees.length})` });
    g.nominees.forEach((n, i) => {
      const where = [n.position, n.unitName].filter((s): s is string => !!s?.trim()).join(', ');
      rows.push([String(i + 1), n.name, where, n.awardName, n.achievement ?? '']);
    });
  });
  // the memo's number is given when it is signed: leave it and, for a draft, its date blank
  const memoDate = viDateLine('', d.date).replace(/^Ngày/, 'ngày');
  return officialDocx({
    ...common(d),
    number: null,
    omitNumber: true,
    typeName: 'DANH SÁCH',
    summary: `Đề nghị khen thưởng năm ${d.year}`,
    summaryNote: `(Kèm theo Tờ trình số       /${memoSuffix(d)} ${memoDate} của ${d.issuer.name})`,
    body: [
      {
        kind: 'table',
        columns: [
          { title: 'STT', widthPct: 5, align: 'center' },
          { title: 'Họ và tên / Tên tập thể', widthPct: 20 },
          { title: 'Chức vụ, đơn vị', widthPct: 22 },
          { title: 'Danh hiệu / hình thức đề nghị', widthPct: 17 },
          { title: 'Tóm tắt thành tích', widthPct: 36 },
        ],
        rows,
      },
      { kind: 'paragraph', text: `Danh sách có ${countPhrase(d.nominees)}./.`, italic: true },
    ],
    landscape: true,
  });
}
