import { describe, expect, it } from 'vitest';
import { can, isInScope, scopesFor, type Actor, type Role } from './policy.js';

const actor = (...grants: [Role, string][]): Actor => ({
  userId: 1,
  username: 'u',
  fullName: 'U',
  grants: grants.map(([role, unitPath], i) => ({ id: i + 1, role, unitId: i + 1, unitName: 'x', unitPath })),
});

describe('isInScope', () => {
  it.each([
    ['1.2', '1.2', true],
    ['1.2', '1.2.3', true],
    ['1.2', '1.2.3.4', true],
    ['1.2', '1.22', false],
    ['1.2', '1', false],
    ['1.2', '1.3.2', false],
  ])('grant %s covers %s: %s', (grant, path, expected) => {
    expect(isInScope(grant, path)).toBe(expected);
  });
});

describe('can', () => {
  it.each([
    ['unit officer reads a person of their commune', actor(['can_bo_don_vi', '1.2']), 'read', 'person', '1.2.5', true],
    ['unit officer reads a person of another commune', actor(['can_bo_don_vi', '1.2']), 'read', 'person', '1.3.5', false],
    ['unit officer edits a person of their commune', actor(['can_bo_don_vi', '1.2']), 'update', 'person', '1.2', true],
    ['unit officer may not create units', actor(['can_bo_don_vi', '1.2']), 'create', 'unit', '1.2', false],
    ['standing agency officer creates a unit in the province', actor(['chuyen_vien', '1.2']), 'create', 'unit', '1.2.7', true],
    ['council member only reads', actor(['thanh_vien_hd', '1.2']), 'update', 'person', '1.2.7', false],
    ['leader reads people', actor(['lanh_dao', '1.2']), 'read', 'person', '1.2.7', true],
    ['only admins manage users', actor(['chuyen_vien', '1']), 'create', 'user', null, false],
    ['admin manages users', actor(['quan_tri', '1']), 'create', 'user', null, true],
    ['roles add up across grants', actor(['lanh_dao', '1.2'], ['can_bo_don_vi', '1.3']), 'update', 'person', '1.3.9', true],
    ['a role on one unit does not lend its action to another grant', actor(['lanh_dao', '1.2'], ['can_bo_don_vi', '1.3']), 'update', 'person', '1.2.9', false],
  ] as const)('%s', (_name, a, action, type, path, expected) => {
    expect(can(a, action, { type, unitPath: path })).toBe(expected);
  });

  it('nobody without a session can do anything', () => {
    expect(can(null, 'read', { type: 'person', unitPath: '1' })).toBe(false);
  });
});

describe('scopesFor', () => {
  it('keeps the widest subtrees only', () => {
    expect(scopesFor(actor(['lanh_dao', '1.2'], ['can_bo_don_vi', '1.2.5'], ['lanh_dao', '1.3']), 'read', 'person').sort()).toEqual(['1.2', '1.3']);
  });
  it('is forbidden without a role for the action', () => {
    expect(() => scopesFor(actor(['lanh_dao', '1.2']), 'create', 'person')).toThrow(/quyền/);
  });
});
