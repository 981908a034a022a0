/** Who may decide an award at an organisation level on a date (legal-rules §8). */
import { isAwardCode, LEVEL_NAMES, LEVELS, type AwardCode, type Level } from '../codes.js';
import type { Confidence } from '../confidence.js';
import { docDate, type IsoDate } from '../dates.js';
import { invalid } from '../errors.js';
import { awardName } from '../catalog/names.js';
import type { RuleParams } from '../params.js';
import { rulesetAt } from '../rulesets/registry.js';
import { lawArt } from '../rulesets/refs.js';
import type { AuthorityRow, Ruleset } from '../rulesets/types.js';

export interface Competent {
  level: Level;
  decider: string;
  confidence: Confidence;
}

export interface AuthorityResult {
  award: AwardCode;
  level: Level;
  date: IsoDate;
  ruleset: string;
  /** null when the law found no decider for this award (unconfirmed): a tenant must configure it. */
  allowed: boolean | null;
  /** Vietnamese, e.g. "Chủ tịch UBND xã"; null when not allowed. */
  decider: string | null;
  refs: string[];
  confidence: Confidence;
  /** Vietnamese explanation. */
  reason: string;
  /** Who does decide this award on that date, at any level. */
  competent: Competent[];
}

const ARMED_FORCES: readonly AwardCode[] = ['CSTT', 'DVTT', 'DVQT', 'CO_QK', 'BK_QK'];
const CONF_ORDER: Confidence[] = ['unconfirmed', 'partial', 'tenant', 'confirmed'];

function weakest(a: Confidence, b: Confidence): Confidence {
  return CONF_ORDER.indexOf(a) <= CONF_ORDER.indexOf(b) ? a : b;
}

/** The ruleset's rows plus the tenant's own deciders (e.g. school principals by delegation). */
export function authorityRows(rs: Ruleset, params?: RuleParams): readonly AuthorityRow[] {
  const extra = params?.authority;
  if (!extra || extra.length === 0) return rs.authority;
  return [
    ...rs.authority,
    ...extra.map((r) => ({
      level: r.level,
      awards: r.awards,
      decider: r.decider,
      refs: [r.ref ?? 'Tham số của đơn vị (phân cấp thẩm quyền)'],
      confidence: 'tenant' as const,
    })),
  ];
}

export function competentFor(award: AwardCode, rs: Ruleset, params?: RuleParams): Competent[] {
  return authorityRows(rs, params)
    .filter((r) => r.awards.includes(award))
    .map((r) => ({ level: r.level, decider: r.decider, confidence: r.confidence }));
}

/**
 * May a unit at `level` decide `award` on `date`? E.g. the commune chair grants CSTĐ cơ sở only from
 * 1/7/2025 (NĐ 129/2025 Điều 59); before that the district chair did (Khoản 2 Điều 80 Luật 2022).
 */
export function authorityFor(award: string, level: string, date: IsoDate, params?: RuleParams): AuthorityResult {
  if (!isAwardCode(award)) throw invalid(`Mã danh hiệu/hình thức không tồn tại (trường 'award'): '${award}'`, 'award');
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw invalid(`Cấp không hợp lệ (trường 'level'): '${level}'; dùng một trong: ${LEVELS.join(', ')}`, 'level');
  }
  const lvl = level as Level;
  const rs = rulesetAt(date, params);
  const rows = authorityRows(rs, params);
  const competent = competentFor(award, rs, params);
  const name = awardName(award);
  const base = { award, level: lvl, date, ruleset: rs.id, competent };

  const matches = rows.filter((r) => r.level === lvl && r.awards.includes(award));
  if (matches.length > 0) {
    const refs = [...new Set(matches.flatMap((r) => r.refs))];
    const confidence = matches.map((r) => r.confidence).reduce(weakest);
    const decider = matches.map((r) => r.decider).join('; ');
    const notes = matches.map((r) => r.note).filter(Boolean);
    return {
      ...base, allowed: true, decider, refs, confidence,
      reason: `${decider} quyết định tặng ${name} (ngày ${docDate(date)})${notes.length ? '. ' + notes.join(' ') : ''}`,
    };
  }

  const absent = rs.authorityAbsent.find((a) => a.level === lvl);
  if (absent) {
    return { ...base, allowed: false, decider: null, refs: [...absent.refs], confidence: 'confirmed', reason: absent.reason };
  }
  if (ARMED_FORCES.includes(award)) {
    return {
      ...base, allowed: false, decider: null, refs: [lawArt(80, 5)], confidence: 'confirmed',
      reason: `${name} thuộc lực lượng vũ trang: thẩm quyền do Bộ Quốc phòng, Bộ Công an quy định`,
    };
  }
  if (competent.length === 0) {
    return {
      ...base, allowed: null, decider: null, refs: [], confidence: 'unconfirmed',
      reason: `Thẩm quyền quyết định tặng ${name} chưa xác nhận: cần cấu hình tham số 'authority'`,
    };
  }
  const who = competent.map((c) => `${c.decider} (${LEVEL_NAMES[c.level]})`).join('; ');
  const levelRows = rows.filter((r) => r.level === lvl);
  const refs = [...new Set([...levelRows.flatMap((r) => r.refs), ...rows.filter((r) => r.awards.includes(award)).flatMap((r) => r.refs)])];
  const levelDeciders = [...new Set(levelRows.map((r) => r.decider))];
  const canAtLevel = [...new Set(levelRows.flatMap((r) => r.awards))].map(awardName);
  const what = levelDeciders.length
    ? `Ngày ${docDate(date)}, ${levelDeciders.join('; ')} chỉ quyết định: ${canAtLevel.join(', ')}. `
    : `Ngày ${docDate(date)}, cấp ${LEVEL_NAMES[lvl]} không quyết định danh hiệu, hình thức khen thưởng nào. `;
  return {
    ...base, allowed: false, decider: null, refs, confidence: 'confirmed',
    reason: `${what}${name} do ${who} quyết định`,
  };
}
