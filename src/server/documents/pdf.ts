/**
 * Official documents as PDF: the same `OfficialDocument` that official.ts turns into DOCX, laid
 * out here with pdf-lib in the Nghị định 30/2020 layout (A4, margins top/bottom 20 mm, left 30 mm,
 * right 15 mm): the two-column header, the type name and summary, "Kính gửi", the italic bases,
 * justified paragraphs, bordered tables whose header row is repeated on every page, page numbers
 * from page 2 on, then "Nơi nhận" and the signature block.
 *
 * The text is set in Noto Serif (fonts.ts), embedded as subsets. pdf-lib has no text layout, so
 * this file has a small one: lines are broken by measuring words, and each page's drawing is
 * written as a raw content stream (`Canvas`), which is much faster and smaller than one pdf-lib
 * operator object per number. certificate.ts uses the same pieces.
 */
import fontkit from '@pdf-lib/fontkit';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { fontBytes, type FontStyle } from './fonts.js';
import { viDateLine, type Block, type OfficialDocument, type TableColumn, type TextSpan } from './official.js';

// ─── units and fonts ─────────────────────────────────────────────────────────────────────────────

/** points per millimetre */
export const MM = 72 / 25.4;
export const A4 = { width: 210 * MM, height: 297 * MM };

/** Noto Serif's ascent and descent, in em: where the baseline sits in a line box */
const ASCENT = 1.069;
const DESCENT = 0.293;

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;

/** the parts of fontkit's TrueType subset that `evenGlyphRecords` touches */
interface TtfSubset {
  glyf?: Uint8Array[];
  offset?: number;
  _addGlyph?: (gid: number) => number;
}

/**
 * Works around a bug of @pdf-lib/fontkit 1.1.1 (fixed upstream in fontkit 1.8, foliojs/fontkit#191):
 * a subset small enough for the short `loca` format stores offsets halved, but the glyph records
 * are copied unpadded, so after the first record of odd length every glyph points a byte off and
 * most letters print blank. Padding each record to an even length keeps the offsets exact.
 */
function evenGlyphRecords(subset: TtfSubset): void {
  const addGlyph = subset._addGlyph;
  if (typeof addGlyph !== 'function') return; // a CFF font, or a fontkit that no longer needs this
  subset._addGlyph = (gid: number) => {
    const index = addGlyph.call(subset, gid);
    const record = subset.glyf?.[index];
    if (record && record.length % 2 === 1 && subset.glyf && typeof subset.offset === 'number') {
      // fontkit's bundled stream accepts only its own Buffer class: make the copy with it
      const FontkitBuffer = record.constructor as typeof Buffer;
      subset.glyf[index] = FontkitBuffer.concat([record, FontkitBuffer.alloc(1)]);
      subset.offset += 1;
    }
    return index;
  };
}

/**
 * fontkit, with the subset fix above and two changes for speed. A parsed font is kept per byte
 * array, so a document does not parse the 500 kB file again. And `layout` maps characters to
 * glyphs through the cmap instead of running the OpenType shaper (≈ 0.8 ms per string, 150 times
 * slower): pdf-lib uses only the glyph ids and advance widths of a layout, Vietnamese letters are
 * precomposed glyphs in Noto Serif once the text is NFC, and Word does not set ligatures by
 * default either.
 */
const parsedFonts = new Map<Uint8Array, FontkitFont>();
const fastFontkit: Fontkit = {
  create(bytes: Uint8Array, postscriptName?: string): FontkitFont {
    const known = postscriptName === undefined ? parsedFonts.get(bytes) : undefined;
    if (known) return known;
    const font = fontkit.create(bytes, postscriptName) as unknown as FontkitFont;
    font.layout = ((text: string) => {
      const glyphs = [];
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        const glyph = font.glyphForCodePoint(cp);
        // fontkit keeps one glyph object per id, and one first made as the component of an
        // accented letter (by an earlier subset) has no code points: pdf-lib's ToUnicode map
        // would then leave the letter out of copied and extracted text
        if (glyph.codePoints.length === 0) (glyph as { codePoints: number[] }).codePoints = [cp];
        glyphs.push(glyph);
      }
      return { glyphs };
    }) as unknown as FontkitFont['layout'];
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      evenGlyphRecords(subset as unknown as TtfSubset);
      return subset;
    };
    if (postscriptName === undefined) parsedFonts.set(bytes, font);
    return font;
  },
};

export type Fonts = Record<FontStyle, PDFFont>;

