/**
 * Official documents as PDF: the same `OfficialDocument` that official.ts turns into DOCX, laid
 * out here with pdf-lib in the Nghị định 30/2020 layout (A4, margins top/bottom 20 mm, left 30 mm,
 * right 15 mm): the two-column header, the type name and summary, "Kính gửi", the italic bases,
 * justified paragraphs, bordered tables whose header row is repeated on every page, page numbers
 * from page 2 on, then "Nơi nhận" and the signature block.
 *
 * The building blocks are their own files, shared with certificate.ts: pdf-fonts.ts (Noto Serif
 * embedded as subsets), pdf-text.ts (measuring and breaking lines, as pdf-lib has no text layout)
 * and pdf-canvas.ts (each page's drawing as one raw content stream).
 */
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { viDateLine, type Block, type OfficialDocument, type TableColumn, type TextSpan } from './official.js';
import { A4, ASCENT, MM, embedFonts, newPdf, styleOf, type Fonts } from './pdf-fonts.js';
import { cleanText, fittingSize, textWidth, wrapBalanced, wrapLines, wrapSpans, wrapText, type Align, type SpanLine, type TextLine } from './pdf-text.js';
import { Canvas, FontKeys, baselineIn, type Color } from './pdf-canvas.js';

// ─── the official document layout ────────────────────────────────────────────────────────────────

const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

const SIZE = {
  /** Noto Serif is wider than Times New Roman: 13 pt here is about Word's 14 pt */
  body: 13,
  title: 14,
  headerCaps: 12,
  tieuNgu: 13,
  numberAndDate: 13,
  recipientsTitle: 12,
  recipientsLine: 11,
  pageNumber: 13,
  footer: 9,
};
/** line heights, as multiples of the font size */
const LH = { body: 1.45, tight: 1.3, cell: 1.3 };
/** space after a body paragraph (NĐ 30: at least 6 pt) */
const PARA_AFTER = 6;
/** first-line indent: 1–1.27 cm */
const INDENT = 12.7 * MM;
/** room for the signature and the seal */
const SIGNATURE_ROOM = 78;
const CELL_PAD = { x: 4, y: 3 };
const RULE = 0.6;

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

interface Style {
  font: PDFFont;
  size: number;
  lh: number;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

interface Cell {
  lines: TextLine[];
  align: Align;
  style: Style;
}

interface MeasuredRow {
  /** one cell per column, or a single cell across all columns for a group row */
  cells: Cell[];
  group: boolean;
  height: number;
}

class OfficialLayout {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly width: number;
  readonly canvases: Canvas[] = [];
  readonly pages: PDFPage[] = [];
  private readonly keys = new FontKeys();
  canvas!: Canvas;
  y = 0;

  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    readonly doc: OfficialDocument,
  ) {
    this.pageWidth = doc.landscape ? A4.height : A4.width;
    this.pageHeight = doc.landscape ? A4.width : A4.height;
    this.width = this.pageWidth - MARGIN.left - MARGIN.right;
    this.newPage();
  }

  get limit(): number {
    return this.pageHeight - MARGIN.bottom;
  }

  /** the height of the text area of an empty page */
  get pageRoom(): number {
    return this.limit - MARGIN.top;
  }

  get atTop(): boolean {
    return this.y <= MARGIN.top + 0.01;
  }

  newPage(): void {
    const page = this.pdf.addPage([this.pageWidth, this.pageHeight]);
    this.canvas = Canvas.forPage(page, this.keys);
    this.pages.push(page);
    this.canvases.push(this.canvas);
    this.y = MARGIN.top;
  }

  /** starts a new page unless `height` more points fit on this one (or it is still empty) */
  ensure(height: number): void {
    if (this.y + height > this.limit + 0.01 && !this.atTop) this.newPage();
  }

  style(bold: boolean, italic: boolean, size: number, lh: number): Style {
    return { font: this.fonts[styleOf(bold, italic)], size, lh };
  }

  /** centred lines in a column, not split over pages (the header, titles); returns the new y */
  centred(text: string, st: Style, x: number, w: number, y: number, color?: Color): number {
    const lh = st.size * st.lh;
    for (const l of wrapBalanced(text, st.font, st.size, w)) {
      this.canvas.line(l, x, baselineIn(y, lh, st.size), w, 'center', st.font, st.size, color);
      y += lh;
    }
    return y;
  }

