import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords } from './words.js';

const rows: [number, string][] = [
  [0, 'Không đồng'],
  [5, 'Năm đồng'],
  [10, 'Mười đồng'],
  [11, 'Mười một đồng'],
  [14, 'Mười bốn đồng'],
  [15, 'Mười lăm đồng'],
  [20, 'Hai mươi đồng'],
  [21, 'Hai mươi mốt đồng'],
  [24, 'Hai mươi tư đồng'],
  [25, 'Hai mươi lăm đồng'],
  [55, 'Năm mươi lăm đồng'],
  [101, 'Một trăm linh một đồng'],
  [105, 'Một trăm linh năm đồng'],
  [110, 'Một trăm mười đồng'],
  [115, 'Một trăm mười lăm đồng'],
  [1_000, 'Một nghìn đồng'],
  [1_001, 'Một nghìn không trăm linh một đồng'],
  [1_010, 'Một nghìn không trăm mười đồng'],
  [702_000, 'Bảy trăm linh hai nghìn đồng'],
  [710_000, 'Bảy trăm mười nghìn đồng'],
  [760_000, 'Bảy trăm sáu mươi nghìn đồng'],
  [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
  [1_000_500, 'Một triệu năm trăm đồng'],
  [1_000_050, 'Một triệu không trăm năm mươi đồng'],
  [1_140_000, 'Một triệu một trăm bốn mươi nghìn đồng'],
  [2_030_000, 'Hai triệu không trăm ba mươi nghìn đồng'],
  [3_800_000, 'Ba triệu tám trăm nghìn đồng'],
  [11_390_000, 'Mười một triệu ba trăm chín mươi nghìn đồng'],
  [21_000_000, 'Hai mươi mốt triệu đồng'],
  [30_360_000, 'Ba mươi triệu ba trăm sáu mươi nghìn đồng'],
  [232_760_000, 'Hai trăm ba mươi hai triệu bảy trăm sáu mươi nghìn đồng'],
  [1_000_000_000, 'Một tỷ đồng'],
  [1_005_021_015, 'Một tỷ không trăm linh năm triệu không trăm hai mươi mốt nghìn không trăm mười lăm đồng'],
  [1_000_000_000_000, 'Một nghìn tỷ đồng'],
];

describe('amount in words (Điều 49 NĐ 152/2025: amounts on the decision)', () => {
  it.each(rows)('%i → %s', (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });
  it('options: lẻ, bốn, ngàn, no currency', () => {
    expect(amountInWords(105_024, { zeroTen: 'lẻ', four: 'bốn', thousand: 'ngàn' })).toBe('Một trăm lẻ năm ngàn không trăm hai mươi bốn đồng');
    expect(amountInWords(31, { currency: false, capitalize: false })).toBe('ba mươi mốt');
  });
  it('rejects negative and fractional amounts', () => {
    expect(() => amountInWords(-1)).toThrow(/amount/);
    expect(() => amountInWords(1.5)).toThrow(/amount/);
  });
});

// A reader for the words: the round trip checks every reading rule at once.
const DIGIT: Record<string, number> = { không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
function parseWords(s: string): bigint {
  const w = s.toLowerCase().replace(/ đồng$/, '').split(' ');
  let total = 0n; // completed tỷ part
  let mid = 0n; // below a billion, completed groups
  let group = 0n; // current 3-digit group
  let last = 0n;
  for (const t of w) {
    if (t in DIGIT) { last = BigInt(DIGIT[t]); group += last; continue; }
    switch (t) {
      case 'trăm': group = group - last + last * 100n; break;
      case 'mươi': group = group - last + last * 10n; break;
      case 'mười': group += 10n; break;
      case 'linh': case 'lẻ': break;
      case 'nghìn': mid += group * 1000n; group = 0n; break;
      case 'triệu': mid += group * 1_000_000n; group = 0n; break;
      case 'tỷ': total = (total + mid + group) * 1_000_000_000n; mid = 0n; group = 0n; break;
      default: throw new Error(`unknown word ${t}`);
    }
    last = 0n;
  }
  return total + mid + group;
}

describe('words round trip', () => {
  it('parse(words(n)) === n for amounts up to 10^15', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
        expect(parseWords(amountInWords(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
  it('multiples of 10.000 (every reward amount) round-trip and never read "mươi một"/"mươi năm"/"mười một nghìn" wrongly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (k) => {
        const n = k * 10_000;
        const s = amountInWords(n);
        expect(parseWords(s)).toBe(BigInt(n));
        expect(s).not.toMatch(/mươi một|mươi năm|mười mốt|linh mươi|không mươi/);
      }),
      { numRuns: 2000 },
    );
  });
});
