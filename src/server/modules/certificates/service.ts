/**
 * The certificate layout of the installation: where each field of a Giấy khen / Bằng khen prints
 * (millimetres from the top-left corner), kept on the root unit; the built-in default until an
 * admin changes it. A preview prints a sample page with the layout being edited.
 */
import { DEFAULT_CERTIFICATE_LAYOUT, FIELD_LABELS, certificatesPdf, validateLayout, type CertificateLayout } from '../../documents/certificate.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Invalid, NotFound, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as repo from './repo.js';

async function root(ex: Executor) {
  const r = await repo.rootUnit(ex);
  if (!r) throw new NotFound('Chưa khởi tạo đơn vị gốc.');
  return r;
}

export async function currentLayout(ex: Executor): Promise<{ layout: CertificateLayout; version: number; custom: boolean }> {
  const r = await root(ex);
  const row = await repo.layoutRow(ex, r.id);
  if (!row) return { layout: DEFAULT_CERTIFICATE_LAYOUT, version: 0, custom: false };
  const v = validateLayout(row.layout);
  return { layout: v.ok ? v.layout : DEFAULT_CERTIFICATE_LAYOUT, version: row.version, custom: true };
}

export async function get(deps: Deps) {
  const cur = await currentLayout(deps.database.db);
  return { ...cur, default: DEFAULT_CERTIFICATE_LAYOUT, labels: FIELD_LABELS };
}

function check(layout: unknown): CertificateLayout {
  const v = validateLayout(layout);
  if (!v.ok) throw new Invalid('Bố cục giấy khen không hợp lệ: ' + v.errors.map((e) => `${e.field}: ${e.message}`).join('; '), v.errors.map((e) => ({ field: `layout.${e.field}`, message: e.message })));
  return v.layout;
}

/** Saves the layout (null: back to the built-in default). Only an admin with a grant on the root. */
export async function save(deps: Deps, ctx: Ctx, input: { layout: unknown | null; version: number }) {
  const db = deps.database.db;
  const r = await root(db);
  authorize(ctx.actor, 'update', { type: 'certificate_layout', unitPath: r.path });
  const layout = input.layout === null ? null : check(input.layout);
  const before = await currentLayout(db);
  await db.transaction(async (tx) => {
    if (layout === null) {
      await repo.deleteLayout(tx, r.id);
    } else if (before.version === 0) {
      if (input.version !== 0) throw versionConflict();
      await repo.insertLayout(tx, r.id, layout);
    } else if (!(await repo.updateLayout(tx, r.id, layout, input.version))) {
      throw versionConflict();
    }
    await audit(tx, ctx, { action: 'update', entityType: 'certificate_layout', entityId: r.id, unitPath: r.path, before: before.layout, after: layout ?? DEFAULT_CERTIFICATE_LAYOUT });
  });
  return get(deps);
}

/** A sample certificate printed with the given layout (not saved). */
export async function preview(layout: unknown): Promise<Buffer> {
  const l = check(layout);
  return certificatesPdf(
    [
      {
        issuer: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA', awardTitle: 'GIẤY KHEN', name: 'Bà Nguyễn Thị Hương', unit: 'Giáo viên Trường Tiểu học Định Hóa',
        achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Dạy tốt, học tốt" năm học 2025 - 2026',
        decision: 'Quyết định số 215/QĐ-UBND ngày 18 tháng 12 năm 2026', placeDate: 'Định Hóa, ngày 18 tháng 12 năm 2026',
        signerTitle: 'CHỦ TỊCH', signerName: 'Lương Văn Dũng', verifyUrl: 'https://tdkt.example/verify/XEMTHUXEMTHUXEMTHUXEMTHUXEMTHUXE', code: 'Mã xác thực: XEMTHU (bản xem thử)',
      },
    ],
    l,
  );
}