  /** a short rule centred in a column, under the text above it (clear of its descenders); returns the new y */
  shortRule(length: number, x: number, w: number, y: number): number {
    const ry = y + 3;
    const x1 = x + (w - length) / 2;
    this.canvas.rule(x1, ry, x1 + length, ry, RULE);
    return ry + 4;
  }

  // ── header, title, recipient ──

  header(): void {
    const doc = this.doc;
    const capsBold = this.style(true, false, SIZE.headerCaps, LH.tight);
    // the right column just holds the quốc hiệu; the issuing body gets the rest
    const qh = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const right = Math.min(this.width * 0.6, Math.max(this.width * 0.5, textWidth(capsBold.font, qh, SIZE.headerCaps) + 12));
    const left = this.width - right;
    const xl = MARGIN.left;
    const xr = MARGIN.left + left;
    let yl = MARGIN.top;
    let yr = MARGIN.top;

    // the names of the bodies on one line each if they fit at 11 pt or more, else on two
    const caps = this.style(false, false, SIZE.headerCaps, LH.tight);
    const fit = (st: Style, text: string): Style => ({ ...st, size: fittingSize(st.font, text, st.size, left - 10, SIZE.headerCaps - 1) });
    if (doc.issuer.parent) {
      const parent = upper(doc.issuer.parent);
      yl = this.centred(parent, fit(caps, parent), xl, left, yl);
    }
    const issuer = upper(doc.issuer.name);
    const issuerSt = fit(capsBold, issuer);
    const issuerWidth = Math.max(...wrapBalanced(issuer, issuerSt.font, issuerSt.size, left).map((l) => l.width));
    yl = this.centred(issuer, issuerSt, xl, left, yl);
    yl = this.shortRule(Math.max(15 * MM, issuerWidth * 0.4), xl, left, yl);

    // the quốc hiệu on one line: a little smaller if the column is narrow
    yr = this.centred(qh, { ...capsBold, size: fittingSize(capsBold.font, qh, SIZE.headerCaps, right - 4, 8) }, xr, right, yr);
    const tieuNgu = 'Độc lập - Tự do - Hạnh phúc';
    const tn = this.style(true, false, SIZE.tieuNgu, LH.tight);
    yr = this.centred(tieuNgu, tn, xr, right, yr);
    yr = this.shortRule(textWidth(tn.font, tieuNgu, tn.size), xr, right, yr);

    // "Số: …" and the place and date share a line under the two rules
    const y = Math.max(yl, yr) + 3;
    let yEnd = y;
    if (!doc.omitNumber) {
      const number = doc.number ?? `      /${doc.numberSuffix ?? ''}`;
      yEnd = this.centred(`Số: ${number}`, this.style(false, false, SIZE.numberAndDate, LH.tight), xl, left, y);
    }
    const dateLine = viDateLine(doc.place, doc.date, doc.year);
    yEnd = Math.max(yEnd, this.centred(dateLine, this.style(false, true, SIZE.numberAndDate, LH.tight), xr, right, y));
    this.y = yEnd;
  }

  title(): void {
    const doc = this.doc;
    const x = MARGIN.left;
    const w = this.width;
    const bold = this.style(true, false, SIZE.title, LH.tight);
    this.y += 18;
    this.y = this.centred(upper(doc.typeName), bold, x, w, this.y);
    if (doc.summary) {
      const lines = wrapBalanced(doc.summary, bold.font, bold.size, w * 0.85);
      this.y = this.centred(doc.summary, bold, x + w * 0.075, w * 0.85, this.y);
      // the rule goes under the trích yếu, before the note ("(Kèm theo …)")
      const summaryWidth = Math.max(...lines.map((l) => l.width));
      this.y = this.shortRule(Math.min(w * 0.3, Math.max(15 * MM, summaryWidth * 0.4)), x, w, this.y);
      if (doc.summaryNote) this.y = this.centred(doc.summaryNote, this.style(false, true, SIZE.body, LH.tight), x, w, this.y);
    } else if (doc.summaryNote) {
      this.y = this.centred(doc.summaryNote, this.style(false, true, SIZE.body, LH.tight), x, w, this.y);
    }
    if (doc.recipient) {
      this.y += 6;
      this.y = this.centred(`Kính gửi: ${doc.recipient}`, this.style(false, false, SIZE.body, LH.body), x, w, this.y);
      this.y += 10;
    } else {
      this.y += 8;
    }
  }

  // ── paragraphs ──

  /** the lines of a body paragraph ("\n" starts a new paragraph with the same look) */
  paragraphLines(text: string, st: Style, center: boolean): TextLine[][] {
    return text.split('\n').map((part) => wrapText(part, st.font, st.size, this.width, center ? 0 : INDENT));
  }

