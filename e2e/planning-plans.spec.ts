import { expect, test, type Locator, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DEMO_PASSWORD, OFFICER, loginUI } from './helpers.js';

/**
 * TĐKT plans through the UI: the province officer drafts the year's plan, gives it two quarterly
 * tasks (one led by a commune), asks the lower units to issue their plans by 31/03 and issues it;
 * the commune officer builds the commune's plan from it (bases and theme carried over), issues it and
 * reports the commune's task as done with an evidence PDF; the province sees the commune as issued
 * (late: the machine's today is past the due date) on the cascade dashboard, the rest overdue.
 */
const PROVINCE = { username: 'chuyenvien', password: DEMO_PASSWORD };
const YEAR = 2026;
const stamp = Date.now();
const TITLE = `Tổ chức các phong trào thi đua và công tác khen thưởng năm ${YEAR} (kiểm thử ${stamp})`;
const THEME = `Đoàn kết, sáng tạo, thi đua hoàn thành thắng lợi nhiệm vụ năm ${YEAR} (${stamp})`;
const PROVINCE_NUMBER = `${stamp % 100000}/KH-UBND`;
const COMMUNE_NUMBER = `${(stamp % 100000) + 1}/KH-UBND`;
const TASK_PROVINCE = `Phát động phong trào thi đua năm ${YEAR} (${stamp})`;
const TASK_COMMUNE = `Tổ chức hội nghị điển hình tiên tiến cấp xã (${stamp})`;

async function evidencePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  page.drawText('Bien ban hoi nghi dien hinh tien tien', { x: 20, y: 150, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

async function as(page: Page, user: { username: string; password: string }) {
  await page.context().clearCookies();
  await loginUI(page, user);
}

async function shot(page: Page, name: string) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: `test-results/screens/plans-${name}.png`, fullPage: true });
}

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(page: Page, field: Locator, option: string, search?: string) {
  await field.click();
  if (search) await field.fill(search);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).first().click();
}

async function toast(page: Page, text: string | RegExp) {
  await expect(page.locator('.ant-message').getByText(text).first()).toBeVisible();
}

