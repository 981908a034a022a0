/**
 * Shapes of the API as the SPA uses them. The server is the source of truth: these are the zod
 * schemas of the shared contract (src/shared/contract), re-exported here under the names the
 * features import, so a field renamed on the server breaks the web's typecheck.
 */

export type { Role as RoleCode } from '../../shared/access';
export type { Level as LevelCode, Gender as GenderCode, EmploymentCategory, LineageKind } from '../../shared/codes';

export type { AuthResponse, Me, RoleGrant } from '../../shared/contract/auth';
export type { CodeName, Items, Page } from '../../shared/contract/common';
export type { MetaCodes } from '../../shared/contract/meta';
export type { Unit, UnitDetail, LineageEntry, UnitKind } from '../../shared/contract/units';
export type { Person, PersonDetail, Membership } from '../../shared/contract/people';
export type { Household, HouseholdDetail, HouseholdMember } from '../../shared/contract/households';
export type { ImportKind, ImportResult, ImportRowError } from '../../shared/contract/imports';
export type { AuditEntry } from '../../shared/contract/audit';
export type { User } from '../../shared/contract/users';
