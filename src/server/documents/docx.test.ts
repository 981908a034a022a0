import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { nomineeListDocx, proposalMemoDocx, roman, type ProposalData } from './dossier-docs.js';
import { docxText } from './docx-text.js';
import { officialDocx, viDateLine } from './official.js';
import { draftPlan } from './test-samples.js';

const data: ProposalData = {
  issuer: { parent: 'Ủy ban nhân dân tỉnh Bắc Ninh', name: 'Ủy ban nhân dân xã Lam Vỹ' },
  place: 'Bắc Ninh',
  date: '2026-12-05',
  year: 2026,
  recipient: 'Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh',
  awardTypeName: 'khen thưởng công trạng',
  code: 'HS-000123',
  nominees: [
    { name: 'Nguyễn Thị Hương', subject: 'ca_nhan', position: 'Giáo viên', unitName: 'Trường Tiểu học Lam Vỹ', awardCode: 'CSTDCS', awardName: 'Chiến sĩ thi đua cơ sở', achievement: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến được công nhận cấp huyện.' },
    { name: 'Trần Văn Đức', subject: 'ca_nhan', position: 'Phó Hiệu trưởng', unitName: 'Trường Tiểu học Lam Vỹ', awardCode: 'CSTDCS', awardName: 'Chiến sĩ thi đua cơ sở' },
    { name: 'Lê Thị Ánh Tuyết', subject: 'ca_nhan', position: 'Kế toán', unitName: 'Ủy ban nhân dân xã Lam Vỹ', awardCode: 'CSTDCS', awardName: 'Chiến sĩ thi đua cơ sở' },
    { name: 'Phạm Quốc Việt', subject: 'ca_nhan', position: 'Công chức Văn phòng - Thống kê', unitName: null, awardCode: 'LDTT', awardName: 'Lao động tiên tiến' },
    { name: 'Trường Tiểu học Lam Vỹ', subject: 'tap_the', unitName: 'Phòng Giáo dục và Đào tạo', awardCode: 'GK', awardName: 'Giấy khen', achievement: 'Dẫn đầu phong trào thi đua “Dạy tốt, học tốt”.' },
    { name: 'Hộ ông Đỗ Văn Thắng', subject: 'ho_gia_dinh', unitName: 'Thôn Đông', awardCode: 'GK', awardName: 'Giấy khen' },
  ],
  signer: { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Văn Thành' },
};

describe('viDateLine (NĐ 30/2020: leading zero for days below 10 and for months 1 and 2)', () => {
  it.each([
    ['2026-02-05', 'Bắc Ninh, ngày 05 tháng 02 năm 2026'],
    ['2026-01-31', 'Bắc Ninh, ngày 31 tháng 01 năm 2026'],
    ['2026-12-15', 'Bắc Ninh, ngày 15 tháng 12 năm 2026'],
    ['2026-03-09', 'Bắc Ninh, ngày 09 tháng 3 năm 2026'],
    ['2026-09-10', 'Bắc Ninh, ngày 10 tháng 9 năm 2026'],
    ['2026-10-01', 'Bắc Ninh, ngày 01 tháng 10 năm 2026'],
  ])('%s → %s', (iso, line) => {
    expect(viDateLine('Bắc Ninh', iso)).toBe(line);
  });

  it('leaves day and month blank for an undated draft', () => {
    expect(viDateLine('Bắc Ninh', null, 2026)).toMatch(/^Bắc Ninh, ngày\s{3,}tháng\s{3,}năm 2026$/);
  });

  it.each(['2026-02-30', '05/12/2026', '2026-13-01', ''])('rejects %j', (bad) => {
    expect(() => viDateLine('Bắc Ninh', bad)).toThrow(RangeError);
  });
});

describe('roman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
  ])('%i → %s', (n, r) => expect(roman(n)).toBe(r));
});

