/**
 * Official Vietnamese administrative documents (văn bản hành chính) as DOCX, laid out as Nghị định
 * 30/2020/NĐ-CP, Phụ lục I asks: A4, margins top/bottom 20 mm, left 30 mm (the binding side),
 * right 15 mm, Times New Roman; the header is a borderless two-column table (issuing body and number
 * on the left, quốc hiệu, tiêu ngữ and place/date on the right); then the document type name, the
 * summary (trích yếu), "Kính gửi", the legal bases, the body, and a borderless two-column table
 * with "Nơi nhận" on the left and the signature block on the right.
 *
 * Callers describe a document as plain data (`OfficialDocument`) and get the DOCX bytes back; the
 * layout rules live here only, so every document the software prints looks the same.
 */
import { todayVN } from '../platform/clock.js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';

// ─── the document model ──────────────────────────────────────────────────────────────────────────

export interface OfficialDocument {
  /** Issuing body and its parent; give them in normal case, they are printed in capitals. */
  issuer: { parent?: string; name: string };
  /** "12/TTr-UBND"; null leaves the number blank for the văn thư to fill in ("Số:      /TTr-UBND") */
  number: string | null;
  /** the part after the slash, used when `number` is null, e.g. "TTr-UBND" */
  numberSuffix?: string;
  /** no "Số:" line at all, e.g. for a list that goes with a tờ trình and has no number of its own */
  omitNumber?: boolean;
  /** địa danh, e.g. "Bắc Ninh" */
  place: string;
  /** ISO 'YYYY-MM-DD'; null leaves day and month blank ("ngày     tháng     năm 2026") */
  date: string | null;
  /** the year printed when `date` is null (default: the current year) */
  year?: number;
  /** "TỜ TRÌNH", "QUYẾT ĐỊNH", "KẾ HOẠCH", "DANH SÁCH" */
  typeName: string;
  /** trích yếu, e.g. "Về việc đề nghị khen thưởng năm 2026" */
  summary?: string;
  /** an italic line under the summary, e.g. "(Kèm theo Tờ trình số … ngày …)" */
  summaryNote?: string;
  /** the addressee, without the "Kính gửi:" prefix */
  recipient?: string;
  /** "Căn cứ …;" lines, full text each */
  bases?: string[];
  body: Block[];
  /** nơi nhận, without the leading "- " */
  recipients?: string[];
  /** authority like "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH"; position "CHỦ TỊCH"; the signer's full name */
  signer?: { authority?: string; position: string; name: string };
  /** A4 landscape, for wide lists */
  landscape?: boolean;
  /** small text in the page footer of every page, e.g. the dossier code */
  footerNote?: string;
}

export interface TableColumn {
  title: string;
  /** share of the text width; the shares are scaled to add up to 100 */
  widthPct: number;
  align?: 'left' | 'center' | 'right';
}

/** A data row, or a bold row across all columns that opens a group ("I. Chiến sĩ thi đua cơ sở (3)"). */
export type TableRowInput = string[] | { group: string };

/** A stretch of a paragraph in its own style; `bold` and `italic` default to the paragraph's. */
export interface TextSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { kind: 'heading'; text: string }
  | {
      kind: 'paragraph';
      /** the paragraph's text; with `runs`, the same text in plain form (what is printed is `runs`) */
      text: string;
      italic?: boolean;
      bold?: boolean;
      center?: boolean;
      /** mixed styles in one paragraph, e.g. a bold lead-in then normal text ("1. Mục đích: …"); no "\n" */
      runs?: TextSpan[];
    }
  | { kind: 'table'; columns: TableColumn[]; rows: TableRowInput[]; totalRow?: string[] }
  | { kind: 'pageBreak' };

// ─── layout constants (NĐ 30/2020, Phụ lục I) ─────────────────────────────────────────────────────

const FONT = 'Times New Roman';
const LANG = { value: 'vi-VN' };
/** docx sizes are half-points */
const pt = (points: number) => points * 2;
/** millimetres to twips, rounded (docx's convertMillimetersToTwip truncates: 20 mm → 1133, not 1134) */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** A4 as Word writes it (210 × 297 mm) */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };

