import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { certificatesPdf, DEFAULT_CERTIFICATE_LAYOUT, qrModules, qrOperators, validateLayout, type CertificateItem, type CertificateLayout } from './certificate.js';
import type { OfficialDocument, TableRowInput } from './official.js';
import { officialPdf } from './pdf.js';
import { embedFonts, newPdf } from './pdf-fonts.js';
import { textWidth, wrapText } from './pdf-text.js';
import { draftPlan } from './test-samples.js';

// ─── samples ─────────────────────────────────────────────────────────────────────────────────────

const memo: OfficialDocument = {
  issuer: { parent: 'Ủy ban nhân dân tỉnh Bắc Ninh', name: 'Ủy ban nhân dân xã Lam Vỹ' },
  number: null,
  numberSuffix: 'TTr-UBND',
  place: 'Bắc Ninh',
  date: '2026-12-05',
  typeName: 'Tờ trình',
  summary: 'Về việc đề nghị khen thưởng năm 2026',
  recipient: 'Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh',
  bases: [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
  ],
  body: [
    {
      kind: 'paragraph',
      text:
        'Trên cơ sở thành tích đạt được năm 2026 và kết quả bình xét, Ủy ban nhân dân xã Lam Vỹ đã xem xét hồ sơ và thống nhất ' +
        'đề nghị Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh khen thưởng công trạng cho 3 cá nhân và 1 tập thể có thành tích xuất sắc, cụ thể như sau:',
    },
    {
      kind: 'table',
      columns: [
        { title: 'STT', widthPct: 8, align: 'center' },
        { title: 'Họ và tên / Tên tập thể', widthPct: 30 },
        { title: 'Đơn vị', widthPct: 37 },
        { title: 'Hình thức', widthPct: 25 },
      ],
      rows: [
        { group: 'I. Chiến sĩ thi đua cơ sở (2)' },
        ['1', 'Nguyễn Thị Hương', 'Trường Tiểu học Lam Vỹ', 'Chiến sĩ thi đua cơ sở'],
        ['2', 'Đặng Văn Đức', 'Ủy ban nhân dân xã Lam Vỹ', 'Chiến sĩ thi đua cơ sở'],
        { group: 'II. Giấy khen (2)' },
        ['1', 'Hoàng Thị Ngọc Ánh', 'Trạm Y tế xã Lam Vỹ', 'Giấy khen'],
        ['2', 'Trường Tiểu học Lam Vỹ', 'Phòng Giáo dục và Đào tạo', 'Giấy khen'],
      ],
      totalRow: ['', 'Tổng cộng', '', '4'],
    },
    { kind: 'paragraph', text: '(Có danh sách và báo cáo thành tích kèm theo)', italic: true },
    { kind: 'paragraph', text: 'Kính trình Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh xem xét, quyết định./.' },
  ],
  recipients: ['Như trên;', 'Lưu: VT.'],
  signer: { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Văn Thành' },
  footerNote: 'Mã hồ sơ: HS-000123',
};

const NAMES = ['Nguyễn Thị Hương', 'Đặng Văn Đức', 'Hoàng Thị Ngọc Ánh', 'Lê Thị Ánh Tuyết', 'Phạm Quốc Việt'];

function longList(n: number): OfficialDocument {
  const rows: TableRowInput[] = [{ group: `I. Lao động tiên tiến (${n})` }];
  for (let i = 0; i < n; i++) {
    rows.push([String(i + 1), NAMES[i % NAMES.length], 'Giáo viên, Trường Tiểu học Lam Vỹ', 'Lao động tiên tiến', i % 5 === 0 ? 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến được công nhận cấp huyện, có phạm vi ảnh hưởng trong toàn xã.' : 'Hoàn thành tốt nhiệm vụ.']);
  }
  return {
    issuer: { parent: 'Ủy ban nhân dân tỉnh Bắc Ninh', name: 'Ủy ban nhân dân xã Lam Vỹ' },
    number: null,
    omitNumber: true,
    place: 'Bắc Ninh',
    date: '2026-12-05',
    typeName: 'Danh sách',
    summary: 'Đề nghị khen thưởng năm 2026',
    summaryNote: '(Kèm theo Tờ trình số       /TTr-UBND ngày 05 tháng 12 năm 2026 của Ủy ban nhân dân xã Lam Vỹ)',
    body: [
      {
        kind: 'table',
        columns: [
          { title: 'STT', widthPct: 5, align: 'center' },
          { title: 'Họ và tên', widthPct: 20 },
          { title: 'Chức vụ, đơn vị', widthPct: 22 },
          { title: 'Hình thức đề nghị', widthPct: 17 },
          { title: 'Tóm tắt thành tích', widthPct: 36 },
        ],
        rows,
      },
      { kind: 'paragraph', text: `Danh sách có ${n} cá nhân./.`, italic: true },
    ],
    landscape: true,
  };
}

function certificate(i: number, over: Partial<CertificateItem> = {}): CertificateItem {
  const code = `7K3Q-${String(i).padStart(4, '0')}`;
  return {
    issuer: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA',
    awardTitle: 'GIẤY KHEN',
    name: `Bà ${NAMES[i % NAMES.length]}`,
    unit: 'Giáo viên Trường Tiểu học Lam Vỹ',
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua “Dạy tốt, học tốt” năm học 2025 - 2026',
    decision: 'Quyết định số 12/QĐ-UBND ngày 15/12/2026',
    placeDate: 'Định Hóa, ngày 15 tháng 12 năm 2026',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Ma Văn Chung',
    verifyUrl: `https://tdkt.example.gov.vn/xac-thuc/${code}`,
    code: `Mã xác thực: ${code}`,
    ...over,
  };
}

// ─── pdftotext (poppler-utils: installed in CI) ──────────────────────────────────────────────────

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

/** the text of each page (pdftotext ends pages with a form feed), NFC; `layout` keeps blanks left for handwriting on their line */
function pdfPages(pdf: Buffer, layout = false): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-pdf-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'a.pdf'), pdf);
  const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path.join(dir, 'a.pdf'), '-'];
  const r = spawnSync(pdftotext!, args, { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.normalize('NFC').split('\f').slice(0, -1);
}

/** words may be set apart by justification or table cells: compare with single spaces */
const squash = (s: string) => s.replace(/\s+/g, ' ');

// ─── official documents ──────────────────────────────────────────────────────────────────────────

describe('officialPdf', () => {
  it('writes an A4 PDF with metadata', async () => {
    const buf = await officialPdf(memo);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(buf);
    // the last paragraph goes over to page 2 with the signature block
    expect(pdf.getPageCount()).toBe(2);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(pdf.getTitle()).toBe('TỜ TRÌNH - Về việc đề nghị khen thưởng năm 2026');
    expect(pdf.getAuthor()).toBe('tdkt');
    expect(pdf.getCreator()).toBe('tdkt');
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(vi-VN)');
    // four subset fonts: a few tens of kilobytes, not four 500 kB files
    expect(buf.length).toBeLessThan(120_000);
  });

  it.skipIf(!pdftotext)('prints the header, title, body, table and signature with full diacritics', async () => {
    const pages = pdfPages(await officialPdf(memo));
    const text = squash(pages.join(' '));
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
      'ỦY BAN NHÂN DÂN XÃ LAM VỸ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bắc Ninh, ngày 05 tháng 12 năm 2026',
      '/TTr-UBND',
      'TỜ TRÌNH',
      'Về việc đề nghị khen thưởng năm 2026',
      'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Nguyễn Thị Hương',
      'Trường Tiểu học Lam Vỹ',
      'Đặng Văn Đức',
      'Hoàng Thị Ngọc Ánh',
      'I. Chiến sĩ thi đua cơ sở (2)',
      'Tổng cộng',
      'Nơi nhận:',
      '- Như trên;',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn Thành',
      'Mã hồ sơ: HS-000123',
    ]) {
      expect(text).toContain(s);
    }
    expect(text.indexOf('Căn cứ Luật')).toBeLessThan(text.indexOf('Kính trình'));
    expect(text.indexOf('Kính trình')).toBeLessThan(text.indexOf('Nguyễn Văn Thành'));
    // the dossier code is in the footer of every page
    for (const p of pages) expect(p).toContain('Mã hồ sơ: HS-000123');
  });

  it('runs a 60-row table over several landscape pages, numbered from page 2', async () => {
    const buf = await officialPdf(longList(60));
    const pdf = await PDFDocument.load(buf);
    const pages = pdf.getPageCount();
    expect(pages).toBeGreaterThan(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeGreaterThan(height);
    if (!pdftotext) return;
    const texts = pdfPages(buf);
    expect(texts).toHaveLength(pages);
    // the header row is repeated on every page
    for (const t of texts) expect(t).toContain('Tóm tắt thành tích');
    // page numbers at the top, from the second page on
    expect(texts[0].trim()).toMatch(/^ỦY BAN NHÂN DÂN TỈNH BẮC NINH/);
    texts.slice(1).forEach((t, i) => expect(t.trim()).toMatch(new RegExp(`^${i + 2}\\s`)));
    const all = squash(texts.join(' '));
    for (const n of NAMES) expect(all).toContain(n);
    // every row is there, once: 60 rows, the five names in turn
    for (const n of NAMES) expect(all.split(n).length - 1).toBe(12);
    expect(all.split('Hoàn thành tốt nhiệm vụ.').length - 1).toBe(48);
    expect(all).toContain('Danh sách có 60 cá nhân./.');
  });

  it('leaves number and date blank for a draft, and breaks the page where asked', async () => {
    const buf = await officialPdf(
      draftPlan([
        { kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
        { kind: 'paragraph', text: 'Khen thưởng kịp thời <tập thể> & "cá nhân".\nĐoạn thứ hai.' },
        { kind: 'table', columns: [], rows: [] },
        { kind: 'pageBreak' },
        { kind: 'paragraph', text: 'Trang hai.', center: true },
      ]),
    );
    expect((await PDFDocument.load(buf)).getPageCount()).toBe(2);
    if (!pdftotext) return;
    const [one, two] = pdfPages(buf, true);
    expect(one).toMatch(/Số:\s+\/KH-SNV/);
    expect(one).toMatch(/Bắc Ninh, ngày\s+tháng\s+năm 2027/);
    for (const s of ['UBND TỈNH BẮC NINH', 'SỞ NỘI VỤ', 'KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', 'Khen thưởng kịp thời <tập thể> & "cá nhân".', 'Đoạn thứ hai.']) {
      expect(squash(one)).toContain(s);
    }
    expect(one).not.toContain('Trang hai.');
    expect(two).toContain('Trang hai.');
    expect(one).not.toContain('Nơi nhận');
  });

  it('keeps the last paragraph with the signature when they do not fit below the body', async () => {
    // enough paragraphs to fill the first page nearly to the bottom
    const body = Array.from({ length: 12 }, (_, i) => ({ kind: 'paragraph' as const, text: `Đoạn ${i + 1}: ${'Phong trào thi đua được triển khai sâu rộng. '.repeat(3)}` }));
    const buf = await officialPdf({ ...memo, body: [...body, { kind: 'paragraph', text: 'Kính trình xem xét, quyết định./.' }] });
    if (!pdftotext) return;
    const texts = pdfPages(buf);
    const last = texts[texts.length - 1];
    expect(last).toContain('Nguyễn Văn Thành');
    expect(last).toContain('Kính trình xem xét, quyết định./.');
  });
});

describe('text layout', () => {
  it('wraps words within the width, cuts a word longer than a line and keeps a first-line indent', async () => {
    const pdf = await newPdf({ title: 't' });
    const { regular } = await embedFonts(pdf, ['regular']);
    const text = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và Nghị định số 152/2025/NĐ-CP';
    const lines = wrapText(text, regular, 13, 200, 30);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0].indent).toBe(30);
    expect(lines[0].width).toBeLessThanOrEqual(170.01);
    for (const l of lines.slice(1)) expect(l.width).toBeLessThanOrEqual(200.01);
    expect(lines.map((l) => l.words.join(' ')).join(' ')).toBe(text);
    expect(lines.filter((l) => l.last)).toHaveLength(1);

    const long = wrapText('Mãxácthực'.repeat(10), regular, 13, 100);
    expect(long.length).toBeGreaterThan(1);
    for (const l of long) expect(textWidth(regular, l.words.join(' '), 13)).toBeLessThanOrEqual(100.01);
    expect(long.map((l) => l.words.join('')).join('')).toBe('Mãxácthực'.repeat(10));
  });

  it('measures decomposed Vietnamese (NFD) like precomposed text', async () => {
    const pdf = await newPdf({ title: 't' });
    const { bold } = await embedFonts(pdf, ['bold']);
    const nfd = 'Hoàng Thị Ngọc Ánh'.normalize('NFD');
    const [line] = wrapText(nfd, bold, 12, 500);
    expect(line.words.join(' ')).toBe('Hoàng Thị Ngọc Ánh');
  });
});