  paragraphHeight(text: string, st: Style, center: boolean): number {
    return this.paragraphLines(text, st, center).reduce((a, lines) => a + lines.length * st.size * st.lh + PARA_AFTER, 0);
  }

  /**
   * Body text, split over pages where needed: never a single first line at the foot of a page
   * nor a single last line at the head of the next (widow and orphan control, as Word does).
   */
  paragraph(text: string, st: Style, center: boolean): void {
    const lh = st.size * st.lh;
    const align: Align = center ? 'center' : 'justify';
    for (const lines of this.paragraphLines(text, st, center)) {
      this.flow(lines.length, lh, (k) => this.canvas.line(lines[k], MARGIN.left, baselineIn(this.y, lh, st.size), this.width, align, st.font, st.size));
      this.y += PARA_AFTER;
    }
  }

  /** the lines of a paragraph of spans; a span's bold and italic default to the paragraph's (`base`) */
  spanLines(spans: TextSpan[], base: { bold?: boolean; italic?: boolean }, size: number, center: boolean): SpanLine[] {
    const styled = spans.map((sp) => ({ text: sp.text, font: this.fonts[styleOf(sp.bold ?? base.bold, sp.italic ?? base.italic)] }));
    return wrapSpans(styled, size, this.width, center ? 0 : INDENT, this.fonts[styleOf(base.bold, base.italic)]);
  }

  /** a paragraph of spans (mixed styles), split over pages like `paragraph` */
  spansParagraph(lines: SpanLine[], st: Style, center: boolean): void {
    const lh = st.size * st.lh;
    const space = textWidth(st.font, ' ', st.size);
    const align: Align = center ? 'center' : 'justify';
    this.flow(lines.length, lh, (k) => this.canvas.spanLine(lines[k], MARGIN.left, baselineIn(this.y, lh, st.size), this.width, align, st.size, space));
    this.y += PARA_AFTER;
  }

  /** draws `count` lines `lh` high from this.y on, with widow and orphan control; `draw(k)` draws line k at this.y */
  flow(count: number, lh: number, draw: (k: number) => void): void {
    let i = 0;
    while (i < count) {
      const rest = count - i;
      const fit = Math.floor((this.limit - this.y + 0.01) / lh);
      let take = Math.min(rest, fit);
      if (take < rest) {
        if (take < 1 || (i === 0 && take < 2 && rest >= 2)) {
          if (!this.atTop) {
            this.newPage();
            continue;
          }
          take = Math.max(1, take);
        } else if (rest - take === 1 && take >= 3) {
          take -= 1;
        }
      }
      for (let k = i; k < i + take; k++) {
        draw(k);
        this.y += lh;
      }
      i += take;
      if (i < count) this.newPage();
    }
  }

  // ── tables ──

  measureRow(texts: string[], cols: TableColumn[], widths: number[], bold: boolean, center: boolean, cellSize: number): MeasuredRow {
    const st = this.style(bold, false, cellSize, LH.cell);
    const cells = cols.map((c, i) => {
      const align: Align = center ? 'center' : (c.align ?? 'left');
      return { lines: wrapLines(texts[i] ?? '', st.font, st.size, widths[i] - 2 * CELL_PAD.x), align, style: st };
    });
    return { cells, group: false, height: this.rowHeight(cells) };
  }

  measureGroup(text: string, cellSize: number): MeasuredRow {
    const st = this.style(true, false, cellSize, LH.cell);
    const cells = [{ lines: wrapLines(text, st.font, st.size, this.width - 2 * CELL_PAD.x), align: 'left' as Align, style: st }];
    return { cells, group: true, height: this.rowHeight(cells) };
  }

  rowHeight(cells: Cell[]): number {
    return Math.max(...cells.map((c) => c.lines.length * c.style.size * c.style.lh)) + 2 * CELL_PAD.y;
  }

  /** draws a row (or the part of one that fits) at this.y, with its borders */
  drawRow(row: MeasuredRow, xs: number[]): void {
    const c = this.canvas;
    const top = this.y;
    const bottom = top + row.height;
    row.cells.forEach((cell, i) => {
      const x = row.group ? xs[0] : xs[i];
      const w = row.group ? xs[xs.length - 1] - xs[0] : xs[i + 1] - xs[i];
      const lh = cell.style.size * cell.style.lh;
      // vertically centred
      let y = top + (row.height - cell.lines.length * lh) / 2;
      for (const l of cell.lines) {
        c.line(l, x + CELL_PAD.x, baselineIn(y, lh, cell.style.size), w - 2 * CELL_PAD.x, cell.align, cell.style.font, cell.style.size);
        y += lh;
      }
    });
    const x0 = xs[0];
    const x1 = xs[xs.length - 1];
    c.rule(x0, top, x1, top);
    c.rule(x0, bottom, x1, bottom);
    for (const x of row.group ? [x0, x1] : xs) c.rule(x, top, x, bottom);
    this.y = bottom;
  }

