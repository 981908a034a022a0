/**
 * The eligibility engine: checkEligibility(case) → { award, ruleset, eligible, criteria } exactly as in
 * shared/domain/codes.md. Every criterion quotes the facts and cites its article.
 *
 * eligible = false when an objective criterion fails; null when none fails but one could not be
 * decided (a missing fact or a missing parameter); true otherwise. Criteria that need the council's
 * judgement ("tiêu biểu xuất sắc", a vote not yet held) are ok: null and do not make eligible null.
 */
import { RATING_NAMES, PENDING_NAMES, SCOPE_NAMES, ratingAtLeast, type AwardCode, type Rating, type Scope } from '../codes.js';
import type { Sourced } from '../confidence.js';
import { awardName } from '../catalog/names.js';
import { streakParams, type RuleParams } from '../params.js';
import { rulesetAt } from '../rulesets/registry.js';
import { BAC_NINH_86, CV5007, lawArt } from '../rulesets/refs.js';
import { formatRatio, ttldttShareOf, voteRuleOf } from '../rulesets/resolve.js';
import type { Ratio } from '../rulesets/types.js';
import { votePasses, votesNeeded } from '../votes/votes.js';
import {
  chainStreak, describe, disciplineInfo, ratingOf, usableInitiatives, yearCounts, yearlyStreak, yearsList, type Ctx, type StreakResult,
} from './facts.js';
import { parseCase, type EligibilityCase, type InitiativeFact } from './schema.js';

export interface Criterion {
  id: string;
  ok: boolean | null;
  text: string;
  ref: string;
}

export interface EligibilityResult {
  award: AwardCode;
  ruleset: string;
  eligible: boolean | null;
  criteria: Criterion[];
}

/** Internal criterion: `judgement` marks council-judgement criteria (their null does not make eligible null). */
interface Crit extends Criterion {
  judgement?: boolean;
}

const PARTIAL = ' (chưa xác nhận)';
function refOf(s: Sourced<unknown>, ref = s.ref): string {
  return s.confidence === 'partial' ? ref + PARTIAL : ref;
}

function judgement(id: string, text: string, ref: string): Crit {
  return { id, ok: null, text: `Hội đồng Thi đua - Khen thưởng đánh giá: ${text}`, ref, judgement: true };
}

// ---- cross-cutting criteria -----------------------------------------------------------------------

function blocking(ctx: Ctx): Crit[] {
  const { c, rs } = ctx;
  const out: Crit[] = [];
  if (rs.principles.blocking.value) {
    const ref = refOf(rs.principles.blocking);
    const p = c.facts.pending;
    if (!p) out.push({ id: 'no_pending', ok: null, text: 'Thiếu thông tin về việc đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại (facts.pending)', ref });
    else if (p.length) out.push({ id: 'no_pending', ok: false, text: `Chưa đề nghị khen thưởng: ${[...new Set(p)].map((k) => PENDING_NAMES[k]).join('; ')}`, ref });
    else out.push({ id: 'no_pending', ok: true, text: 'Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra; không có khiếu nại, tố cáo đang xác minh', ref });
  }
  if (rs.principles.disciplineCount.value) {
    const ref = refOf(rs.principles.disciplineCount);
    const d = ctx.discipline;
    if (!d.known) out.push({ id: 'discipline_period', ok: null, text: 'Thiếu thông tin kỷ luật (facts.discipline)', ref });
    else if (d.missingEnd.length) {
      const i = d.missingEnd[0];
      out.push({ id: 'discipline_period', ok: null, text: `Thiếu ngày hết thời hạn kỷ luật bắt đầu ${c.facts.discipline![i].from} (facts.discipline[${i}].to)`, ref });
    } else if (!yearCounts(ctx, c.year)) {
      out.push({ id: 'discipline_period', ok: false, text: `Bị ${d.cause}: thành tích chỉ được tính từ khi hết thời hạn kỷ luật, năm ${c.year} không được tính`, ref });
    } else if (d.cause) {
      out.push({ id: 'discipline_period', ok: true, text: `Đã hết thời hạn ${d.cause}; thành tích được tính từ năm ${d.excludedThrough! + 1}`, ref });
    } else {
      out.push({ id: 'discipline_period', ok: true, text: 'Không bị kỷ luật', ref });
    }
  }
  return out;
}