// ─── certificates ────────────────────────────────────────────────────────────────────────────────

describe('certificatesPdf', () => {
  it('prints one page per awardee, in order, with the QR address encoded but not printed', async () => {
    const items = [certificate(0), certificate(1, { unit: null }), certificate(2, { awardTitle: 'BẰNG KHEN', name: 'Tập thể Lớp 5A Trường Tiểu học Lam Vỹ, xã Định Hóa, tỉnh Thái Nguyên' })];
    const buf = await certificatesPdf(items);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(buf);
    expect(pdf.getPageCount()).toBe(3);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeGreaterThan(height);
    if (!pdftotext) return;
    const texts = pdfPages(buf).map(squash);
    expect(texts).toHaveLength(3);
    texts.forEach((t, i) => {
      expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(t).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA');
      expect(t).toContain(items[i].name);
      expect(t).toContain(items[i].awardTitle);
      expect(t).toContain('Quyết định số 12/QĐ-UBND ngày 15/12/2026');
      expect(t).toContain('Định Hóa, ngày 15 tháng 12 năm 2026');
      expect(t).toContain('Ma Văn Chung');
      expect(t).toContain(items[i].code);
      expect(t).not.toContain(items[i].verifyUrl);
      expect(t).not.toContain('https://');
    });
    expect(texts[0]).toContain('GIẤY KHEN');
    expect(texts[0]).toContain('Bà Nguyễn Thị Hương');
    expect(texts[1]).toContain('Bà Đặng Văn Đức');
    expect(texts[0]).toContain('Giáo viên Trường Tiểu học Lam Vỹ');
    expect(texts[1]).not.toContain('Giáo viên Trường Tiểu học Lam Vỹ');
  });

  it('draws every dark module of the QR code, and nothing else', () => {
    const url = 'https://tdkt.example.gov.vn/xac-thuc/7K3Q-9PZX-M2TD';
    const { size: n, data } = qrModules(url);
    // the same version (size) as the qrcode package picks for the URL on its own
    const reference = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    expect(n).toBe(reference.size);
    const grid = new Uint8Array(n * n);
    const ops = qrOperators(url, { x: 10, y: 10, size: 25 }, 595);
    for (const m of ops.matchAll(/^(\d+) (\d+) (\d+) (\d+) re$/gm)) {
      const [c, r, w, h] = m.slice(1).map(Number);
      for (let y = r; y < r + h; y++) for (let x = c; x < c + w; x++) grid[y * n + x] += 1;
    }
    for (let i = 0; i < n * n; i++) expect(grid[i], `module ${i}`).toBe(data[i] ? 1 : 0);
  });

  it('refuses an empty batch and an invalid layout', async () => {
    await expect(certificatesPdf([])).rejects.toThrow(RangeError);
    const bad = structuredClone(DEFAULT_CERTIFICATE_LAYOUT);
    bad.fields.name.size = -3;
    await expect(certificatesPdf([certificate(0)], bad)).rejects.toThrow(/fields\.name\.size/);
  });

  it('keeps 2,000 certificates under 20 MB', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => certificate(i, { name: `Bà ${NAMES[i % NAMES.length]} ${i}` }));
    const t0 = performance.now();
    const buf = await certificatesPdf(items);
    const ms = performance.now() - t0;
    // eslint-disable-next-line no-console -- a figure for the reader of the test log; timing is asserted in benchmarks only
    console.info(`2,000 certificates: ${(buf.length / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(1)} s`);
    expect(buf.length).toBeLessThan(20 * 1024 * 1024);
    expect((await PDFDocument.load(buf, { updateMetadata: false })).getPageCount()).toBe(2000);
  }, 120_000);
});