  /** splits a row taller than what is left of the page: the lines that fit, and the rest */
  splitRow(row: MeasuredRow, room: number): [MeasuredRow, MeasuredRow] {
    const headCells: Cell[] = [];
    const tailCells: Cell[] = [];
    for (const cell of row.cells) {
      const n = Math.max(1, Math.floor((room - 2 * CELL_PAD.y) / (cell.style.size * cell.style.lh)));
      headCells.push({ ...cell, lines: cell.lines.slice(0, n) });
      tailCells.push({ ...cell, lines: cell.lines.slice(n) });
    }
    return [
      { ...row, cells: headCells, height: this.rowHeight(headCells) },
      { ...row, cells: tailCells, height: this.rowHeight(tailCells) },
    ];
  }

  table(block: TableBlock): void {
    if (block.columns.length === 0) return;
    const cellSize = this.doc.landscape ? 11.5 : 12;
    const total = block.columns.reduce((a, col) => a + col.widthPct, 0) || 1;
    const widths = block.columns.map((col) => (this.width * col.widthPct) / total);
    const xs = [MARGIN.left];
    for (const w of widths) xs.push(xs[xs.length - 1] + w);

    const header = this.measureRow(
      block.columns.map((col) => col.title),
      block.columns,
      widths,
      true,
      true,
      cellSize,
    );
    const rows: MeasuredRow[] = block.rows.map((r) =>
      Array.isArray(r) ? this.measureRow(r, block.columns, widths, false, false, cellSize) : this.measureGroup(r.group, cellSize),
    );
    if (block.totalRow) rows.push(this.measureRow(block.totalRow, block.columns, widths, true, false, cellSize));

    const pageWithHeader = () => {
      this.newPage();
      this.drawRow(header, xs);
    };
    // the header row and the first row (two if it opens a group) start together
    const first = rows.length ? rows[0].height + (rows[0].group && rows[1] ? rows[1].height : 0) : 0;
    this.ensure(header.height + Math.min(first, this.pageRoom / 2));
    this.drawRow(header, xs);

    rows.forEach((row, i) => {
      // a group row stays with the row after it
      const need = row.height + (row.group && rows[i + 1] ? rows[i + 1].height : 0);
      if (this.y + Math.min(need, this.pageRoom - header.height) > this.limit + 0.01) pageWithHeader();
      let rest = row;
      while (this.y + rest.height > this.limit + 0.01) {
        // taller than the page: draw what fits, carry the rest over
        const [head, tail] = this.splitRow(rest, this.limit - this.y);
        this.drawRow(head, xs);
        pageWithHeader();
        rest = tail;
      }
      this.drawRow(rest, xs);
    });
    this.y += SIZE.body * LH.body * 0.6;
  }

  // ── the body ──

  body(keepLastWithSignature: number): void {
    const doc = this.doc;
    const bodySt = (bold = false, italic = false) => this.style(bold, italic, SIZE.body, LH.body);
    for (const base of doc.bases ?? []) this.paragraph(base, bodySt(false, true), false);
    doc.body.forEach((b, i) => {
      switch (b.kind) {
        case 'heading': {
          const st = bodySt(true);
          // a heading is never the last thing on a page, nor are headings that follow one another
          // (a section's and its first clause's): they go over with two lines of what follows them
          let need = 2 * st.size * st.lh;
          for (let k = i; doc.body[k]?.kind === 'heading'; k++) need += this.paragraphHeight((doc.body[k] as { text: string }).text, st, false);
          this.ensure(need);
          this.paragraph(b.text, st, false);
          break;
        }
        case 'paragraph': {
          const st = bodySt(b.bold, b.italic);
          const spans = b.runs?.length ? this.spanLines(b.runs, b, st.size, !!b.center) : null;
          if (keepLastWithSignature > 0 && i === doc.body.length - 1) {
            // the last paragraph goes over with the signature: a signature alone on a page is not accepted
            const height = spans ? spans.length * st.size * st.lh + PARA_AFTER : this.paragraphHeight(b.text, st, !!b.center);
            const need = height + keepLastWithSignature;
            if (need <= this.pageRoom) this.ensure(need);
          }
          if (spans) this.spansParagraph(spans, st, !!b.center);
          else this.paragraph(b.text, st, !!b.center);
          break;
        }
        case 'table':
          this.table(b);
          break;
        case 'pageBreak':
          this.newPage();
          break;
      }
    });
  }

