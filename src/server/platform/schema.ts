/**
 * Drizzle schema. The SQL migrations in `migrations/` are generated from this file by
 * `npm run db:generate` (drizzle-kit) plus hand-written custom migrations for extensions,
 * generated search columns, triggers and functions that drizzle-kit does not express.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** ltree path of unit ids, e.g. "1.12.305". */
export const ltree = customType<{ data: string }>({
  dataType() {
    return 'ltree';
  },
});

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
const version = () => integer('version').notNull().default(1);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** An edited row: its optimistic-lock version and when it was made and last changed. */
const versioned = () => ({ version: version(), createdAt: createdAt(), updatedAt: updatedAt() });
/** A row scoped by a unit: the unit's path (for the scope checks) and the root of its tree. */
const scoped = () => ({ unitPath: ltree('unit_path').notNull(), rootId: bigint('root_id', { mode: 'number' }) });

export const unitKinds = pgTable('unit_kinds', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  builtin: boolean('builtin').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(100),
});

export const units = pgTable(
  'units',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    kind: text('kind')
      .notNull()
      .references(() => unitKinds.code),
    legalPersonality: boolean('legal_personality').notNull().default(false),
    parentId: bigint('parent_id', { mode: 'number' }),
    /** root (province / ministry) of the tree: the shard / partition key of a national deployment */
    rootId: bigint('root_id', { mode: 'number' }),
    path: ltree('path').notNull(),
    address: text('address'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('units_code_uq').on(t.code),
    index('units_parent_idx').on(t.parentId),
    index('units_path_gist').using('gist', t.path),
  ],
);

export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: id(),
    /** the unit that changed: the merged, split-off source, renamed or abolished one */
    fromUnitId: bigint('from_unit_id', { mode: 'number' }).notNull(),
    /** the successor (merged into / split into / same unit for a rename); null when abolished */
    toUnitId: bigint('to_unit_id', { mode: 'number' }),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date').notNull(),
    previousParentId: bigint('previous_parent_id', { mode: 'number' }),
    previousName: text('previous_name'),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('unit_lineage_from_idx').on(t.fromUnitId), index('unit_lineage_to_idx').on(t.toUnitId)],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    fullName: text('full_name').notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date'),
    ethnicity: text('ethnicity'),
    citizenId: text('citizen_id'),
    position: text('position'),
    employmentCategory: text('employment_category').notNull(),
    isLeader: boolean('is_leader').notNull().default(false),
    isDirectWorker: boolean('is_direct_worker').notNull().default(false),
    /** current unit (the open membership), denormalised with its path for scoped queries */
    unitId: bigint('unit_id', { mode: 'number' }).notNull(),
    ...scoped(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('people_citizen_id_uq').on(t.citizenId),
    index('people_unit_idx').on(t.unitId),
    index('people_unit_path_gist').using('gist', t.unitPath),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    position: text('position'),
    fromDate: date('from_date'),
    toDate: date('to_date'),
    createdAt: createdAt(),
  },
  (t) => [index('memberships_person_idx').on(t.personId), index('memberships_unit_idx').on(t.unitId)],
);