describe('validateLayout', () => {
  it('accepts the default layout', () => {
    const r = validateLayout(DEFAULT_CERTIFICATE_LAYOUT);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.layout).toEqual(DEFAULT_CERTIFICATE_LAYOUT);
  });

  it('accepts a layout that went through JSON', () => {
    expect(validateLayout(JSON.parse(JSON.stringify(DEFAULT_CERTIFICATE_LAYOUT))).ok).toBe(true);
  });

  function errorsOf(change: (l: CertificateLayout) => void) {
    const l = structuredClone(DEFAULT_CERTIFICATE_LAYOUT);
    change(l);
    const r = validateLayout(l);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  }

  it('names a box that runs off the right edge, in Vietnamese', () => {
    const errors = errorsOf((l) => {
      l.fields.name.x = 250;
      l.fields.name.width = 100;
    });
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe('fields.name.width');
    expect(errors[0].message).toContain('Họ tên');
    expect(errors[0].message).toContain('nằm ngoài trang');
  });

  it('names a box below the page and one left of it', () => {
    const errors = errorsOf((l) => {
      l.fields.signerName.y = 209;
      l.fields.code.x = -1;
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['fields.code.x', 'fields.signerName.y']);
    expect(errors.find((e) => e.field === 'fields.signerName.y')?.message).toContain('Họ tên người ký');
  });

  it('rejects a negative size', () => {
    const errors = errorsOf((l) => {
      l.fields.achievement.size = -12;
    });
    expect(errors).toEqual([{ field: 'fields.achievement.size', message: expect.stringContaining('cỡ chữ phải lớn hơn 0') }]);
    expect(errors[0].message).toContain('Thành tích');
  });

  it('checks the boxes against the page of the chosen orientation', () => {
    const errors = errorsOf((l) => {
      l.orientation = 'portrait';
    });
    // the landscape boxes are wider than a portrait page
    expect(errors.some((e) => e.field === 'fields.nationalTitle.width')).toBe(true);
  });

  it('rejects the QR code off the page, missing fields and wrong types', () => {
    expect(errorsOf((l) => (l.qr.x = 290)).map((e) => e.field)).toEqual(['qr']);
    const r = validateLayout({ orientation: 'ngang', border: 'có', fields: { name: { x: '1', y: 2, width: 3, size: 4 } }, qr: null });
    expect(r.ok).toBe(false);
    const fields = r.ok ? [] : r.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['orientation', 'border', 'fields.name.x', 'fields.issuer', 'qr']));
    expect(validateLayout(null).ok).toBe(false);
  });
});
