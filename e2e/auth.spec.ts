import { expect, test } from '@playwright/test';
import { ADMIN, apiAs, loginUI } from './helpers.js';

test.describe('đăng nhập', () => {
  test('sai mật khẩu hiện thông báo tiếng Việt của máy chủ, đúng thì vào trang tổng quan', async ({ page }) => {
    await page.goto('/people');
    // Not logged in: sent to the login page, remembering where to go next.
    await expect(page).toHaveURL(/\/login\?next=%2Fpeople/);
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();

    await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const error = page.getByTestId('login-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText(/mật khẩu|đăng nhập/i);

    await page.getByLabel('Mật khẩu').fill(ADMIN.password);
    await page.getByLabel('Mật khẩu').press('Enter');
    await expect(page).toHaveURL(/\/people$/);
    await expect(page.getByRole('heading', { name: 'Cá nhân', level: 3 })).toBeVisible();
    await expect(page.getByTestId('user-menu')).toBeVisible();
  });

  test('đăng xuất quay về trang đăng nhập', async ({ page }) => {
    await loginUI(page, ADMIN);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem').filter({ hasText: /^Đăng xuất$/ }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/units');
    await expect(page).toHaveURL(/\/login/);
  });

  test('đổi ngôn ngữ sang tiếng Anh và trở lại', async ({ page }) => {
    await loginUI(page, ADMIN);
    const lang = page.getByRole('radiogroup', { name: 'Ngôn ngữ' });
    await lang.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('link', { name: 'People', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Hello/ })).toBeVisible();
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('VI', { exact: true }).click();
    await expect(page.getByRole('link', { name: 'Cá nhân', exact: true })).toBeVisible();
  });
});

test('đổi mật khẩu rồi đăng nhập lại bằng mật khẩu mới; đăng xuất mọi thiết bị', async ({ page, baseURL }) => {
  const admin = await apiAs(baseURL!, ADMIN);
  const username = `e2e.pw.${Date.now().toString(36)}`;
  const first = 'Dau@123456789';
  const second = 'Moi@987654321';
  const user = await admin.post('/users', { username, fullName: 'Người Đổi Mật Khẩu', password: first });
  const province = (await admin.get('/units', { level: 'tinh', pageSize: 1 })).items[0];
  await admin.post(`/users/${user.id}/roles`, { role: 'lanh_dao', unitId: province.id });
  await admin.dispose();

  await loginUI(page, { username, password: first });
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem').filter({ hasText: 'Đổi mật khẩu' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mật khẩu hiện tại').fill(first);
  await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill(second);
  await dialog.getByLabel('Nhập lại mật khẩu mới').fill(second + 'x');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Hai mật khẩu không khớp nhau.')).toBeVisible();
  await dialog.getByLabel('Nhập lại mật khẩu mới').fill(second);
  await dialog.getByLabel('Nhập lại mật khẩu mới').press('Enter');
  await expect(page.getByText('Đã đổi mật khẩu.')).toBeVisible();

  // Sign out of every device (confirmed), then the new password works and the old one does not.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem').filter({ hasText: 'Đăng xuất mọi thiết bị' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Đăng xuất mọi thiết bị' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(first);
  await page.getByLabel('Mật khẩu').press('Enter');
  await expect(page.getByTestId('login-error')).toBeVisible();
  await page.getByLabel('Mật khẩu').fill(second);
  await page.getByLabel('Mật khẩu').press('Enter');
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('user-menu')).toContainText('Người Đổi Mật Khẩu');
  // a leader sees no administration menu
  await expect(page.getByRole('link', { name: 'Người dùng & phân quyền' })).toHaveCount(0);
});