export function styleOf(bold?: boolean, italic?: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/** A new PDF with its metadata set, ready for `embedFonts`. */
export async function newPdf(meta: { title: string; subject?: string }): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fastFontkit);
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) pdf.setSubject(meta.subject);
  pdf.setAuthor('tdkt');
  pdf.setCreator('tdkt');
  pdf.setProducer('tdkt (pdf-lib)');
  pdf.setLanguage('vi-VN');
  return pdf;
}

/**
 * Embeds the given styles once, as subsets (only the glyphs used end up in the file). Styles not
 * asked for are left out of the result; asking `fonts.bold` for one of them is a programming error.
 */
export async function embedFonts(pdf: PDFDocument, styles: Iterable<FontStyle>): Promise<Fonts> {
  const out: Partial<Fonts> = {};
  for (const style of new Set(styles)) out[style] = await pdf.embedFont(fontBytes(style), { subset: true });
  return out as Fonts;
}

// ─── measuring and breaking text ─────────────────────────────────────────────────────────────────

/** NFC (precomposed Vietnamese letters, one glyph each), tabs and stray control characters as spaces */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.normalize('NFC').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
}

const widthCache = new WeakMap<PDFFont, Map<string, number>>();

/** Width in points; words are measured once per font and remembered. */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let cache = widthCache.get(font);
  if (!cache) widthCache.set(font, (cache = new Map()));
  let w = cache.get(text);
  if (w === undefined) {
    w = font.widthOfTextAtSize(text, 1);
    if (cache.size < 50_000) cache.set(text, w);
  }
  return w * size;
}

export interface TextLine {
  words: string[];
  /** natural width, words separated by one space */
  width: number;
  /** left indent of this line (the first-line indent of a paragraph) */
  indent: number;
  /** the last line of its paragraph: never justified */
  last: boolean;
}

/**
 * Breaks one paragraph (no "\n") into lines no wider than `maxWidth`; the first line is
 * `firstIndent` narrower. Runs of spaces are kept inside a line (blanks left for handwriting,
 * "Số:      /TTr-UBND"), dropped where a line breaks. A word wider than a line is cut.
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number, firstIndent = 0): TextLine[] {
  const space = textWidth(font, ' ', size);
  const lines: TextLine[] = [];
  let words: string[] = [];
  let width = 0;
  const avail = () => maxWidth - (lines.length === 0 ? firstIndent : 0);
  const push = () => {
    while (words.length > 1 && words[words.length - 1] === '') {
      words.pop();
      width -= space;
    }
    lines.push({ words, width, indent: lines.length === 0 ? firstIndent : 0, last: false });
    words = [];
    width = 0;
  };
  for (const word of cleanText(text).trim().split(' ')) {
    const w = word === '' ? 0 : textWidth(font, word, size);
    if (words.length > 0 && width + space + w <= avail() + 0.01) {
      words.push(word);
      width += space + w;
      continue;
    }
    if (words.length > 0) push();
    if (word === '') continue; // spaces where a line breaks
    if (w <= avail() + 0.01) {
      words = [word];
      width = w;
      continue;
    }
    // a word wider than the line: cut it where it overflows
    let piece = '';
    for (const ch of word) {
      if (piece && textWidth(font, piece + ch, size) > avail()) {
        words = [piece];
        width = textWidth(font, piece, size);
        push();
        piece = '';
      }
      piece += ch;
    }
    words = [piece];
    width = textWidth(font, piece, size);
  }
  if (words.length > 0 || lines.length === 0) push();
  lines[lines.length - 1].last = true;
  return lines;
}

/** `wrapText` for a text whose "\n" starts a new paragraph (each one indented by `firstIndent`) */
export function wrapLines(text: string, font: PDFFont, size: number, maxWidth: number, firstIndent = 0): TextLine[] {
  return text.split('\n').flatMap((part) => wrapText(part, font, size, maxWidth, firstIndent));
}

/** a piece of a word in one font; a word set in two styles ("**Mục**đích") has two */
export interface SpanPiece {
  text: string;
  font: PDFFont;
  /** width at the size the line was wrapped for */
  width: number;
}

export interface SpanLine {
  /** the words of the line, each one or more pieces set without a space between them */
  words: SpanPiece[][];
  /** natural width, words separated by one space */
  width: number;
  indent: number;
  last: boolean;
}

/**
 * `wrapText` for a paragraph of spans in different fonts (a bold lead-in, then normal text). Runs
 * of spaces count as one space; a word wider than the line gets a line of its own and overflows.
 */
