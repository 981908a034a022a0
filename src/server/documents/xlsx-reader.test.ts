import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isDateFormat, readWorkbook, XlsxFormatError, XlsxTooLarge, zipEntries } from './xlsx-reader.js';

/** A ZIP of the given parts (deflated), enough for the reader. */
function zip(parts: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function book(sheetXml: string, extra: Record<string, string> = {}, workbookPr = '') {
  return zip({
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml': `<workbook ${NS}>${workbookPr}<sheets><sheet name="Hướng dẫn" sheetId="2" r:id="rId2"/><sheet name="Cá nhân" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml,
    'xl/worksheets/sheet2.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Hướng dẫn</t></is></c></row></sheetData></worksheet>`,
    ...extra,
  });
}

describe('xlsx reader', () => {
  it('reads shared, inline, rich and escaped strings, numbers, booleans, errors and dates, in tab order', () => {
    const buf = book(
      `<worksheet ${NS}><cols><col min="1" max="3"/></cols><sheetData>
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>Đặng </t></r><r><rPr><b/></rPr><t xml:space="preserve">Thị Bình</t></r></is></c></row>
        <row r="3"><c r="A3"><v>42</v></c><c r="B3" s="1"><v>29342</v></c><c r="C3" s="2"><v>29342</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="str"><f>A1</f><v>Công chức &amp; viên chức</v></c><c r="G3" t="s"><v>2</v></c><c r="H3"/></row>
        <row><c t="inlineStr"><is><t>sau</t></is></c><c t="inlineStr"><is><t>&#7855;&#x1EA1;</t></is></c></row>
      </sheetData></worksheet>`,
      {
        'xl/sharedStrings.xml':
          '<sst><si><t>Họ và tên*</t></si><si><r><t>Giới</t></r><r><t xml:space="preserve"> tính*</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>',
        'xl/styles.xml':
          '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"><alignment/></xf><xf numFmtId="14"/></cellXfs></styleSheet>',
      },
    );
    const sheets = readWorkbook(buf, { maxPartBytes: 1e6 });
    expect(sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Cá nhân']);
    const rows = sheets[1].rows;
    expect(rows.map((r) => r.number)).toEqual([1, 3, 4]);
    expect(rows[0].values.slice(1)).toEqual(['Họ và tên*', 'Giới tính*', 'Đặng Thị Bình']);
    expect(rows[1].values.slice(1, 8)).toEqual([
      42, new Date('1980-05-01T00:00:00Z'), new Date('1980-05-01T00:00:00Z'), true, '#N/A', 'Công chức & viên chức', '東京',
    ]);
    expect(rows[2].values.slice(1)).toEqual(['sau', 'ắạ']);
  });

  it('reads namespace-prefixed parts and the 1904 date system', () => {
    const buf = book(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1" s="1"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Nữ</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
      { 'xl/styles.xml': '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>' },
      '<workbookPr date1904="1"/>',
    );
    const [, sheet] = readWorkbook(buf, { maxPartBytes: 1e6 });
    expect(sheet.rows[0].values.slice(2)).toEqual([new Date('1904-01-01T00:00:00Z'), 'Nữ']);
  });

  it('fails fast, not quadratically, on unclosed elements, and refuses parts that inflate too far', () => {
    const unclosed = book(`<worksheet ${NS}><sheetData>${'<row r="1"><c r="A1"><v>1</v></c>'.repeat(50_000)}</sheetData></worksheet>`);
    const t = performance.now();
    expect(() => readWorkbook(unclosed, { maxPartBytes: 1e8 })).toThrow(XlsxFormatError);
    expect(performance.now() - t).toBeLessThan(2000);
    const big = book(`<worksheet ${NS}><sheetData>${'<row><c><v>1</v></c></row>'.repeat(100_000)}</sheetData></worksheet>`);
    expect(() => readWorkbook(big, { maxPartBytes: 100_000 })).toThrow(XlsxTooLarge);
  });

  it('lists ZIP entries and tells what is not a ZIP', () => {
    expect(zipEntries(zip({ 'a.txt': 'x', 'b/c.xml': '<c/>' }))!.map((e) => [e.name, e.uncompressedSize])).toEqual([['a.txt', 1], ['b/c.xml', 4]]);
    expect(zipEntries(Buffer.from('not a zip at all, just some text that is long enough'))).toBeNull();
    expect(() => readWorkbook(zip({ 'a.txt': 'x' }), { maxPartBytes: 1e6 })).toThrow(XlsxFormatError);
  });

  it.each([
    ['dd/mm/yyyy', true],
    ['[$-42A]d mmmm yyyy', true],
    ['h:mm', true],
    ['General', false],
    ['#,##0 "đồng"', false],
    ['0.00', false],
    ['@', false],
  ])('number format %s is a date: %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});
