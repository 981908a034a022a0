/**
 * A small organisation tree used by the integration tests:
 *   GOC (root) ─ T01 Tỉnh Thử Nghiệm ─┬ X01 Xã Một ── TH01 Thôn Một
 *                                     └ X02 Xã Hai
 * with people in X01 and X02, and one account per role scoped to X01 (plus a province officer).
 */
import type { Ctx } from '../src/server/platform/context.js';
import type { Database } from '../src/server/platform/db.js';
import { ROLES, type Role } from '../src/server/platform/policy.js';
import * as people from '../src/server/modules/people/service.js';
import * as households from '../src/server/modules/households/service.js';
import * as units from '../src/server/modules/units/service.js';
import * as unitRepo from '../src/server/modules/units/repo.js';
import { insertGrant, insertUser } from '../src/server/modules/users/service.js';
import type { Deps } from '../src/server/platform/http.js';
import { adminCtx } from './helpers.js';

export const PASSWORD = 'Test@12345678';

export interface Fixture {
  province: { id: number };
  x1: { id: number };
  x2: { id: number };
  thon1: { id: number };
  personX1: { id: number };
  personX2: { id: number };
  householdX1: { id: number };
  householdX2: { id: number };
  /** username of the account holding `role` on X01 */
  userFor: Record<Role, string>;
}

export async function seedFixture(database: Database, cfg: Deps['cfg']): Promise<Fixture> {
  const deps: Deps = { database, cfg };
  const ctx: Ctx = await adminCtx(database);
  const root = (await unitRepo.findByCode(database.db, 'GOC'))!;
  const province = await units.createUnit(deps, ctx, { code: 'T01', name: 'Tỉnh Thử Nghiệm', level: 'tinh', kind: 'tinh_thanh', legalPersonality: true, parentId: root.id });
  const x1 = await units.createUnit(deps, ctx, { code: 'X01', name: 'Xã Một', level: 'xa', kind: 'xa_phuong', legalPersonality: true, parentId: province.id });
  const x2 = await units.createUnit(deps, ctx, { code: 'X02', name: 'Xã Hai', level: 'xa', kind: 'xa_phuong', legalPersonality: true, parentId: province.id });
  const thon1 = await units.createUnit(deps, ctx, { code: 'TH01', name: 'Thôn Một', level: 'thon', kind: 'thon_to', legalPersonality: false, parentId: x1.id });
  const thon2 = await units.createUnit(deps, ctx, { code: 'TH02', name: 'Thôn Hai', level: 'thon', kind: 'thon_to', legalPersonality: false, parentId: x2.id });
  const personX1 = await people.createPerson(deps, ctx, {
    fullName: 'Nguyễn Văn A', gender: 'nam', birthDate: '1980-05-01', citizenId: '001080000123', employmentCategory: 'cong_chuc', isLeader: false, isDirectWorker: true, unitId: x1.id,
  });
  const personX2 = await people.createPerson(deps, ctx, {
    fullName: 'Đặng Thị Bình', gender: 'nu', birthDate: '1990-02-03', employmentCategory: 'nong_dan', isLeader: false, isDirectWorker: true, unitId: x2.id,
  });
  const householdX1 = await households.createHousehold(deps, ctx, { code: 'HGD-X01-1', headName: 'Nguyễn Văn A', headPersonId: personX1.id, thonUnitId: thon1.id });
  const householdX2 = await households.createHousehold(deps, ctx, { code: 'HGD-X02-1', headName: 'Đặng Thị Bình', headPersonId: personX2.id, thonUnitId: thon2.id });
  const userFor = {} as Record<Role, string>;
  await database.db.transaction(async (tx) => {
    const x1Unit = (await unitRepo.findById(tx, x1.id))!;
    for (const role of ROLES) {
      const username = `${role.replace(/_/g, '')}.x01`;
      const id = await insertUser(tx, ctx, { username, fullName: `Người dùng ${role}`, password: PASSWORD });
      await insertGrant(tx, ctx, id, role, x1Unit);
      userFor[role] = username;
    }
  });
  return { province, x1, x2, thon1, personX1, personX2, householdX1, householdX2, userFor };
}