export function wrapSpans(spans: { text: string; font: PDFFont }[], size: number, maxWidth: number, firstIndent = 0, spaceFont = spans[0]?.font): SpanLine[] {
  const words: SpanPiece[][] = [];
  let word: SpanPiece[] = [];
  const endWord = () => {
    if (word.length) words.push(word);
    word = [];
  };
  for (const span of spans) {
    cleanText(span.text)
      .replace(/\n/g, ' ')
      .split(' ')
      .forEach((piece, i) => {
        if (i > 0) endWord();
        if (piece) word.push({ text: piece, font: span.font, width: textWidth(span.font, piece, size) });
      });
  }
  endWord();

  const space = spaceFont ? textWidth(spaceFont, ' ', size) : 0;
  const wordWidth = (w: SpanPiece[]) => w.reduce((a, p) => a + p.width, 0);
  const lines: SpanLine[] = [];
  let current: SpanPiece[][] = [];
  let width = 0;
  for (const w of words) {
    const ww = wordWidth(w);
    const avail = maxWidth - (lines.length === 0 ? firstIndent : 0);
    if (current.length > 0 && width + space + ww > avail + 0.01) {
      lines.push({ words: current, width, indent: lines.length === 0 ? firstIndent : 0, last: false });
      current = [];
      width = 0;
    }
    width += (current.length ? space : 0) + ww;
    current.push(w);
  }
  lines.push({ words: current, width, indent: lines.length === 0 ? firstIndent : 0, last: true });
  return lines;
}

/**
 * `wrapLines` for centred text: the same number of lines, but as even as they can be (a title
 * of two lines is cut near its middle, not with one word left on the second line).
 */