  // ── nơi nhận and the signature ──

  signatureParts(): { height: number; draw: (top: number) => void } {
    const doc = this.doc;
    const left = this.width * 0.45;
    const right = this.width - left;
    const xl = MARGIN.left;
    const xr = MARGIN.left + left;

    const title = this.style(true, true, SIZE.recipientsTitle, LH.tight);
    const item = this.style(false, false, SIZE.recipientsLine, 1.25);
    const recipients = (doc.recipients ?? []).map((r) => wrapLines(`- ${r}`, item.font, item.size, left - 12));
    const leftHeight = doc.recipients?.length
      ? title.size * title.lh + recipients.reduce((a, ls) => a + ls.length * item.size * item.lh, 0)
      : 0;

    const sig = this.style(true, false, SIZE.body, LH.tight);
    const s = doc.signer;
    const heads = s ? [s.authority, s.position].filter((t): t is string => !!t).map(upper) : [];
    const headLines = heads.map((h) => wrapLines(h, sig.font, sig.size, right));
    const nameLines = s ? wrapLines(s.name, sig.font, sig.size, right) : [];
    const lineH = sig.size * sig.lh;
    const rightHeight = s ? headLines.reduce((a, ls) => a + ls.length * lineH, 0) + SIGNATURE_ROOM + nameLines.length * lineH : 0;

    const draw = (top: number) => {
      let y = top;
      if (doc.recipients?.length) {
        this.canvas.text('Nơi nhận:', xl, baselineIn(y, title.size * title.lh, title.size), title.font, title.size);
        y += title.size * title.lh;
        for (const ls of recipients) {
          ls.forEach((l, k) => {
            // continuation lines hang under the text, not under the dash
            const indent = k === 0 ? 0 : textWidth(item.font, '- ', item.size);
            this.canvas.line(l, xl + indent, baselineIn(y, item.size * item.lh, item.size), left, 'left', item.font, item.size);
            y += item.size * item.lh;
          });
        }
      }
      if (s) {
        y = top;
        for (const h of heads) y = this.centred(h, sig, xr, right, y);
        y += SIGNATURE_ROOM;
        this.centred(s.name, sig, xr, right, y);
      }
    };
    return { height: Math.max(leftHeight, rightHeight), draw };
  }

  // ── page furniture ──

  furniture(): void {
    const numberFont = this.fonts.regular;
    const noteFont = this.fonts.italic;
    this.canvases.forEach((c, i) => {
      // NĐ 30: page numbers centred in the top margin, from the second page on
      if (i > 0) {
        const label = String(i + 1);
        const w = textWidth(numberFont, label, SIZE.pageNumber);
        c.text(label, MARGIN.left + (this.width - w) / 2, 10 * MM + SIZE.pageNumber * ASCENT, numberFont, SIZE.pageNumber);
      }
      if (this.doc.footerNote) {
        const note = cleanText(this.doc.footerNote);
        const w = textWidth(noteFont, note, SIZE.footer);
        c.text(note, this.pageWidth - MARGIN.right - w, this.pageHeight - 10 * MM, noteFont, SIZE.footer);
      }
      c.finish(this.pages[i]);
    });
  }
}

/** The official document as a PDF: the same content and layout rules as `officialDocx`. */
export async function officialPdf(doc: OfficialDocument): Promise<Buffer> {
  const pdf = await newPdf({ title: [upper(doc.typeName), doc.summary].filter(Boolean).join(' - '), subject: doc.summary });
  const fonts = await embedFonts(pdf, ['regular', 'bold', 'italic', 'boldItalic']);
  const layout = new OfficialLayout(pdf, fonts, doc);
  layout.header();
  layout.title();

  const signed = Boolean(doc.signer || doc.recipients?.length);
  const gap = SIZE.body * LH.body * 0.6;
  const signature = signed ? layout.signatureParts() : null;
  layout.body(signature ? gap + signature.height : 0);
  if (signature) {
    layout.y += gap;
    // the block is never split over two pages
    layout.ensure(signature.height);
    signature.draw(layout.y);
    layout.y += signature.height;
  }
  layout.furniture();
  return Buffer.from(await pdf.save());
}
