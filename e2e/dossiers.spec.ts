import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD, OFFICER, apiAs, loginUI, type Api } from './helpers.js';

/**
 * The proposal path through the UI with the demo data: a commune officer creates a dossier and
 * imports its nominee list; the checks flag an ineligible nominee and a duplicate; the standing
 * agency's officer returns it with reasons; the commune fixes and resubmits; the appraiser accepts
 * the duplicate with a written reason and opens the public consultation.
 */
const APPRAISER = { username: 'chuyenvien', password: DEMO_PASSWORD };
const LEADER = { username: 'lanhdao', password: DEMO_PASSWORD };
const MEMBER = { username: 'hoidong', password: DEMO_PASSWORD };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const YEAR = 2026;

interface P {
  id: number;
  fullName: string;
  birthDate: string | null;
  unitCode: string;
}

// jsqr is CommonJS: its default export arrives wrapped or not depending on the loader
type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = ((jsQRModule as unknown as { default?: Decode }).default ?? (jsQRModule as unknown as Decode)) as Decode;

/** Renders the first page of a PDF with poppler and decodes its QR code. */
async function qrUrlOf(pdfPath: string): Promise<string> {
  const prefix = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  const png = PNG.sync.read(fs.readFileSync(`${prefix}.png`));
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(qr, 'a QR code on the certificate').toBeTruthy();
  return qr!.data;
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
    // a person already in a dossier (an earlier attempt on a reused server) would be a duplicate
    if ((await officer.get('/dossiers', { q: p.fullName, pageSize: 1 })).total > 0) continue;
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

async function pickOption(page: Page, text: string | RegExp) {
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: text }).first().click();
}

async function setClock(baseURL: string, offsetDays: number) {
  const ctx = await (await import('@playwright/test')).request.newContext({ baseURL });
  const r = await ctx.post('/api/v1/test/clock', { data: { offsetDays } });
  expect(r.ok(), 'test clock (TDKT_TEST_CLOCK=1 on the e2e server)').toBeTruthy();
  await ctx.dispose();
}

test.afterAll(async ({ baseURL }) => {
  await setClock(baseURL!, 0);
});