export const households = pgTable(
  'households',
  {
    id: id(),
    code: text('code').notNull(),
    headPersonId: bigint('head_person_id', { mode: 'number' }).references(() => people.id, {
      onDelete: 'set null',
    }),
    headName: text('head_name').notNull(),
    address: text('address'),
    thonUnitId: bigint('thon_unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    ...scoped(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('households_code_uq').on(t.code),
    index('households_unit_path_gist').using('gist', t.unitPath),
  ],
);

export const householdMembers = pgTable(
  'household_members',
  {
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    relation: text('relation'),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.personId] })],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** where reminders are mailed (when SMTP is configured) */
    email: text('email'),
    active: boolean('active').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    ...versioned(),
  },
  (t) => [uniqueIndex('users_username_uq').on(sql`lower(${t.username})`)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    id: id(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    /** the grant covers this unit's whole subtree */
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('user_roles_uq').on(t.userId, t.role, t.unitId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token: a leaked table does not leak live sessions */
    tokenHash: text('token_hash').primaryKey(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable('login_attempts', {
  /** lower-cased username */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: bigint('actor_id', { mode: 'number' }),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** path of the unit the entity belongs to, so audit reads are scoped like everything else */
    unitPath: ltree('unit_path'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_actor_idx').on(t.actorId),
    index('audit_at_idx').on(t.at),
  ],
);

/**
 * Tenant rule parameters (domain `RuleParams` + catalogue additions): PARTIAL defaults overridden,
 * UNCONFIRMED values supplied, base-salary rows added. One row per tenant root unit.
 */
export const ruleSettings = pgTable('rule_settings', {
  unitId: bigint('unit_id', { mode: 'number' })
    .primaryKey()
    .references(() => units.id),
  params: jsonb('params').notNull().default({}),
  version: version(),
  updatedAt: updatedAt(),
});

/** Days off and make-up working days the government declares each year (entered by an admin). */
export const calendarAdjustments = pgTable('calendar_adjustments', {
  day: date('day').primaryKey(),
  /** 'day_off' | 'working_day' */
  kind: text('kind').notNull(),
  note: text('note'),
  createdAt: createdAt(),
});

// ─── records the eligibility engine reads (issue 3 item 8) ─────────────────────────────────────
// Every row carries the ltree path of the unit it belongs to (the subject's unit, or the owning
// unit), kept in step with moves and transfers by triggers (migration records_checks), so lists
// are scoped like people. Exactly one subject column is set (CHECK in the same migration).

/** Annual rating (đánh giá, xếp loại chất lượng) of a person or a unit: one per subject and year. */
export const ratings = pgTable(
  'ratings',
  {
    id: id(),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' }).references(() => units.id),
    year: integer('year').notNull(),
    /** HTXSNV | HTTNV | HTNV | KHTNV */
    rating: text('rating').notNull(),
    note: text('note'),
    ...scoped(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('ratings_person_year_uq').on(t.personId, t.year).where(sql`person_id IS NOT NULL`),
    uniqueIndex('ratings_unit_year_uq').on(t.unitId, t.year).where(sql`person_id IS NULL`),
    index('ratings_unit_path_gist').using('gist', t.unitPath),
  ],
);

/** Sáng kiến: recognised initiative, owned by a unit, with its authors and shares. */
export const initiatives = pgTable(
  'initiatives',
  {
    id: id(),
    title: text('title').notNull(),
    /** [{ personId?: number, name: string, share: number (percent) }] */
    authors: jsonb('authors').notNull().default([]),
    year: integer('year').notNull(),
    /** co_so | tinh | toan_quoc */
    scope: text('scope').notNull(),
    recognizedBy: text('recognized_by'),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date'),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    /** the award this initiative was already the basis of: an initiative counts once */
    usedForAward: text('used_for_award'),
    usedForYear: integer('used_for_year'),
    note: text('note'),
    ...scoped(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('initiatives_key_uq').on(t.title, t.year, t.unitId),
    index('initiatives_authors_gin').using('gin', sql`${t.authors} jsonb_path_ops`),
    index('initiatives_unit_path_gist').using('gist', t.unitPath),
  ],
);

/** Đề tài, đề án khoa học: accepted research project. */
export const researchProjects = pgTable(
  'research_projects',
  {
    id: id(),
    title: text('title').notNull(),
    authors: jsonb('authors').notNull().default([]),
    year: integer('year').notNull(),
    scope: text('scope').notNull(),
    acceptedBy: text('accepted_by'),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date'),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    note: text('note'),
    ...scoped(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('research_key_uq').on(t.title, t.year, t.unitId),
    index('research_authors_gin').using('gin', sql`${t.authors} jsonb_path_ops`),
    index('research_unit_path_gist').using('gist', t.unitPath),
  ],
);

/** Hình thức kỷ luật of a person, with its period. */
export const disciplineRecords = pgTable(
  'discipline_records',
  {
    id: id(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date'),
    note: text('note'),
    ...scoped(),
    ...versioned(),
  },
  (t) => [index('discipline_person_idx').on(t.personId), index('discipline_unit_path_gist').using('gist', t.unitPath)],
);

/** A matter that blocks a proposal while open (NĐ 152/2025 Điều 4): ky_luat | dieu_tra | thanh_tra | khieu_nai. */
export const pendingMatters = pgTable(
  'pending_matters',
  {
    id: id(),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' }).references(() => units.id),
    kind: text('kind').notNull(),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    note: text('note'),
    ...scoped(),
    ...versioned(),
  },
  (t) => [
    index('pending_person_idx').on(t.personId),
    index('pending_unit_idx').on(t.unitId),
    index('pending_unit_path_gist').using('gist', t.unitPath),
  ],
);

/** Sổ khen thưởng: the lifetime award register of people, units and households. */
export const awardEntries = pgTable(
  'award_entries',
  {
    id: id(),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' }).references(() => units.id),
    householdId: bigint('household_id', { mode: 'number' }).references(() => households.id, { onDelete: 'cascade' }),
    /** a title or form code of the domain catalogue */
    award: text('award').notNull(),
    year: integer('year').notNull(),
    decisionNo: text('decision_no').notNull(),
    decisionDate: date('decision_date'),
    decider: text('decider'),
    /** import | decision */
    source: text('source').notNull().default('decision'),
    note: text('note'),
    /** the decision that granted it (source 'decision') */
    decisionId: bigint('decision_id', { mode: 'number' }),
    /** reward money paid, integer VND */
    amount: bigint('amount', { mode: 'number' }),
    /** revocation (Luật TĐKT Điều 93): date, reason, what was recovered */
    revokedOn: date('revoked_on'),
    revokeReason: text('revoke_reason'),
    recovered: text('recovered'),
    ...scoped(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('award_entries_key_uq').on(
      sql`coalesce(${t.personId}, 0)`, sql`coalesce(${t.unitId}, 0)`, sql`coalesce(${t.householdId}, 0)`, t.award, t.year, t.decisionNo,
    ),
    index('award_entries_person_idx').on(t.personId, t.year),
    index('award_entries_unit_idx').on(t.unitId, t.year),
    index('award_entries_household_idx').on(t.householdId),
    index('award_entries_award_year_idx').on(t.award, t.year),
    index('award_entries_unit_path_gist').using('gist', t.unitPath),
  ],
);

/** bytea, for file contents stored in the database (content-addressed). */
export const bytea = customType<{ data: Buffer }>({
  dataType() {
    return 'bytea';
  },
});

/** Uploaded files, content-addressed by sha256: every instance sees every file, backups are one thing. */
export const files = pgTable('files', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  mime: text('mime').notNull(),
  content: bytea('content').notNull(),
  createdAt: createdAt(),
});

/** Hồ sơ đề nghị khen thưởng: a unit's proposal addressed to the deciding level. */
export const dossiers = pgTable(
  'dossiers',
  {
    id: id(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    proposingUnitId: bigint('proposing_unit_id', { mode: 'number' }).notNull().references(() => units.id),
    receivingUnitId: bigint('receiving_unit_id', { mode: 'number' }).notNull().references(() => units.id),
    /** award type (codes.md): cong_trang, phong_trao, dot_xuat, cong_hien, nien_han, doi_ngoai */
    awardType: text('award_type').notNull(),
    year: integer('year').notNull(),
    /** the movement it belongs to (free text until movements exist) */
    movement: text('movement'),
    /** the movement record, for dossiers of type phong_trao (its quotas, deadline and documents apply) */
    movementId: bigint('movement_id', { mode: 'number' }),
    note: text('note'),
    /** domain/dossier/workflow.ts DOSSIER_STATES */
    state: text('state').notNull().default('draft'),
    stateSince: timestamp('state_since', { withTimezone: true }).notNull().defaultNow(),
    /** the deadline of the step in progress, in working days from its start */
    dueStep: text('due_step'),
    dueDate: date('due_date'),
    submittedCount: integer('submitted_count').notNull().default(0),
    /** the public consultation window (lấy ý kiến), in working days */
    consultationFrom: date('consultation_from'),
    consultationUntil: date('consultation_until'),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
    rootId: bigint('root_id', { mode: 'number' }),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('dossiers_code_uq').on(t.code),
    index('dossiers_proposing_idx').on(t.proposingUnitId, t.year),
    index('dossiers_receiving_idx').on(t.receivingUnitId, t.state),
    index('dossiers_state_idx').on(t.state, t.dueDate),
  ],
);

/** A nominee row of a dossier: a person, a collective (unit) or a household, and the award proposed. */
export const dossierNominees = pgTable(
  'dossier_nominees',
  {
    id: id(),
    dossierId: bigint('dossier_id', { mode: 'number' }).notNull().references(() => dossiers.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    /** person | unit | household */
    subject: text('subject').notNull(),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id),
    unitId: bigint('unit_id', { mode: 'number' }).references(() => units.id),
    householdId: bigint('household_id', { mode: 'number' }).references(() => households.id),
    /** the subject's name when proposed (the list prints it as it was) */
    name: text('name').notNull(),
    award: text('award').notNull(),
    achievement: text('achievement'),
    /** the last automatic check: items (domain/dossier/checks.ts) and overall status */
    checks: jsonb('checks'),
    checkStatus: text('check_status'),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    overrideReason: text('override_reason'),
    overrideBy: text('override_by'),
    overrideAt: timestamp('override_at', { withTimezone: true }),
    /** the appraiser's reason when returning the dossier, for this row */
    returnReason: text('return_reason'),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('dossier_nominees_key_uq').on(
      t.dossierId, sql`coalesce(${t.personId}, 0)`, sql`coalesce(${t.unitId}, 0)`, sql`coalesce(${t.householdId}, 0)`, t.award,
    ),
    index('dossier_nominees_person_idx').on(t.personId),
    index('dossier_nominees_unit_idx').on(t.unitId),
    index('dossier_nominees_household_idx').on(t.householdId),
  ],
);

/** Every transition of a dossier: who, when, from, to, why. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: id(),
    dossierId: bigint('dossier_id', { mode: 'number' }).notNull().references(() => dossiers.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: bigint('actor_id', { mode: 'number' }).references(() => users.id),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    reason: text('reason'),
    /** per-nominee reasons of a return: [{ nomineeId, name, reason }] */
    items: jsonb('items'),
  },
  (t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.at)],
);

/** Files attached to a dossier or to one nominee, by checklist type (to_trinh, bao_cao_thanh_tich…). */
export const dossierFiles = pgTable(
  'dossier_files',
  {
    id: id(),
    dossierId: bigint('dossier_id', { mode: 'number' }).notNull().references(() => dossiers.id, { onDelete: 'cascade' }),
    nomineeId: bigint('nominee_id', { mode: 'number' }).references(() => dossierNominees.id, { onDelete: 'cascade' }),
    docType: text('doc_type').notNull(),
    filename: text('filename').notNull(),
    sha256: text('sha256').notNull().references(() => files.sha256),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('dossier_files_dossier_idx').on(t.dossierId), index('dossier_files_nominee_idx').on(t.nomineeId)],
);

/** A public comment on a dossier in consultation (lấy ý kiến), optionally about one nominee. */
export const consultationComments = pgTable(
  'consultation_comments',
  {
    id: id(),
    dossierId: bigint('dossier_id', { mode: 'number' }).notNull().references(() => dossiers.id, { onDelete: 'cascade' }),
    nomineeId: bigint('nominee_id', { mode: 'number' }).references(() => dossierNominees.id, { onDelete: 'cascade' }),
    authorName: text('author_name').notNull(),
    /** phone or e-mail for the appraiser to answer; never shown publicly */
    contact: text('contact'),
    content: text('content').notNull(),
    /** keyed hash of the sender's address, for rate limiting only */
    sourceHash: text('source_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('consultation_comments_dossier_idx').on(t.dossierId), index('consultation_comments_source_idx').on(t.sourceHash, t.createdAt)],
);

/** Hội đồng Thi đua - Khen thưởng of a unit: its members with roles and terms. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: id(),
    unitId: bigint('unit_id', { mode: 'number' }).notNull().references(() => units.id),
    /** the account the member votes with */
    userId: bigint('user_id', { mode: 'number' }).references(() => users.id),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id),
    fullName: text('full_name').notNull(),
    /** chu_tich | pho_chu_tich | thu_ky | uy_vien */
    role: text('role').notNull(),
    /** the member's own unit (recusal from the nominee's unit, when configured) */
    memberUnitId: bigint('member_unit_id', { mode: 'number' }).references(() => units.id),
    termFrom: date('term_from'),
    termTo: date('term_to'),
    ...versioned(),
  },
  (t) => [index('council_members_unit_idx').on(t.unitId), index('council_members_user_idx').on(t.userId)],
);

/** A council session (phiên họp) with its agenda of dossiers. */
export const councilSessions = pgTable(
  'council_sessions',
  {
    id: id(),
    unitId: bigint('unit_id', { mode: 'number' }).notNull().references(() => units.id),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    /** preparing | voting | closed */
    state: text('state').notNull().default('preparing'),
    /** members in office on the session day (the denominator of every threshold) */
    membersTotal: integer('members_total').notNull().default(0),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
    ...versioned(),
  },
  (t) => [index('council_sessions_unit_idx').on(t.unitId, t.heldOn)],
);

export const sessionDossiers = pgTable(
  'session_dossiers',
  {
    sessionId: bigint('session_id', { mode: 'number' }).notNull().references(() => councilSessions.id, { onDelete: 'cascade' }),
    dossierId: bigint('dossier_id', { mode: 'number' }).notNull().references(() => dossiers.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.dossierId] })],
);

/** Attendance, and the written opinion of an absent member. */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    sessionId: bigint('session_id', { mode: 'number' }).notNull().references(() => councilSessions.id, { onDelete: 'cascade' }),
    memberId: bigint('member_id', { mode: 'number' }).notNull().references(() => councilMembers.id),
    present: boolean('present').notNull(),
    writtenOpinion: text('written_opinion'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId] })],
);

