/** Shapes of the /rules and /calendar API as the SPA uses them: the responses come from the shared contract. */
import type { CaseFacts, SubjectCheck, SubjectCode } from '../../../shared/contract/rules';

export type {
  AuthorityResult, AwardKind, BaseSalaryInfo, CaseFacts, Catalog, CatalogCoefficient, CatalogDecider, CatalogEntry, CatalogVote, CheckResult, Confidence,
  Criterion, DossierItem, MoneyResult, RuleParams, RuleSettings, RulesetInfo, SubjectCheck, SubjectCode,
} from '../../../shared/contract/rules';
export type { CalendarAdjustment } from '../../../shared/contract/calendar';

/** The body of POST /rules/check (validated on the server by the domain's caseSchema). */
export interface CheckCase {
  award: string;
  subject: SubjectCode;
  year: number;
  date: string;
  type?: string;
  facts: CaseFacts;
}

/** The answer of POST /rules/check-subject. */
export type SubjectCheckResponse = SubjectCheck;

export type BaseSalaryRow = NonNullable<import('../../../shared/contract/rules').RuleParams['baseSalaries']>[number];
