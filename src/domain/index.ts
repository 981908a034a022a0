/**
 * tdkt domain core: pure TypeScript, no I/O, no clock. Law as data (rulesets by effective date),
 * catalogue, eligibility, reward money, authority, council votes and the working-day calendar.
 * See docs/rules.md.
 */
export * from './codes.js';
export * from './confidence.js';
export * from './dates.js';
export * from './errors.js';
export * from './params.js';

export type * from './rulesets/types.js';
export { RULESETS, findRulesetAt, rulesetAt, rulesetById, type RulesetSelection } from './rulesets/registry.js';
export { BASE_SALARIES, baseSalaryAt, baseSalaryTable, findBaseSalaryAt, type BaseSalaryRow, type BaseSalaryOverride, type BaseSalaryParams } from './rulesets/base-salary.js';
export { coefficientOf, formatRatio, formatTenths, householdFactorOf, voteRuleOf } from './rulesets/resolve.js';

export { catalogAt, type Catalog, type CatalogEntry, type CatalogForm, type CatalogTitle, type CatalogTenantEntry, type CatalogOverrides, type TenantEntryInput, type CoefficientView, type VoteView, type DeciderView } from './catalog/catalog.js';
export { CATALOG_DATA, FORMS, TITLES, PERIOD_NAMES, FORM_GROUP_NAMES, type CatalogData, type FormData, type TitleData, type PeriodCode, type FormGroup } from './catalog/data.js';
export { awardName, catalogData } from './catalog/names.js';

export { amountFor, exactAmountString, payableAwards, rewardAmount, roundUpScaled, ROUNDING_UNIT, type MoneyRequest, type MoneyResult, type MissingParam, type PayItem, type PayLine, type PayResult } from './money/money.js';
export { amountInWords, type WordsOptions } from './money/words.js';

export { checkEligibility, ENCODED_AWARDS, type Criterion, type EligibilityResult } from './eligibility/engine.js';
export { caseSchema, parseCase, validateCase, type EligibilityCase, type CaseFacts, type InitiativeFact, type ValidationResult } from './eligibility/schema.js';

export { authorityFor, competentFor, type AuthorityResult, type Competent } from './authority/authority.js';
export { votePasses, voteThreshold, votesNeeded, type VoteThreshold } from './votes/votes.js';

export { WorkingCalendar, addWorkingDays, calendarFor, dayInfo, isWorkingDay, workingDaysBetween, NO_ADJUSTMENTS, type CalendarAdjustments, type DayInfo, type DayKind } from './calendar/calendar.js';
export { publicHolidays, type PublicHoliday } from './calendar/holidays.js';

export * from './dossier/workflow.js';
export * from './dossier/checks.js';
export * from './dossier/ballot.js';
export * from './planning/index.js';