/** A member who does not vote on a nominee: the nominee himself, same unit (if configured), or declared. */
export const sessionRecusals = pgTable(
  'session_recusals',
  {
    sessionId: bigint('session_id', { mode: 'number' }).notNull().references(() => councilSessions.id, { onDelete: 'cascade' }),
    memberId: bigint('member_id', { mode: 'number' }).notNull().references(() => councilMembers.id),
    nomineeId: bigint('nominee_id', { mode: 'number' }).notNull().references(() => dossierNominees.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId, t.nomineeId] })],
);

/**
 * Secret ballot. Who voted is recorded here, without the choice and without a time; what was voted
 * is only a counter per nominee (ballot_tallies), so no row anywhere ties a choice to a member.
 */
export const ballotParticipation = pgTable(
  'ballot_participation',
  {
    sessionId: bigint('session_id', { mode: 'number' }).notNull().references(() => councilSessions.id, { onDelete: 'cascade' }),
    nomineeId: bigint('nominee_id', { mode: 'number' }).notNull().references(() => dossierNominees.id, { onDelete: 'cascade' }),
    memberId: bigint('member_id', { mode: 'number' }).notNull().references(() => councilMembers.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.nomineeId, t.memberId] })],
);

export const ballotTallies = pgTable(
  'ballot_tallies',
  {
    sessionId: bigint('session_id', { mode: 'number' }).notNull().references(() => councilSessions.id, { onDelete: 'cascade' }),
    nomineeId: bigint('nominee_id', { mode: 'number' }).notNull().references(() => dossierNominees.id, { onDelete: 'cascade' }),
    yes: integer('yes').notNull().default(0),
    no: integer('no').notNull().default(0),
    abstain: integer('abstain').notNull().default(0),
    /** set when the session closes: null when the threshold is a missing parameter */
    passed: boolean('passed'),
    /** the rule applied, as text for the minutes ("≥ 80% tổng số thành viên (NĐ 98…)") */
    rule: text('rule'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.nomineeId] })],
);

