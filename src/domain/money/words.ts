/**
 * Amounts in Vietnamese words for decisions ("Bảy trăm sáu mươi nghìn đồng").
 * Reading rules: "mười" for 10–19, "X mươi" from 20; "mốt" for 1 after "mươi" (21 → hai mươi mốt, but
 * 11 → mười một); "lăm" for 5 after a ten (15 → mười lăm, 25 → hai mươi lăm); "tư" for 4 after "mươi"
 * (24 → hai mươi tư, optional; 14 stays mười bốn); "linh" (or "lẻ") for a zero ten before a unit
 * (105 → một trăm linh năm); "không trăm" for a zero hundred inside the number (1.005.000 →
 * một triệu không trăm linh năm nghìn); empty groups are skipped (1.000.500 → một triệu năm trăm).
 */
import { invalid } from '../errors.js';

export interface WordsOptions {
  /** "linh" (default, formal northern usage) or "lẻ". */
  zeroTen?: 'linh' | 'lẻ';
  /** "tư" (default) or "bốn" for 4 after "mươi". */
  four?: 'tư' | 'bốn';
  /** "nghìn" (default) or "ngàn". */
  thousand?: 'nghìn' | 'ngàn';
  /** Append " đồng" (default true). */
  currency?: boolean;
  /** Capitalise the first letter (default true). */
  capitalize?: boolean;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** Read a three-digit group; `full` = read "không trăm"/"linh" (the group is not the leading one). */
function readGroup(n: number, full: boolean, o: Required<WordsOptions>): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const w: string[] = [];
  if (h > 0 || full) w.push(DIGITS[h], 'trăm');
  if (t === 0) {
    if (u > 0 && (h > 0 || full)) w.push(o.zeroTen);
  } else if (t === 1) {
    w.push('mười');
  } else {
    w.push(DIGITS[t], 'mươi');
  }
  if (u > 0) {
    if (u === 1 && t >= 2) w.push('mốt');
    else if (u === 5 && t >= 1) w.push('lăm');
    else if (u === 4 && t >= 2) w.push(o.four);
    else w.push(DIGITS[u]);
  }
  return w;
}

const SCALES = ['', 'nghìn', 'triệu'];

/** Words for 0 ≤ n < 10^9 (groups of nghìn, triệu); `leading` = nothing is read before it. */
function readBelowBillion(n: number, leading: boolean, o: Required<WordsOptions>): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const w: string[] = [];
  let started = !leading;
  for (let i = 2; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) continue;
    w.push(...readGroup(g, started, o));
    if (i > 0) w.push(i === 1 ? o.thousand : SCALES[i]);
    started = true;
  }
  return w;
}

function readBig(n: bigint, leading: boolean, o: Required<WordsOptions>): string[] {
  const BILLION = 1_000_000_000n;
  if (n < BILLION) return readBelowBillion(Number(n), leading, o);
  const high = n / BILLION;
  const low = n % BILLION;
  const w = [...readBig(high, leading, o), 'tỷ'];
  if (low > 0n) w.push(...readBelowBillion(Number(low), false, o));
  return w;
}

const cache = new Map<string, string>();
const defaultCache = new Map<number | bigint, string>();
const NO_OPTIONS: WordsOptions = {};

/** Vietnamese words for a non-negative integer amount of đồng. */
export function amountInWords(amount: number | bigint, options: WordsOptions = NO_OPTIONS): string {
  if (options === NO_OPTIONS) {
    const hit = defaultCache.get(amount);
    if (hit !== undefined) return hit;
    const s = amountInWordsUncached(amount, options);
    if (defaultCache.size > 10_000) defaultCache.clear();
    defaultCache.set(amount, s);
    return s;
  }
  return amountInWordsUncached(amount, options);
}

function amountInWordsUncached(amount: number | bigint, options: WordsOptions): string {
  const o: Required<WordsOptions> = {
    zeroTen: options.zeroTen ?? 'linh',
    four: options.four ?? 'tư',
    thousand: options.thousand ?? 'nghìn',
    currency: options.currency ?? true,
    capitalize: options.capitalize ?? true,
  };
  if (typeof amount === 'number' && (!Number.isSafeInteger(amount) || amount < 0)) {
    throw invalid(`Số tiền phải là số nguyên không âm (trường 'amount'): ${amount}`, 'amount');
  }
  if (typeof amount === 'bigint' && amount < 0n) throw invalid(`Số tiền phải là số nguyên không âm (trường 'amount')`, 'amount');
  const key = `${amount}|${o.zeroTen}|${o.four}|${o.thousand}|${o.currency}|${o.capitalize}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const n = BigInt(amount);
  let s = n === 0n ? 'không' : readBig(n, true, o).join(' ');
  if (o.currency) s += ' đồng';
  if (o.capitalize) s = s.charAt(0).toUpperCase() + s.slice(1);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, s);
  return s;
}
