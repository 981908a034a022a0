import { expect, test, type Page } from '@playwright/test';
import { ADMIN, apiAs, loginUI } from './helpers.js';

/**
 * Screenshots of every main page at a laptop size and a phone size, into test-results/screens/
 * (not committed) for a person to look at. Also fails on console errors and antd/React warnings.
 */
const SIZES = [
  { name: 'desktop', viewport: { width: 1366, height: 768 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || (msg.type() === 'warning' && /antd|React|Warning/.test(text))) {
      // The browser itself logs refused requests (401 before login, 403 tests); those are expected.
      if (/Failed to load resource/.test(text)) return;
      problems.push(`${msg.type()}: ${text}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

for (const size of SIZES) {
  test(`ảnh chụp các trang chính — ${size.name}`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size.viewport);
    const problems = watchConsole(page);
    const admin = await apiAs(baseURL!, ADMIN);
    const people = await admin.get('/people', { pageSize: 1 });
    const households = await admin.get('/households', { pageSize: 1 });
    const communes = await admin.get('/units', { level: 'xa', pageSize: 1 });
    await admin.dispose();

    const shot = async (name: string) => {
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h3').first()).toBeVisible();
      await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
      await page.waitForTimeout(400); // let expand / fade animations finish
      await page.screenshot({ path: `test-results/screens/${size.name}-${name}.png`, fullPage: false });
    };

    await page.goto('/login');
    await shot('01-login');
    await loginUI(page, ADMIN);
    await shot('02-dashboard');
    if (size.name === 'phone') {
      await page.getByRole('button', { name: 'Thu gọn / mở rộng menu' }).click();
      await expect(page.locator('.ant-drawer-open')).toBeVisible();
      await page.waitForTimeout(500); // let the slide-in animation finish
      await shot('02b-menu');
      await page.keyboard.press('Escape');
    }
    await page.goto('/units');
    // the tree opens the single root and province by itself
    await expect(page.locator('.ant-tree-treenode').nth(3)).toBeVisible();
    await shot('03-units');
    if (communes.items[0]) {
      await page.goto(`/units/${communes.items[0].id}`);
      await shot('04-unit-detail');
    }
    await page.goto('/people');
    await shot('05-people');
    if (people.items[0]) {
      await page.goto(`/people/${people.items[0].id}`);
      await shot('06-person-detail');
    }
    await page.goto('/households');
    await shot('07-households');
    if (households.items[0]) {
      await page.goto(`/households/${households.items[0].id}`);
      await shot('08-household-detail');
    }
    await page.goto('/import?kind=people');
    await shot('09-import');
    await page.goto('/audit');
    await shot('10-audit');
    const firstRowExpand = page.locator('button.ant-table-row-expand-icon-collapsed').first();
    if (await firstRowExpand.count()) {
      await firstRowExpand.click();
      await shot('10b-audit-expanded');
    }
    await page.goto('/users');
    await shot('11-users');
    await page.goto('/people');
    await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
    // the form's code loads on first open: submit only once it is there, and again if the first click came too early
    const create = page.getByRole('button', { name: 'Tạo mới' });
    await expect(create).toBeEnabled();
    await expect(async () => {
      await create.click();
      await expect(page.getByText('Vui lòng nhập họ và tên.')).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    await shot('12-person-form-errors');

    expect(problems, problems.join('\n')).toEqual([]);
  });
}
