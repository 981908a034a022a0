/**
 * PDF building blocks, 3 of 3: drawing. Each page's drawing is written as a raw content stream
 * (`Canvas`), much faster and smaller than one pdf-lib operator object per number; fonts get short
 * resource names shared by every page (`FontKeys`), and a drawing can be stored once for many pages.
 */
import { deflateSync } from 'node:zlib';
import { PDFName, type PDFDocument, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { ASCENT, DESCENT } from './pdf-fonts.js';
import { textWidth, type Align, type SpanLine, type TextLine } from './pdf-text.js';

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