function voteCrit(ctx: Ctx): Crit[] {
  const { c, rs, params } = ctx;
  const rule = voteRuleOf(rs, c.award, params);
  if (!rule.required.value) return [];
  const th = rule.threshold;
  const ref = th ? refOf(th) : refOf(rule.required);
  const need = th && th.value ? `từ ${formatRatio(th.value)} tổng số thành viên Hội đồng trở lên` : null;
  const v = c.facts.vote;
  if (!v) {
    return [judgement('council_vote', need ? `bỏ phiếu, cần ${need}` : `bỏ phiếu; tỷ lệ biểu quyết chưa xác nhận (tham số votes.${c.award})`, ref)];
  }
  if (!th || th.value === null) {
    return [{ id: 'council_vote', ok: null, text: `Thiếu tham số: tỷ lệ biểu quyết của Hội đồng chưa xác nhận (votes.${c.award}); kết quả ${v.for}/${v.total} phiếu đồng ý`, ref }];
  }
  const ok = votePasses(v.for, v.total, th.value);
  return [{
    id: 'council_vote', ok,
    text: `${v.for}/${v.total} thành viên Hội đồng đồng ý; cần ${need} (ít nhất ${votesNeeded(v.total, th.value)} phiếu)`,
    ref,
  }];
}

// ---- shared checks --------------------------------------------------------------------------------

function ratingCrit(ctx: Ctx, id: string, year: number, min: Rating, ref: string, who = 'Xếp loại'): Crit {
  const r = ratingOf(ctx, year);
  const field = ctx.c.subject === 'tap_the' && year === ctx.c.year ? 'facts.unitRating' : `facts.ratings.${year}`;
  if (!r) return { id, ok: null, text: `Thiếu kết quả xếp loại năm ${year} (${field})`, ref };
  const ok = ratingAtLeast(r, min);
  const need = min === 'HTXSNV' ? RATING_NAMES.HTXSNV : `từ ${RATING_NAMES[min]} trở lên`;
  return { id, ok, text: `${who} năm ${year}: ${RATING_NAMES[r]}${ok ? '' : `; cần ${need}`}`, ref };
}

function streakText(name: string, k: number, s: StreakResult): string {
  if (s.ok) return `Đạt ${name} ${k} lần liên tục: ${yearsList(s.years)}`;
  const have = s.years.length ? `chuỗi liên tục chỉ gồm ${yearsList(s.years)}` : `chưa có`;
  return `Chưa đạt ${name} ${k} lần liên tục đến năm ${s.endYear}: ${have} (${s.stop})`;
}

function streakCrit(ctx: Ctx, id: string, code: AwardCode, k: number, resetBy: readonly AwardCode[], ref: string): [Crit, StreakResult | null] {
  if (!ctx.c.facts.awards) return [{ id, ok: null, text: `Thiếu lịch sử khen thưởng (facts.awards) để xét ${awardName(code)} ${k} lần liên tục`, ref }, null];
  const s = yearlyStreak(ctx, code, k, resetBy);
  return [{ id, ok: s.ok, text: streakText(awardName(code), k, s), ref }, s];
}

