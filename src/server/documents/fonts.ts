/**
 * The fonts the PDF documents are set in: Noto Serif (SIL Open Font License), which has every
 * Vietnamese letter as a precomposed glyph, shipped in the @expo-google-fonts/noto-serif package.
 * The files are found through Node's module resolution, so the same code works from src/ (tsx,
 * vitest) and from the compiled dist/; they are read once and kept in memory.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italic: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
};

export const FONT_STYLES = Object.keys(FILES) as FontStyle[];

let dir: string | null = null;
const cache = new Map<FontStyle, Uint8Array>();

function packageDir(): string {
  if (dir === null) {
    const require = createRequire(import.meta.url);
    dir = path.dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));
  }
  return dir;
}

/** The TTF bytes of one style of Noto Serif; read from disk on first use only. */
export function fontBytes(style: FontStyle): Uint8Array {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(path.join(packageDir(), FILES[style])));
    cache.set(style, bytes);
  }
  return bytes;
}
