import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN, apiAs, loginUI } from './helpers.js';

/** Open an antd Select (by its form label), type, and choose the option that contains `option`. */
async function pick(page: Page, scope: Locator, label: string, typed: string, option: string | RegExp = typed) {
  const box = scope.getByLabel(label, { exact: true });
  const select = box.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first();
  // a form that just showed its validation messages, or a dropdown still opening on a loaded
  // machine, can make a click miss: check that the choice took, and try again
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await item.isVisible())) {
        await box.click({ timeout: 5000 });
        if (typed) await box.fill(typed);
      }
      await item.waitFor({ state: 'visible', timeout: 5000 });
      await page.waitForTimeout(200);
      await item.click({ force: attempt > 1, timeout: 5000 });
      await expect(select).toContainText(option, { timeout: 3000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

const dialog = (page: Page, title: string | RegExp) => page.getByRole('dialog').filter({ has: page.getByText(title) });

test('quản lý đơn vị, cá nhân, hộ gia đình, người dùng qua giao diện', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const admin = await apiAs(baseURL!, ADMIN);
  const communes = (await admin.get('/units', { level: 'xa', pageSize: 2 })).items;
  expect(communes.length).toBe(2);
  const [commune, other] = communes;
  const stamp = Date.now().toString(36).toUpperCase();
  const code = `E2E-${stamp}`;

  await loginUI(page, ADMIN);

  // — a new village under the commune —
  await page.goto(`/units/${commune.id}`);
  await expect(page.getByRole('heading', { name: commune.name, level: 3 })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  let form = dialog(page, 'Thêm đơn vị');
  await form.getByLabel('Mã đơn vị').fill(code);
  await form.getByLabel('Tên đơn vị').fill(`Thôn Kiểm Thử ${stamp}`);
  await pick(page, form, 'Loại hình', 'Thôn', 'Thôn, tổ dân phố');
  await form.getByRole('button', { name: 'Tạo mới' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('link', { name: `Thôn Kiểm Thử ${stamp}` })).toBeVisible();

  // — rename it: the old name goes to the history —
  await page.getByRole('link', { name: `Thôn Kiểm Thử ${stamp}` }).click();
  await expect(page.getByRole('heading', { name: `Thôn Kiểm Thử ${stamp}`, level: 3 })).toBeVisible();
  const villageId = Number(new URL(page.url()).pathname.split('/').pop());
  await page.getByRole('button', { name: 'Sửa' }).click();
  form = dialog(page, 'Sửa đơn vị');
  await form.getByLabel('Tên đơn vị').fill(`Thôn Đổi Tên ${stamp}`);
  await expect(form.getByLabel('Ngày đổi tên có hiệu lực')).toBeVisible();
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: `Thôn Đổi Tên ${stamp}`, level: 3 })).toBeVisible();
  await page.getByRole('tab', { name: /Lịch sử thay đổi/ }).click();
  await expect(page.getByText(`Tên cũ: Thôn Kiểm Thử ${stamp}`)).toBeVisible();

  // — a person in it, with inline validation first —
  await page.goto('/people');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  form = dialog(page, 'Thêm cá nhân');
  await form.getByLabel('Số CCCD').fill('12345');
  await form.getByRole('button', { name: 'Tạo mới' }).click();
  await expect(form.getByText('Vui lòng nhập họ và tên.')).toBeVisible();
  await expect(form.getByText('Số CCCD phải gồm đúng 12 chữ số.')).toBeVisible();
  await form.getByLabel('Số CCCD').fill('');
  await form.getByLabel('Họ và tên').fill(`Vi Thị Kiểm`);
  await form.getByText('Nữ', { exact: true }).click();
  await form.getByLabel('Ngày sinh').fill('05/01/1990');
  await form.getByLabel('Ngày sinh').press('Enter');
  await pick(page, form, 'Đối tượng', '', 'Nông dân');
  await pick(page, form, 'Đơn vị', code, `Thôn Đổi Tên ${stamp}`);
  await form.getByRole('button', { name: 'Tạo mới' }).click();
  await expect(page.getByRole('heading', { name: 'Vi Thị Kiểm', level: 3 })).toBeVisible();
  await expect(page.getByText('05/01/1990')).toBeVisible();
  const personId = Number(new URL(page.url()).pathname.split('/').pop());

  // — transfer to another commune: the work history keeps both —
  await page.getByRole('button', { name: 'Chuyển đơn vị' }).click();
  form = dialog(page, 'Chuyển đơn vị');
  await pick(page, form, 'Đơn vị mới', other.code, other.name);
  await form.getByRole('button', { name: 'Chuyển' }).click();
  await expect(form).toBeHidden();
  const history = page.getByRole('tabpanel');
  await expect(history.getByRole('link', { name: other.name })).toBeVisible();
  await expect(history.getByRole('link', { name: `Thôn Đổi Tên ${stamp}` })).toBeVisible();

  // — a household in the village, headed by that person —
  await page.goto('/households');
  await page.getByRole('button', { name: 'Thêm hộ gia đình' }).click();
  form = dialog(page, 'Thêm hộ gia đình');
  await form.getByLabel('Mã hộ').fill(`HGD-${stamp}`);
  await pick(page, form, 'Thôn, tổ dân phố', code, `Thôn Đổi Tên ${stamp}`);
  await pick(page, form, 'Chủ hộ (chọn từ danh sách cá nhân)', 'vi thi kiem', 'Vi Thị Kiểm');
  await expect(form.getByLabel('Chủ hộ', { exact: true })).toHaveValue('Vi Thị Kiểm');
  await form.getByRole('button', { name: 'Tạo mới' }).click();
  await expect(page.getByRole('heading', { name: 'Hộ Vi Thị Kiểm', level: 3 })).toBeVisible();

  // — a user with a role on the commune —
  await page.goto('/users');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  form = dialog(page, 'Thêm người dùng');
  await form.getByLabel('Tên đăng nhập').fill(`e2e.${stamp.toLowerCase()}`);
  await form.getByLabel('Họ và tên').fill('Người Dùng Thử');
  await form.getByLabel('Mật khẩu ban đầu').fill('Thu@12345678');
  await form.getByRole('button', { name: 'Tạo mới' }).click();
  const drawer = page.locator('.ant-drawer-open');
  await expect(drawer.getByText('Phân quyền: Người Dùng Thử')).toBeVisible();
  await pick(page, drawer, 'Vai trò', '', 'Cán bộ TĐKT đơn vị');
  await pick(page, drawer, 'Phạm vi đơn vị', commune.code, commune.name);
  await drawer.getByRole('button', { name: 'Cấp quyền' }).click();
  await expect(drawer.locator('.ant-list-item').filter({ hasText: commune.name })).toBeVisible();
  await drawer.getByRole('button', { name: 'Thu hồi' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thu hồi' }).click();
  await expect(drawer.getByText('Chưa có vai trò').first()).toBeVisible();

  // — the audit log has all of it, with the rename's before/after —
  await page.goto(`/audit?entityType=unit&entityId=${villageId}`);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  const update = rows.filter({ hasText: 'Cập nhật' });
  await update.locator('button.ant-table-row-expand-icon').click();
  const diff = page.getByTestId('audit-diff');
  await expect(diff.getByText('name', { exact: true })).toBeVisible();
  await expect(diff.getByText(`Thôn Kiểm Thử ${stamp}`)).toBeVisible();
  await expect(diff.getByText(`Thôn Đổi Tên ${stamp}`)).toBeVisible();

  await page.goto(`/audit?entityType=person&entityId=${personId}`);
  await expect(rows.filter({ hasText: 'Chuyển đơn vị' })).toHaveCount(1);
  await admin.dispose();
});