const SIZE = {
  body: 14,
  /** quốc hiệu and the names of the bodies: 12–13 pt; 12 keeps the quốc hiệu on one line */
  headerCaps: 12,
  tieuNgu: 13,
  numberAndDate: 13,
  recipientsTitle: 12,
  recipientsLine: 11,
  footer: 10,
};

/** first-line indent of body paragraphs: 1–1.27 cm */
const INDENT = mm(12.7);
/** at least 6 pt between paragraphs, line spacing between single and 1.5 lines */
const BODY_SPACING = { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO };
const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

// ─── small builders ──────────────────────────────────────────────────────────────────────────────

/** Every run says it is Vietnamese, so spell checkers and screen readers pick the right language. */
function run(text: string, opts: Omit<IRunOptions, 'text'> & { pt?: number } = {}): TextRun {
  const { pt: points, ...rest } = opts;
  return new TextRun({ text, language: LANG, ...(points ? { size: pt(points) } : {}), ...rest });
}

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/**
 * A short horizontal rule, centred in a column `colWidth` twips wide: an empty paragraph with a
 * top border, narrowed by indents. Unlike a drawn shape it stays in the text flow, so it moves
 * with the line above it in Word and LibreOffice alike.
 */
function rule(length: number, colWidth: number): Paragraph {
  const side = Math.max(0, Math.round((colWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    // the paragraph mark sets the height of an empty paragraph: keep it tiny; the space before
    // keeps the rule off the descenders of the line above
    spacing: { before: 50, after: 60, line: 120, lineRule: LineRuleType.EXACT },
    run: { size: pt(4) },
  });
}

/**
 * Rough width in twips of a line of Times New Roman text, to size the rules under the issuing
 * body and the summary (1/3–1/2 of the text above). Capitals are ~0.7 em wide, lower case ~0.5 em.
 */
function textWidth(text: string, points: number): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.25 : ch === upper(ch) && ch !== ch.toLowerCase() ? 0.7 : 0.5;
  return em * points * 20;
}

function centered(children: TextRun[], spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...TIGHT, ...spacing }, children });
}

function borderlessTable(widths: number[], cells: Paragraph[][], opts: { cantSplit?: boolean } = {}): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: opts.cantSplit,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              margins: { left: 0, right: 0, top: 0, bottom: 0 },
              children: children.length ? children : [new Paragraph({})],
            }),
        ),
      }),
    ],
  });
}

// ─── dates ───────────────────────────────────────────────────────────────────────────────────────

const BLANK = '     ';

/**
 * "Bắc Ninh, ngày 05 tháng 12 năm 2026". NĐ 30/2020 writes days below 10 and the months 1 and 2
 * with a leading zero (so "tháng 01", "tháng 02", but "tháng 3"): it stops a number being added in
 * front later. A null date leaves day and month blank, to be filled in by hand when signed.
 */
export function viDateLine(place: string, isoDate: string | null, year?: number): string {
  const prefix = place.trim() ? `${place.trim()}, ngày` : 'Ngày';
  if (isoDate === null) return `${prefix}${BLANK}tháng${BLANK}năm ${year ?? Number(todayVN().slice(0, 4))}`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (!m || check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`not an ISO date: ${isoDate}`);
  }
  const day = String(d).padStart(2, '0');
  const month = mo <= 2 ? String(mo).padStart(2, '0') : String(mo);
  return `${prefix} ${day} tháng ${month} năm ${y}`;
}

// ─── the parts of a document ─────────────────────────────────────────────────────────────────────

