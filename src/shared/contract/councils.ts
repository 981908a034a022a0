/** The TĐKT council of a unit: members, sessions, attendance, recusals and the secret ballot. */
import { z } from 'zod';
import { instant, isoDate, itemsOf } from './common.js';
import { nomineeSubject } from './dossiers.js';

const id = z.number().int();

export const MEMBER_ROLES = ['chu_tich', 'pho_chu_tich', 'thu_ky', 'uy_vien'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const CHOICES = ['yes', 'no', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];
export const SESSION_STATES = ['preparing', 'voting', 'closed'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export const councilMember = z.object({
  id,
  unitId: id,
  userId: id.nullable(),
  username: z.string().nullable(),
  personId: id.nullable(),
  fullName: z.string(),
  role: z.enum(MEMBER_ROLES),
  memberUnitId: id.nullable(),
  memberUnitName: z.string().nullable(),
  termFrom: isoDate.nullable(),
  termTo: isoDate.nullable(),
  version: z.number().int(),
});
export type CouncilMember = z.infer<typeof councilMember>;

export const councilMembers = z.object({ unit: z.object({ id, name: z.string() }), items: z.array(councilMember) });
export type CouncilMembers = z.infer<typeof councilMembers>;

export const sessionSummary = z.object({
  id,
  unitId: id,
  unitName: z.string(),
  title: z.string(),
  heldOn: isoDate,
  state: z.enum(SESSION_STATES),
  /** members in office on the session day */
  membersTotal: z.number().int(),
  openedAt: instant.nullable(),
  closedAt: instant.nullable(),
  version: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;
export const sessionList = itemsOf(sessionSummary);

/** The counts of one nominee, shown only once the vote has closed. */
export const ballotResult = z.object({
  nomineeId: id,
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  passed: z.boolean().nullable(),
  rule: z.string().nullable(),
});

/** A nominee on the agenda of the session. */
export const sessionItem = z.object({
  nomineeId: id,
  dossierId: id,
  dossierCode: z.string(),
  name: z.string(),
  subject: nomineeSubject,
  personId: id.nullable(),
  unitId: id.nullable(),
  householdId: id.nullable(),
  award: z.string(),
  awardName: z.string(),
  achievement: z.string().nullable(),
  /** the unit of the nominee (a person's unit, the collective itself, a household's thôn) */
  subjectUnitId: id.nullable(),
  /** members who took part in the vote on it (not how they voted) */
  voted: z.number().int(),
  result: ballotResult.nullable(),
  recused: z.array(z.object({ memberId: id, reason: z.string() })),
});
export type SessionItem = z.infer<typeof sessionItem>;

export const sessionDetail = sessionSummary.extend({
  members: z.array(
    z.object({ id, fullName: z.string(), role: z.enum(MEMBER_ROLES), roleName: z.string(), present: z.boolean(), writtenOpinion: z.string().nullable() }),
  ),
  items: z.array(sessionItem),
  /** the actor as a member of this session: what they voted on (not how) and where they are recused */
  me: z.object({ memberId: id, votedNominees: z.array(id), recusedNominees: z.array(id) }).nullable(),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

export const ballotCast = z.object({ ok: z.literal(true), voted: z.number().int() });
export type BallotCast = z.infer<typeof ballotCast>;

export const sessionClosed = sessionSummary.extend({
  results: z.array(
    z.object({ nomineeId: id, name: z.string(), yes: z.number().int(), no: z.number().int(), abstain: z.number().int(), passed: z.boolean().nullable() }),
  ),
});
export type SessionClosed = z.infer<typeof sessionClosed>;