test('hồ sơ đề nghị từ đầu đến cuối: danh sách, kiểm tra, trả lại, bổ sung, lấy ý kiến, Hội đồng bỏ phiếu kín, quyết định, giấy khen có mã QR, sổ khen thưởng', async ({ page, baseURL, browser }) => {
  test.setTimeout(420_000);
  await setClock(baseURL!, 0);
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

  // — a citizen comments on the public page, without an account —
  const citizen = await browser.newPage();
  await citizen.goto('/cong-khai');
  await citizen.getByRole('link', { name: /Đề nghị khen thưởng công trạng năm 2026/ }).first().click();
  await expect(citizen.getByTestId('public-nominees')).toContainText(good.fullName);
  await expect(citizen.getByTestId('public-nominees')).not.toContainText(bad.fullName);
  await citizen.getByLabel('Góp ý về').click();
  await pickOption(citizen, good.fullName);
  await citizen.getByLabel('Họ và tên người góp ý').fill('Nguyễn Văn Dân');
  await citizen.getByLabel('Nội dung góp ý').fill('Tôi xác nhận thành tích của người được đề nghị là đúng thực tế.');
  await citizen.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(citizen.getByTestId('comment-sent')).toContainText('Đã gửi ý kiến');
  await citizen.screenshot({ path: 'test-results/screens/dossier-05-public.png', fullPage: true });
  await citizen.close();
  await page.reload();
  await page.getByRole('tab', { name: /Ý kiến góp ý \(1\)/ }).click();
  await expect(page.getByTestId('comments')).toContainText('Nguyễn Văn Dân');

  // — the consultation cannot be skipped; once it has ended the dossier goes to the council —
  await page.getByRole('button', { name: 'Trình Hội đồng' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Trình Hội đồng' }).click();
  await expect(page.getByText(/Đang trong thời gian lấy ý kiến công khai/)).toBeVisible();
  await setClock(baseURL!, 14);
  await page.reload();
  await confirmAction(page, 'Trình Hội đồng');
  await expect(page.getByTestId('dossier-state')).toHaveText('Trình Hội đồng');

  // — the council of the commune: three members, a session, one declared recusal —
  await page.goto(`/councils?unitId=${communeId}`);
  for (const [name, role, username] of [['Lương Văn Dũng', 'Chủ tịch', 'lanhdao'], ['Ma Thị Thu', 'Thư ký', 'chuyenvien'], ['Trần Minh Đức', 'Ủy viên', 'hoidong']]) {
    await page.getByLabel('Họ và tên', { exact: true }).fill(name);
    await page.getByRole('combobox', { name: 'Chức danh' }).click();
    await pickOption(page, role);
    await page.getByRole('textbox', { name: 'Tài khoản' }).fill(username);
    await page.getByRole('button', { name: /^(plus )?Thêm$/ }).click();
    await expect(page.getByTestId('council-members')).toContainText(name);
  }
  await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
  const sess = page.getByRole('dialog', { name: 'Tạo phiên họp' });
  await sess.getByLabel('Tên phiên họp').fill('Họp xét khen thưởng năm 2026');
  await sess.getByLabel('Ngày họp').fill('15/12/2026');
  await sess.getByLabel('Ngày họp').press('Enter');
  await sess.getByLabel('Hồ sơ đưa ra xét').click();
  await pickOption(page, code!);
  // close the multiple-choice list before reaching for the dialog's buttons
  await sess.getByText('Tên phiên họp').click();
  await sess.getByRole('button', { name: 'Tạo', exact: true }).click();
  await page.getByRole('link', { name: 'Họp xét khen thưởng năm 2026' }).first().click();
  await expect(page.getByTestId('session-state')).toHaveText('Đang chuẩn bị');
  await page.getByRole('combobox', { name: 'Thành viên' }).click();
  await pickOption(page, 'Trần Minh Đức');
  await page.getByRole('combobox', { name: 'Trường hợp' }).click();
  await pickOption(page, good.fullName);
  await page.getByLabel('Lý do').fill('Là người thân của người được đề nghị');
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByTestId('session-items')).toContainText('Trần Minh Đức: Là người thân');
  await page.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('Đang bỏ phiếu');
  const sessionUrl = page.url();

  // — the secret ballot: each member from his own account —
  const ballot = async (choices: [P, string][]) => {
    for (const [p, choice] of choices) await page.getByRole('radiogroup', { name: `Phiếu cho ${p.fullName}` }).getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: 'Gửi phiếu' }).click();
    await expect(page.getByText('Đã ghi nhận phiếu của bạn.')).toBeVisible();
  };
  await ballot([[good, 'Đồng ý'], [dup, 'Đồng ý']]);
  await shot(page, '06-ballot');
  await as(page, LEADER);
  await page.goto(sessionUrl);
  await ballot([[good, 'Đồng ý'], [dup, 'Không đồng ý']]);
  await as(page, MEMBER);
  await page.goto(sessionUrl);
  await expect(page.getByTestId('session-items').getByRole('row', { name: new RegExp(good.fullName) })).toContainText('Bạn không biểu quyết trường hợp này');
  await ballot([[dup, 'Không đồng ý']]);
  await as(page, APPRAISER);
  await page.goto(sessionUrl);
  await page.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('Đã kết thúc');
  const items = page.getByTestId('session-items');
  await expect(items.getByRole('row', { name: new RegExp(good.fullName) }).getByTestId('vote-result')).toHaveText('Đạt');
  await expect(items.getByRole('row', { name: new RegExp(dup.fullName) }).getByTestId('vote-result')).toHaveText('Không đạt');
  const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Biên bản (DOCX)' }).click()]);
  expect(minutes.suggestedFilename()).toMatch(/\.docx$/);
  await shot(page, '07-results');

  // — the decision: drafted by the agency, signed by the leader —
  await page.goto(dossierUrl);
  await page.getByRole('button', { name: 'Dự thảo quyết định' }).click();
  const decision = page.getByTestId('decision');
  await expect(decision).toContainText(good.fullName);
  await expect(decision).not.toContainText(dup.fullName);
  await decision.getByLabel('Số').fill('215/QĐ-UBND');
  await decision.getByLabel('Chức vụ').fill('Chủ tịch');
  await decision.getByLabel('Người ký').fill('Lương Văn Dũng');
  // Enter in the date field saves the form (keyboard), as the button does
  await decision.getByLabel('Ngày', { exact: true }).fill('18/12/2026');
  await decision.getByLabel('Ngày', { exact: true }).press('Enter');
  await expect(page.getByText('Đã lưu thay đổi.').first()).toBeVisible();
  await expect(decision.getByTestId('decision-total')).not.toHaveText('0');
  await as(page, LEADER);
  await page.goto(dossierUrl);
  await page.getByRole('button', { name: 'Ký ban hành' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Ký ban hành' }).click();
  await expect(page.getByTestId('decision-state')).toHaveText('Đã ban hành');
  await expect(page.getByTestId('dossier-state')).toHaveText('Đã quyết định');
  await expect(row(dup).getByTestId('row-vote')).toContainText('Hội đồng: Không đạt (1 phiếu đồng ý)');
  await expect(row(good).getByTestId('row-vote')).toContainText('Hội đồng: Đạt (2 phiếu đồng ý)');
  await shot(page, '08-decided');

  // — the certificates: the QR code leads to the public verification page —
  const [certs] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'In giấy khen (PDF)' }).click()]);
  const pdfPath = test.info().outputPath('giay-khen.pdf');
  await certs.saveAs(pdfPath);
  const url = await qrUrlOf(pdfPath);
  expect(url).toMatch(/\/verify\/[A-Z2-7]{32}$/);
  const verify = await browser.newPage();
  await verify.goto(url.replace(/^https?:\/\/[^/]+/, ''));
  await expect(verify.getByTestId('verify-status')).toHaveText('Giấy chứng nhận hợp lệ');
  await expect(verify.getByTestId('verification')).toContainText(good.fullName);
  await expect(verify.getByTestId('verification')).toContainText('215/QĐ-UBND');
  await verify.screenshot({ path: 'test-results/screens/dossier-09-verify.png', fullPage: true });
  await verify.close();

  // — the register knows, and next year's check reads it —
  const checker = await apiAs(baseURL!, APPRAISER);
  const awards = (await checker.get('/records/awards', { personId: good.id })).items as { award: string; year: number; decisionNo: string }[];
  expect(awards).toContainEqual(expect.objectContaining({ award: 'GK', year: YEAR, decisionNo: '215/QĐ-UBND' }));
  const next = await checker.post('/rules/check-subject', { subject: 'person', id: good.id, award: 'GK', year: YEAR + 1, date: `${YEAR + 1}-12-15` });
  expect(next.facts.awards).toContainEqual(expect.objectContaining({ award: 'GK', year: YEAR }));
  await checker.dispose();
  // the person's page shows the award in their history
  await page.goto(`/people/${good.id}?tab=history`);
  await expect(page.getByText('215/QĐ-UBND').first()).toBeVisible();
  await shot(page, '10-history');
  await page.goto('/rules/check');
  await page.getByRole('combobox', { name: 'Cá nhân' }).click();
  await page.getByRole('combobox', { name: 'Cá nhân' }).fill(good.fullName);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: good.fullName }).first().click();
  await page.getByRole('combobox', { name: 'Danh hiệu / hình thức' }).click();
  await page.getByRole('combobox', { name: 'Danh hiệu / hình thức' }).fill('giay khen');
  await pickOption(page, 'Giấy khen');
  await page.getByLabel('Năm xét').fill(String(YEAR + 1));
  await page.getByLabel('Ngày xét').fill(`15/12/${YEAR + 1}`);
  await page.getByLabel('Ngày xét').press('Enter');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByTestId('facts')).toContainText(`${YEAR}: Giấy khen`);

  // the commune is told who was awarded and who was not, and why
  await as(page, OFFICER);
  await page.goto('/dossiers');
  await page.getByTestId('notices').getByText(`Kết quả xét khen thưởng hồ sơ ${code}`).click();
  await expect(page.getByTestId('notices')).toContainText(`${dup.fullName}: Không đạt số phiếu`);
  await expect(page.getByTestId('notices')).toContainText(`${good.fullName}: Giấy khen`);
});
