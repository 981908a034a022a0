/**
 * Demo planning data: the province's 2026 TĐKT plan (issued, with quarterly tasks and a request that
 * the communes issue theirs by 31/3/2026), Xã Lam Vỹ's plan implementing it, a movement with a
 * quota and a registration of Xã Chợ Đồn (canbo.xa2) with titles and a target with quarterly
 * figures. Written through the services, audited as "demo". Idempotent: skipped when the province
 * already has a plan.
 */
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { PlanClause } from '../../domain/index.js';
import { ROOT_UNIT_CODE } from '../platform/bootstrap.js';
import type { Config } from '../platform/config.js';
import { loadConfig } from '../platform/config.js';
import type { Database } from '../platform/db.js';
import { rows } from '../platform/db.js';
import * as movements from '../modules/movements/service.js';
import * as plans from '../modules/plans/service.js';
import * as regs from '../modules/registrations/service.js';
import type { PlanContent } from '../../shared/contract/plans.js';
import * as targets from '../modules/targets/service.js';
import * as tasks from '../modules/tasks/service.js';
import * as unitRepo from '../modules/units/repo.js';
import { demoContext } from './context.js';
import { PROVINCE } from './locality.js';

const t = (text: string, children?: PlanClause[]): PlanClause => (children ? { text, children } : { text });