/** Quyết định khen thưởng: drafted from a dossier's passed nominees, then issued (locked). */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    dossierId: bigint('dossier_id', { mode: 'number' }).notNull().references(() => dossiers.id),
    unitId: bigint('unit_id', { mode: 'number' }).notNull().references(() => units.id),
    number: text('number'),
    decisionDate: date('decision_date'),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    /** TM. / KT. line above the position */
    signerAuthority: text('signer_authority'),
    bases: jsonb('bases').notNull().default(sql`'[]'::jsonb`),
    /** draft | issued */
    state: text('state').notNull().default('draft'),
    /** the lines with their money, fixed at issue: [{ nomineeId, name, subject, award, amount, coefficient… }] */
    lines: jsonb('lines').notNull().default(sql`'[]'::jsonb`),
    total: bigint('total', { mode: 'number' }).notNull().default(0),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    ...versioned(),
  },
  (t) => [index('decisions_dossier_idx').on(t.dossierId), uniqueIndex('decisions_unit_number_uq').on(t.unitId, t.number).where(sql`number IS NOT NULL`)],
);

/** A certificate of an award, verified publicly by an unguessable code. */
export const certificates = pgTable(
  'certificates',
  {
    code: text('code').primaryKey(),
    awardEntryId: bigint('award_entry_id', { mode: 'number' }).notNull().references(() => awardEntries.id),
    decisionId: bigint('decision_id', { mode: 'number' }).notNull().references(() => decisions.id),
    createdAt: createdAt(),
  },
  (t) => [index('certificates_award_idx').on(t.awardEntryId), index('certificates_decision_idx').on(t.decisionId)],
);

