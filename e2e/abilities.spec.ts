import { expect, test } from '@playwright/test';
import { ADMIN, apiAs, loginUI } from './helpers.js';

/**
 * The SPA shows an action from the abilities the session carries, never from role codes: a commune
 * officer has no audit trail (the server answers 403) and no menu entry for it; once the
 * administrator grants the standing agency's role on the same commune, the entry appears after a
 * reload and the page opens.
 */
test('một thao tác bị máy chủ từ chối thì không hiện; được cấp quyền thì hiện', async ({ page, baseURL }) => {
  const admin = await apiAs(baseURL!, ADMIN);
  const username = `kiemthu.quyen${Date.now() % 100000}`;
  const password = 'KiemThu@12345678';
  try {
    const communes = await admin.get('/units', { level: 'xa', q: 'Định Hóa', pageSize: 5 });
    const commune = communes.items[0] as { id: number; name: string };
    expect(commune, 'the demo commune Xã Định Hóa').toBeTruthy();
    const user = await admin.post('/users', { username, fullName: 'Người Kiểm Thử Quyền', password });
    await admin.post(`/users/${user.id}/roles`, { role: 'can_bo_don_vi', unitId: commune.id });

    await loginUI(page, { username, password });
    await expect(page.getByRole('menuitem', { name: /Cá nhân/ }).first()).toBeVisible();
    await page.getByRole('menuitem', { name: /Quản trị/ }).click().catch(() => {});
    await expect(page.getByRole('link', { name: 'Nhật ký hệ thống' })).toHaveCount(0);
    // the server refuses it too
    const refused = await page.request.get('/api/v1/audit');
    expect(refused.status()).toBe(403);

    await admin.post(`/users/${user.id}/roles`, { role: 'chuyen_vien', unitId: commune.id });
    await page.reload();
    await page.getByRole('menuitem', { name: /Quản trị/ }).click().catch(() => {});
    const entry = page.getByRole('link', { name: 'Nhật ký hệ thống' });
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page).toHaveURL(/\/audit/);
    await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống' })).toBeVisible();
    expect((await page.request.get('/api/v1/audit')).status()).toBe(200);
  } finally {
    await admin.dispose();
  }
});
