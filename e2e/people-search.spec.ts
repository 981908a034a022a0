import { expect, test } from '@playwright/test';
import { ADMIN, apiAs, loginUI } from './helpers.js';

test('tìm cá nhân bằng từ khóa không dấu: "nguyen van a" ra "Nguyễn Văn A"', async ({ page, baseURL }) => {
  const admin = await apiAs(baseURL!, ADMIN);
  // The demo dataset has Nguyễn Văn A; make sure of it without depending on its ids.
  const found = await admin.get('/people', { q: 'Nguyễn Văn A', pageSize: 50 });
  if (!found.items.some((p: { fullName: string }) => p.fullName === 'Nguyễn Văn A')) {
    const units = await admin.get('/units', { level: 'xa', pageSize: 1 });
    const unit = units.items[0] ?? (await admin.get('/units/roots')).items[0];
    await admin.post('/people', { fullName: 'Nguyễn Văn A', gender: 'nam', employmentCategory: 'cong_chuc', isLeader: false, isDirectWorker: false, unitId: unit.id });
  }
  await admin.dispose();

  await loginUI(page, ADMIN);
  await page.goto('/people');
  const search = page.getByLabel('Tìm cá nhân');
  await search.fill('nguyen van a');
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/people?') && /q=nguyen(\+|%20)van(\+|%20)a/.test(r.url()));
  await search.press('Enter');
  expect((await answered).status()).toBe(200);
  await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
  await expect(page).toHaveURL(/q=nguyen(\+|%20)van(\+|%20)a/);
  const table = page.locator('.ant-table-tbody');
  await expect(table.getByRole('link', { name: 'Nguyễn Văn A', exact: true }).first()).toBeVisible();
  // Every row found matches the words, whatever their accents.
  const names = await table.locator('tr.ant-table-row td:first-child a').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  for (const n of names) expect(strip(n)).toContain('nguyen van a');

  // Export downloads the same filtered list as an Excel file.
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForRequest((r) => r.url().includes('/api/v1/exports/people?') && r.url().includes('q=nguyen')),
    page.getByRole('button', { name: 'Xuất Excel' }).click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(/\.xlsx$/);

  // Opening the person shows the detail page.
  await table.getByRole('link', { name: 'Nguyễn Văn A', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Nguyễn Văn A', level: 3 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Quá trình công tác' })).toBeVisible();
});