/** Notices to a unit (e.g. the result of its proposal). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    unitId: bigint('unit_id', { mode: 'number' }).notNull().references(() => units.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_unit_idx').on(t.unitId, t.createdAt)],
);

/** The installation's certificate layout (where each field prints), set by an admin. */
export const certificateLayouts = pgTable('certificate_layouts', {
  unitId: bigint('unit_id', { mode: 'number' }).primaryKey().references(() => units.id),
  layout: jsonb('layout').notNull(),
  version: version(),
  updatedAt: updatedAt(),
});

// ─── planning: plans, tasks, cascade, movements, registrations, targets (docs/planning.md) ─────────

/** Kế hoạch TĐKT of a unit for a year. The printed document lives in `content` (domain/planning/plan.ts). */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    unitId: bigint('unit_id', { mode: 'number' }).notNull().references(() => units.id),
    ...scoped(),
    year: integer('year').notNull(),
    /** "27/KH-UBND"; null until numbered */
    number: text('number'),
    title: text('title').notNull(),
    /** draft | issued | superseded */
    status: text('status').notNull().default('draft'),
    issuedOn: date('issued_on'),
    /** the upper plan it implements (cascade) */
    parentPlanId: bigint('parent_plan_id', { mode: 'number' }),
    /** an amendment: the plan it replaces */
    supersedesId: bigint('supersedes_id', { mode: 'number' }),
    revision: integer('revision').notNull().default(1),
    /** PlanDocumentData without the derived parts */
    content: jsonb('content').notNull(),
    /** cascade request: lower units must issue their own plan by this date */
    cascadeDue: date('cascade_due'),
    /** children | subtree */
    cascadeScope: text('cascade_scope'),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
    issuedBy: bigint('issued_by', { mode: 'number' }).references(() => users.id),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('plans_number_uq').on(t.unitId, t.year, t.number),
    index('plans_unit_year_idx').on(t.unitId, t.year),
    index('plans_parent_idx').on(t.parentPlanId),
    index('plans_unit_path_gist').using('gist', t.unitPath),
  ],
);

