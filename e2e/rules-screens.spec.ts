import { expect, test, type Page } from '@playwright/test';
import { ADMIN, loginUI } from './helpers.js';

/** Screenshots of the rules pages at laptop and phone size into test-results/screens/ (not committed). */
const SIZES = [
  { name: 'desktop', viewport: { width: 1366, height: 768 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || (msg.type() === 'warning' && /antd|React|Warning/.test(text))) {
      if (/Failed to load resource/.test(text)) return;
      problems.push(`${msg.type()}: ${text}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

for (const size of SIZES) {
  test(`ảnh chụp các trang quy định — ${size.name}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size.viewport);
    const problems = watchConsole(page);
    const shot = async (name: string, fullPage = false) => {
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h3').first()).toBeVisible();
      await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `test-results/screens/${size.name}-rules-${name}.png`, fullPage });
    };
    await loginUI(page, ADMIN);
    await page.goto('/rules?date=2026-08-01');
    await shot('01-catalog');
    await page.locator('button.ant-table-row-expand-icon-collapsed').first().click();
    await shot('01b-catalog-expanded', true);
    await page.getByRole('tab', { name: /Hình thức khen thưởng/ }).click();
    await shot('01c-catalog-forms');
    await page.goto('/rules/money?award=GK&subject=ho_gia_dinh&date=2026-08-01');
    await expect(page.getByTestId('money-amount')).toBeVisible();
    await shot('02-money', true);
    await page.goto('/rules/money?award=GDVH&subject=ho_gia_dinh&date=2026-08-01');
    await expect(page.getByText('Chưa tính được: thiếu tham số')).toBeVisible();
    await shot('02b-money-missing');
    await page.goto('/rules/check');
    await shot('03-check');
    await page.goto('/rules/check?mode=manual');
    await shot('03b-check-manual', true);
    await page.goto('/admin/rule-settings');
    await shot('04-rule-settings');
    await shot('04b-rule-settings-full', true);
    await page.goto('/admin/calendar');
    await shot('05-calendar', true);
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
