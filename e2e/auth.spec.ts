import { expect, test } from '@playwright/test';
import { ADMIN, loginUI } from './helpers.js';

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