export function wrapBalanced(text: string, font: PDFFont, size: number, maxWidth: number): TextLine[] {
  const lines = wrapLines(text, font, size, maxWidth);
  if (lines.length < 2) return lines;
  let lo = maxWidth / lines.length;
  let hi = maxWidth;
  let best = lines;
  for (let k = 0; k < 12 && hi - lo > 1; k++) {
    const mid = (lo + hi) / 2;
    const attempt = wrapLines(text, font, size, mid);
    if (attempt.length <= lines.length) {
      best = attempt;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}

/** the size, at most `size` and at least `minSize`, at which `text` fits on one line `width` wide */
export function fittingSize(font: PDFFont, text: string, size: number, width: number, minSize: number): number {
  const natural = textWidth(font, cleanText(text), 1);
  return natural <= 0 ? size : Math.max(minSize, Math.min(size, width / natural));
}

export type Align = 'left' | 'center' | 'right' | 'justify';

// ─── drawing ─────────────────────────────────────────────────────────────────────────────────────

export type Color = [number, number, number];
const BLACK: Color = [0, 0, 0];

/** compact numbers for content streams: at most 2 decimals, no trailing zeros */
export const num = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * Drawing, written as PDF content-stream text. Coordinates are points from the top-left corner of
 * the page (the PDF's own y axis points up: converted here). `finish` adds the drawing to a page as
 * one compressed stream.
 */
export class Canvas {
  private readonly parts: string[] = [];
  private fill = '';
  private stroke = '';

  /** `fontKey` gives the resource name a font has in the stream ("/F1") */
  constructor(
    readonly width: number,
    readonly height: number,
    private readonly fontKey: (font: PDFFont) => string,
  ) {}

  /** a canvas for one page of the document */
  static forPage(page: PDFPage, keys: FontKeys): Canvas {
    return new Canvas(page.getWidth(), page.getHeight(), (font) => keys.useOn(page, font));
  }

  private fillColor(c: Color): string {
    const op = `${num(c[0])} ${num(c[1])} ${num(c[2])} rg`;
    if (op === this.fill) return '';
    this.fill = op;
    return `${op} `;
  }

  private strokeColor(c: Color): string {
    const op = `${num(c[0])} ${num(c[1])} ${num(c[2])} RG`;
    if (op === this.stroke) return '';
    this.stroke = op;
    return `${op} `;
  }

  /** one run of text, its baseline `baseline` points from the top */
  text(s: string, x: number, baseline: number, font: PDFFont, size: number, color: Color = BLACK): void {
    if (!s) return;
    const hex = font.encodeText(s).toString();
    this.parts.push(`BT ${this.fillColor(color)}${this.fontKey(font)} ${num(size)} Tf ${num(x)} ${num(this.height - baseline)} Td ${hex} Tj ET`);
  }

  /**
   * A line of wrapped text inside a box starting at `x`, `boxWidth` wide. Justified lines (all but
   * the last of a paragraph) are drawn word by word: Identity-H fonts ignore word spacing (Tw).
   */
  line(l: TextLine, x: number, baseline: number, boxWidth: number, align: Align, font: PDFFont, size: number, color: Color = BLACK): void {
    const x0 = x + l.indent;
    const avail = boxWidth - l.indent;
    if (align === 'justify' && !l.last && l.words.length > 1 && !l.words.includes('')) {
      const natural = l.words.reduce((a, w) => a + textWidth(font, w, size), 0);
      const gap = (avail - natural) / (l.words.length - 1);
      let at = x0;
      for (const w of l.words) {
        this.text(w, at, baseline, font, size, color);
        at += textWidth(font, w, size) + gap;
      }
      return;
    }
    const offset = align === 'center' ? (avail - l.width) / 2 : align === 'right' ? avail - l.width : 0;
    this.text(l.words.join(' '), x0 + offset, baseline, font, size, color);
  }

  /** a line of `wrapSpans`, each piece in its own font; justified word by word like `line` */
  spanLine(l: SpanLine, x: number, baseline: number, boxWidth: number, align: Align, size: number, space: number, color: Color = BLACK): void {
    const avail = boxWidth - l.indent;
    const natural = l.width - space * Math.max(0, l.words.length - 1);
    const gap = align === 'justify' && !l.last && l.words.length > 1 ? (avail - natural) / (l.words.length - 1) : space;
    let at = x + l.indent + (align === 'center' ? (avail - l.width) / 2 : align === 'right' ? avail - l.width : 0);
    for (const word of l.words) {
      for (const p of word) {
        this.text(p.text, at, baseline, p.font, size, color);
        at += p.width;
      }
      at += gap;
    }
  }

  /** a straight line */
  rule(x1: number, y1: number, x2: number, y2: number, thickness = 0.5, color: Color = BLACK): void {
    this.parts.push(`${this.strokeColor(color)}${num(thickness)} w ${num(x1)} ${num(this.height - y1)} m ${num(x2)} ${num(this.height - y2)} l S`);
  }

  /** a rectangle's outline, (x, y) its top-left corner */
  frame(x: number, y: number, w: number, h: number, thickness = 0.5, color: Color = BLACK): void {
    this.parts.push(`${this.strokeColor(color)}${num(thickness)} w ${num(x)} ${num(this.height - y - h)} ${num(w)} ${num(h)} re S`);
  }

  /** content-stream operators as they are, inside q … Q (PDF coordinates, y up) */
  raw(ops: string): void {
    this.parts.push(`q ${ops} Q`);
    // the operators may have set colours: set them anew after
    this.fill = '';
    this.stroke = '';
  }

  /** the drawing as a compressed stream object (Node's zlib: pdf-lib's pako is several times slower) */
  stream(pdf: PDFDocument): PDFRef {
    const bytes = deflateSync(Buffer.from(`q\n${this.parts.join('\n')}\nQ\n`, 'latin1'));
    return pdf.context.register(pdf.context.stream(bytes, { Filter: 'FlateDecode' }));
  }

  /** adds the drawing to the page */
  finish(page: PDFPage): void {
    if (this.parts.length) page.node.addContentStream(this.stream(page.doc));
  }
}

/**
 * Short resource names for the fonts of a document (/F1, /F2 …), the same on every page, so a
 * stream shown on many pages (`sharedDrawing`) can name them too.
 */
export class FontKeys {
  private readonly names = new Map<PDFFont, string>();
  private readonly declared = new WeakMap<PDFPage, Set<PDFFont>>();

  name(font: PDFFont): string {
    let key = this.names.get(font);
    if (!key) this.names.set(font, (key = `F${this.names.size + 1}`));
    return key;
  }

  /** the font's name, declared in the page's resources */
  useOn(page: PDFPage, font: PDFFont): string {
    const key = this.name(font);
    let fonts = this.declared.get(page);
    if (!fonts) this.declared.set(page, (fonts = new Set()));
    if (!fonts.has(font)) {
      fonts.add(font);
      page.node.setFontDictionary(PDFName.of(key), font.ref);
    }
    return `/${key}`;
  }
}

/**
 * A drawing stored once and shown on many pages (the border and the fixed lines of a
 * certificate): returns the function that adds it to a page, with the fonts it uses.
 */
export function sharedDrawing(pdf: PDFDocument, keys: FontKeys, size: { width: number; height: number }, draw: (c: Canvas) => void): (page: PDFPage) => void {
  const fonts = new Set<PDFFont>();
  const canvas = new Canvas(size.width, size.height, (font) => {
    fonts.add(font);
    return `/${keys.name(font)}`;
  });
  draw(canvas);
  const ref = canvas.stream(pdf);
  return (page) => {
    for (const f of fonts) keys.useOn(page, f);
    page.node.addContentStream(ref);
  };
}

/** baseline of a line of text of `size` points, centred in a line box `lineHeight` high starting at `top` */
export function baselineIn(top: number, lineHeight: number, size: number): number {
  return top + (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
}

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