describe('official documents', () => {
  it('writes the tờ trình with the header, title, bases, summary table and signature', async () => {
    const text = await docxText(await proposalMemoDocx(data));
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
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025',
      '4 cá nhân, 1 tập thể và 1 hộ gia đình',
      '(Có danh sách và báo cáo thành tích kèm theo)',
      'Kính trình Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh xem xét, quyết định./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn Thành',
    ]) {
      expect(text).toContain(s);
    }
    // the summary table: one row per award and the total, cells separated by tabs
    expect(text).toContain('1\tChiến sĩ thi đua cơ sở\t3\t0\t0\t3');
    expect(text).toContain('2\tLao động tiên tiến\t1\t0\t0\t1');
    expect(text).toContain('3\tGiấy khen\t0\t1\t1\t2');
    expect(text).toContain('\tTổng cộng\t4\t1\t1\t6');
    // the bases come before the body, the body before the signature
    expect(text.indexOf('Căn cứ Luật')).toBeLessThan(text.indexOf('Kính trình'));
    expect(text.indexOf('Kính trình')).toBeLessThan(text.indexOf('Nguyễn Văn Thành'));
  });

  it('mentions the movement in the summary when there is one', async () => {
    const text = await docxText(await proposalMemoDocx({ ...data, movement: 'Chung sức xây dựng nông thôn mới' }));
    expect(text).toContain('Về việc đề nghị khen thưởng trong phong trào thi đua “Chung sức xây dựng nông thôn mới”');
  });

  it('writes the list grouped by award, with roman group headings', async () => {
    const text = await docxText(await nomineeListDocx(data));
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'DANH SÁCH',
      'Đề nghị khen thưởng năm 2026',
      '(Kèm theo Tờ trình số',
      'I. Chiến sĩ thi đua cơ sở (3)',
      'II. Lao động tiên tiến (1)',
      'III. Giấy khen (2)',
      'Họ và tên / Tên tập thể',
      'Tóm tắt thành tích',
      'Giáo viên, Trường Tiểu học Lam Vỹ',
      'Dẫn đầu phong trào thi đua “Dạy tốt, học tốt”.',
    ]) {
      expect(text).toContain(s);
    }
    for (const n of data.nominees) expect(text).toContain(n.name);
    expect(text.indexOf('I. Chiến sĩ')).toBeLessThan(text.indexOf('Nguyễn Thị Hương'));
    expect(text.indexOf('Nguyễn Thị Hương')).toBeLessThan(text.indexOf('II. Lao động'));
    expect(text.indexOf('III. Giấy khen')).toBeLessThan(text.indexOf('Hộ ông Đỗ Văn Thắng'));
  });

  it('leaves number and date blank for a draft, and decodes XML entities', async () => {
    const buf = await officialDocx(
      draftPlan([
        { kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
        { kind: 'paragraph', text: 'Khen thưởng kịp thời <tập thể> & "cá nhân".' },
        { kind: 'pageBreak' },
        { kind: 'paragraph', text: 'Trang hai.', center: true },
      ]),
    );
    const text = await docxText(buf);
    expect(text).toMatch(/Số:\s+\/KH-SNV/);
    expect(text).toMatch(/Bắc Ninh, ngày\s+tháng\s+năm 2027/);
    expect(text).toContain('UBND TỈNH BẮC NINH');
    expect(text).toContain('SỞ NỘI VỤ');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(text).toContain('Khen thưởng kịp thời <tập thể> & "cá nhân".');
  });
});

// ─── rendering with LibreOffice (installed in CI) ────────────────────────────────────────────────

function onPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, cmd))) return path.join(dir, cmd);
  }
  return null;
}

const office = onPath('soffice') ?? onPath('libreoffice');
const pdftotext = onPath('pdftotext');

describe('rendering with LibreOffice', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** DOCX → PDF with a private profile, so parallel runs don't fight over one */
  function toPdf(docx: Buffer, name: string): Buffer {
    const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-docx-'));
    dirs.push(dir);
    const file = path.join(dir, `${name}.docx`);
    writeFileSync(file, docx);
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    const r = spawnSync(office!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      timeout: 120_000,
      encoding: 'utf8',
    });
    const pdf = path.join(dir, `${name}.pdf`);
    expect(existsSync(pdf), `soffice exited ${r.status}: ${r.stderr}`).toBe(true);
    return readFileSync(pdf);
  }

  function pdfText(pdf: Buffer): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-pdf-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'a.pdf'), pdf);
    const r = spawnSync(pdftotext!, ['-layout', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    return r.stdout;
  }

  it.skipIf(!office)(
    'converts the tờ trình and the list to PDF',
    async () => {
      const memo = toPdf(await proposalMemoDocx(data), 'to-trinh');
      const list = toPdf(await nomineeListDocx(data), 'danh-sach');
      for (const pdf of [memo, list]) expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      if (pdftotext) {
        // NFC: pdftotext may give precomposed or decomposed diacritics depending on the font
        const memoText = pdfText(memo).normalize('NFC');
        expect(memoText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(memoText).toContain('TỜ TRÌNH');
        // the dossier code is in the page footer, which docxText (document.xml only) does not see
        expect(memoText).toContain('Mã hồ sơ: HS-000123');
        const listText = pdfText(list).normalize('NFC');
        expect(listText).toContain('Nguyễn Thị Hương');
        expect(listText).toContain('Chiến sĩ thi đua cơ sở');
      }
    },
    180_000,
  );
});
