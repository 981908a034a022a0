/**
 * Room for the 2026 amendment: Luật 06/2026/QH16 (effective 1/10/2026) amends the 2022 law. Its summary
 * is PARTIAL and the amended articles are UNCONFIRMED (legal-rules §1, §9, §13.10), so this ruleset
 * changes no value: it only adds the amending law to the legal bases. It is opt-in (enable it with
 * RuleParams.enableRulesets) until the amended text is checked; then flip `optIn` and patch what changed.
 */
import { LAW_2026 } from './refs.js';
import { LAW2022_ND152 } from './law2022-nd152.js';
import type { Ruleset } from './types.js';

export const LAW2022_2026_ND152: Ruleset = {
  ...LAW2022_ND152,
  id: 'LAW2022/2026+ND152',
  name: 'Luật Thi đua, khen thưởng 2022 (sửa đổi 2026) và Nghị định 152/2025/NĐ-CP',
  effectiveFrom: '2026-10-01',
  effectiveTo: null,
  confidence: 'partial',
  optIn: true,
  instruments: [...LAW2022_ND152.instruments, `${LAW_2026} (hiệu lực 1/10/2026)`],
  notes: [
    ...LAW2022_ND152.notes,
    'Nội dung chi tiết của Luật 06/2026/QH16 chưa xác nhận: bộ quy tắc này chưa thay đổi giá trị nào, chỉ bổ sung căn cứ.',
    'Luật sửa đổi được cho là bổ sung loại hình "khen thưởng phong trào thi đua theo chuyên đề" và "khen thưởng chuyên đề" (chưa xác nhận).',
    'Hồ sơ nhận đủ trước 1/10/2026 tiếp tục theo luật 2022 (độ tin cậy thấp): chọn bộ quy tắc theo ngày nhận đủ hồ sơ.',
  ],
};
