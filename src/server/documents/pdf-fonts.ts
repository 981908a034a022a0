/**
 * PDF building blocks, 1 of 3: page units, a new PDF with its metadata, and the Noto Serif fonts
 * (fonts.ts) embedded as subsets through a faster fontkit wrapper. Used by the official-document
 * layout (pdf.ts) and the certificates (certificate.ts).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { fontBytes, type FontStyle } from './fonts.js';

// ─── units and fonts ─────────────────────────────────────────────────────────────────────────────

/** points per millimetre */
export const MM = 72 / 25.4;
export const A4 = { width: 210 * MM, height: 297 * MM };

/** Noto Serif's ascent and descent, in em: where the baseline sits in a line box */
export const ASCENT = 1.069;
export const DESCENT = 0.293;

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
