/**
 * Gathers what the automatic checks of a dossier read (facts of each nominee, other open dossiers,
 * the award register, the authority of the receiving level, the attached documents) and runs the
 * pure checks of domain/dossier/checks.ts.
 */
import {
  DOSSIER_LEVEL_DOCS, authorityFor, awardName, catalogAt, checkEligibility, compositionChecks, dossierDocChecks, isAwardCode,
  nomineeChecks, statusOf, type CatalogEntry, type CheckItem, type CheckStatus, type Composition, type DossierItem,
} from '../../../domain/index.js';
import type { Executor } from '../../platform/db.js';
import * as movements from '../movements/service.js';
import { loadFacts, loadPeopleFacts } from '../records/facts.js';
import * as rules from '../rules/service.js';
import * as repo from './repo.js';

export interface NomineeCheck {
  nomineeId: number;
  status: CheckStatus;
  items: CheckItem[];
}

export interface DossierChecks {
  date: string;
  ruleset: string;
  nominees: NomineeCheck[];
  dossier: CheckItem[];
  /** counts of nominees by status, and failing ones without an appraiser's override */
  summary: { ok: number; warning: number; fail: number; unresolved: number };
}

const SUBJECT_CODE = { person: 'ca_nhan', unit: 'tap_the', household: 'ho_gia_dinh' } as const;

/** The date the rules are read on: today, or 31/12 of a future achievement year. */
export function checkDate(year: number): string {
  const today = rules.todayVN();
  return Number(today.slice(0, 4)) >= year ? today : `${year}-12-31`;
}

function requiredDocs(entry: CatalogEntry | undefined, subject: 'ca_nhan' | 'tap_the' | 'ho_gia_dinh'): readonly DossierItem[] {
  return (entry?.dossier ?? []).filter((d) => !d.subjects || d.subjects.includes(subject));
}

/** "person:12:CSTDCS" keys of the unit's submitted or approved registrations of the year; null: none. */
async function registeredSubjects(ex: Executor, unitId: number, year: number): Promise<Set<string> | null> {
  const regs = await repo.sentRegistrations(ex, unitId, year);
  if (!regs.length) return null;
  return new Set(await repo.registeredKeys(ex, regs));
}

