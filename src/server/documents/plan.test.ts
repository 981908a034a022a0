import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clauseTitle, numberedClauses, type PlanDocumentData } from '../../domain/planning/plan.js';
import { SEED_PLANS } from '../../../test/fixtures/plans/index.js';
import { docxText } from './docx-text.js';
import { planDocx, planPdf, planToOfficial, sectionHeading } from './plan.js';

// ─── helpers ─────────────────────────────────────────────────────────────────────────────────────

const nfc = (s: string) => s.normalize('NFC');
/** words may be set apart by justification or line breaks: compare with single spaces */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const upperVi = (s: string) => s.toLocaleUpperCase('vi-VN');

/** the paragraphs of a DOCX, NFC, without the blank ones (table cells split at tabs) */
async function docxLines(buf: Buffer): Promise<string[]> {
  return nfc(await docxText(buf))
    .split(/[\n\t]/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Asserts that each needle starts a line of `lines`, in the given order, and returns the index
 * of each line found.
 */
function expectInOrder(lines: string[], needles: string[]): number[] {
  const at: number[] = [];
  let from = 0;
  for (const needle of needles.map(nfc)) {
    const i = lines.findIndex((l, k) => k >= from && l.startsWith(needle));
    expect(i, `"${needle}" after line ${from} ("${lines[from - 1] ?? ''}")`).toBeGreaterThanOrEqual(0);
    at.push(i);
    from = i + 1;
  }
  return at;
}

/** the clause numbers printed at the start of lines ("1.", "1.2."), as paths ([1], [1, 2]) */
function clauseNumbersIn(lines: string[]): number[][] {
  return lines.flatMap((l) => {
    const m = /^(\d+(?:\.\d+)*)\.\s/.exec(l);
    return m ? [m[1].split('.').map(Number)] : [];
  });
}

/** the next number of an outline: a first child ("1." → "1.1.") or the next sibling of itself or an ancestor */
function followsOutline(prev: number[] | null, next: number[]): boolean {
  if (!prev) return next.length === 1 && next[0] === 1;
  if (next.length === prev.length + 1 && next.slice(0, -1).join('.') === prev.join('.') && next[next.length - 1] === 1) return true;
  if (next.length > prev.length) return false;
  const head = next.slice(0, -1);
  return head.join('.') === prev.slice(0, head.length).join('.') && next[next.length - 1] === prev[next.length - 1] + 1;
}

/** "1.", "1.1.", "1.2.", "2." … for top clauses with the given numbers of sub-clauses */
function outline(children: number[]): string[] {
  return children.flatMap((n, i) => [`${i + 1}.`, ...Array.from({ length: n }, (_x, k) => `${i + 1}.${k + 1}.`)]);
}

// ─── what each seed shows, written from the seed text (not from the fixtures) ───────────────────

interface SeedShape {
  sections: string[];
  /** per section, the sub-clause count of each top clause */
  clauses: number[][];
  quarters?: string[];
  /** "Căn cứ …" lines before section I */
  bases: number;
  signer: string[];
}

const SHAPES: Record<string, SeedShape> = {
  '000_7a4e89c7f3b77316.txt': {
    sections: ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN'],
    clauses: [[2, 2], [3, 5, 3, 5, 2], [0, 0, 0]],
    bases: 1,
    signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  },
  '001_ad0d6659f4e2b2fa.txt': {
    sections: ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN'],
    clauses: [[0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
    bases: 0,
    signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  },
  '002_2c6f40ac1cf838ce.txt': {
    sections: ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. THỜI GIAN THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN'],
    // section II of the source skips "10.": printed numbers follow the position
    clauses: [[0, 0, 0], Array<number>(10).fill(0), [0, 0, 0], [0, 0, 0]],
    quarters: ['1. Quý I/2020', '2. Quý II/2020', '3. Quý III - IV/2020'],
    bases: 0,
    signer: ['TM. HỘI ĐỒNG THI ĐUA KT', 'CHỦ TỊCH'],
  },
  '003_3ad677dafebe22cc.txt': {
    sections: ['I. MỤC ĐÍCH – YÊU CẦU', 'II. NỘI DUNG, THỜI GIAN THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN'],
    clauses: [[0, 0], [0, 0, 0, 0], [0, 0, 0]],
    quarters: ['1. Quý I/2023', '2. Quý II/2023', '3. Quý III/2023', '4. Quý IV/2023'],
    bases: 0,
    signer: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  },
  '004_0e4377ca626c13b7.txt': {
    sections: ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THI ĐUA VÀ KHEN THƯỞNG', 'III. MỘT SỐ GIẢI PHÁP THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN'],
    clauses: [[0, 0], [2, 0], [], []],
    bases: 1,
    signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  },
};

/** "1.1. Tổ chức hiệu quả các phong trào thi…": the number and the first 40 characters of the lead */
function clauseLeads(p: PlanDocumentData): string[][] {
  return p.sections.map((s) =>
    numberedClauses(s).map(({ number, clause }) => {
      const lead = clauseTitle(clause, p.year) ?? clause.text ?? '';
      return `${number} ${lead.slice(0, 40)}`.trim();
    }),
  );
}

// ─── the five seeds: data → DOCX → text ──────────────────────────────────────────────────────────

describe('planDocx: the seed plans round-trip to text with the same structure', () => {
  it('has a fixture for each seed, in order', () => {
    expect(SEED_PLANS.map((s) => s.file)).toEqual(Object.keys(SHAPES));
  });

  it.each(SEED_PLANS.map((s) => [s.file, s.plan] as const))('%s', async (file, plan) => {
    const shape = SHAPES[file];
    const lines = await docxLines(await planDocx(plan));
    const text = squash(lines.join(' '));

    // header, type and title
    expectInOrder(lines, [upperVi(plan.issuer.name), `Số:`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${plan.place}, ngày`]);
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain(nfc(plan.title));
    expect(text).toContain(`/${plan.numberSuffix}`);
    expect(text).toContain(`năm ${plan.year}`);

    // the bases, the upper plan and the preamble come before section I
    const firstSection = lines.indexOf(nfc(shape.sections[0]));
    expect(firstSection).toBeGreaterThan(0);
    const before = lines.slice(0, firstSection);
    expect(before.filter((l) => l.startsWith('Căn cứ'))).toHaveLength(shape.bases);
    expectInOrder(before, [
      'KẾ HOẠCH',
      ...plan.bases,
      ...(plan.upperRef ? [plan.upperRef] : []),
      ...(plan.preamble ?? []).map((p) => p.slice(0, 60)),
    ]);

    // every section heading in order, each clause number and lead in order within its section
    const headings = expectInOrder(lines, shape.sections);
    expect(plan.sections.map((s, i) => sectionHeading(s, i))).toEqual(shape.sections);
    const end = lines.indexOf('Nơi nhận:');
    expect(end).toBeGreaterThan(headings[headings.length - 1]);
    const leads = clauseLeads(plan);
    headings.forEach((start, i) => {
      const body = lines.slice(start + 1, headings[i + 1] ?? end);
      const numbers = clauseNumbersIn(body);
      expect(numbers.map((n) => `${n.join('.')}.`), shape.sections[i]).toEqual(outline(shape.clauses[i]));
      numbers.forEach((n, k) => expect(followsOutline(k ? numbers[k - 1] : null, n), `${shape.sections[i]}: ${n.join('.')}`).toBe(true));
      expectInOrder(body, leads[i]);
    });

    // the timetable by quarter
    if (shape.quarters) expectInOrder(lines, shape.quarters);
    else expect(lines.some((l) => /^\d+\. Quý [IV]+/.test(l))).toBe(false);

    // closing, recipients, signature
    expectInOrder(lines, [...(plan.closing ?? []).map((c) => c.slice(0, 60)), 'Nơi nhận:', ...plan.recipients.map((r) => `- ${r}`)]);
    expectInOrder(lines.slice(end), [...shape.signer, plan.signer!.name]);
  });
});

// ─── the mapping itself ──────────────────────────────────────────────────────────────────────────

const small: PlanDocumentData = {
  issuer: { name: 'Ủy ban nhân dân xã Thử Nghiệm' },
  number: '12/KH-UBND',
  place: 'Thử Nghiệm',
  issuedOn: '2026-01-05',
  year: 2026,
  title: 'Công tác thi đua, khen thưởng năm 2026',
  bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
  upperRef: 'Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2026 của UBND huyện;',
  theme: 'Đoàn kết, sáng tạo, về đích sớm',
  sections: [
    {
      kind: 'muc_dich_yeu_cau',
      title: '',
      clauses: [
        { title: 'Mục đích', text: 'Nhằm động viên cán bộ, công chức và Nhân dân thi đua hoàn thành các chỉ tiêu năm 2026.' },
        { title: 'Yêu cầu.', text: 'Thiết thực, hiệu quả.', responsible: 'Công chức Văn phòng - Thống kê chủ trì' },
      ],
    },
    { kind: 'thoi_gian', title: 'Thời gian thực hiện', clauses: [{ quarter: 1, paragraphs: ['- Đăng ký thi đua.'] }, { quarter: 4, title: 'Quý IV và cuối năm' }] },
  ],
  closing: ['Trên đây là Kế hoạch công tác thi đua, khen thưởng năm 2026./.'],
  recipients: ['UBND huyện;', 'Lưu: VT.'],
  signer: { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Văn A' },
};

describe('planToOfficial', () => {
  it('builds a KẾ HOẠCH with the title as trích yếu, the bases, and the sections in order', () => {
    const doc = planToOfficial(small);
    expect(doc.typeName).toBe('KẾ HOẠCH');
    expect(doc.summary).toBe(small.title);
    expect(doc.bases).toEqual(small.bases);
    expect(doc.number).toBe('12/KH-UBND');
    expect(doc.date).toBe('2026-01-05');
    expect(doc.body.map((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      'Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2026 của UBND huyện;',
      // a theme no paragraph quotes gets its own line
      'Chủ đề thi đua năm 2026: “Đoàn kết, sáng tạo, về đích sớm”.',
      // a section without a title takes the usual one of its kind
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích: Nhằm động viên cán bộ, công chức và Nhân dân thi đua hoàn thành các chỉ tiêu năm 2026.',
      '2. Yêu cầu. Thiết thực, hiệu quả.',
      'Đơn vị thực hiện: Công chức Văn phòng - Thống kê chủ trì',
      'II. THỜI GIAN THỰC HIỆN',
      '1. Quý I/2026',
      '- Đăng ký thi đua.',
      '2. Quý IV và cuối năm',
      'Trên đây là Kế hoạch công tác thi đua, khen thưởng năm 2026./.',
    ]);
  });

  it('sets a clause title in bold before its text, in one paragraph, and who carries it out in italics', () => {
    const body = planToOfficial(small).body;
    const purpose = body.find((b) => b.kind === 'paragraph' && b.text.startsWith('1. Mục đích'));
    expect(purpose).toMatchObject({
      runs: [{ text: '1. Mục đích: ', bold: true }, { text: 'Nhằm động viên cán bộ, công chức và Nhân dân thi đua hoàn thành các chỉ tiêu năm 2026.' }],
    });
    expect(body.find((b) => b.kind === 'paragraph' && b.text.startsWith('Đơn vị thực hiện'))).toMatchObject({ italic: true });
    // a title alone is a heading: kept with what follows it
    expect(body.find((b) => b.kind === 'heading' && b.text === '1. Quý I/2026')).toBeTruthy();
  });

  it('does not repeat a theme the text already quotes', () => {
    const quoted = { ...small, preamble: [`Thực hiện chủ đề “${small.theme}”, UBND xã ban hành Kế hoạch như sau:`] };
    expect(planToOfficial(quoted).body.some((b) => b.kind === 'paragraph' && b.text.startsWith('Chủ đề thi đua'))).toBe(false);
  });

  it('writes a title and its text as one paragraph in the DOCX', async () => {
    const lines = await docxLines(await planDocx(small));
    expectInOrder(lines, [
      'Số: 12/KH-UBND',
      'Thử Nghiệm, ngày 05 tháng 01 năm 2026',
      'KẾ HOẠCH',
      'Công tác thi đua, khen thưởng năm 2026',
      'Căn cứ Luật Thi đua',
      'Thực hiện Kế hoạch số 5/KH-UBND',
      'Chủ đề thi đua năm 2026',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích: Nhằm động viên cán bộ, công chức và Nhân dân thi đua hoàn thành các chỉ tiêu năm 2026.',
      '2. Yêu cầu. Thiết thực, hiệu quả.',
      'Đơn vị thực hiện: Công chức Văn phòng - Thống kê chủ trì',
      'II. THỜI GIAN THỰC HIỆN',
      '1. Quý I/2026',
      '2. Quý IV và cuối năm',
      'Trên đây là Kế hoạch',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
    ]);
  });
});

// ─── PDF ─────────────────────────────────────────────────────────────────────────────────────────

function onPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, cmd))) return path.join(dir, cmd);
  }
  return null;
}

const pdftotext = onPath('pdftotext');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** the text of a PDF by pdftotext, NFC, on one line */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-plan-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'a.pdf'), pdf);
  const r = spawnSync(pdftotext!, ['-enc', 'UTF-8', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return squash(nfc(r.stdout));
}

describe('planPdf', () => {
  it('writes the largest seed plan as a PDF with its title, headings and clauses', async () => {
    const { plan } = SEED_PLANS.reduce((a, b) => (JSON.stringify(b.plan).length > JSON.stringify(a.plan).length ? b : a));
    const buf = await planPdf(plan);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // the text part needs poppler's pdftotext (installed in CI); without it only the bytes are checked
    if (!pdftotext) return;
    const text = pdfText(buf);
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain(nfc(plan.title));
    let from = 0;
    for (const s of plan.sections.map((sec, i) => sectionHeading(sec, i))) {
      const at = text.indexOf(nfc(s), from);
      expect(at, s).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(text).toContain(nfc(plan.signer!.name));
  });

  it.skipIf(!pdftotext)('sets a bold clause title and its text on the same line in the PDF', async () => {
    const text = pdfText(await planPdf(small));
    expect(text).toContain('1. Mục đích: Nhằm động viên cán bộ, công chức');
    expect(text).toContain('2. Yêu cầu. Thiết thực, hiệu quả.');
    expect(text).toContain('Đơn vị thực hiện: Công chức Văn phòng - Thống kê chủ trì');
    expect(text).toContain('1. Quý I/2026');
  });
});
