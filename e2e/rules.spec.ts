import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN, apiAs, loginUI, type Api } from './helpers.js';

/**
 * Law as data through the UI: the eligibility checker on registry data, and the admin pages whose
 * changes (base salary, declared day off) move the results and land in the audit log.
 */

/** Open an antd Select by its accessible name, type, and choose the option that contains `option`. */
async function pick(page: Page, box: Locator, typed: string, option: string | RegExp, alsoHas?: string) {
  await box.click();
  if (typed) await box.fill(typed);
  let item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option });
  if (alsoHas) item = item.filter({ hasText: alsoHas });
  await item.first().click();
}

async function fillDate(box: Locator, ddmmyyyy: string) {
  await box.fill(ddmmyyyy);
  await box.press('Enter');
}

async function put(api: Api, path: string, body: unknown) {
  const r = await api.ctx.put(`/api/v1${path}`, { data: body, headers: { 'x-csrf-token': api.csrf } });
  expect(r.ok(), `PUT ${path}: ${r.status()} ${await r.text()}`).toBeTruthy();
  return r.json();
}

interface Subject {
  id: number;
  fullName: string;
  unitName: string;
  /** typed into the person search, without diacritics */
  search: string;
}

/**
 * The demo people of the checker ("Hoàng Thị Mai": three CSTĐ cơ sở in a row and a provincial
 * initiative; "Lý Văn Khải": a gap year). Without them in the dataset, two demo people get the same
 * history through the records API, so the test checks the same thing.
 */
async function checkerSubjects(admin: Api): Promise<{ eligible: Subject; gap: Subject; year: number; gapYear: number }> {
  const year = 2026;
  // the demo person (found by citizen ID: names repeat) whose registry history gives the expected verdict
  const find = async (name: string, citizenId: string, eligible: boolean) => {
    for (const p of (await admin.get('/people', { q: citizenId, pageSize: 20 })).items as { id: number; fullName: string; unitName: string }[]) {
      if (p.fullName !== name) continue;
      const r = await admin.post('/rules/check-subject', { subject: 'person', id: p.id, award: 'CSTD_TINH', year, date: `${year}-12-15` });
      if (r.result?.eligible === eligible) return p;
    }
    return undefined;
  };
  const mai = await find('Hoàng Thị Mai', '019185900001', true);
  const khai = await find('Lý Văn Khải', '019082900002', false);
  if (mai && khai) {
    // demo: CSTĐ cơ sở 2023, 2025, 2026 — the streak to 2026 breaks at 2024
    return { year, gapYear: year - 2, eligible: { ...mai, search: '019185900001' }, gap: { ...khai, search: '019082900002' } };
  }
  // two people with no history yet (a reused server may hold an earlier run's records: reuse those)
  const tagged = (await admin.get('/records/initiatives', { pageSize: 50 })).items.filter((i: { title: string }) => i.title.startsWith('Sáng kiến kiểm thử'));
  const people = (await admin.get('/people', { pageSize: 30, q: 'Bàn' })).items as { id: number; fullName: string; unitId: number; unitName: string }[];
  const fresh: typeof people = [];
  for (const p of people) {
    if (tagged.some((i: { title: string }) => i.title === `Sáng kiến kiểm thử ${p.id}`)) fresh.push(p);
    else if ((await admin.get('/records/awards', { personId: p.id })).items.length === 0 && (await admin.get('/records/ratings', { personId: p.id })).items.length === 0) fresh.push(p);
    if (fresh.length === 2) break;
  }
  expect(fresh.length).toBe(2);
  const [a, b] = fresh;
  const history = async (p: { id: number; fullName: string; unitId: number }, years: number[]) => {
    if (tagged.some((i: { title: string }) => i.title === `Sáng kiến kiểm thử ${p.id}`)) return;
    for (const y of [year - 2, year - 1, year]) await admin.post('/records/ratings', { personId: p.id, year: y, rating: years.includes(y) ? 'HTXSNV' : 'HTTNV' });
    for (const y of years) await admin.post('/records/awards', { personId: p.id, year: y, award: 'CSTD_CS', decisionNo: `${y}/QĐ-E2E` });
    await admin.post('/records/initiatives', {
      unitId: p.unitId,
      title: `Sáng kiến kiểm thử ${p.id}`,
      authors: [{ personId: p.id, name: p.fullName, share: 100 }],
      year,
      scope: 'tinh',
    });
  };
  await history(a, [year - 2, year - 1, year]);
  await history(b, [year - 2, year]);
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  return { year, gapYear: year - 1, eligible: { ...a, search: fold(a.fullName) }, gap: { ...b, search: fold(b.fullName) } };
}