/** A task drawn from a plan, with its quarter or due date and lead unit. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: id(),
    planId: bigint('plan_id', { mode: 'number' }).notNull().references(() => plans.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** the clause it comes from, e.g. "II.1.2" */
    clause: text('clause'),
    quarter: integer('quarter'),
    dueOn: date('due_on').notNull(),
    leadUnitId: bigint('lead_unit_id', { mode: 'number' }).notNull().references(() => units.id),
    leadUnitPath: ltree('lead_unit_path').notNull(),
    coordUnitIds: jsonb('coord_unit_ids').$type<number[]>().notNull().default(sql`'[]'::jsonb`),
    /** domain/planning/tasks.ts TASK_STATUSES */
    status: text('status').notNull().default('chua_thuc_hien'),
    progress: integer('progress').notNull().default(0),
    doneOn: date('done_on'),
    remindedOn: date('reminded_on'),
    ...versioned(),
  },
  (t) => [
    index('plan_tasks_plan_idx').on(t.planId),
    index('plan_tasks_due_idx').on(t.status, t.dueOn),
    index('plan_tasks_lead_path_gist').using('gist', t.leadUnitPath),
  ],
);

/** Progress notes of a task, each with an optional evidence file. */
export const taskNotes = pgTable(
  'task_notes',
  {
    id: id(),
    taskId: bigint('task_id', { mode: 'number' }).notNull().references(() => planTasks.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    status: text('status'),
    progress: integer('progress'),
    fileSha256: text('file_sha256').references(() => files.sha256),
    fileName: text('file_name'),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('task_notes_task_idx').on(t.taskId)],
);

/** Phong trào thi đua: launched by a unit, with its award rules (quotas, deadline, documents). */
export const movements = pgTable(
  'movements',
  {
    id: id(),
    unitId: bigint('unit_id', { mode: 'number' }).notNull().references(() => units.id),
    ...scoped(),
    planId: bigint('plan_id', { mode: 'number' }).references(() => plans.id),
    /** thuong_xuyen | theo_dot | chuyen_de */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    slogan: text('slogan'),
    /** statistics (TT 02/2023 0601.N): toan_quoc | bo_nganh_dia_phuong | cum_khoi | co_quan_don_vi */
    scope: text('scope').notNull(),
    /** trung_uong | bo_tinh | co_quan_don_vi */
    launchLevel: text('launch_level').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** draft | launched | closed */
    status: text('status').notNull().default('draft'),
    launchedOn: date('launched_on'),
    /** the rest (launch document, bases, participants, criteria, milestones, anniversaries, award rules) */
    details: jsonb('details').notNull(),
    dossierDeadline: date('dossier_deadline'),
    registrationDeadline: date('registration_deadline'),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
    ...versioned(),
  },
  (t) => [index('movements_unit_idx').on(t.unitId, t.startsOn), index('movements_unit_path_gist').using('gist', t.unitPath)],
);

/** Đăng ký thi đua of a unit for a year or a movement: titles and targets, submitted upward. */
export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    unitId: bigint('unit_id', { mode: 'number' }).notNull().references(() => units.id),
    ...scoped(),
    year: integer('year').notNull(),
    movementId: bigint('movement_id', { mode: 'number' }).references(() => movements.id),
    /** draft | submitted | approved | returned */
    status: text('status').notNull().default('draft'),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('registrations_unit_uq').on(t.unitId, t.year, sql`coalesce(${t.movementId}, 0)`),
    index('registrations_movement_idx').on(t.movementId),
    index('registrations_unit_path_gist').using('gist', t.unitPath),
  ],
);

