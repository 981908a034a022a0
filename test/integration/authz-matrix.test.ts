/**
 * The authorization matrix: every API route × every role × a resource in the actor's scope and one
 * outside it. The expected answer is its own table (./authz-expectations.ts), written apart from the
 * policy, so a wrong policy fails here. A route without a row below (how to call it) or without an
 * expectation fails the test: new routes must say both.
 */
import { beforeAll, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/server/platform/policy.js';
import { EXPECTED, expectedAccess } from './authz-expectations.js';
import * as peopleSvc from '../../src/server/modules/people/service.js';
import * as unitSvc from '../../src/server/modules/units/service.js';
import * as hhSvc from '../../src/server/modules/households/service.js';
import * as recordSvc from '../../src/server/modules/records/service.js';
import { RECORD_KINDS, type RecordKind } from '../../src/server/modules/records/kinds.js';
import * as dossierSvc from '../../src/server/modules/dossiers/service.js';
import * as councilSvc from '../../src/server/modules/councils/service.js';
import * as planSvc from '../../src/server/modules/plans/service.js';
import * as taskSvc from '../../src/server/modules/tasks/service.js';
import * as movementSvc from '../../src/server/modules/movements/service.js';
import * as regSvc from '../../src/server/modules/registrations/service.js';
import * as targetSvc from '../../src/server/modules/targets/service.js';
import * as reviewSvc from '../../src/server/modules/reviews/service.js';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/platform/db.js';
import { TRANSITIONS } from '../../src/domain/index.js';
import { insertGrant, insertUser } from '../../src/server/modules/users/service.js';
import * as unitRepo from '../../src/server/modules/units/repo.js';
import type { Deps } from '../../src/server/platform/http.js';
import { seedFixture, PASSWORD, type Fixture } from '../fixtures.js';
import { ADMIN_PASSWORD, adminCtx, forEachDriver, login, type Client, type TestEnv } from '../helpers.js';

type Scope = 'in' | 'out';
interface Call {
  url: string;
  body?: unknown;
  /** a multipart upload instead of a JSON body */
  upload?: { filename: string; content: string };
}
/** How to call a route on a resource in (X01) or out of (X02) the actor's scope; null: scope does not apply. */
type Spec = (t: Tools, scope: Scope) => Promise<Call | null>;

interface Tools {
  fx: Fixture;
  unit(scope: Scope): number;
  person(scope: Scope): number;
  household(scope: Scope): number;
  /** a throwaway person / unit / household for routes that change or remove their target */
  newPerson(scope: Scope): Promise<{ id: number; version: number }>;
  newUnit(scope: Scope): Promise<{ id: number; version: number }>;
  newHousehold(scope: Scope): Promise<{ id: number; version: number }>;
  userIn(scope: Scope): Promise<{ id: number; version: number; roleId: number }>;
  /** a throwaway record of a kind (ratings, awards…) belonging to X01 / X02 */
  newRecord(kind: RecordKind, scope: Scope): Promise<{ id: number; version: number }>;
  /** a council member, a session (no agenda) and a draft decision of X01 / X02 */
  newMember(scope: Scope): Promise<{ id: number; version: number }>;
  newSession(scope: Scope): Promise<{ id: number; version: number }>;
  newDecision(scope: Scope): Promise<{ id: number; version: number }>;
  /** a draft dossier of X01 / X02 addressed to itself, with one nominee and one file */
  newDossier(scope: Scope): Promise<{ id: number; version: number; nomineeId: number; nomineeVersion: number; fileId: number }>;
  /** planning records of X01 / X02 (a draft plan, or issued; a task; a launched movement; a draft registration with one entry, or a submitted one of a unit below; a target) */
  newPlan(scope: Scope, issued?: boolean): Promise<{ id: number; version: number }>;
  newTask(scope: Scope): Promise<{ id: number; version: number }>;
  newMovement(scope: Scope, launched?: boolean): Promise<{ id: number; version: number }>;
  newRegistration(scope: Scope, submittedBelow?: boolean): Promise<{ id: number; version: number; entryId: number }>;
  newTarget(scope: Scope): Promise<{ id: number; version: number }>;
  newReview(scope: Scope): Promise<{ id: number; version: number; content: unknown }>;
  seq(): number;
}

const MOVEMENT = {
  kind: 'chuyen_de', name: 'Phong trào kiểm thử', scope: 'co_quan_don_vi', launchLevel: 'co_quan_don_vi', startsOn: '2026-01-01', endsOn: '2026-12-31',
  details: { bases: [], participantUnitIds: [], criteria: [], milestones: [], anniversaries: [], awards: { forms: ['GK'], quotas: [{ unitIds: null, maxIndividuals: 5 }], requiredDocs: [] } },
} as const;

const SPECS: Record<string, Spec> = {
  'GET /api/v1/health': async () => ({ url: '/api/v1/health' }),
  'GET /api/v1/openapi.json': async () => ({ url: '/api/v1/openapi.json' }),
  'POST /api/v1/auth/login': async () => ({ url: '/api/v1/auth/login', body: { username: 'admin', password: ADMIN_PASSWORD } }),
  'POST /api/v1/auth/logout': async () => null,
  'POST /api/v1/auth/logout-all': async () => null,
  'GET /api/v1/auth/me': async () => ({ url: '/api/v1/auth/me' }),
  'POST /api/v1/auth/password': async () => ({ url: '/api/v1/auth/password', body: { currentPassword: 'sai-mat-khau-1', newPassword: 'Moi@123456789' } }),
  'GET /api/v1/meta/codes': async () => ({ url: '/api/v1/meta/codes' }),
  'GET /api/v1/units': async (t, s) => ({ url: `/api/v1/units?parentId=${t.unit(s)}` }),
  'GET /api/v1/units/roots': async (_t, s) => (s === 'in' ? { url: '/api/v1/units/roots' } : null),
  'GET /api/v1/units/:id': async (t, s) => ({ url: `/api/v1/units/${t.unit(s)}` }),
  'GET /api/v1/units/:id/children': async (t, s) => ({ url: `/api/v1/units/${t.unit(s)}/children` }),
  'POST /api/v1/units': async (t, s) => ({ url: '/api/v1/units', body: { code: `M${t.seq()}`, name: 'Đơn vị mới', level: 'don_vi', kind: 'khac', legalPersonality: false, parentId: t.unit(s) } }),
  'PATCH /api/v1/units/:id': async (t, s) => {
    const u = await t.newUnit(s);
    return { url: `/api/v1/units/${u.id}`, body: { name: 'Đổi tên', version: u.version } };
  },
  'POST /api/v1/units/:id/merge': async (t, s) => {
    const u = await t.newUnit(s);
    return { url: `/api/v1/units/${u.id}/merge`, body: { intoUnitId: t.unit(s), date: '2025-07-01' } };
  },
  'POST /api/v1/units/:id/abolish': async (t, s) => {
    const u = await t.newUnit(s);
    return { url: `/api/v1/units/${u.id}/abolish`, body: { date: '2025-07-01' } };
  },
  'GET /api/v1/unit-kinds': async (_t, s) => (s === 'in' ? { url: '/api/v1/unit-kinds' } : null),
  // the catalogue of unit kinds is installation-wide: only a grant on the root may add to it, so
  // for accounts scoped to X01 it is always out of scope
  'POST /api/v1/unit-kinds': async (t, s) => (s === 'out' ? { url: '/api/v1/unit-kinds', body: { code: `loai_${t.seq()}`, name: 'Loại mới' } } : null),
  'GET /api/v1/people': async (t, s) => ({ url: `/api/v1/people?unitId=${t.unit(s)}` }),
  'GET /api/v1/people/:id': async (t, s) => ({ url: `/api/v1/people/${t.person(s)}` }),
  'POST /api/v1/people': async (t, s) => ({ url: '/api/v1/people', body: { fullName: 'Người Mới', gender: 'nam', employmentCategory: 'khac', unitId: t.unit(s) } }),
  'PATCH /api/v1/people/:id': async (t, s) => {
    const p = await t.newPerson(s);
    return { url: `/api/v1/people/${p.id}`, body: { position: 'Mới', version: p.version } };
  },
  'POST /api/v1/people/:id/transfer': async (t, s) => {
    const p = await t.newPerson(s);
    return { url: `/api/v1/people/${p.id}/transfer`, body: { unitId: t.unit(s), date: '2026-01-01' } };
  },
  'DELETE /api/v1/people/:id': async (t, s) => {
    const p = await t.newPerson(s);
    return { url: `/api/v1/people/${p.id}?version=${p.version}` };
  },
  'GET /api/v1/households': async (t, s) => ({ url: `/api/v1/households?unitId=${t.unit(s)}` }),
  'GET /api/v1/households/:id': async (t, s) => ({ url: `/api/v1/households/${t.household(s)}` }),
  'POST /api/v1/households': async (t, s) => ({ url: '/api/v1/households', body: { code: `H${t.seq()}`, headName: 'Chủ Hộ', thonUnitId: t.unit(s) } }),
  'PATCH /api/v1/households/:id': async (t, s) => {
    const h = await t.newHousehold(s);
    return { url: `/api/v1/households/${h.id}`, body: { address: 'Số 1', version: h.version } };
  },
  'DELETE /api/v1/households/:id': async (t, s) => {
    const h = await t.newHousehold(s);
    return { url: `/api/v1/households/${h.id}?version=${h.version}` };
  },
  'GET /api/v1/users': async (_t, s) => (s === 'in' ? { url: '/api/v1/users' } : null),
  'GET /api/v1/users/:id': async (t, s) => ({ url: `/api/v1/users/${(await t.userIn(s)).id}` }),
  'POST /api/v1/users': async (t, s) => (s === 'in' ? { url: '/api/v1/users', body: { username: `moi.${t.seq()}`, fullName: 'Người dùng mới', password: 'Moi@123456789' } } : null),
  'PATCH /api/v1/users/:id': async (t, s) => {
    const u = await t.userIn(s);
    return { url: `/api/v1/users/${u.id}`, body: { fullName: 'Đổi tên', version: u.version } };
  },
  'POST /api/v1/users/:id/roles': async (t, s) => {
    const u = await t.userIn(s);
    return { url: `/api/v1/users/${u.id}/roles`, body: { role: 'lanh_dao', unitId: t.unit(s) } };
  },
  'DELETE /api/v1/users/:id/roles/:roleId': async (t, s) => {
    const u = await t.userIn(s);
    return { url: `/api/v1/users/${u.id}/roles/${u.roleId}` };
  },
  'GET /api/v1/audit': async (_t, s) => (s === 'in' ? { url: '/api/v1/audit' } : null),
  // the law as data is read by everyone; the installation's parameters and calendar are changed
  // only with a grant on the root, which accounts scoped to X01 never hold ('out' of scope)
  'GET /api/v1/rules/catalog': async (_t, s) => (s === 'in' ? { url: '/api/v1/rules/catalog?date=2026-01-01' } : null),
  'POST /api/v1/rules/check': async (_t, s) => (s === 'in' ? { url: '/api/v1/rules/check', body: { award: 'LDTT', subject: 'ca_nhan', year: 2026, date: '2026-12-15', facts: {} } } : null),
  'GET /api/v1/rules/money': async (_t, s) => (s === 'in' ? { url: '/api/v1/rules/money?award=LDTT&subject=ca_nhan&date=2026-01-01' } : null),
  'GET /api/v1/rules/authority': async (_t, s) => (s === 'in' ? { url: '/api/v1/rules/authority?award=LDTT&level=xa&date=2026-01-01' } : null),
  'GET /api/v1/rules/settings': async (_t, s) => (s === 'in' ? { url: '/api/v1/rules/settings' } : null),
  'PUT /api/v1/rules/settings': async (_t, s) => (s === 'out' ? { url: '/api/v1/rules/settings', body: { params: {}, version: 0 } } : null),
  'GET /api/v1/calendar/adjustments': async (_t, s) => (s === 'in' ? { url: '/api/v1/calendar/adjustments?year=2026' } : null),
  'POST /api/v1/calendar/adjustments': async (t, s) => (s === 'out' ? { url: '/api/v1/calendar/adjustments', body: { day: `2030-01-${String((t.seq() % 28) + 1).padStart(2, '0')}`, kind: 'day_off' } } : null),
  'DELETE /api/v1/calendar/adjustments/:day': async (_t, s) => (s === 'out' ? { url: '/api/v1/calendar/adjustments/2030-02-01' } : null),
  'GET /api/v1/calendar/add': async (_t, s) => (s === 'in' ? { url: '/api/v1/calendar/add?from=2026-01-05&days=3' } : null),
  'GET /api/v1/calendar/between': async (_t, s) => (s === 'in' ? { url: '/api/v1/calendar/between?from=2026-01-05&to=2026-01-20' } : null),
};
// Records the engine reads: one throwaway record per call for the routes that change it
const recordBody = (t: Tools, kind: RecordKind, s: Scope): Record<string, unknown> => {
  const n = t.seq();
  const year = 1950 + (n % 150);
  switch (kind) {
    case 'ratings':
      return { personId: t.person(s), year, rating: 'HTNV' };
    case 'initiatives':
      return { unitId: t.unit(s), title: `Sáng kiến ${n}`, year: 2025, scope: 'co_so', authors: [{ name: 'Tác Giả', share: 100 }] };
    case 'research':
      return { unitId: t.unit(s), title: `Đề tài ${n}`, year: 2025, scope: 'co_so', authors: [{ name: 'Tác Giả', share: 100 }] };
    case 'discipline':
      return { personId: t.person(s), level: 'khien_trach', fromDate: '2024-01-01' };
    case 'pending':
      return { personId: t.person(s), kind: 'khieu_nai', openedOn: '2026-01-01' };
    case 'awards':
      return { personId: t.person(s), award: 'LDTT', year: 2025, decisionNo: `${n}/QĐ` };
  }
};
for (const kind of RECORD_KINDS) {
  const base = `/api/v1/records/${kind}`;
  SPECS[`GET ${base}`] = async (t, s) => ({ url: `${base}?unitId=${t.unit(s)}` });
  SPECS[`GET ${base}/:id`] = async (t, s) => ({ url: `${base}/${(await t.newRecord(kind, s)).id}` });
  SPECS[`POST ${base}`] = async (t, s) => ({ url: base, body: recordBody(t, kind, s) });
  SPECS[`PATCH ${base}/:id`] = async (t, s) => {
    const r = await t.newRecord(kind, s);
    return { url: `${base}/${r.id}`, body: { note: 'Sửa', version: r.version } };
  };
  SPECS[`DELETE ${base}/:id`] = async (t, s) => {
    const r = await t.newRecord(kind, s);
    return { url: `${base}/${r.id}?version=${r.version}` };
  };
}
// Excel for ratings, awards, initiatives: like the registry's imports, scope is checked row by row
for (const kind of ['ratings', 'awards', 'initiatives']) {
  const base = `/api/v1/records/${kind}`;
  SPECS[`GET ${base}/template`] = async (_t, s) => (s === 'in' ? { url: `${base}/template` } : null);
  SPECS[`POST ${base}/import`] = async (_t, s) => (s === 'in' ? { url: `${base}/import?dryRun=1`, upload: { filename: 'x.xlsx', content: 'not a workbook' } } : null);
  SPECS[`GET ${base}/export`] = async (t, s) => ({ url: `${base}/export?unitId=${t.unit(s)}` });
}
// proposal dossiers: a draft of X01 (in) or X02 (out) addressed to that commune, so every role's
// grant on X01 covers both the proposing and the receiving side; actions the state does not allow
// answer 409, which the matrix counts as "allowed"
SPECS['GET /api/v1/dossiers'] = async (t, s) => ({ url: `/api/v1/dossiers?unitId=${t.unit(s)}` });
SPECS['GET /api/v1/dossiers/queue'] = async (_t, s) => (s === 'in' ? { url: '/api/v1/dossiers/queue' } : null);
SPECS['GET /api/v1/dossiers/nominee-template'] = async (_t, s) => (s === 'in' ? { url: '/api/v1/dossiers/nominee-template' } : null);
SPECS['POST /api/v1/dossiers'] = async (t, s) => ({ url: '/api/v1/dossiers', body: { proposingUnitId: t.unit(s), receivingUnitId: t.unit(s), awardType: 'cong_trang', year: 2026 } });
SPECS['GET /api/v1/dossiers/:id'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}` });
SPECS['PATCH /api/v1/dossiers/:id'] = async (t, s) => {
  const d = await t.newDossier(s);
  return { url: `/api/v1/dossiers/${d.id}`, body: { note: 'Sửa', version: d.version } };
};
SPECS['DELETE /api/v1/dossiers/:id'] = async (t, s) => {
  const d = await t.newDossier(s);
  return { url: `/api/v1/dossiers/${d.id}?version=${d.version}` };
};
SPECS['GET /api/v1/dossiers/:id/checks'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/checks` });
SPECS['POST /api/v1/dossiers/:id/nominees'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/nominees`, body: { subject: 'unit', subjectId: t.unit(s), award: 'TTLDTT' } });
SPECS['PATCH /api/v1/dossiers/:id/nominees/:nomineeId'] = async (t, s) => {
  const d = await t.newDossier(s);
  return { url: `/api/v1/dossiers/${d.id}/nominees/${d.nomineeId}`, body: { achievement: 'Sửa', version: d.nomineeVersion } };
};
SPECS['DELETE /api/v1/dossiers/:id/nominees/:nomineeId'] = async (t, s) => {
  const d = await t.newDossier(s);
  return { url: `/api/v1/dossiers/${d.id}/nominees/${d.nomineeId}?version=${d.nomineeVersion}` };
};
SPECS['POST /api/v1/dossiers/:id/nominees/:nomineeId/override'] = async (t, s) => {
  const d = await t.newDossier(s);
  return { url: `/api/v1/dossiers/${d.id}/nominees/${d.nomineeId}/override`, body: { reason: 'Đã đối chiếu hồ sơ giấy', version: d.nomineeVersion } };
};
SPECS['POST /api/v1/dossiers/:id/nominees/import'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/nominees/import?dryRun=1`, upload: { filename: 'x.xlsx', content: 'not a workbook' } });
SPECS['GET /api/v1/dossiers/:id/export.zip'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/export.zip` });
SPECS['GET /api/v1/dossiers/:id/nominees/:nomineeId/report-template.docx'] = async (t, s) => {
  const d = await t.newDossier(s);
  return { url: `/api/v1/dossiers/${d.id}/nominees/${d.nomineeId}/report-template.docx` };
};
SPECS['GET /api/v1/dossiers/:id/nominees/export'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/nominees/export` });
SPECS['POST /api/v1/dossiers/:id/files'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/files?docType=minh_chung`, upload: { filename: 'a.pdf', content: '%PDF-1.4\n%%EOF\n' } });
SPECS['GET /api/v1/dossiers/:id/files/:fileId'] = async (t, s) => {
  const d = await t.newDossier(s);
  return { url: `/api/v1/dossiers/${d.id}/files/${d.fileId}` };
};
SPECS['DELETE /api/v1/dossiers/:id/files/:fileId'] = async (t, s) => {
  const d = await t.newDossier(s);
  return { url: `/api/v1/dossiers/${d.id}/files/${d.fileId}` };
};
SPECS['GET /api/v1/dossiers/:id/documents/to-trinh.docx'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/documents/to-trinh.docx` });
SPECS['GET /api/v1/dossiers/:id/documents/danh-sach.docx'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/documents/danh-sach.docx` });
for (const tr of TRANSITIONS.filter((x) => x.action !== 'decide')) {
  SPECS[`POST /api/v1/dossiers/:id/${tr.action.replace(/_/g, '-')}`] = async (t, s) => {
    const d = await t.newDossier(s);
    return { url: `/api/v1/dossiers/${d.id}/${tr.action.replace(/_/g, '-')}`, body: { version: d.version, reason: 'Lý do kiểm thử', days: 5 } };
  };
}

// public consultation: readable and commentable without an account; comments go to the appraiser
SPECS['GET /api/v1/public/consultations'] = async () => ({ url: '/api/v1/public/consultations' });
SPECS['GET /api/v1/public/consultations/:id'] = async () => ({ url: '/api/v1/public/consultations/999999' });
SPECS['POST /api/v1/public/consultations/:id/comments'] = async () => ({ url: '/api/v1/public/consultations/999999/comments', body: { authorName: 'Người góp ý', content: 'Nội dung góp ý kiểm thử' } });
SPECS['GET /api/v1/dossiers/:id/comments'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/comments` });
// councils: kept by the standing agency of the unit; members vote (a 409 for a session not voting)
SPECS['GET /api/v1/councils/:unitId/members'] = async (t, s) => ({ url: `/api/v1/councils/${t.unit(s)}/members` });
SPECS['POST /api/v1/councils/:unitId/members'] = async (t, s) => ({ url: `/api/v1/councils/${t.unit(s)}/members`, body: { fullName: 'Thành Viên Mới', role: 'uy_vien' } });
SPECS['DELETE /api/v1/council-members/:id'] = async (t, s) => {
  const m = await t.newMember(s);
  return { url: `/api/v1/council-members/${m.id}?version=${m.version}` };
};
SPECS['GET /api/v1/council-sessions'] = async (t, s) => ({ url: `/api/v1/council-sessions?unitId=${t.unit(s)}` });
SPECS['POST /api/v1/council-sessions'] = async (t, s) => ({ url: '/api/v1/council-sessions', body: { unitId: t.unit(s), title: 'Phiên kiểm thử', heldOn: '2026-12-10', dossierIds: [(await t.newDossier(s)).id] } });
SPECS['GET /api/v1/council-sessions/:id'] = async (t, s) => ({ url: `/api/v1/council-sessions/${(await t.newSession(s)).id}` });
SPECS['PUT /api/v1/council-sessions/:id/attendance'] = async (t, s) => {
  const x = await t.newSession(s);
  return { url: `/api/v1/council-sessions/${x.id}/attendance`, body: { version: x.version, items: [{ memberId: 999999, present: true }] } };
};
SPECS['POST /api/v1/council-sessions/:id/recusals'] = async (t, s) => ({ url: `/api/v1/council-sessions/${(await t.newSession(s)).id}/recusals`, body: { memberId: 999999, nomineeId: 999999, reason: 'Xung đột lợi ích' } });
SPECS['POST /api/v1/council-sessions/:id/open'] = async (t, s) => {
  const x = await t.newSession(s);
  return { url: `/api/v1/council-sessions/${x.id}/open`, body: { version: x.version } };
};
SPECS['POST /api/v1/council-sessions/:id/ballot'] = async (t, s) => ({ url: `/api/v1/council-sessions/${(await t.newSession(s)).id}/ballot`, body: { votes: [{ nomineeId: 999999, choice: 'yes' }] } });
SPECS['POST /api/v1/council-sessions/:id/close'] = async (t, s) => {
  const x = await t.newSession(s);
  return { url: `/api/v1/council-sessions/${x.id}/close`, body: { version: x.version } };
};
SPECS['GET /api/v1/council-sessions/:id/minutes.docx'] = async (t, s) => ({ url: `/api/v1/council-sessions/${(await t.newSession(s)).id}/minutes.docx` });
// decisions: drafted by the standing agency, issued by the leader; certificates verified publicly
SPECS['GET /api/v1/dossiers/:id/decisions'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/decisions` });
SPECS['POST /api/v1/dossiers/:id/decisions'] = async (t, s) => ({ url: `/api/v1/dossiers/${(await t.newDossier(s)).id}/decisions`, body: { decisionDate: '2026-12-20' } });
SPECS['GET /api/v1/decisions/:id'] = async (t, s) => ({ url: `/api/v1/decisions/${(await t.newDecision(s)).id}` });
SPECS['PATCH /api/v1/decisions/:id'] = async (t, s) => {
  const x = await t.newDecision(s);
  return { url: `/api/v1/decisions/${x.id}`, body: { version: x.version, signerName: 'Người Ký' } };
};
SPECS['POST /api/v1/decisions/:id/issue'] = async (t, s) => {
  const x = await t.newDecision(s);
  return { url: `/api/v1/decisions/${x.id}/issue`, body: { version: x.version } };
};
SPECS['GET /api/v1/decisions/:id/document.docx'] = async (t, s) => ({ url: `/api/v1/decisions/${(await t.newDecision(s)).id}/document.docx` });
SPECS['GET /api/v1/decisions/:id/document.pdf'] = async (t, s) => ({ url: `/api/v1/decisions/${(await t.newDecision(s)).id}/document.pdf` });
SPECS['GET /api/v1/decisions/:id/certificates.pdf'] = async (t, s) => ({ url: `/api/v1/decisions/${(await t.newDecision(s)).id}/certificates.pdf` });
SPECS['GET /api/v1/units/:id/notifications'] = async (t, s) => ({ url: `/api/v1/units/${t.unit(s)}/notifications` });
// the certificate layout is the installation's: changed only with a grant on the root ('out' for X01 accounts)
SPECS['GET /api/v1/certificate-layout'] = async (_t, s) => (s === 'in' ? { url: '/api/v1/certificate-layout' } : null);
SPECS['PUT /api/v1/certificate-layout'] = async (_t, s) => (s === 'out' ? { url: '/api/v1/certificate-layout', body: { layout: null, version: 0 } } : null);
SPECS['POST /api/v1/certificate-layout/preview'] = async (_t, s) => (s === 'in' ? { url: '/api/v1/certificate-layout/preview', body: { layout: { orientation: 'landscape' } } } : null);
SPECS['GET /api/v1/public/verify/:code'] = async () => ({ url: '/api/v1/public/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
SPECS['POST /api/v1/records/awards/:id/revoke'] = async (t, s) => {
  const r = await t.newRecord('awards', s);
  return { url: `/api/v1/records/awards/${r.id}/revoke`, body: { version: r.version, revokedOn: '2027-01-01', reason: 'Thu hồi kiểm thử' } };
};

// planning: plans, tasks, movements, registrations, targets of X01 / X02 (lists filter to what
// the actor reads, so only the in-scope call applies)
SPECS['GET /api/v1/plans'] = async (t, s) => (s === 'in' ? { url: `/api/v1/plans?unitId=${t.unit(s)}` } : null);
SPECS['POST /api/v1/plans'] = async (t, s) => ({ url: '/api/v1/plans', body: { unitId: t.unit(s), year: 2026, title: 'Kế hoạch kiểm thử' } });
SPECS['GET /api/v1/plans/:id'] = async (t, s) => ({ url: `/api/v1/plans/${(await t.newPlan(s)).id}` });
SPECS['PATCH /api/v1/plans/:id'] = async (t, s) => {
  const p = await t.newPlan(s);
  return { url: `/api/v1/plans/${p.id}`, body: { version: p.version, title: 'Đổi tên kế hoạch' } };
};
SPECS['DELETE /api/v1/plans/:id'] = async (t, s) => {
  const p = await t.newPlan(s);
  return { url: `/api/v1/plans/${p.id}?version=${p.version}` };
};
SPECS['POST /api/v1/plans/:id/issue'] = async (t, s) => {
  const p = await t.newPlan(s);
  return { url: `/api/v1/plans/${p.id}/issue`, body: { version: p.version, number: `${t.seq()}/KH-UBND`, issuedOn: '2026-02-01' } };
};
SPECS['POST /api/v1/plans/:id/amend'] = async (t, s) => ({ url: `/api/v1/plans/${(await t.newPlan(s, true)).id}/amend` });
SPECS['POST /api/v1/plans/:id/cascade'] = async (t, s) => {
  const p = await t.newPlan(s);
  return { url: `/api/v1/plans/${p.id}/cascade`, body: { version: p.version, cascadeDue: '2026-03-31' } };
};
SPECS['GET /api/v1/plans/:id/cascade'] = async (t, s) => ({ url: `/api/v1/plans/${(await t.newPlan(s)).id}/cascade` });
SPECS['GET /api/v1/plans/:id/document.docx'] = async (t, s) => ({ url: `/api/v1/plans/${(await t.newPlan(s)).id}/document.docx` });
SPECS['GET /api/v1/plans/:id/document.pdf'] = async (t, s) => ({ url: `/api/v1/plans/${(await t.newPlan(s)).id}/document.pdf` });
SPECS['POST /api/v1/plans/:id/tasks'] = async (t, s) => ({ url: `/api/v1/plans/${(await t.newPlan(s)).id}/tasks`, body: { title: 'Nhiệm vụ kiểm thử', quarter: 2, leadUnitId: t.unit(s) } });
SPECS['GET /api/v1/plans/:id/reviews'] = async (t, s) => ({ url: `/api/v1/plans/${(await t.newPlan(s)).id}/reviews` });
SPECS['POST /api/v1/plans/:id/reviews'] = async (t, s) => ({ url: `/api/v1/plans/${(await t.newPlan(s, true)).id}/reviews`, body: { kind: 'so_ket' } });
SPECS['GET /api/v1/reviews/:id'] = async (t, s) => ({ url: `/api/v1/reviews/${(await t.newReview(s)).id}` });
SPECS['PATCH /api/v1/reviews/:id'] = async (t, s) => {
  const r = await t.newReview(s);
  return { url: `/api/v1/reviews/${r.id}`, body: { version: r.version, content: r.content } };
};
SPECS['GET /api/v1/reviews/:id/document.docx'] = async (t, s) => ({ url: `/api/v1/reviews/${(await t.newReview(s)).id}/document.docx` });
SPECS['GET /api/v1/tasks'] = async (t, s) => (s === 'in' ? { url: `/api/v1/tasks?leadUnitId=${t.unit(s)}` } : null);
SPECS['GET /api/v1/tasks/:id'] = async (t, s) => ({ url: `/api/v1/tasks/${(await t.newTask(s)).id}` });
SPECS['PATCH /api/v1/tasks/:id'] = async (t, s) => {
  const x = await t.newTask(s);
  return { url: `/api/v1/tasks/${x.id}`, body: { version: x.version, title: 'Đổi nội dung nhiệm vụ' } };
};
SPECS['DELETE /api/v1/tasks/:id'] = async (t, s) => {
  const x = await t.newTask(s);
  return { url: `/api/v1/tasks/${x.id}?version=${x.version}` };
};
SPECS['POST /api/v1/tasks/:id/notes'] = async (t, s) => {
  const x = await t.newTask(s);
  return { url: `/api/v1/tasks/${x.id}/notes`, body: { version: x.version, note: 'Đang thực hiện', progress: 50 } };
};
SPECS['GET /api/v1/tasks/:id/notes/:noteId/file'] = async (t, s) => ({ url: `/api/v1/tasks/${(await t.newTask(s)).id}/notes/999999/file` });
SPECS['POST /api/v1/files'] = async (_t, s) => (s === 'in' ? { url: '/api/v1/files', upload: { filename: 'a.pdf', content: '%PDF-1.4\n%%EOF\n' } } : null);
SPECS['GET /api/v1/movements'] = async (t, s) => (s === 'in' ? { url: `/api/v1/movements?unitId=${t.unit(s)}` } : null);
SPECS['POST /api/v1/movements'] = async (t, s) => ({ url: '/api/v1/movements', body: { unitId: t.unit(s), ...MOVEMENT } });
SPECS['GET /api/v1/movements/:id'] = async (t, s) => ({ url: `/api/v1/movements/${(await t.newMovement(s)).id}` });
SPECS['PATCH /api/v1/movements/:id'] = async (t, s) => {
  const m = await t.newMovement(s);
  return { url: `/api/v1/movements/${m.id}`, body: { version: m.version, slogan: 'Khẩu hiệu mới' } };
};
SPECS['POST /api/v1/movements/:id/launch'] = async (t, s) => {
  const m = await t.newMovement(s, false);
  return { url: `/api/v1/movements/${m.id}/launch`, body: { version: m.version, launchedOn: '2026-02-01' } };
};
SPECS['POST /api/v1/movements/:id/close'] = async (t, s) => {
  const m = await t.newMovement(s);
  return { url: `/api/v1/movements/${m.id}/close`, body: { version: m.version } };
};
SPECS['GET /api/v1/movements/:id/document.docx'] = async (t, s) => ({ url: `/api/v1/movements/${(await t.newMovement(s)).id}/document.docx` });
SPECS['GET /api/v1/movements/:id/progress'] = async (t, s) => ({ url: `/api/v1/movements/${(await t.newMovement(s)).id}/progress` });
SPECS['GET /api/v1/registrations'] = async (t, s) => ({ url: `/api/v1/registrations?unitId=${t.unit(s)}` });
SPECS['GET /api/v1/registrations/summary'] = async (t, s) => ({ url: `/api/v1/registrations/summary?unitId=${t.unit(s)}&year=2026` });
SPECS['POST /api/v1/registrations'] = async (t, s) => ({ url: '/api/v1/registrations', body: { unitId: (await t.newUnit(s)).id, year: 2026 } });
SPECS['GET /api/v1/registrations/:id'] = async (t, s) => ({ url: `/api/v1/registrations/${(await t.newRegistration(s)).id}` });
SPECS['POST /api/v1/registrations/:id/entries'] = async (t, s) => ({ url: `/api/v1/registrations/${(await t.newRegistration(s)).id}/entries`, body: { subject: 'tap_the', award: 'DVTT' } });
SPECS['DELETE /api/v1/registrations/:id/entries/:entryId'] = async (t, s) => {
  const r = await t.newRegistration(s);
  return { url: `/api/v1/registrations/${r.id}/entries/${r.entryId}` };
};
SPECS['GET /api/v1/registrations/import-template'] = async (_t, s) => (s === 'in' ? { url: '/api/v1/registrations/import-template' } : null);
SPECS['POST /api/v1/registrations/:id/import'] = async (t, s) => ({ url: `/api/v1/registrations/${(await t.newRegistration(s)).id}/import?dryRun=1`, upload: { filename: 'x.xlsx', content: 'not a workbook' } });
SPECS['GET /api/v1/registrations/:id/export'] = async (t, s) => ({ url: `/api/v1/registrations/${(await t.newRegistration(s)).id}/export` });
SPECS['POST /api/v1/registrations/:id/submit'] = async (t, s) => {
  const r = await t.newRegistration(s);
  return { url: `/api/v1/registrations/${r.id}/submit`, body: { version: r.version } };
};
// the unit above decides: a registration of a unit under X01 (in) or under X02 (out)
SPECS['POST /api/v1/registrations/:id/approve'] = async (t, s) => {
  const r = await t.newRegistration(s, true);
  return { url: `/api/v1/registrations/${r.id}/approve`, body: { version: r.version } };
};
SPECS['POST /api/v1/registrations/:id/return'] = async (t, s) => {
  const r = await t.newRegistration(s, true);
  return { url: `/api/v1/registrations/${r.id}/return`, body: { version: r.version, reason: 'Bổ sung chỉ tiêu' } };
};
SPECS['GET /api/v1/targets'] = async (t, s) => ({ url: `/api/v1/targets?unitId=${t.unit(s)}` });
SPECS['POST /api/v1/targets'] = async (t, s) => ({ url: '/api/v1/targets', body: { unitId: t.unit(s), year: 2026, name: 'Thu ngân sách', measure: 'tỷ đồng', direction: 'at_least', target: 45 } });
SPECS['PATCH /api/v1/targets/:id'] = async (t, s) => {
  const x = await t.newTarget(s);
  return { url: `/api/v1/targets/${x.id}`, body: { version: x.version, target: 50 } };
};
SPECS['DELETE /api/v1/targets/:id'] = async (t, s) => {
  const x = await t.newTarget(s);
  return { url: `/api/v1/targets/${x.id}?version=${x.version}` };
};
SPECS['POST /api/v1/targets/:id/actuals'] = async (t, s) => ({ url: `/api/v1/targets/${(await t.newTarget(s)).id}/actuals`, body: { period: '2026-Q1', value: 12 } });
// the outbox is the installation's: only a grant on the root ('out' for X01 accounts)
SPECS['GET /api/v1/mail/outbox'] = async (_t, s) => (s === 'out' ? { url: '/api/v1/mail/outbox' } : null);
SPECS['POST /api/v1/mail/reminders'] = async (_t, s) => (s === 'out' ? { url: '/api/v1/mail/reminders' } : null);

// checking a subject of the registry reads that person or unit: out of scope is 403
SPECS['POST /api/v1/rules/check-subject'] = async (t, s) => ({ url: '/api/v1/rules/check-subject', body: { subject: 'person', id: t.person(s), award: 'LDTT', year: 2025, date: '2025-12-15' } });

// Excel: templates are not tied to a unit; exports are filtered to a unit; an import's scope is
// checked row by row (an out-of-scope row is a row error), so only the role matters for the route.
for (const kind of ['units', 'people', 'households']) {
  SPECS[`GET /api/v1/imports/templates/${kind}`] = async (_t, s) => (s === 'in' ? { url: `/api/v1/imports/templates/${kind}` } : null);
  SPECS[`POST /api/v1/imports/${kind}`] = async (_t, s) => (s === 'in' ? { url: `/api/v1/imports/${kind}?dryRun=1`, upload: { filename: 'x.xlsx', content: 'not a workbook' } } : null);
  SPECS[`GET /api/v1/exports/${kind}`] = async (t, s) => ({ url: `/api/v1/exports/${kind}?${kind === 'units' ? 'parentId' : 'unitId'}=${t.unit(s)}` });
}

async function makeTools(env: TestEnv, fx: Fixture): Promise<Tools> {
  const deps: Deps = { database: env.database, cfg: env.cfg };
  const ctx = await adminCtx(env.database);
  let n = 0;
  const seq = () => ++n;
  const unitId = (s: Scope) => (s === 'in' ? fx.x1.id : fx.x2.id);
  const thonOut = (await unitSvc.createUnit(deps, ctx, { code: 'TH-OUT', name: 'Thôn Ngoài', level: 'thon', kind: 'thon_to', legalPersonality: false, parentId: fx.x2.id })).id;
  return {
    fx,
    seq,
    unit: unitId,
    person: (s) => (s === 'in' ? fx.personX1.id : fx.personX2.id),
    household: (s) => (s === 'in' ? fx.householdX1.id : fx.householdX2.id),
    async newPerson(s) {
      const p = await peopleSvc.createPerson(deps, ctx, { fullName: 'Người Thử', gender: 'nu', employmentCategory: 'khac', isLeader: false, isDirectWorker: false, unitId: unitId(s) });
      return { id: p.id, version: p.version };
    },
    async newUnit(s) {
      const u = await unitSvc.createUnit(deps, ctx, { code: `U${seq()}`, name: 'Đơn vị thử', level: 'don_vi', kind: 'khac', legalPersonality: false, parentId: unitId(s) });
      return { id: u.id, version: u.version };
    },
    async newHousehold(s) {
      const h = await hhSvc.createHousehold(deps, ctx, { code: `HH${seq()}`, headName: 'Chủ Hộ Thử', thonUnitId: s === 'in' ? fx.thon1.id : thonOut });
      return { id: h.id, version: h.version };
    },
    async newRecord(kind, s) {
      const r = await recordSvc.create(deps, ctx, kind, recordBody(this as unknown as Tools, kind, s));
      return { id: r.id, version: r.version as number };
    },
    async newMember(s) {
      const m = await councilSvc.addMember(deps, ctx, unitId(s), { fullName: 'Thành Viên Thử', role: 'uy_vien' });
      return { id: m.id, version: m.version };
    },
    async newSession(s) {
      const [r] = await rows<{ id: number }>(env.database.db, sql`INSERT INTO council_sessions (unit_id, title, held_on, members_total) VALUES (${unitId(s)}, 'Phiên thử', '2026-12-10', 1) RETURNING id`);
      return { id: Number(r.id), version: 1 };
    },
    async newDecision(s) {
      const d = await (this as unknown as Tools).newDossier(s);
      const [r] = await rows<{ id: number }>(env.database.db, sql`INSERT INTO decisions (dossier_id, unit_id) VALUES (${d.id}, ${unitId(s)}) RETURNING id`);
      return { id: Number(r.id), version: 1 };
    },
    async newDossier(s) {
      const d = await dossierSvc.create(deps, ctx, { proposingUnitId: unitId(s), receivingUnitId: unitId(s), awardType: 'cong_trang', year: 2026 });
      const n = await dossierSvc.addNominee(deps, ctx, d.id, { subject: 'person', subjectId: s === 'in' ? fx.personX1.id : fx.personX2.id, award: 'LDTT' });
      const f = await dossierSvc.addFile(deps, ctx, d.id, { docType: 'minh_chung', filename: 'a.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') });
      return { id: d.id, version: d.version + 2, nomineeId: n.id, nomineeVersion: n.version, fileId: f.id };
    },
    async newPlan(s, issued = false) {
      const p = await planSvc.create(deps, ctx, { unitId: unitId(s), year: 2026, title: 'Kế hoạch thi đua kiểm thử' });
      const content = { ...p.content, signer: { position: 'CHỦ TỊCH', name: 'Người Ký' } };
      const u = await planSvc.update(deps, ctx, p.id, { version: p.version, content });
      if (!issued) return { id: u.id, version: u.version };
      const i = await planSvc.issue(deps, ctx, p.id, { version: u.version, number: `${seq()}/KH-UBND`, issuedOn: '2026-01-20' });
      return { id: i.id, version: i.version };
    },
    async newTask(s) {
      const p = await (this as unknown as Tools).newPlan(s);
      const x = await taskSvc.create(deps, ctx, p.id, { title: 'Nhiệm vụ thử', quarter: 3, leadUnitId: unitId(s) });
      return { id: x.id, version: x.version };
    },
    async newMovement(s, launched = true) {
      const m = await movementSvc.create(deps, ctx, { unitId: unitId(s), ...(MOVEMENT as unknown as Omit<Parameters<typeof movementSvc.create>[2], 'unitId'>) });
      if (!launched) return { id: m.id, version: m.version };
      const l = await movementSvc.setStatus(deps, ctx, m.id, 'launched', { version: m.version, launchedOn: '2026-01-05' });
      return { id: l.id, version: l.version };
    },
    async newRegistration(s, submittedBelow = false) {
      const unit = (await (this as unknown as Tools).newUnit(s)).id; // a unit below X01 / X02: X01 itself registers once a year
      const r = await regSvc.create(deps, ctx, { unitId: unit, year: 2026 });
      const e = await regSvc.addEntry(deps, ctx, r.id, { subject: 'tap_the', award: 'DVTT' });
      const cur = await regSvc.get(deps, ctx, r.id);
      if (!submittedBelow) return { id: r.id, version: cur.version, entryId: e.id };
      const sub = await regSvc.submit(deps, ctx, r.id, cur.version);
      return { id: r.id, version: sub.version, entryId: e.id };
    },
    async newTarget(s) {
      const x = await targetSvc.create(deps, ctx, { unitId: unitId(s), year: 2026, name: 'Chỉ tiêu thử', measure: '%', direction: 'at_least', target: 90 });
      return { id: x.id, version: x.version };
    },
    async newReview(s) {
      const p = await (this as unknown as Tools).newPlan(s, true);
      const r = await reviewSvc.create(deps, ctx, p.id, { kind: 'so_ket' });
      return { id: r.id, version: r.version, content: r.content };
    },
    async userIn(s) {
      return env.database.db.transaction(async (tx) => {
        const id = await insertUser(tx, ctx, { username: `u${seq()}.${s}`, fullName: 'Tài khoản thử', password: PASSWORD });
        const unit = (await unitRepo.findById(tx, unitId(s)))!;
        const roleId = await insertGrant(tx, ctx, id, 'can_bo_don_vi', unit);
        return { id, version: 1, roleId };
      });
    },
  };
}

forEachDriver('authorization matrix', (env) => {
  let tools: Tools;
  const clients = {} as Record<Role, Client>;
  beforeAll(async () => {
    const fx = await seedFixture(env().database, env().cfg);
    tools = await makeTools(env(), fx);
    for (const role of ROLES) clients[role] = await login(env().app, fx.userFor[role], PASSWORD);
  });

  const call = async (client: Client | null, method: string, c: Call) => {
    const headers: Record<string, string> = client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {};
    let payload: string | object | undefined = c.body as object | undefined;
    if (c.upload) {
      const boundary = '----tdktmatrix';
      headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
      payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${c.upload.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n${c.upload.content}\r\n--${boundary}--\r\n`;
    }
    const res = await env().app.inject({ method: method as 'GET', url: c.url, headers, ...(payload === undefined ? {} : { payload }) });
    return res.statusCode;
  };

  it('every API route declares a policy and has a row in the matrix', () => {
    const api = env().app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(20);
    const missing = api.filter((r) => !r.policy || !SPECS[`${r.method} ${r.url}`] || !expectedAccess(`${r.method} ${r.url}`)).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    // and no expectation is left for a route that no longer exists
    const keys = new Set(api.map((r) => `${r.method} ${r.url}`));
    expect(Object.keys(EXPECTED).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('route × role × scope answers as the expectations table says', async () => {
    const failures: string[] = [];
    const api = env().app.routeTable.filter((r) => r.url.startsWith('/api/v1/') && SPECS[`${r.method} ${r.url}`]);
    for (const r of api) {
      const key = `${r.method} ${r.url}`;
      const expected = expectedAccess(key)!;
      const isPublic = 'open' in expected && expected.open === 'public';
      const anyAccount = 'open' in expected && expected.open === 'signed-in';
      // anonymous
      const anon = await SPECS[key](tools, 'in');
      if (anon) {
        const status = await call(null, r.method, anon);
        if (isPublic ? status === 401 || status === 403 : status !== 401) failures.push(`${key} anonymous → ${status}`);
      }
      if (isPublic) continue;
      for (const role of ROLES) {
        const allowed = anyAccount || ('roles' in expected && expected.roles.includes(role));
        for (const scope of ['in', 'out'] as const) {
          const c = await SPECS[key](tools, scope);
          if (!c) continue;
          const status = await call(clients[role], r.method, c);
          const ok = allowed && scope === 'in' ? status !== 401 && status !== 403 && status < 500 : anyAccount ? status < 500 && status !== 401 : status === 403;
          if (!ok) failures.push(`${key} ${role} ${scope}-scope → ${status} (expected ${allowed && scope === 'in' ? 'allowed' : '403'})`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
