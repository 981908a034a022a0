import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD, OFFICER, apiAs, loginUI, type Api } from './helpers.js';

/**
 * The proposal path through the UI with the demo data: a commune officer creates a dossier and
 * imports its nominee list; the checks flag an ineligible nominee and a duplicate; the standing
 * agency's officer returns it with reasons; the commune fixes and resubmits; the appraiser accepts
 * the duplicate with a written reason and opens the public consultation.
 */
const APPRAISER = { username: 'chuyenvien', password: DEMO_PASSWORD };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const YEAR = 2026;

interface P {
  id: number;
  fullName: string;
  birthDate: string | null;
  unitCode: string;
}

async function nomineeFile(rows: P[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách đề nghị');
  ws.addRow(['Đối tượng*', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Mã hộ', 'Mã danh hiệu, hình thức*', 'Tóm tắt thành tích']);
  for (const p of rows) {
    const b = p.birthDate ? `${p.birthDate.slice(8, 10)}/${p.birthDate.slice(5, 7)}/${p.birthDate.slice(0, 4)}` : null;
    ws.addRow(['Cá nhân', null, p.fullName, b, p.unitCode, null, 'GK', `Hoàn thành xuất sắc nhiệm vụ năm ${YEAR}`]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Demo people of the officer's commune: two eligible for Giấy khen this year and one who is not. */
async function pickPeople(officer: Api, communeId: number) {
  const people = (await officer.get('/people', { unitId: communeId, pageSize: 100 })).items as P[];
  const ok: P[] = [];
  let bad: P | undefined;
  const seen = new Set<string>();
  for (const p of people) {
    const key = `${p.unitCode}|${p.fullName}`;
    if (seen.has(key)) continue; // names repeat: keep people the file can name unambiguously
    seen.add(key);
    if (!p.birthDate) continue;
    const r = await officer.post('/rules/check-subject', { subject: 'person', id: p.id, award: 'GK', year: YEAR, date: `${YEAR}-12-15` });
    if (r.result.eligible === true && ok.length < 2) ok.push(p);
    else if (r.result.eligible === false && !bad) bad = p;
    if (ok.length === 2 && bad) break;
  }
  expect(ok.length, 'two demo people eligible for Giấy khen').toBe(2);
  expect(bad, 'a demo person not eligible for Giấy khen').toBeTruthy();
  return { good: ok[0], dup: ok[1], bad: bad! };
}

async function shot(page: Page, name: string) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: `test-results/screens/dossier-${name}.png`, fullPage: true });
}

async function confirmAction(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name, exact: true }).click();
}

async function as(page: Page, user: { username: string; password: string }) {
  await page.context().clearCookies();
  await loginUI(page, user);
}

test('hồ sơ đề nghị: nhập danh sách, kiểm tra, trả lại, bổ sung, gửi lại, chấp nhận có lý do, lấy ý kiến', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const officer = await apiAs(baseURL!, OFFICER);
  const communeId = officer.me.roles[0].unitId;
  const communeName = officer.me.roles[0].unitName;
  const { good, dup, bad } = await pickPeople(officer, communeId);
  // another open dossier already proposes `dup` for the same award and year
  const other = await officer.post('/dossiers', { proposingUnitId: communeId, receivingUnitId: communeId, awardType: 'cong_trang', year: YEAR, title: 'Hồ sơ khác (kiểm thử trùng)' });
  await officer.post(`/dossiers/${other.id}/nominees`, { subject: 'person', subjectId: dup.id, award: 'GK' });
  await officer.dispose();

  // — the commune officer creates the dossier —
  await loginUI(page, OFFICER);
  await page.getByRole('menuitem', { name: 'Khen thưởng' }).click();
  await page.getByRole('menuitem', { name: 'Hồ sơ đề nghị' }).click();
  await expect(page.getByRole('heading', { name: 'Hồ sơ đề nghị khen thưởng', level: 3 })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tạo hồ sơ' });
  await dialog.getByLabel('Đơn vị đề nghị').click();
  await dialog.getByLabel('Đơn vị đề nghị').fill(communeName.replace(/^Xã /, ''));
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: communeName }).first().click();
  await expect(dialog.getByText(communeName).nth(1)).toBeVisible();
  await dialog.getByLabel('Phong trào thi đua').fill('Phong trào thi đua "Chung sức xây dựng nông thôn mới"');
  await dialog.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await expect(page).toHaveURL(/\/dossiers\/\d+$/);
  await expect(page.getByTestId('dossier-state')).toHaveText('Dự thảo');
  const dossierUrl = page.url();
  const code = (await page.locator('.page-header').textContent())?.match(/HS-\d{4}-\d{6}/)?.[0];
  expect(code).toBeTruthy();

  // — the nominee list from Excel; the checks flag the ineligible one and the duplicate —
  await page.locator('input[type=file]').first().setInputFiles({ name: 'danh-sach.xlsx', mimeType: XLSX, buffer: await nomineeFile([good, dup, bad]) });
  await expect(page.getByText('Đã nhập: thêm 3, cập nhật 0, không đổi 0.')).toBeVisible();
  const rows = page.getByTestId('nominees').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3);
  const row = (p: P) => rows.filter({ hasText: p.fullName });

  // the documents: tờ trình for the dossier, a báo cáo thành tích for each of the two eligible people
  await page.getByRole('tab', { name: /Tệp đính kèm/ }).click();
  await page.getByTestId('dossier-files').waitFor();
  const files = page.getByTestId('dossier-files');
  const attach = async (docType: string, who: P | null, name: string) => {
    await page.getByRole('combobox', { name: 'Loại tài liệu' }).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: docType }).first().click();
    if (who) {
      await page.getByRole('combobox', { name: 'Thuộc' }).click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: who.fullName }).first().click();
    }
    await page.locator('input[type=file]').last().setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.from(`% ${name}\n`)]) });
    await expect(files).toContainText(name);
  };
  await attach('Tờ trình', null, 'to-trinh.pdf');
  await attach('Biên bản họp xét', null, 'bien-ban.pdf');
  await attach('Báo cáo thành tích', good, 'bao-cao-1.pdf');
  await attach('Báo cáo thành tích', dup, 'bao-cao-2.pdf');

  // the checks: the eligible one passes; the ineligible one and the duplicate fail, each saying why
  await page.getByRole('tab', { name: /Danh sách đề nghị/ }).click();
  await expect(row(good).getByTestId('check-status')).toHaveText(/^(Đạt|Cần lưu ý)$/);
  await expect(row(bad).getByTestId('check-status')).toHaveText('Không đạt');
  await expect(row(dup).getByTestId('check-status')).toHaveText('Không đạt');
  await row(dup).getByRole('button', { name: /Mở rộng|Expand/ }).click();
  await expect(page.getByTestId('check-duplicate_open')).toContainText('đã được đề nghị Giấy khen năm 2026 trong hồ sơ khác');
  await row(bad).getByRole('button', { name: /Mở rộng|Expand/ }).click();
  await expect(page.locator('[data-testid="check-eligibility"][data-ok="false"]')).toContainText('Chưa đủ điều kiện Giấy khen');
  await shot(page, '01-draft-checks');

  await confirmAction(page, 'Gửi hồ sơ');
  await expect(page.getByTestId('dossier-state')).toHaveText('Đã gửi');

  // — the standing agency's officer: the queue, receipt, appraisal, return with reasons —
  await as(page, APPRAISER);
  await page.goto('/dossiers');
  await expect(page.getByRole('row', { name: new RegExp(`${code}.*Tiếp nhận hồ sơ`) })).toBeVisible();
  await page.getByRole('link', { name: code! }).click();
  await confirmAction(page, 'Tiếp nhận');
  await expect(page.getByTestId('dossier-state')).toHaveText('Đã tiếp nhận');
  await confirmAction(page, 'Bắt đầu thẩm định');
  await expect(page.getByTestId('dossier-state')).toHaveText('Đang thẩm định');
  await page.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
  const ret = page.getByRole('dialog', { name: 'Trả lại để bổ sung' });
  await ret.getByLabel('Lý do', { exact: true }).fill('Đề nghị đơn vị rà soát lại tiêu chuẩn');
  // failing rows come preselected; the duplicate is for the agency to settle, not the commune
  await ret.getByRole('checkbox', { name: new RegExp(dup.fullName) }).uncheck();
  await ret.getByLabel(`Lý do cho ${bad.fullName}`).fill('Chưa đủ tiêu chuẩn Giấy khen năm 2026');
  await shot(page, '02-return');
  await ret.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
  await expect(page.getByTestId('dossier-state')).toHaveText('Trả lại bổ sung');

  // — the commune fixes and resubmits —
  await as(page, OFFICER);
  await page.goto(dossierUrl);
  await expect(page.getByTestId('return-reasons')).toContainText(`${bad.fullName}: Chưa đủ tiêu chuẩn Giấy khen năm 2026`);
  await expect(row(bad).getByTestId('row-return-reason')).toContainText('Chưa đủ tiêu chuẩn');
  await shot(page, '03-returned');
  await row(bad).getByRole('button', { name: `Xóa ${bad.fullName}` }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
  await expect(rows).toHaveCount(2);
  await confirmAction(page, 'Gửi hồ sơ');
  await expect(page.getByTestId('dossier-state')).toHaveText('Đã gửi');

  // — the appraiser accepts the duplicate with a reason and opens the consultation —
  await as(page, APPRAISER);
  await page.goto(dossierUrl);
  await confirmAction(page, 'Tiếp nhận');
  await confirmAction(page, 'Bắt đầu thẩm định');
  await expect(page.getByTestId('dossier-state')).toHaveText('Đang thẩm định');
  await row(dup).getByRole('button', { name: 'Chấp nhận có lý do' }).click();
  const acc = page.getByRole('dialog', { name: new RegExp(`Chấp nhận ${dup.fullName}`) });
  await acc.getByLabel('Lý do').fill('Hồ sơ kia là dự thảo sẽ được đơn vị hủy; đã xác minh');
  await acc.getByRole('button', { name: 'Chấp nhận có lý do' }).click();
  await expect(row(dup)).toContainText('Chấp nhận có lý do');
  await page.getByRole('button', { name: 'Lấy ý kiến công khai' }).click();
  const open = page.getByRole('dialog', { name: 'Lấy ý kiến công khai' });
  await open.getByLabel('Số ngày làm việc lấy ý kiến').fill('5');
  await open.getByRole('button', { name: 'Lấy ý kiến công khai' }).click();
  await expect(page.getByTestId('dossier-state')).toHaveText('Lấy ý kiến');
  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  const history = page.getByTestId('dossier-history');
  for (const step of ['Tạo hồ sơ', 'Gửi hồ sơ', 'Tiếp nhận', 'Bắt đầu thẩm định', 'Trả lại để bổ sung', 'Lấy ý kiến công khai']) await expect(history).toContainText(step);
  await expect(history).toContainText('Chưa đủ tiêu chuẩn Giấy khen năm 2026');
  await shot(page, '04-consultation');
});
