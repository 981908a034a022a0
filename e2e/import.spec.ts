import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ADMIN, apiAs, loginUI } from './helpers.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Fills the people sheet of the downloaded template: headers are matched by name, not position. */
async function peopleFile(template: Buffer, rows: Record<string, string>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const col: Record<string, number> = {};
  ws.getRow(1).eachCell((cell, n) => {
    col[String(cell.value).replace(/\*$/, '').trim()] = n;
  });
  for (const header of Object.keys(rows[0])) expect(col[header], `template has column "${header}"`).toBeTruthy();
  rows.forEach((values, i) => {
    const row = ws.getRow(2 + i);
    for (const [header, value] of Object.entries(values)) row.getCell(col[header]).value = value;
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer });
  await expect(page.getByText(name)).toBeVisible();
}

test('nhập Excel cá nhân: dòng lỗi được báo trong trình hướng dẫn và không dòng nào được ghi', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await apiAs(baseURL!, ADMIN);
  const commune = (await admin.get('/units', { level: 'xa', pageSize: 1 })).items[0];
  expect(commune, 'a commune exists').toBeTruthy();
  const totalBefore: number = (await admin.get('/people', { pageSize: 1 })).total;

  // A fresh birth date each run, so the good row is always new (people without a citizen ID are
  // matched on unit + name + birth date).
  const d = new Date(Date.UTC(1960, 0, 1) + (Date.now() % (30 * 365)) * 86_400_000);
  const birth = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  const good = {
    'Họ và tên': 'Lò Văn Thử',
    'Giới tính': 'Nam',
    'Ngày sinh': birth,
    'Dân tộc': 'Thái',
    'Đối tượng': 'Nông dân',
    'Mã đơn vị': commune.code,
  };
  const bad = { ...good, 'Họ và tên': 'Lò Thị Lỗi', 'Giới tính': 'Không rõ', 'Mã đơn vị': 'KHONG-CO-MA-NAY' };

  await loginUI(page, ADMIN);
  await page.goto('/people');
  await page.getByRole('button', { name: 'Nhập Excel' }).click();
  await expect(page).toHaveURL(/\/import\?kind=people/);
  await expect(page.getByText('Loại dữ liệu:')).toContainText('Cá nhân');

  // The template, downloaded from the wizard itself.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải file mẫu' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const template = fs.readFileSync((await download.path())!);

  // 1) One good row and one bad row: the check lists the bad row's errors; nothing is written.
  await upload(page, 'ca-nhan-co-loi.xlsx', await peopleFile(template, [good, bad]));
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('Chưa có dữ liệu nào được ghi');
  for (const header of ['Dòng', 'Cột', 'Lỗi']) await expect(errors.getByRole('columnheader', { name: header })).toBeVisible();
  const rows = errors.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  // every error is on spreadsheet row 3 (the bad one), none on row 2
  const rowNumbers = await rows.locator('td:first-child').allTextContents();
  expect(new Set(rowNumbers.map((s) => s.trim()))).toEqual(new Set(['3']));
  await expect(errors).toContainText('Giới tính');
  await expect(errors).toContainText('Mã đơn vị');
  await expect(page.getByRole('button', { name: /(^|\s)Nhập$/ })).toBeDisabled();
  expect((await admin.get('/people', { pageSize: 1 })).total).toBe(totalBefore);
  await errors.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/desktop-09b-import-errors.png', fullPage: true });
  // ...and the people list says so too.
  const list = await page.context().newPage();
  await list.goto('/people');
  await expect(list.getByTestId('people-total')).toHaveText(`Tổng số: ${new Intl.NumberFormat('vi-VN').format(totalBefore)} cá nhân`);
  await list.close();

  // 2) The corrected file validates, then imports: one created.
  await upload(page, 'ca-nhan-da-sua.xlsx', await peopleFile(template, [good]));
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByTestId('import-valid')).toContainText('Tệp hợp lệ: 1 dòng');
  expect((await admin.get('/people', { pageSize: 1 })).total).toBe(totalBefore);
  await page.getByRole('button', { name: /(^|\s)Nhập$/ }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible();
  await expect(result.locator('.ant-statistic').filter({ hasText: 'Tạo mới' })).toContainText('1');
  expect((await admin.get('/people', { pageSize: 1 })).total).toBe(totalBefore + 1);
  await page.screenshot({ path: 'test-results/screens/desktop-09c-import-done.png' });

  await admin.dispose();
});