export async function runChecks(ex: Executor, d: repo.DossierRow): Promise<DossierChecks> {
  const { params } = await rules.loadSettings(ex);
  const date = checkDate(d.year);
  const catalog = catalogAt(date, params);
  const entries = new Map(catalog.entries.map((e) => [e.code, e]));
  const nominees = await repo.nominees(ex, d.id);
  const files = await repo.filesOf(ex, d.id);
  const others = await repo.otherNominations(ex, d.id, d.year);
  const held = await repo.heldAwards(ex, d.id, d.year);
  const subjectKey = (subject: string, id: number) => `${subject}:${id}`;
  const idOf = (n: repo.NomineeRow) => Number(n.personId ?? n.unitId ?? n.householdId);

  // people's facts in a few queries for the whole list; collectives one by one (they are few)
  const peopleFacts = await loadPeopleFacts(ex, nominees.flatMap((n) => (n.personId ? [Number(n.personId)] : [])), date);
  const out: NomineeCheck[] = [];
  for (const n of nominees) {
    const subject = SUBJECT_CODE[n.subject];
    const name = isAwardCode(n.award) ? awardName(n.award) : (entries.get(n.award)?.name ?? n.award);
    let eligibility = null;
    let eligibilityNote: string | undefined;
    if (n.subject === 'household') {
      eligibility = checkEligibility({ award: n.award, subject, year: d.year, date, facts: {} }, params);
    } else {
      const facts = n.subject === 'person' ? peopleFacts.get(idOf(n))! : await loadFacts(ex, { subject: n.subject, id: idOf(n), year: d.year, date });
      try {
        eligibility = checkEligibility({ award: n.award, subject, year: d.year, date, facts }, params);
      } catch (err) {
        eligibilityNote = `Không kiểm tra được điều kiện: ${(err as Error).message}`;
      }
    }
    const key = subjectKey(n.subject, idOf(n));
    const mine = others.filter((o) => subjectKey(o.subject, Number(o.subjectId)) === key);
    const toProposal = (o: repo.OtherNomination) => ({
      dossierId: Number(o.dossierId), dossierCode: o.dossierCode, award: o.award,
      awardName: isAwardCode(o.award) ? awardName(o.award) : o.award, receivingUnit: o.receivingUnit,
    });
    const h = held.find((x) => subjectKey(x.subject, Number(x.subjectId)) === key && x.award === n.award);
    const authority = isAwardCode(n.award)
      ? authorityFor(n.award, d.receivingLevel, date, params)
      : { allowed: null, decider: null, reason: `${name}: thẩm quyền do đơn vị quy định`, refs: [] };
    const attached = new Set(files.filter((f) => f.nomineeId === n.id).map((f) => f.docType));
    const items = nomineeChecks({
      subjectName: n.name,
      awardName: name,
      year: d.year,
      eligibility,
      eligibilityNote,
      sameAwardElsewhere: mine.filter((o) => o.award === n.award).map(toProposal),
      otherAwardsElsewhere: mine.filter((o) => o.award !== n.award).map(toProposal),
      alreadyHeld: h ? { decisionNo: h.decisionNo } : null,
      authority,
      requiredDocs: requiredDocs(entries.get(n.award), subject).filter((x) => !DOSSIER_LEVEL_DOCS.has(x.id)),
      attachedDocs: attached,
    });
    // the same subject twice in this dossier for awards of one achievement
    const twins = nominees.filter((m) => m.id !== n.id && subjectKey(m.subject, idOf(m)) === key);
    if (twins.length) {
      items.push({
        id: 'twice_here',
        ok: false,
        severity: 'warning',
        text: `${n.name} có ${twins.length + 1} dòng đề nghị trong hồ sơ này (${[n, ...twins].map((m) => (isAwardCode(m.award) ? awardName(m.award) : m.award)).join(', ')})`,
        ref: 'Điểm c khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022',
      });
    }
    out.push({ nomineeId: n.id, status: statusOf(items), items });
  }

  // dossier level: tờ trình, biên bản — required when any nominee's award requires them
  const dossierDocs = new Map<string, DossierItem>();
  for (const n of nominees) {
    for (const item of requiredDocs(entries.get(n.award), SUBJECT_CODE[n.subject])) {
      if (DOSSIER_LEVEL_DOCS.has(item.id) && !dossierDocs.has(item.id)) dossierDocs.set(item.id, item);
    }
  }
  const attachedToDossier = new Set(files.filter((f) => f.nomineeId === null).map((f) => f.docType));
  const people = nominees.filter((n) => n.subject === 'person');
  const composition: Composition = {
    individuals: people.length,
    women: people.filter((n) => n.gender === 'nu').length,
    directWorkers: people.filter((n) => n.isDirectWorker).length,
    leaders: people.filter((n) => n.isLeader).length,
    collectives: nominees.filter((n) => n.subject === 'unit').length,
    households: nominees.filter((n) => n.subject === 'household').length,
  };
  // registration (đăng ký thi đua): a nominee for a title not on the unit's registration of the year
  const registered = await registeredSubjects(ex, d.proposingUnitId, d.year);
  const mode = params.planning?.unregisteredNominee ?? 'warning';
  const registrationItems: CheckItem[] = [];
  if (mode !== 'off') {
    const titles = nominees.filter((n) => n.subject !== 'household' && entries.get(n.award)?.kind === 'danh_hieu');
    if (registered === null && titles.length) {
      registrationItems.push({ id: 'registration:none', ok: false, severity: 'warning', text: `${d.proposingUnitName} chưa gửi đăng ký thi đua năm ${d.year}`, ref: 'Đăng ký thi đua (docs/planning.md)' });
    } else if (registered) {
      for (const n of titles) {
        if (registered.has(`${n.subject}:${idOf(n)}:${n.award}`)) continue;
        const c = out.find((o) => o.nomineeId === n.id)!;
        c.items.push({
          id: 'registration', ok: false, severity: mode === 'block' ? 'error' : 'warning',
          text: `${n.name} không có trong đăng ký thi đua năm ${d.year} của đơn vị với danh hiệu ${entries.get(n.award)?.name ?? n.award}`,
          ref: 'Đăng ký thi đua (docs/planning.md; tham số planning.unregisteredNominee)',
        });
        c.status = statusOf(c.items);
      }
    }
  }
  const submittedOn = await repo.firstSubmitted(ex, d.id);
  const movementItems = await movements.dossierChecks(ex, { ...d, submittedOn }, [...attachedToDossier]);
  const dossierItems = [
    ...movementItems,
    ...registrationItems,
    ...(nominees.length === 0 ? [{ id: 'no_nominees', ok: false, severity: 'error' as const, text: 'Hồ sơ chưa có người, tập thể được đề nghị' }] : []),
    ...dossierDocChecks([...dossierDocs.values()], attachedToDossier),
    ...compositionChecks(composition, { directWorkerMinPercent: params.workflow?.directWorkerMinPercent ?? null }),
  ];
  const overridden = new Set(nominees.filter((n) => n.overrideReason).map((n) => n.id));
  const summary = {
    ok: out.filter((c) => c.status === 'ok').length,
    warning: out.filter((c) => c.status === 'warning').length,
    fail: out.filter((c) => c.status === 'fail').length,
    unresolved: out.filter((c) => c.status === 'fail' && !overridden.has(c.nomineeId)).length,
  };
  return { date, ruleset: catalog.ruleset.id, nominees: out, dossier: dossierItems, summary };
}
