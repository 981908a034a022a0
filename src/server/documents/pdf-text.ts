/**
 * PDF building blocks, 2 of 3: measuring and breaking text. pdf-lib has no text layout, so lines
 * are broken here by measuring words (plain, mixed-style spans, balanced, or shrunk to fit).
 */
import type { PDFFont } from 'pdf-lib';

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