export async function seedDemoPlanning(database: Database, opts: { log?: Pick<Logger, 'info' | 'warn'>; cfg?: Config } = {}): Promise<boolean> {
  const cfg = opts.cfg ?? loadConfig();
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(72430012)`);
    const province = await unitRepo.findByCode(tx, PROVINCE.code);
    const lamVy = await unitRepo.findByCode(tx, 'SL-X02');
    const choDon = await unitRepo.findByCode(tx, 'SL-X04');
    const dinhHoa = await unitRepo.findByCode(tx, 'SL-X01');
    if (!province || !lamVy || !choDon || !dinhHoa) return false;
    if ((await rows(tx, sql`SELECT 1 FROM plans WHERE unit_id = ${province.id} LIMIT 1`)).length) return false;
    const root = (await unitRepo.findByCode(tx, ROOT_UNIT_CODE))!;
    const { ctx, deps } = demoContext(database, tx, cfg, root, 'demo-seed-planning');

    const content: PlanContent = {
      issuer: { name: 'Ủy ban nhân dân tỉnh Sơn Lâm' },
      numberSuffix: 'KH-UBND',
      place: 'Sơn Lâm',
      bases: [
        'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
        'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
      ],
      preamble: ['Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức thực hiện các phong trào thi đua và công tác khen thưởng năm 2026 như sau:'],
      theme: 'Đoàn kết, kỷ cương, đổi mới, sáng tạo, phát triển',
      sections: [
        {
          kind: 'muc_dich_yeu_cau', title: 'MỤC ĐÍCH, YÊU CẦU',
          clauses: [
            { title: 'Mục đích', children: [t('Tổ chức hiệu quả các phong trào thi đua yêu nước, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026.')] },
            { title: 'Yêu cầu', children: [t('Công tác khen thưởng bảo đảm chính xác, công khai, công bằng, kịp thời; chú trọng khen thưởng người lao động trực tiếp.')] },
          ],
        },
        {
          kind: 'noi_dung', title: 'NỘI DUNG',
          intro: ['Thực hiện chủ đề năm 2026: “Đoàn kết, kỷ cương, đổi mới, sáng tạo, phát triển”.'],
          clauses: [
            { title: 'Tổ chức hiệu quả các phong trào thi đua', text: 'Phát động và triển khai phong trào “Sơn Lâm chung sức xây dựng nông thôn mới” năm 2026.', responsible: 'Sở Nội vụ chủ trì; các xã phối hợp' },
            { title: 'Nâng cao chất lượng công tác khen thưởng', text: 'Khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc, chú trọng người lao động trực tiếp.' },
          ],
        },
        {
          kind: 'thoi_gian', title: 'THỜI GIAN THỰC HIỆN',
          clauses: [
            { quarter: 1, children: [t('Ban hành kế hoạch; tổ chức ký kết giao ước thi đua.')] },
            { quarter: 2, children: [t('Sơ kết 6 tháng; biểu dương điển hình tiên tiến.')] },
            { quarter: 3, children: [t('Kiểm tra việc thực hiện phong trào thi đua tại các xã.')] },
            { quarter: 4, children: [t('Tổng kết công tác thi đua, khen thưởng năm 2026.')] },
          ],
        },
        {
          kind: 'to_chuc_thuc_hien', title: 'TỔ CHỨC THỰC HIỆN',
          clauses: [t('Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.'), t('Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện, gửi về Sở Nội vụ trước ngày 31/3/2026.')],
        },
      ],
      closing: ['Trên đây là Kế hoạch tổ chức thực hiện các phong trào thi đua và công tác khen thưởng năm 2026 của Ủy ban nhân dân tỉnh Sơn Lâm./.'],
      recipients: ['Ban Thi đua - Khen thưởng Trung ương', 'TT Tỉnh ủy, TT HĐND tỉnh', 'Các sở, ban, ngành', 'UBND các xã, phường', 'Lưu: VT, SNV'],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Lương Văn Dũng' },
    };
    const draft = await plans.create(deps, ctx, { unitId: province.id, year: 2026, title: 'Tổ chức thực hiện các phong trào thi đua và công tác khen thưởng năm 2026', content });
    const withCascade = await plans.update(deps, ctx, draft.id, { version: draft.version, cascadeDue: '2026-03-31', cascadeScope: 'children' });
    const plan = await plans.issue(deps, ctx, draft.id, { version: withCascade.version, number: '18/KH-UBND', issuedOn: '2026-02-10' });
    const q1 = await tasks.create(deps, ctx, plan.id, { title: 'Tổ chức ký kết giao ước thi đua các cụm, khối', clause: 'III.1', quarter: 1, leadUnitId: province.id });
    await tasks.addNote(deps, ctx, q1.id, { version: q1.version, note: 'Đã ký kết giao ước thi đua 04 cụm.', status: 'hoan_thanh' });
    await tasks.create(deps, ctx, plan.id, { title: 'Sơ kết 6 tháng công tác thi đua, khen thưởng', clause: 'III.2', quarter: 2, leadUnitId: province.id });
    await tasks.create(deps, ctx, plan.id, { title: 'Kiểm tra thực hiện phong trào thi đua tại xã', clause: 'III.3', quarter: 3, leadUnitId: lamVy.id, coordUnitIds: [province.id] });
    await tasks.create(deps, ctx, plan.id, { title: 'Tổng kết công tác thi đua, khen thưởng năm 2026', clause: 'III.4', dueOn: '2026-12-20', leadUnitId: province.id });

    // Xã Lam Vỹ implements it (on time)
    const lv = await plans.create(deps, ctx, { unitId: lamVy.id, year: 2026, title: 'Thực hiện các phong trào thi đua và công tác khen thưởng năm 2026 của xã Lam Vỹ', parentPlanId: plan.id });
    const lvContent = { ...lv.content, place: 'Lam Vỹ', signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Hà Văn Sơn' } };
    const lvEdited = await plans.update(deps, ctx, lv.id, { version: lv.version, content: lvContent });
    await plans.issue(deps, ctx, lv.id, { version: lvEdited.version, number: '12/KH-UBND', issuedOn: '2026-03-20' });

    // a movement with a quota and a registration of Xã Chợ Đồn with a target
    const mv = await movements.create(deps, ctx, {
      unitId: province.id, planId: plan.id, kind: 'thuong_xuyen', name: 'Sơn Lâm chung sức xây dựng nông thôn mới', slogan: 'Chung sức, đồng lòng',
      scope: 'bo_nganh_dia_phuong', launchLevel: 'bo_tinh', startsOn: '2026-01-01', endsOn: '2026-12-31', dossierDeadline: '2026-12-15', registrationDeadline: '2026-12-31',
      details: {
        bases: content.bases, participantUnitIds: [], subjects: 'Các xã, phường; tập thể, cá nhân, hộ gia đình trên địa bàn tỉnh', criteria: ['Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao', 'Thu nhập bình quân đầu người tăng'],
        milestones: [{ kind: 'phat_dong', date: '2026-02-15' }, { kind: 'so_ket', date: '2026-07-15' }, { kind: 'tong_ket', date: '2026-12-20' }],
        anniversaries: [{ date: '11/6', name: 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc' }],
        awards: { forms: ['BK_TINH', 'GK'], quotas: [{ unitIds: null, maxCollectives: 1, maxIndividuals: 3 }], requiredDocs: [{ id: 'bao_cao_phong_trao', name: 'Báo cáo kết quả thực hiện phong trào của đơn vị' }] },
      },
    });
    const launched = await movements.setStatus(deps, ctx, mv.id, 'launched', { version: mv.version, launchedOn: '2026-02-15' });
    void launched;
    const reg = await regs.create(deps, ctx, { unitId: choDon.id, year: 2026, movementId: mv.id });
    await regs.addEntry(deps, ctx, reg.id, { subject: 'tap_the', award: 'TTLDXS' });
    const [person] = await rows<{ id: number }>(tx, sql`SELECT id FROM people WHERE unit_path <@ ${choDon.path}::ltree AND employment_category = 'cong_chuc' ORDER BY id LIMIT 1`);
    if (person) await regs.addEntry(deps, ctx, reg.id, { subject: 'ca_nhan', personId: Number(person.id), award: 'CSTD_CS' });
    const target = await targets.create(deps, ctx, { unitId: choDon.id, year: 2026, registrationId: reg.id, name: 'Giảm tỷ lệ hộ nghèo', measure: '%', direction: 'reduce_by', baseline: 6.5, target: 2 });
    for (const [period, value] of [['2026-Q1', 6.2], ['2026-Q2', 5.6], ['2026-Q3', 5.1]] as const) await targets.addActual(deps, ctx, target.id, { period, value });
    const cur = await regs.get(deps, ctx, reg.id);
    const sent = await regs.submit(deps, ctx, reg.id, cur.version);
    await regs.decide(deps, ctx, reg.id, 'approved', { version: sent.version });
    opts.log?.info('demo: planning loaded (the 2026 plan 18/KH-UBND, a movement, a registration)');
    return true;
  });
}