async function runCheck(page: Page, who: Subject, year: number) {
  await pick(page, page.getByRole('combobox', { name: 'Cá nhân' }), who.search, who.fullName, who.unitName);
  await pick(page, page.getByRole('combobox', { name: 'Danh hiệu / hình thức' }), 'cap bo', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh');
  await page.getByLabel('Năm xét').fill(String(year));
  await fillDate(page.getByLabel('Ngày xét'), `15/12/${year}`);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
}

test('kiểm tra điều kiện theo dữ liệu: đủ điều kiện CSTĐ tỉnh, và lý do không đủ khi đứt một năm', async ({ page, baseURL }) => {
  const admin = await apiAs(baseURL!, ADMIN);
  const { eligible, gap, year, gapYear } = await checkerSubjects(admin);
  await admin.dispose();

  await loginUI(page, ADMIN);
  await page.getByRole('menuitem', { name: 'Quy định' }).click();
  await page.getByRole('menuitem', { name: 'Kiểm tra điều kiện' }).click();
  await expect(page.getByRole('heading', { name: 'Kiểm tra điều kiện', level: 3 })).toBeVisible();

  await runCheck(page, eligible, year);
  const result = page.getByTestId('check-result');
  await expect(result.getByTestId('eligible-tag')).toHaveText('Đủ điều kiện');
  await expect(result).toContainText('Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh');
  await expect(result).toContainText('LAW2022+ND152');
  const streak = result.getByTestId('criterion-cstd_cs_streak');
  await expect(streak).toHaveAttribute('data-ok', 'true');
  await expect(streak).toContainText(`3 lần liên tục: ${year - 2}, ${year - 1}, ${year}`);
  await expect(streak).toContainText('Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022');
  const initiative = result.getByTestId('criterion-initiative_tinh');
  await expect(initiative).toHaveAttribute('data-ok', 'true');
  await expect(initiative).toContainText('sáng kiến');
  // every criterion carries its explanation and citation; council ones are "?"
  const criteria = result.locator('[data-testid^="criterion-"]');
  expect(await criteria.count()).toBeGreaterThanOrEqual(4);
  for (const c of await criteria.all()) await expect(c).toContainText(/(Điều|Nghị định|Luật) /);
  await expect(result.getByTestId('criterion-outstanding')).toHaveAttribute('data-ok', 'null');
  // the facts the verdict was computed from
  const facts = page.getByTestId('facts');
  await expect(facts).toContainText('Xếp loại hằng năm');
  await expect(facts.getByRole('row', { name: `${year - 1} Hoàn thành xuất sắc nhiệm vụ`, exact: true })).toBeVisible();
  await expect(facts).toContainText(`${year - 1}: Chiến sĩ thi đua cơ sở`);

  // the same check for a person with a gap year says why it fails
  await page.getByRole('combobox', { name: 'Cá nhân' }).click();
  await runCheck(page, gap, year);
  await expect(result.getByTestId('eligible-tag')).toHaveText('Không đủ điều kiện');
  const broken = result.getByTestId('criterion-cstd_cs_streak');
  await expect(broken).toHaveAttribute('data-ok', 'false');
  await expect(broken).toContainText(`năm ${gapYear} không đạt Chiến sĩ thi đua cơ sở`);
  await expect(broken.getByRole('img', { name: 'Không đạt' })).toBeVisible();
});

test('kiểm tra điều kiện bằng dữ kiện nhập tay', async ({ page }) => {
  await loginUI(page, ADMIN);
  await page.goto('/rules/check?mode=manual');
  await pick(page, page.getByRole('combobox', { name: 'Danh hiệu / hình thức' }).first(), 'co so', 'Chiến sĩ thi đua cơ sở');
  // the last three years are prefilled for the ratings: rate this year "Hoàn thành xuất sắc nhiệm vụ"
  const y = new Date().getFullYear();
  await page.getByLabel('Năm xét').fill(String(y));
  await fillDate(page.getByLabel('Ngày xét'), `10/12/${y}`);
  await pick(page, page.getByRole('combobox', { name: 'Xếp loại' }).nth(2), '', 'Hoàn thành xuất sắc nhiệm vụ');
  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  await page.getByRole('spinbutton', { name: 'Năm' }).last().fill(String(y));
  await pick(page, page.getByRole('combobox', { name: 'Danh hiệu / hình thức' }).last(), 'lao dong tien', 'Lao động tiên tiến');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  const result = page.getByTestId('check-result');
  await expect(result.getByTestId('eligible-tag')).toHaveText('Đủ điều kiện');
  await expect(result).toContainText('Chiến sĩ thi đua cơ sở');
  // declaring a pending investigation blocks it
  await page.getByRole('checkbox', { name: 'Đang bị điều tra' }).check();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(result.getByTestId('eligible-tag')).toHaveText('Không đủ điều kiện');
  await expect(result.getByTestId('criterion-no_pending')).toHaveAttribute('data-ok', 'false');
});

test('đổi mức lương cơ sở và khai báo ngày nghỉ trên giao diện quản trị thay đổi kết quả và được ghi nhật ký', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await apiAs(baseURL!, ADMIN);
  // start from the built-in rules (a reused server may keep an earlier run's changes)
  const before = await admin.get('/rules/settings');
  const reset = await put(admin, '/rules/settings', { params: {}, version: before.version });
  const v0 = reset.version as number;
  const declared = await admin.get('/calendar/adjustments', { year: 2027 });
  for (const d of declared.items) await admin.ctx.delete(`/api/v1/calendar/adjustments/${d.day}`, { headers: { 'x-csrf-token': admin.csrf } });

  await loginUI(page, ADMIN);

  // — money for 2027 before: the built-in 2,530,000 → CSTĐ tỉnh 3,0 × 2.530.000 = 7.590.000 —
  await page.goto('/rules/money?award=CSTD_TINH&subject=ca_nhan&date=2027-03-01');
  await expect(page.getByTestId('money-amount')).toHaveText('7.590.000');
  await expect(page.getByTestId('money-words')).toContainText('Bảy triệu năm trăm chín mươi nghìn đồng');

  // — a new base salary from 1/1/2027 through the admin page —
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  await page.getByRole('menuitem', { name: 'Tham số quy định' }).click();
  await expect(page.getByRole('heading', { name: 'Tham số quy định', level: 3 })).toBeVisible();
  const salaries = page.getByTestId('base-salaries');
  await salaries.getByRole('button', { name: 'Thêm mức lương cơ sở' }).click();
  await fillDate(salaries.getByLabel('Áp dụng từ ngày').last(), '01/01/2027');
  await salaries.getByLabel('Mức lương cơ sở (đồng)').last().fill('3000000');
  await salaries.getByLabel('Căn cứ').last().fill('Nghị định kiểm thử E2E');
  await page.getByRole('button', { name: 'Lưu' }).first().click();
  await expect(page.getByText('Đã lưu tham số quy định.')).toBeVisible();
  await expect(page.getByText(`Phiên bản ${v0 + 1}`)).toBeVisible();

  // — the calculator follows: 3,0 × 3.000.000 = 9.000.000 —
  await page.goto('/rules/money?award=CSTD_TINH&subject=ca_nhan&date=2027-03-01');
  await expect(page.getByTestId('money-amount')).toHaveText('9.000.000');
  await expect(page.getByTestId('money-words')).toContainText('Chín triệu đồng');
  await expect(page.getByTestId('money-result')).toContainText('Nghị định kiểm thử E2E');
  // … and the catalogue on that date
  await page.goto('/rules?date=2027-03-01');
  await expect(page.getByTestId('base-salary')).toHaveText('3.000.000 đồng');
  await expect(page.getByTestId('money-CSTD_TINH-ca_nhan')).toContainText('9.000.000 đồng');

  // — a stale save gets a clear conflict message —
  await page.goto('/admin/rule-settings');
  await expect(page.getByText(`Phiên bản ${v0 + 1}`)).toBeVisible();
  const now = await admin.get('/rules/settings');
  await put(admin, '/rules/settings', { params: now.params, version: now.version });
  await page.getByRole('radio', { name: 'Không làm tròn (tính đến đồng)' }).check();
  await page.getByRole('button', { name: 'Lưu' }).first().click();
  await expect(page.getByTestId('settings-conflict')).toContainText('đã được người khác thay đổi');
  await page.getByRole('button', { name: 'Tải lại' }).click();
  await expect(page.getByText(`Phiên bản ${v0 + 2}`)).toBeVisible();

  // — working days: the 1st working day after Monday 1/3/2027 is 2/3; declare 2/3 a day off → 3/3 —
  await page.getByRole('menuitem', { name: 'Lịch nghỉ, làm bù' }).click();
  await expect(page.getByRole('heading', { name: 'Lịch nghỉ, làm bù', level: 3 })).toBeVisible();
  const tool = page.getByTestId('working-day-tool');
  await fillDate(tool.getByLabel('Từ ngày'), '01/03/2027');
  await tool.getByLabel('Số ngày làm việc').fill('1');
  await expect(tool.getByTestId('tool-add-result')).toContainText('02/03/2027');
  // keyboard: the note first, then the day; Enter in the date field submits the form
  await page.getByLabel('Ghi chú').fill('Ngày nghỉ kiểm thử E2E');
  await fillDate(page.getByLabel('Ngày', { exact: true }), '02/03/2027');
  await expect(page.getByText('Đã khai báo ngày.')).toBeVisible();
  await expect(page.getByRole('row', { name: /02\/03\/2027.*Ngày nghỉ.*Ngày nghỉ kiểm thử E2E/ })).toBeVisible();
  await expect(tool.getByTestId('tool-add-result')).toContainText('03/03/2027');

  // — both changes are in the audit log —
  await page.goto('/audit?entityType=rule_settings');
  await expect(page.getByRole('row', { name: /admin Cập nhật Tham số quy định/ }).first()).toBeVisible();
  const entries = (await admin.get('/audit', { entityType: 'rule_settings', pageSize: 20 })).items as { after: { baseSalaries?: { from: string; amount: number }[] } }[];
  expect(entries.some((e) => e.after?.baseSalaries?.some((r) => r.from === '2027-01-01' && r.amount === 3_000_000))).toBe(true);
  await page.goto('/audit?entityType=calendar_day');
  await expect(page.getByRole('row', { name: /Tạo mới.*Ngày nghỉ, ngày làm bù #2027-03-02/ }).first()).toBeVisible();

  // — remove the day: the result goes back —
  await page.goto('/admin/calendar?year=2027');
  await page.getByRole('button', { name: 'Xóa ngày 02/03/2027' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByText('Đã xóa ngày đã khai báo.')).toBeVisible();
  await fillDate(tool.getByLabel('Từ ngày'), '01/03/2027');
  await tool.getByLabel('Số ngày làm việc').fill('1');
  await expect(tool.getByTestId('tool-add-result')).toContainText('02/03/2027');

  // leave the built-in rules for the other tests
  const last = await admin.get('/rules/settings');
  await put(admin, '/rules/settings', { params: {}, version: last.version });
  await admin.dispose();
});

test('người không phải quản trị không thấy trang tham số, lịch; vẫn xem được quy định', async ({ page }) => {
  await loginUI(page, { username: 'canbo.xa1', password: process.env.TDKT_DEMO_PASSWORD ?? 'Demo@12345678' });
  await page.getByRole('menuitem', { name: 'Quy định' }).click();
  await expect(page.getByRole('menuitem', { name: 'Quy định khen thưởng' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Tham số quy định' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: 'Lịch nghỉ, làm bù' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Quy định khen thưởng' }).click();
  await expect(page.getByRole('tab', { name: /Danh hiệu thi đua/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Hình thức khen thưởng/ })).toBeVisible();
  await page.goto('/admin/rule-settings');
  await expect(page.getByText('Chỉ quản trị hệ thống có quyền trên đơn vị gốc được sửa tham số quy định.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu' })).toHaveCount(0);
});