function headerTable(doc: OfficialDocument, width: number): Table {
  // the right column must hold the quốc hiệu on one line (~95 mm at 12 pt bold)
  const left = Math.round(width * 0.4);
  const right = width - left;

  const issuerName = upper(doc.issuer.name);
  const leftCol: Paragraph[] = [];
  if (doc.issuer.parent) leftCol.push(centered([run(upper(doc.issuer.parent), { pt: SIZE.headerCaps })]));
  leftCol.push(centered([run(issuerName, { pt: SIZE.headerCaps, bold: true })]));
  const nameWidth = Math.min(left, textWidth(issuerName, SIZE.headerCaps));
  leftCol.push(rule(Math.max(mm(15), nameWidth * 0.4), left));
  if (!doc.omitNumber) {
    const number = doc.number ?? `${BLANK} /${doc.numberSuffix ?? ''}`;
    leftCol.push(centered([run(`Số: ${number}`, { pt: SIZE.numberAndDate })], { before: 60 }));
  }

  const tieuNgu = 'Độc lập - Tự do - Hạnh phúc';
  const rightCol = [
    centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { pt: SIZE.headerCaps, bold: true })]),
    centered([run(tieuNgu, { pt: SIZE.tieuNgu, bold: true })]),
    // the rule under the tiêu ngữ is as long as the tiêu ngữ itself
    rule(textWidth(tieuNgu, SIZE.tieuNgu) * 1.04, right),
    centered([run(viDateLine(doc.place, doc.date, doc.year), { pt: SIZE.numberAndDate, italics: true })], { before: 60 }),
  ];
  return borderlessTable([left, right], [leftCol, rightCol]);
}

function titleBlock(doc: OfficialDocument, width: number): Paragraph[] {
  const out = [centered([run(upper(doc.typeName), { bold: true })], { before: 360 })];
  if (doc.summary) {
    out.push(centered([run(doc.summary, { bold: true })]));
    if (doc.summaryNote) out.push(centered([run(doc.summaryNote, { italics: true })]));
    out.push(rule(Math.min(width * 0.3, textWidth(doc.summary, SIZE.body) * 0.4), width));
  } else if (doc.summaryNote) {
    out.push(centered([run(doc.summaryNote, { italics: true })]));
  }
  if (doc.recipient) out.push(centered([run(`Kính gửi: ${doc.recipient}`)], { before: 120, after: 240 }));
  else out.push(new Paragraph({ spacing: { ...TIGHT, after: 120 } }));
  return out;
}

function bodyParagraph(
  text: string,
  opts: { italic?: boolean; bold?: boolean; center?: boolean; keepNext?: boolean; runs?: TextSpan[] } = {},
): Paragraph[] {
  const paragraph = (children: TextRun[]) =>
    new Paragraph({
      alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: opts.center ? undefined : { firstLine: INDENT },
      spacing: BODY_SPACING,
      keepNext: opts.keepNext,
      children,
    });
  // mixed styles: one paragraph of several runs
  if (opts.runs?.length) return [paragraph(opts.runs.map((r) => run(r.text, { italics: r.italic ?? opts.italic, bold: r.bold ?? opts.bold })))];
  // a "\n" in the text starts a new paragraph with the same look
  return text.split('\n').map((line) => paragraph([run(line, { italics: opts.italic, bold: opts.bold })]));
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function dataTable(block: Extract<Block, { kind: 'table' }>, width: number, cellPt: number): Table {
  const total = block.columns.reduce((a, c) => a + c.widthPct, 0) || 1;
  const widths = block.columns.map((c) => Math.floor((width * c.widthPct) / total));
  const cellParas = (text: string, align: (typeof ALIGN)[keyof typeof ALIGN], bold: boolean) =>
    text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: align,
          spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO },
          children: line ? [run(line, { pt: cellPt, bold })] : [],
        }),
    );
  const cell = (text: string, i: number, bold: boolean, align = ALIGN[block.columns[i]?.align ?? 'left']) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80 },
      children: cellParas(text, align, bold),
    });

  const rows = [
    // repeated at the top of every page the table runs onto
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: block.columns.map((c, i) => cell(c.title, i, true, AlignmentType.CENTER)),
    }),
    ...block.rows.map((r) =>
      Array.isArray(r)
        ? new TableRow({ children: block.columns.map((_c, i) => cell(r[i] ?? '', i, false)) })
        : new TableRow({
            cantSplit: true,
            keepNext: true,
            children: [
              new TableCell({
                columnSpan: block.columns.length,
                margins: { left: 80, right: 80 },
                children: cellParas(r.group, AlignmentType.LEFT, true),
              }),
            ],
          }),
    ),
  ];
  if (block.totalRow) {
    const t = block.totalRow;
    rows.push(new TableRow({ cantSplit: true, children: block.columns.map((_c, i) => cell(t[i] ?? '', i, true)) }));
  }
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: THIN_BORDERS,
    rows,
  });
}