/** A title registered: the unit itself (tap_the) or a person (ca_nhan). */
export const registrationEntries = pgTable(
  'registration_entries',
  {
    id: id(),
    registrationId: bigint('registration_id', { mode: 'number' }).notNull().references(() => registrations.id, { onDelete: 'cascade' }),
    /** ca_nhan | tap_the */
    subject: text('subject').notNull(),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id),
    subjectUnitId: bigint('subject_unit_id', { mode: 'number' }).references(() => units.id),
    name: text('name').notNull(),
    /** award code of the catalogue */
    award: text('award').notNull(),
    note: text('note'),
  },
  (t) => [
    index('registration_entries_reg_idx').on(t.registrationId),
    index('registration_entries_person_idx').on(t.personId, t.award),
  ],
);

/** Chỉ tiêu thi đua of a unit, attached to a plan, a movement or a registration. */
export const targets = pgTable(
  'targets',
  {
    id: id(),
    unitId: bigint('unit_id', { mode: 'number' }).notNull().references(() => units.id),
    unitPath: ltree('unit_path').notNull(),
    year: integer('year').notNull(),
    planId: bigint('plan_id', { mode: 'number' }).references(() => plans.id, { onDelete: 'cascade' }),
    movementId: bigint('movement_id', { mode: 'number' }).references(() => movements.id, { onDelete: 'cascade' }),
    registrationId: bigint('registration_id', { mode: 'number' }).references(() => registrations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** đơn vị tính: "tỷ đồng", "tấn", "%" */
    measure: text('measure').notNull(),
    /** at_least | at_most | equal | reduce_by */
    direction: text('direction').notNull(),
    baseline: doublePrecision('baseline'),
    target: doublePrecision('target').notNull(),
    /** the figure of the latest period reported (kept by the service with each actual) */
    latestPeriod: text('latest_period'),
    latestValue: doublePrecision('latest_value'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('targets_movement_idx').on(t.movementId, t.unitId),
    index('targets_plan_idx').on(t.planId),
    index('targets_registration_idx').on(t.registrationId),
    index('targets_unit_path_gist').using('gist', t.unitPath),
  ],
);

/** A periodic actual of a target ('2026-Q1', '2026'), with evidence. */
export const targetActuals = pgTable(
  'target_actuals',
  {
    id: id(),
    targetId: bigint('target_id', { mode: 'number' }).notNull().references(() => targets.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note'),
    fileSha256: text('file_sha256').references(() => files.sha256),
    fileName: text('file_name'),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('target_actuals_period_uq').on(t.targetId, t.period)],
);

/** Mail the software sends (reminders); kept as the development outbox and the sending log. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** queued | sent | failed | outbox (no SMTP configured: kept for reading locally) */
    status: text('status').notNull().default('queued'),
    error: text('error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_created_idx').on(t.createdAt)],
);

/** Sơ kết / tổng kết: a report drafted from the data of a plan's year, then edited and printed. */
export const reviews = pgTable(
  'reviews',
  {
    id: id(),
    planId: bigint('plan_id', { mode: 'number' }).notNull().references(() => plans.id, { onDelete: 'cascade' }),
    unitPath: ltree('unit_path').notNull(),
    /** so_ket (6 tháng) | tong_ket (năm) */
    kind: text('kind').notNull(),
    /** the last day the figures cover */
    asOf: date('as_of').notNull(),
    /** PlanDocumentData with typeName 'BÁO CÁO' */
    content: jsonb('content').notNull(),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id),
    ...versioned(),
  },
  (t) => [index('reviews_plan_idx').on(t.planId)],
);
