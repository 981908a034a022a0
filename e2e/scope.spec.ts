import { expect, test } from '@playwright/test';
import { ADMIN, apiAs, loginUI, OFFICER } from './helpers.js';

test('cán bộ xã không xem được cá nhân của đơn vị khác: API trả 403, giao diện báo rõ bằng tiếng Việt', async ({ page, baseURL }) => {
  const officer = await apiAs(baseURL!, OFFICER);
  const admin = await apiAs(baseURL!, ADMIN);
  try {
    const grant = officer.me.roles.find((r) => r.role === 'can_bo_don_vi');
    expect(grant, 'canbo.xa1 has a can_bo_don_vi grant').toBeTruthy();

    // People the officer may see (their commune's subtree), as the officer sees them.
    const mine = await officer.get('/people', { pageSize: 200 });
    const mineIds = new Set<number>(mine.items.map((p: { id: number }) => p.id));
    expect(mine.total).toBeGreaterThanOrEqual(0);

    // Someone outside: the admin sees the whole province; pick a person the officer does not see
    // and who does not belong to the officer's unit subtree.
    const inside = await admin.get('/people', { unitId: grant!.unitId, pageSize: 200 });
    const insideIds = new Set<number>(inside.items.map((p: { id: number }) => p.id));
    let outsider: { id: number; fullName: string } | undefined;
    for (let page = 1; !outsider && page <= 20; page++) {
      const all = await admin.get('/people', { page, pageSize: 200 });
      outsider = all.items.find((p: { id: number }) => !insideIds.has(p.id) && !mineIds.has(p.id));
      if (all.items.length < 200) break;
    }
    expect(outsider, 'a person outside the officer’s commune exists').toBeTruthy();

    // The API refuses with 403 and a Vietnamese message.
    const res = await officer.ctx.get(`/api/v1/people/${outsider!.id}`);
    expect(res.status()).toBe(403);
    const body = await res.json();
    expect(body.error.code).toBeTruthy();
    expect(body.error.message).toMatch(/không có quyền/i);

    // Their own people are still readable.
    if (mine.items.length) {
      const ok = await officer.ctx.get(`/api/v1/people/${mine.items[0].id}`);
      expect(ok.status()).toBe(200);
    }

    // The UI shows the refusal clearly, not a blank page or a raw code.
    await loginUI(page, OFFICER);
    await page.goto(`/people/${outsider!.id}`);
    await expect(page.getByText('Không có quyền truy cập', { exact: true })).toBeVisible();
    await expect(page.getByTestId('error-message')).toContainText('Bạn không có quyền truy cập dữ liệu của đơn vị này');
    await expect(page.getByText(outsider!.fullName)).toHaveCount(0);
  } finally {
    await officer.dispose();
    await admin.dispose();
  }
});