test('kế hoạch TĐKT: soạn, nhiệm vụ theo quý, yêu cầu cấp dưới, ban hành; xã xây dựng kế hoạch thực hiện và báo cáo tiến độ có minh chứng; tỉnh theo dõi', async ({ page }) => {
  test.setTimeout(240_000);

  // — the province officer drafts the plan —
  await as(page, PROVINCE);
  await page.goto('/plans');
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).first().click();
  const create = page.getByRole('dialog', { name: 'Tạo kế hoạch' });
  await expect(create.getByLabel('Đơn vị ban hành')).toBeVisible();
  await expect(create.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: 'Tỉnh Sơn Lâm' }).first()).toBeVisible();
  await create.getByLabel('Năm').fill(String(YEAR));
  await create.getByLabel('Tên (trích yếu)').fill(TITLE);
  await create.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(page).toHaveURL(/\/plans\/\d+$/);
  const provincePlanUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo');

  // the document: theme, one clause in section II (numbered live), recipients, signer
  await page.getByLabel('Chủ đề thi đua').fill(THEME);
  await page.getByRole('button', { name: 'Thêm khoản vào mục II.' }).click();
  await page.getByLabel('Tiêu đề khoản II.1.').fill('Phong trào thi đua thường xuyên');
  await page.getByLabel('Nội dung khoản II.1.').fill('Các cơ quan, đơn vị, địa phương tổ chức phát động phong trào thi đua ngay từ đầu năm.');
  await page.getByRole('button', { name: 'Thêm khoản con của II.1.' }).click();
  await expect(page.getByLabel('Nội dung khoản II.1.1.')).toBeVisible();
  await page.getByLabel('Nội dung khoản II.1.1.').fill('Đăng ký thi đua trước ngày 31/3.');
  await page.getByLabel('Nơi nhận').fill('Như trên\nCác sở, ban, ngành tỉnh\nUBND các xã, phường\nLưu: VT');
  await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn Bình');
  await page.getByRole('button', { name: 'Lưu văn bản' }).click();
  await toast(page, 'Đã lưu kế hoạch.');
  await shot(page, 'editor');

  // — two quarterly tasks, one led by the commune —
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  let dlg = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  await dlg.getByLabel('Nội dung nhiệm vụ').fill(TASK_PROVINCE);
  await choose(page, dlg.getByLabel('Quý', { exact: true }), 'Quý I');
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await toast(page, 'Đã thêm nhiệm vụ.');
  await expect(dlg).toBeHidden();

  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  dlg = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  await dlg.getByLabel('Nội dung nhiệm vụ').fill(TASK_COMMUNE);
  await dlg.getByLabel('Khoản').fill('II.1');
  await choose(page, dlg.getByLabel('Quý', { exact: true }), 'Quý II');
  await choose(page, dlg.getByLabel('Đơn vị chủ trì'), 'Xã Định Hóa', 'Xã Định Hóa');
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await toast(page, 'Đã thêm nhiệm vụ.');
  await expect(dlg).toBeHidden();
  const tasks = page.getByTestId('task-table');
  await expect(tasks.getByRole('row').filter({ hasText: TASK_PROVINCE })).toContainText('Tỉnh Sơn Lâm');
  await expect(tasks.getByRole('row').filter({ hasText: TASK_COMMUNE })).toContainText('Xã Định Hóa');
  // due 31/03 and 30/06 of 2026, and today (01/12/2026) is past both
  await expect(tasks.getByRole('row').filter({ hasText: TASK_PROVINCE })).toContainText('31/03/2026');
  await expect(tasks.getByRole('row').filter({ hasText: TASK_COMMUNE }).getByText('Quá hạn')).toBeVisible();
  await page.getByText('Tiến độ theo quý').click();
  await expect(page.getByTestId('quarter-2')).toContainText(TASK_COMMUNE);
  await shot(page, 'quarters');

  // — the cascade request: lower units issue their plans by 31/03 —
  await page.getByRole('tab', { name: 'Cấp dưới xây dựng kế hoạch' }).click();
  await page.getByLabel('Hạn ban hành').click();
  await page.getByLabel('Hạn ban hành').fill('31/03/2026');
  // Enter takes the typed date and sends the request (same as "Đặt yêu cầu")
  await page.getByLabel('Hạn ban hành').press('Enter');
  await toast(page, 'Đã lưu yêu cầu cấp dưới xây dựng kế hoạch.');
  await expect(page.getByText('ban hành kế hoạch thực hiện trước ngày 31/03/2026')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đổi yêu cầu' })).toBeVisible();

  // — issue it —
  await page.getByRole('button', { name: /^(send )?Ban hành$/ }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await issue.getByLabel('Số kế hoạch').fill(PROVINCE_NUMBER);
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await toast(page, `Đã ban hành kế hoạch số ${PROVINCE_NUMBER}.`);
  await expect(page.getByTestId('plan-status')).toHaveText('Đã ban hành');
  await expect(page.getByRole('button', { name: 'Sửa đổi, bổ sung' })).toBeVisible();
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await expect(page.getByTestId('plan-preview')).toContainText(`Số: ${PROVINCE_NUMBER}`);
  await expect(page.getByTestId('plan-preview')).toContainText('1.1. Đăng ký thi đua trước ngày 31/3.');
  await shot(page, 'issued');

  // — the commune officer builds the commune's plan from it —
  await as(page, OFFICER);
  await page.goto('/plans');
  await page.getByRole('searchbox', { name: 'Tìm kế hoạch' }).fill(`kiem thu ${stamp}`);
  await page.getByRole('searchbox', { name: 'Tìm kế hoạch' }).press('Enter');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${provincePlanUrl}$`));
  await page.getByRole('button', { name: 'Xây dựng kế hoạch thực hiện' }).click();
  await toast(page, 'Đã tạo dự thảo kế hoạch thực hiện của đơn vị.');
  await expect(page).not.toHaveURL(new RegExp(`${provincePlanUrl}$`));
  await expect(page.getByRole('link', { name: `Số ${PROVINCE_NUMBER}` })).toBeVisible();
  await expect(page.getByLabel('Chủ đề thi đua')).toHaveValue(THEME);
  await expect(page.getByLabel('Căn cứ 1')).toHaveValue(/Luật Thi đua, khen thưởng/);
  await expect(page.getByLabel('Thực hiện kế hoạch cấp trên')).toHaveValue(new RegExp(`Thực hiện Kế hoạch số ${PROVINCE_NUMBER}`));
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('Xã Định Hóa');
  await page.getByLabel('Họ tên người ký').fill('Ma Văn Tuấn');
  await page.getByRole('button', { name: /^(send )?Ban hành$/ }).click();
  const issue2 = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await issue2.getByLabel('Số kế hoạch').fill(COMMUNE_NUMBER);
  await issue2.getByRole('button', { name: 'Ban hành' }).click();
  await toast(page, `Đã ban hành kế hoạch số ${COMMUNE_NUMBER}.`);
  await expect(page.getByTestId('plan-status')).toHaveText('Đã ban hành');
  await expect(page.getByTestId('plan-preview')).toContainText(THEME);

  // — and reports the province's task it leads as done, with an evidence PDF —
  await page.goto(`${provincePlanUrl}?tab=tasks`);
  await page.getByRole('link', { name: TASK_COMMUNE }).click();
  const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('task-drawer') });
  await expect(drawer.getByText('Chưa có báo cáo tiến độ.')).toBeVisible();
  await drawer.getByLabel('Nội dung báo cáo').fill('Đã tổ chức hội nghị điển hình tiên tiến cấp xã ngày 20/6.');
  await choose(page, drawer.getByLabel('Trạng thái'), 'Hoàn thành');
  await drawer.locator('input[type=file]').setInputFiles({ name: 'bien-ban-hoi-nghi.pdf', mimeType: 'application/pdf', buffer: await evidencePdf() });
  await expect(drawer.getByTestId('uploaded-file')).toContainText('bien-ban-hoi-nghi.pdf');
  await drawer.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await toast(page, 'Đã ghi báo cáo tiến độ.');
  await expect(drawer.getByTestId('task-notes')).toContainText('Đã tổ chức hội nghị điển hình tiên tiến');
  const evidence = drawer.getByRole('button', { name: 'Tải tệp minh chứng bien-ban-hoi-nghi.pdf' });
  await expect(evidence).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), evidence.click()]);
  expect(file.suggestedFilename()).toBe('bien-ban-hoi-nghi.pdf');
  await shot(page, 'task-drawer');
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();
  await expect(page.getByRole('row').filter({ hasText: TASK_COMMUNE }).getByTestId('task-status')).toHaveText('Hoàn thành');

  // — the province sees the commune's plan on the cascade dashboard —
  await as(page, PROVINCE);
  await page.goto(`${provincePlanUrl}?tab=cascade`);
  const late = page.getByTestId('cascade-count-late');
  await expect(late).toBeVisible();
  await expect(page.getByTestId('cascade-count-issued_late')).not.toContainText(/^Ban hành trễ hạn0$/);
  expect(Number((await late.locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
  await choose(page, page.getByLabel('Lọc theo tình trạng'), 'Ban hành trễ hạn');
  const commune = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Xã Định Hóa', exact: true }) });
  await expect(commune.getByTestId('cascade-status')).toHaveText(/Ban hành trễ hạn|Đã ban hành/);
  await expect(commune.getByRole('link', { name: `Số ${COMMUNE_NUMBER}` })).toBeVisible();
  await shot(page, 'cascade');

  // — sơ kết 6 tháng: a report drafted from the data, then printed —
  await page.getByRole('tab', { name: 'Sơ kết, tổng kết' }).click();
  await page.getByRole('button', { name: 'Soạn báo cáo sơ kết 6 tháng' }).click();
  await toast(page, 'Đã soạn báo cáo từ dữ liệu.');
  const reviews = page.getByTestId('reviews-tab');
  await expect(reviews.getByText('Sơ kết 6 tháng đầu năm').first()).toBeVisible();
  await expect(reviews.getByTestId('plan-editor')).toBeVisible();
  await expect(reviews.getByTestId('plan-editor').getByLabel('Tên (trích yếu)')).toHaveValue(/Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026/);
  const [report] = await Promise.all([page.waitForEvent('download'), reviews.getByRole('button', { name: 'DOCX' }).first().click()]);
  expect(report.suggestedFilename()).toMatch(/\.docx$/);
  await shot(page, 'review');

  await page.goto(`${provincePlanUrl}?tab=cascade`);
  await choose(page, page.getByLabel('Lọc theo tình trạng'), 'Ban hành trễ hạn');
  await commune.getByRole('link', { name: `Số ${COMMUNE_NUMBER}` }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('Xã Định Hóa').first()).toBeVisible();
});