function signatureTable(doc: OfficialDocument, width: number): Table {
  const left = Math.round(width * 0.45);
  const right = width - left;

  const leftCol: Paragraph[] = [];
  if (doc.recipients?.length) {
    leftCol.push(
      new Paragraph({ spacing: TIGHT, children: [run('Nơi nhận:', { pt: SIZE.recipientsTitle, bold: true, italics: true })] }),
      ...doc.recipients.map((r) => new Paragraph({ spacing: TIGHT, children: [run(`- ${r}`, { pt: SIZE.recipientsLine })] })),
    );
  }

  const rightCol: Paragraph[] = [];
  const s = doc.signer;
  if (s) {
    if (s.authority) rightCol.push(centered([run(upper(s.authority), { bold: true })]));
    rightCol.push(centered([run(upper(s.position), { bold: true })]));
    // room for the signature and the seal
    rightCol.push(centered([run(s.name, { bold: true })], { before: 1700 }));
  }
  // the signature block is never split over two pages
  return borderlessTable([left, right], [leftCol, rightCol], { cantSplit: true });
}

/**
 * The bases and the body. With `keepLastWithNext`, a paragraph that ends the body is kept on the
 * page of the signature block that follows it: a signature alone on a page is not accepted.
 */
function bodyBlocks(doc: OfficialDocument, width: number, keepLastWithNext: boolean): (Paragraph | Table)[] {
  const cellPt = doc.landscape ? 12 : 13;
  const out: (Paragraph | Table)[] = [];
  for (const base of doc.bases ?? []) out.push(...bodyParagraph(base, { italic: true }));
  doc.body.forEach((b, i) => {
    const last = keepLastWithNext && i === doc.body.length - 1;
    switch (b.kind) {
      case 'heading':
        out.push(...bodyParagraph(b.text, { bold: true, keepNext: true }));
        break;
      case 'paragraph':
        out.push(...bodyParagraph(b.text, { ...b, keepNext: last }));
        break;
      case 'table':
        out.push(dataTable(b, width, cellPt));
        // a table must be followed by a paragraph, and the next text needs some air
        out.push(new Paragraph({ spacing: { ...TIGHT, after: 120 } }));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  });
  return out;
}

// ─── the document ────────────────────────────────────────────────────────────────────────────────

export async function officialDocx(doc: OfficialDocument): Promise<Buffer> {
  const pageWidth = doc.landscape ? A4.height : A4.width;
  const width = pageWidth - MARGIN.left - MARGIN.right;

  const signed = Boolean(doc.signer || doc.recipients?.length);
  const children: (Paragraph | Table)[] = [headerTable(doc, width), ...titleBlock(doc, width), ...bodyBlocks(doc, width, signed)];
  if (signed) children.push(new Paragraph({ spacing: { ...TIGHT, after: 120 }, keepNext: true }), signatureTable(doc, width));

  // NĐ 30: page numbers centred in the top margin, from the second page on
  const pageNumberHeader = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13), language: LANG })] })],
  });
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: doc.footerNote ? [run(doc.footerNote, { pt: SIZE.footer, italics: true })] : [],
        }),
      ],
    });

  const document = new Document({
    title: [upper(doc.typeName), doc.summary].filter(Boolean).join(' - '),
    subject: doc.summary,
    creator: 'tdkt',
    lastModifiedBy: 'tdkt',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(SIZE.body), language: LANG },
          paragraph: { spacing: TIGHT },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
          titlePage: true,
        },
        headers: { default: pageNumberHeader, first: new Header({ children: [new Paragraph({})] }) },
        footers: { default: footer(), first: footer() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