/** "Has an initiative or research of scope ≥ minScope in `window`", with the single-use rule. */
function initiativeCrit(ctx: Ctx, id: string, minScope: Scope, window: readonly number[], ref: string, count = 1): Crit {
  const { c, rs } = ctx;
  const ini = c.facts.initiatives;
  const res = c.facts.research;
  const when = window.length === 1 ? `năm ${window[0]}` : `trong các năm ${yearsList(window)}`;
  const what = `sáng kiến hoặc đề tài, đề án khoa học phạm vi ${SCOPE_NAMES[minScope]}${minScope === 'toan_quoc' ? '' : ' trở lên'}`;
  const a = usableInitiatives(ctx, ini ?? [], minScope, window);
  const b = usableInitiatives(ctx, res ?? [], minScope, window, 'đề tài');
  const reused = [...a.reused, ...b.reused];
  const singleRef = reused.length ? `${ref}; ${refOf(rs.principles.initiativeSingleUse, CV5007)}` : ref;
  const found = a.usable.length >= count ? a.usable : b.usable.length >= count ? b.usable : null;
  if (found) {
    return { id, ok: true, text: `Có ${found.slice(0, count).map((x) => describe(x, found === a.usable ? 'sáng kiến' : 'đề tài')).join('; ')}`, ref: singleRef };
  }
  const reuseNote = reused.length ? `; ${reused.join('; ')} (mỗi sáng kiến, đề tài chỉ làm căn cứ một lần)` : '';
  if (ini === undefined && res === undefined) {
    return { id, ok: null, text: `Thiếu thông tin sáng kiến, đề tài (facts.initiatives, facts.research) ${when}`, ref };
  }
  const need = count > 1 ? `${count} ${what}` : what;
  return { id, ok: false, text: `Không có ${need} ${when} còn được sử dụng${reuseNote}`, ref: singleRef };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function shareCrit(id: string, part: number | undefined, total: number | undefined, share: Ratio, label: string, field: string, ref: string): Crit {
  if (total === undefined || part === undefined) return { id, ok: null, text: `Thiếu số liệu thành viên (facts.members.total, facts.members.${field})`, ref };
  if (total === 0) return { id, ok: false, text: 'Tập thể không có thành viên (facts.members.total = 0)', ref };
  const ok = part * share.den >= share.num * total;
  const pct = Math.floor((part * 1000) / total) / 10;
  return { id, ok, text: `${part}/${total} thành viên ${label} (${String(pct).replace('.', ',')}%); cần từ ${formatRatio(share)} trở lên`, ref };
}

// ---- per-award rules ------------------------------------------------------------------------------

type Rule = (ctx: Ctx) => Crit[];

const LDTT_SPIRIT = 'có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua';

const RULES: Partial<Record<AwardCode, Rule>> = {
  LDTT: (ctx) => [
    ...blocking(ctx),
    ratingCrit(ctx, 'rating', ctx.c.year, 'HTTNV', lawArt(24, 1, 'a')),
    judgement('ldtt_spirit', LDTT_SPIRIT, lawArt(24, 1, 'b')),
  ],

  CSTD_CS: (ctx) => {
    const { c } = ctx;
    const rating = ratingCrit(ctx, 'ldtt_standard', c.year, 'HTTNV', `${lawArt(23, 1)}; ${lawArt(24, 1, 'a')}`);
    rating.text = `Đạt tiêu chuẩn Lao động tiên tiến: ${rating.text.charAt(0).toLowerCase()}${rating.text.slice(1)}`;
    // Art. 23(2): HTXSNV, or an initiative recognised at base level, or accepted research — in the year.
    const r = ratingOf(ctx, c.year);
    const ref2 = lawArt(23, 2);
    let route: Crit;
    if (r === 'HTXSNV') {
      route = { id: 'cstd_cs_achievement', ok: true, text: `Hoàn thành xuất sắc nhiệm vụ năm ${c.year}`, ref: ref2 };
    } else {
      const ini = initiativeCrit(ctx, 'cstd_cs_achievement', 'co_so', [c.year], ref2);
      if (ini.ok) route = ini;
      else if (r === undefined) route = { ...ini, ok: null, text: `Thiếu kết quả xếp loại năm ${c.year} (facts.ratings.${c.year}); ${ini.text.charAt(0).toLowerCase()}${ini.text.slice(1)}` };
      else route = { ...ini, text: `Năm ${c.year} xếp loại ${RATING_NAMES[r]} (chưa đến mức Hoàn thành xuất sắc nhiệm vụ) và ${ini.text.charAt(0).toLowerCase()}${ini.text.slice(1)}` };
    }
    return [...blocking(ctx), rating, route, judgement('ldtt_spirit', LDTT_SPIRIT, lawArt(24, 1, 'b')), ...voteCrit(ctx)];
  },

  CSTD_TINH: (ctx) => {
    const { c } = ctx;
    const [streak, s] = streakCrit(ctx, 'cstd_cs_streak', 'CSTD_CS', 3, ['CSTD_TINH'], lawArt(22, 1));
    const window = ctx.streak.initiativeWindow === 'review_year' ? [c.year] : s?.ok ? s.years : range((s?.endYear ?? c.year) - 2, s?.endYear ?? c.year);
    return [
      ...blocking(ctx),
      streak,
      initiativeCrit(ctx, 'initiative_tinh', 'tinh', window, 'Khoản 1 và khoản 2 Điều 22 Luật Thi đua, khen thưởng 2022'),
      judgement('outstanding', 'có thành tích tiêu biểu xuất sắc trong số những cá nhân đạt Chiến sĩ thi đua cơ sở', lawArt(22, 1)),
      ...voteCrit(ctx),
    ];
  },

  CSTD_TQ: (ctx) => {
    const { c } = ctx;
    const ref = lawArt(21);
    let streak: Crit;
    let window: number[];
    if (!c.facts.awards) {
      streak = { id: 'cstd_tinh_streak', ok: null, text: 'Thiếu lịch sử khen thưởng (facts.awards) để xét Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh 2 lần liên tục', ref };
      window = [c.year];
    } else {
      const s = chainStreak(ctx, 'CSTD_TINH', 'CSTD_CS', 2, ['CSTD_TQ']);
      streak = { id: 'cstd_tinh_streak', ok: s.ok, text: streakText(awardName('CSTD_TINH'), 2, s), ref };
      const from = s.years.length ? Math.min(...s.years) - 2 : s.endYear - 5;
      window = ctx.streak.initiativeWindow === 'review_year' ? [c.year] : range(from, s.endYear);
    }
    return [
      ...blocking(ctx),
      streak,
      initiativeCrit(ctx, 'initiative_toan_quoc', 'toan_quoc', window, ref),
      judgement('outstanding', 'có thành tích tiêu biểu xuất sắc trong số những cá nhân 2 lần liên tục đạt Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', ref),
      ...voteCrit(ctx),
    ];
  },

  TTLDTT: (ctx) => {
    const { c, rs, params } = ctx;
    const share = ttldttShareOf(rs, params);
    const ref = refOf(share, lawArt(28));
    const m = c.facts.members;
    const disc: Crit = m?.disciplinedCanhCaoOrAbove === undefined
      ? { id: 'members_no_discipline', ok: null, text: 'Thiếu số thành viên bị kỷ luật từ cảnh cáo trở lên (facts.members.disciplinedCanhCaoOrAbove)', ref }
      : {
        id: 'members_no_discipline', ok: m.disciplinedCanhCaoOrAbove === 0,
        text: m.disciplinedCanhCaoOrAbove === 0 ? 'Không có thành viên bị kỷ luật từ cảnh cáo trở lên' : `${m.disciplinedCanhCaoOrAbove} thành viên bị kỷ luật từ cảnh cáo trở lên`,
        ref,
      };
    return [
      ...blocking(ctx),
      ratingCrit(ctx, 'unit_rating', c.year, 'HTTNV', ref, 'Tập thể xếp loại'),
      shareCrit('ldtt_share', m?.ldtt, m?.total, share.value!, 'đạt Lao động tiên tiến', 'ldtt', ref),
      disc,
      judgement('emulation', 'tích cực tham gia phong trào thi đua; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật', ref),
    ];
  },

  TTLDXS: (ctx) => {
    const { c, rs } = ctx;
    const ref = lawArt(27);
    const m = c.facts.members;
    const all: Crit = m?.total === undefined || m.completedDuties === undefined
      ? { id: 'members_complete', ok: null, text: 'Thiếu số liệu thành viên (facts.members.total, facts.members.completedDuties)', ref }
      : { id: 'members_complete', ok: m.total > 0 && m.completedDuties === m.total, text: `${m.completedDuties}/${m.total} thành viên hoàn thành nhiệm vụ; cần 100%`, ref };
    const cs: Crit = m?.cstdcs === undefined
      ? { id: 'has_cstd_cs', ok: null, text: 'Thiếu số thành viên đạt Chiến sĩ thi đua cơ sở (facts.members.cstdcs)', ref }
      : { id: 'has_cstd_cs', ok: m.cstdcs >= 1, text: `${m.cstdcs} thành viên đạt Chiến sĩ thi đua cơ sở; cần ít nhất 1`, ref };
    return [
      ...blocking(ctx),
      ratingCrit(ctx, 'unit_rating', c.year, 'HTXSNV', ref, 'Tập thể xếp loại'),
      all,
      shareCrit('ldtt_share', m?.ldtt, m?.total, rs.criteria.ttldxsLdttShare.value!, 'đạt Lao động tiên tiến', 'ldtt', refOf(rs.criteria.ttldxsLdttShare)),
      cs,
      judgement('emulation', 'có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách, pháp luật', ref),
    ];
  },

  GK: (ctx) => {
    const { c } = ctx;
    const ref = `${lawArt(75)}; Khoản 3 Điều 4 ${BAC_NINH_86}${PARTIAL}`;
    const out = blocking(ctx);
    if (c.subject === 'ho_gia_dinh') {
      out.push(judgement('gk_household', 'hộ gia đình gương mẫu chấp hành pháp luật, có đóng góp công sức, đất đai, tài sản cho địa phương hoặc có thành tích trong phong trào thi đua', ref));
      return out;
    }
    const r = ratingOf(ctx, c.year);
    if (r) out.push(ratingCrit(ctx, 'gk_duties', c.year, 'HTTNV', ref, c.subject === 'tap_the' ? 'Tập thể xếp loại' : 'Xếp loại'));
    else out.push(judgement('gk_duties', `gương mẫu chấp hành pháp luật, hoàn thành tốt nhiệm vụ (không có kết quả xếp loại năm ${c.year})`, ref));
    out.push(judgement('gk_achievement', c.subject === 'tap_the'
      ? 'có thành tích được công nhận trong phong trào thi đua, hoặc thành tích đột xuất; nội bộ đoàn kết'
      : 'có thành tích được công nhận trong phong trào thi đua, hoặc lập được thành tích đột xuất', ref));
    return out;
  },

  BK_TINH: (ctx) => {
    const { c } = ctx;
    const ref = `${lawArt(74)}; Khoản 3 Điều 3 ${BAC_NINH_86}${PARTIAL}`;
    const out = blocking(ctx);
    const type = c.type ?? 'cong_trang';
    if (c.subject === 'ho_gia_dinh') {
      out.push(judgement('bk_household', 'hộ gia đình có đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội', ref));
      return out;
    }
    if (type !== 'cong_trang') {
      out.push(judgement('bk_achievement', type === 'dot_xuat'
        ? 'lập được thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ban, ngành, tỉnh'
        : 'có thành tích xuất sắc trong phong trào thi đua do bộ, ban, ngành, tỉnh phát động', ref));
      return out;
    }
    const prev = c.year - 1;
    if (c.subject === 'tap_the') {
      // 2 consecutive years HTXSNV or Tập thể lao động xuất sắc.
      const yearsOk: (boolean | null)[] = [prev, c.year].map((y) => {
        if ((c.facts.awards ?? []).some((a) => a.award === 'TTLDXS' && a.year === y)) return true;
        const r = ratingOf(ctx, y);
        return r === undefined ? null : r === 'HTXSNV';
      });
      const desc = [prev, c.year].map((y) => {
        const x = (c.facts.awards ?? []).some((a) => a.award === 'TTLDXS' && a.year === y) ? 'Tập thể lao động xuất sắc' : ratingOf(ctx, y) ? RATING_NAMES[ratingOf(ctx, y)!] : 'chưa có dữ liệu';
        return `năm ${y}: ${x}`;
      }).join('; ');
      const ok = yearsOk.every((v) => v === true) ? true : yearsOk.some((v) => v === false) ? false : null;
      out.push({ id: 'bk_collective_2y', ok, text: `${ok ? 'Đạt' : 'Chưa đạt'} 2 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc (${desc})`, ref });
      out.push(judgement('bk_collective', 'thực hiện tốt dân chủ ở cơ sở, chăm lo đời sống, thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí', ref));
      return out;
    }
    // Individual: 2 consecutive CSTĐ cơ sở, OR 2 consecutive years HTXSNV with 2 initiatives (or 2 research) in that period.
    let routeA: Crit | null = null;
    if (c.facts.awards) {
      const s = yearlyStreak(ctx, 'CSTD_CS', 2, ['BK_TINH']);
      routeA = { id: 'bk_route', ok: s.ok, text: streakText(awardName('CSTD_CS'), 2, s), ref };
    }
    const r1 = ratingOf(ctx, prev);
    const r2 = ratingOf(ctx, c.year);
    const bothExcellent = r1 === 'HTXSNV' && r2 === 'HTXSNV' && yearCounts(ctx, prev);
    const ini = initiativeCrit(ctx, 'bk_route', 'co_so', [prev, c.year], ref, 2);
    const ratingsText = `xếp loại năm ${prev}: ${r1 ? RATING_NAMES[r1] : 'chưa có'}, năm ${c.year}: ${r2 ? RATING_NAMES[r2] : 'chưa có'}`;
    if (routeA?.ok) { out.push(routeA); return out; }
    if (bothExcellent && ini.ok) {
      out.push({ id: 'bk_route', ok: true, text: `Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục (${prev}, ${c.year}) và ${ini.text.charAt(0).toLowerCase()}${ini.text.slice(1)}`, ref: ini.ref });
      return out;
    }
    const routeBFalse = (r1 !== undefined && r1 !== 'HTXSNV') || (r2 !== undefined && r2 !== 'HTXSNV') || ini.ok === false || !yearCounts(ctx, prev);
    const ok = routeA?.ok === false && routeBFalse ? false : null;
    out.push({
      id: 'bk_route', ok,
      text: `${routeA ? routeA.text : 'Thiếu lịch sử khen thưởng (facts.awards)'}; không đạt 2 năm liên tục hoàn thành xuất sắc nhiệm vụ kèm 2 sáng kiến hoặc 2 đề tài (${ratingsText}; ${ini.text.charAt(0).toLowerCase()}${ini.text.slice(1)})`,
      ref: ini.ref,
    });
    return out;
  },

  CO_TINH: (ctx) => {
    const { c } = ctx;
    const ref = `${lawArt(26)}; Khoản 1 Điều 3 ${BAC_NINH_86}${PARTIAL}`;
    const lead = c.facts.clusterLeader;
    const tgt = c.facts.exceededTargets;
    return [
      ...blocking(ctx),
      lead === undefined
        ? { id: 'cluster_leader', ok: null, text: `Thiếu thông tin dẫn đầu cụm, khối thi đua năm ${c.year} (facts.clusterLeader)`, ref }
        : { id: 'cluster_leader', ok: lead, text: lead ? `Dẫn đầu cụm, khối thi đua năm ${c.year}` : `Không dẫn đầu cụm, khối thi đua năm ${c.year}`, ref },
      tgt === undefined
        ? { id: 'exceeded_targets', ok: null, text: `Thiếu thông tin hoàn thành vượt mức chỉ tiêu năm ${c.year} (facts.exceededTargets)`, ref }
        : { id: 'exceeded_targets', ok: tgt, text: tgt ? `Hoàn thành vượt mức các chỉ tiêu thi đua năm ${c.year}` : `Không hoàn thành vượt mức các chỉ tiêu năm ${c.year}`, ref },
      judgement('co_tinh_standout', 'là tập thể tiêu biểu xuất sắc của tỉnh; nội bộ đoàn kết; tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ; thực hành tiết kiệm, chống lãng phí, tham nhũng', ref),
      ...voteCrit(ctx),
    ];
  },
};

/** Award codes with encoded criteria. */
export const ENCODED_AWARDS = Object.keys(RULES) as AwardCode[];

function verdict(criteria: readonly Crit[]): boolean | null {
  if (criteria.some((k) => k.ok === false)) return false;
  if (criteria.some((k) => k.ok === null && !k.judgement)) return null;
  return true;
}

/**
 * Check a case (shared/domain/codes.md "Rule-engine case"). The input is validated first: a malformed
 * case throws a DomainError with Vietnamese messages naming the fields.
 */
export function checkEligibility(input: unknown, params?: RuleParams): EligibilityResult {
  const c: EligibilityCase = parseCase(input, params);
  const rs = rulesetAt(c.date, params);
  const streak = streakParams(params);
  const ctx: Ctx = { c, rs, params, streak, discipline: disciplineInfo(c, rs, streak) };
  const rule = RULES[c.award];
  const crits: Crit[] = rule
    ? rule(ctx)
    : [...blocking(ctx), {
      id: 'not_encoded', ok: null,
      text: `Chưa mã hóa tiêu chuẩn của ${awardName(c.award)}: cơ quan thường trực thẩm định thủ công`,
      ref: rs.instruments[0],
    }];
  return {
    award: c.award,
    ruleset: rs.id,
    eligible: verdict(crits),
    criteria: crits.map(({ id, ok, text, ref }) => ({ id, ok, text, ref })),
  };
}

export type { EligibilityCase, InitiativeFact };
