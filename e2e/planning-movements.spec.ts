import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, OFFICER, loginUI } from './helpers.js';

/**
 * An emulation movement through the UI with the demo data: the province officer drafts a thematic
 * movement for 2026 with a quota of 05 individuals per unit and launches it; the commune officer
 * registers the commune (a collective title) and one person (an individual title), adds a target,
 * enters the fourth quarter's figure and sees its attainment, then submits; the province officer
 * finds the registration in the movement's Đăng ký tab and the commune's attainment in the progress
 * chart. The machine's date is 2026-12-01, so the registration deadline 31/12/2026 is still open.
 */
const PROVINCE = { username: 'chuyenvien', password: DEMO_PASSWORD };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function as(page: Page, user: { username: string; password: string }) {
  await page.context().clearCookies();
  await loginUI(page, user);
}

async function shot(page: Page, name: string) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  fs.mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/movements-${name}.png`, fullPage: true });
}

/**
 * Opens a select, types to search when asked, picks the option, and checks `done` shows the choice:
 * a click that lands while the dropdown is still moving is tried again.
 */
async function choose(page: Page, select: Locator, option: string | RegExp, done: Locator, typed?: string) {
  await expect(async () => {
    await select.click();
    if (typed) await select.fill(typed);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click({ timeout: 5000 });
    await expect(done).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

/** A DatePicker: type dd/mm/yyyy and confirm with Enter. */
async function fillDate(input: Locator, ddmmyyyy: string) {
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
  await expect(input).toHaveValue(ddmmyyyy);
}

test('phong trào chuyên đề: tạo, phát động, đơn vị đăng ký danh hiệu và chỉ tiêu, nhập số liệu, gửi; cấp tỉnh xem đăng ký và tiến độ chỉ tiêu', async ({ page }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const name = `Chung tay giảm nghèo bền vững ${stamp}`;
  const targetName = `Tỷ lệ hộ nghèo giảm ${stamp}`;

  // — the province officer drafts the movement —
  await as(page, PROVINCE);
  await page.goto('/movements');
  await expect(page.getByRole('heading', { name: 'Phong trào thi đua' })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo phong trào' }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Tạo phong trào', { exact: true })).toBeVisible();
  await drawer.getByRole('radio', { name: 'Chuyên đề' }).check();
  await drawer.getByLabel('Tên phong trào').fill(name);
  await drawer.getByLabel('Khẩu hiệu').fill('Không để ai bị bỏ lại phía sau');
  await fillDate(drawer.getByLabel('Ngày bắt đầu'), '01/01/2026');
  await fillDate(drawer.getByLabel('Ngày kết thúc'), '31/12/2026');
  await fillDate(drawer.getByLabel('Hạn đăng ký thi đua'), '31/12/2026');
  await fillDate(drawer.getByLabel('Hạn gửi hồ sơ khen thưởng'), '15/01/2027');
  await drawer.getByLabel('Nội dung, tiêu chí thi đua').fill('Giảm tỷ lệ hộ nghèo đa chiều\nHỗ trợ sinh kế cho hộ cận nghèo');
  await drawer.getByRole('button', { name: 'Thêm mốc' }).click();
  await fillDate(drawer.getByLabel('Ngày của mốc'), '01/12/2026');
  await choose(page, drawer.getByLabel('Hình thức khen thưởng'), 'Giấy khen', drawer.locator('.ant-form-item').filter({ has: page.getByLabel('Hình thức khen thưởng') }).getByText('Giấy khen', { exact: true }), 'Giấy khen');
  await drawer.getByLabel('Hình thức khen thưởng').press('Escape');
  await drawer.getByRole('button', { name: 'Thêm chỉ tiêu khen thưởng' }).click();
  await drawer.getByLabel('Tối đa cá nhân').fill('5');
  await expect(drawer.getByTestId('quota-preview')).toHaveText('Mỗi đơn vị tham gia: không quá 05 cá nhân');
  await shot(page, '01-create');
  await page.getByRole('button', { name: 'Tạo phong trào (dự thảo)' }).click();

  // — the movement page: classification, then launch —
  await expect(page).toHaveURL(/\/movements\/\d+$/);
  const movementUrl = page.url();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('movement-status')).toHaveText('Dự thảo');
  await expect(page.getByTestId('movement-kind')).toHaveText('Chuyên đề');
  const classification = page.getByTestId('movement-classification');
  await expect(classification).toContainText('Thi đua theo chuyên đề');
  await expect(classification).toContainText('1 năm');
  await expect(page.getByTestId('quota-texts')).toContainText('Mỗi đơn vị tham gia: không quá 05 cá nhân');
  await page.getByRole('button', { name: /Phát động$/ }).click();
  const launch = page.getByRole('dialog');
  await expect(launch.getByLabel('Ngày phát động')).toHaveValue('01/12/2026');
  await launch.getByRole('button', { name: 'Phát động' }).click();
  await expect(page.getByTestId('movement-status')).toHaveText('Đang phát động');
  await shot(page, '02-detail');

  // — the commune officer registers —
  await as(page, OFFICER);
  await page.goto('/movements');
  await page.getByLabel('Tìm phong trào').fill(String(stamp));
  await page.getByLabel('Tìm phong trào').press('Enter');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng ký thi đua' }).click();
  const register = page.getByRole('dialog');
  await expect(register.getByLabel('Đơn vị đăng ký')).toBeVisible();
  await expect(register).toContainText('Xã Định Hóa');
  await register.getByRole('button', { name: 'Tạo bản đăng ký' }).click();
  await expect(page).toHaveURL(/\/registrations\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Đăng ký thi đua Xã Định Hóa năm 2026' })).toBeVisible();
  await expect(page.getByTestId('registration-status')).toHaveText('Đang soạn');
  await expect(page.getByTestId('reg-deadline')).toContainText('31/12/2026');
  await expect(page.getByTestId('reg-deadline')).toContainText('Đang nhận đăng ký');

  // the commune itself for a collective title
  const entries = page.getByTestId('entries');
  await expect(page.getByLabel('Tập thể đăng ký')).toBeVisible();
  const awardItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('Danh hiệu') });
  await choose(page, page.getByLabel('Danh hiệu'), 'Tập thể lao động tiên tiến', awardItem.getByTitle('Tập thể lao động tiên tiến', { exact: true }), 'Tập thể lao động');
  await page.getByRole('button', { name: 'Thêm danh hiệu' }).click();
  await expect(entries.getByRole('row', { name: /Xã Định Hóa.*Tập thể lao động tiên tiến/ })).toBeVisible();
  // one person for an individual title
  await page.getByText('Cá nhân', { exact: true }).click();
  await page.getByLabel('Cá nhân đăng ký').click();
  const person = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first();
  await expect(person).toBeVisible();
  const personName = (await person.innerText()).split('\n')[0].trim();
  await person.click();
  await choose(page, page.getByLabel('Danh hiệu'), /^Lao động tiên tiến$/, awardItem.getByTitle('Lao động tiên tiến', { exact: true }), 'Lao động tiên tiến');
  await page.getByRole('button', { name: 'Thêm danh hiệu' }).click();
  await expect(entries.getByRole('row', { name: new RegExp(`${personName}.*Lao động tiên tiến`) })).toBeVisible();
  await expect(page.getByText('(1 tập thể, 1 cá nhân)')).toBeVisible();

  // a target: poverty rate 5% reduced by 2 points
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const add = page.getByRole('dialog');
  await add.getByLabel('Tên chỉ tiêu').fill(targetName);
  await add.getByLabel('Đơn vị tính').fill('%');
  await choose(page, add.getByLabel('Cách đánh giá'), /^Giảm$/, add.getByLabel('Mức giảm cần đạt'));
  await add.getByLabel('Giá trị gốc').fill('5');
  await add.getByLabel('Mức giảm cần đạt').fill('2');
  await add.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(add).toBeHidden();
  const targetRow = page.getByTestId('targets').getByRole('row', { name: new RegExp(targetName) });
  await expect(targetRow).toContainText('Chưa có số liệu');

  // the fourth quarter's figure, with an evidence file
  await targetRow.getByRole('button', { name: `Nhập số liệu: ${targetName}` }).click();
  const actual = page.getByRole('dialog');
  const periodItem = actual.locator('.ant-form-item').filter({ has: page.getByLabel('Kỳ báo cáo') });
  await choose(page, actual.getByLabel('Kỳ báo cáo'), 'Quý IV/2026', periodItem.getByTitle('Quý IV/2026', { exact: true }));
  await actual.getByLabel('Số liệu thực hiện (%)').fill('2,5');
  await actual.getByLabel('Ghi chú').fill('Theo kết quả rà soát hộ nghèo quý IV');
  await actual.locator('input[type=file]').setInputFiles({ name: 'bien-ban-ra-soat.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(actual.getByTestId('evidence-file')).toContainText('bien-ban-ra-soat.pdf');
  await actual.getByRole('button', { name: 'Lưu' }).click();
  await expect(actual).toBeHidden();
  await expect(targetRow.getByTestId('target-latest')).toContainText('Quý IV/2026');
  await expect(targetRow.getByTestId('target-attainment')).toContainText('125%');
  await expect(targetRow.getByTestId('target-attainment')).toContainText('Hoàn thành (giảm 2,5, đạt 125%)');
  const chart = page.locator('[data-testid^="chart-target-"]');
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(chart).toContainText('Quý IV/2026');
  await expect(page.getByRole('cell', { name: 'bien-ban-ra-soat.pdf', exact: true })).toBeVisible();
  await shot(page, '03-registration');

  // submit to the province
  await page.getByRole('button', { name: /Gửi$/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(page.getByTestId('registration-status')).toHaveText('Đã gửi');
  await expect(page.getByRole('button', { name: 'Thêm danh hiệu' })).toHaveCount(0);
  await page.goto('/registrations');
  await expect(page.getByTestId('registrations').getByRole('row', { name: new RegExp(name) }).getByTestId('reg-row-status')).toHaveText('Đã gửi');
  await shot(page, '06-registrations');

  // — the province officer sees the registration and the progress —
  await as(page, PROVINCE);
  await page.goto(movementUrl);
  await page.getByRole('tab', { name: /Đăng ký/ }).click();
  const regRow = page.getByTestId('movement-registrations').getByRole('row', { name: /Xã Định Hóa/ });
  await expect(regRow.getByTestId('reg-row-status')).toHaveText('Đã gửi');
  await expect(page.getByTestId('summary-by-award').getByRole('row', { name: /Tập thể lao động tiên tiến/ })).toBeVisible();
  await expect(page.getByTestId('summary-by-unit').getByRole('row', { name: /Xã Định Hóa/ })).toBeVisible();
  await shot(page, '04-registrations-tab');
  await page.getByRole('tab', { name: 'Chỉ tiêu & tiến độ' }).click();
  const byUnit = page.getByTestId('chart-attainment');
  await expect(byUnit).toContainText('Xã Định Hóa');
  await expect(byUnit).toContainText('125%');
  await expect(page.getByTestId('chart-periods')).toContainText('Quý IV/2026');
  await expect(page.getByTestId('progress-units').getByRole('row', { name: /Xã Định Hóa/ })).toContainText('125%');
  await shot(page, '05-progress');
  const movementId = movementUrl.split('/').pop();
  await page.goto(`/registrations?view=summary&year=2026&movementId=${movementId}`);
  await expect(page.getByTestId('summary-by-unit').getByRole('row', { name: /Xã Định Hóa/ })).toBeVisible();
  await shot(page, '07-summary');
  await page.goto('/movements?year=2026&kind=chuyen_de');
  await expect(page.getByTestId('movements').getByRole('row', { name: new RegExp(name) }).getByTestId('movement-row-status')).toHaveText('Đang phát động');
  await shot(page, '08-list');

  // the province approves the registration
  await regRowLink(page, movementUrl);
  await expect(page.getByRole('button', { name: 'Duyệt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trả lại' })).toBeVisible();
  await page.getByRole('button', { name: 'Duyệt' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(page.getByTestId('registration-status')).toHaveText('Đã duyệt');
  await expect(page.getByRole('button', { name: 'Duyệt' })).toHaveCount(0);
});

async function regRowLink(page: Page, movementUrl: string) {
  await page.goto(`${movementUrl}?tab=registrations`);
  await page.getByTestId('movement-registrations').getByRole('link', { name: 'Xã Định Hóa' }).click();
  await expect(page).toHaveURL(/\/registrations\/\d+$/);
}
