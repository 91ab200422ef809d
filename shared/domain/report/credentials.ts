/**
 * Credentials with their cycle status and per-area bars (issue 8 part 1), from the
 * credentials engine: the cycle in force on the report day is evaluated exactly as the
 * credential screens evaluate it (evaluateCurrentCycle, domain-facts §1–§4).
 */
import type { Area, CategoryRule, CreditUnit } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import {
  applicationStatusOf,
  credentialStatus,
  cycleOn,
  examDayPassed,
  noRenewByBefore,
  cyclesFor,
  type ApplicationStatus,
  type CredentialStatus,
  type HeldWithRule,
} from '../credentials';
import {
  behindOnYearlyMinimum,
  categoriesWithoutCredit,
  evaluateCurrentCycle,
  handedOn,
  missedMinimums,
  openShortfalls,
  type Activity,
  type CycleEvaluation,
  type CycleStatus,
  type MissedMinimum,
  type Reason,
  type Shortfall,
} from '../credits';

export interface AreaBar {
  area: Area;
  counted: number;
  /** The cycle's minimum for the area; null when the rule has none. */
  minimum: number | null;
}

export interface CredentialCycleSummary {
  cycleIndex: number;
  start: LocalDate;
  end: LocalDate;
  status: CycleStatus;
  counted: number;
  required: number | null;
  remaining: number;
  daysLeft: number;
  /**
   * The day work must be done by (CycleEvaluation.deadline): on PeopleCert's exam route
   * (status 'renew-by-exam', domain-facts §3) the renew-by date the exam must be passed by.
   */
  deadline: LocalDate | null;
  /**
   * Status 'expired': the first day the credential was expired (the day after the cycle's
   * end, or after its suspension year for PMI, domain-facts §1); null otherwise.
   */
  expiredOn: LocalDate | null;
  /** Still running, but a yearly minimum already missed (behindOnYearlyMinimum). */
  behind: boolean;
  /**
   * The yearly minimums of years already over that were not reached (missedMinimums), so the
   * report can say which year was missed; [] for a renewed or expired cycle, as on the
   * credential's page.
   */
  missed: MissedMinimum[];
  /**
   * What `remaining` is made of, when the count alone does not show it (stillNeededOf): the
   * gaps still closable on the report date; [] when `remaining` is simply the total less what
   * counted.
   */
  stillNeeded: Shortfall[];
  /** The rule's categories with nothing counted yet, for a CATEGORY_COUNT gap (IIBA, §4). */
  withoutCredit: Pick<CategoryRule, 'id' | 'name'>[];
  areas: AreaBar[];
  education: number;
  givingBack: number;
  /** Giving Back logged before its cap (earned), to say the cap when any was logged. */
  givingBackEarned: number;
  /** The rule's Giving Back cap (PMP 25, domain-facts §1); null when it has none. */
  givingBackMax: number | null;
  /** The caps that held hours back in this cycle, each once with its excess summed (capsOf). */
  capped: CapReason[];
  /** Counted surplus carried in from the previous cycle (part of `counted`, not of this log). */
  carriedIn: number;
  /**
   * Surplus that would move to the next cycle as things stand (PMI carry-over, §1), as the
   * credential's page says it; null when the rule has no carry-over or nothing would move.
   */
  carryOut: number | null;
}

/** A cap that kept hours from counting (domain-facts §1 Giving Back and practitioner, §4). */
export type CapReason = Extract<
  Reason,
  { code: 'GIVING_BACK_CAP' | 'PRACTITIONER_CAP' | 'CATEGORY_CAP' }
>;

export interface CredentialReportRow {
  heldId: string;
  credentialId: string;
  acronym: string;
  name: string;
  unit: CreditUnit;
  status: CredentialStatus;
  cycle: CredentialCycleSummary | null;
  /** Set when the certificate has no renew-by date: the day its rule's renew-by dates began. */
  noRenewByBefore: LocalDate | null;
  /** Not earned yet: the exam day, when recorded (the card says "Exam booked for …"). */
  examDate: LocalDate | null;
  /** The exam day has passed while the stage still says it is to come (examDayPassed). */
  examPassed: boolean;
  /** A PMI exam application's eligibility, as the card shows it (applicationStatusOf). */
  application: ApplicationStatus | null;
  /**
   * The rule's categories with the names a user gave them (a credential of their own), so the
   * report names a category as the credential's page does ("Formal learning", never its id
   * "category-1"); null when the rule counts no categories.
   */
  categories: { list: Pick<CategoryRule, 'id' | 'name'>[] } | null;
}

/** A category's id and, for one the user defined, its name: what naming it needs. */
const nameOf = (c: Pick<CategoryRule, 'id' | 'name'>): Pick<CategoryRule, 'id' | 'name'> => ({
  id: c.id,
  ...(c.name === undefined ? {} : { name: c.name }),
});

const isCap = (r: Reason): r is CapReason =>
  r.code === 'GIVING_BACK_CAP' || r.code === 'PRACTITIONER_CAP' || r.code === 'CATEGORY_CAP';

/**
 * The caps that kept earned hours from counting in a cycle (the reasons the credential's page
 * gives per activity, domain-facts §1, §4), one per cap with the excess of every activity it
 * held back summed: a cycle's counted total is its earned total less these. Planned activities
 * are left out, as they count for nothing yet.
 */
export function capsOf(e: Pick<CycleEvaluation, 'activities'>): CapReason[] {
  const byCap = new Map<string, CapReason>();
  for (const a of e.activities) {
    if (a.outcome === 'projected') continue;
    for (const r of a.reasons) {
      if (!isCap(r)) continue;
      const key = r.code === 'CATEGORY_CAP' ? `${r.code}:${r.category}` : r.code;
      const had = byCap.get(key);
      byCap.set(key, had ? { ...had, excess: had.excess + r.excess } : { ...r });
    }
  }
  return [...byCap.values()];
}

/**
 * The surplus that would carry over (CycleSummary's line), null when none would: only a cycle
 * that meets its rule hands anything on (handedOn, §1).
 */
function carryOutOf(e: CycleEvaluation): number | null {
  const handed = handedOn(e);
  if (!e.requirement.carryOverMax || handed.length === 0) return null;
  return handed.reduce((s, p) => s + p.hours, 0);
}

const areas: readonly Area[] = ['waysOfWorking', 'powerSkills', 'businessAcumen'];

/**
 * The gaps behind a cycle's "still needed" when the count alone does not explain it: a year's
 * minimum missed (PeopleCert's 20 CPD points every 12 months, ISACA's yearly CPE hours,
 * domain-facts §3, §4), or more still needed than the total less what counted (a yearly,
 * area or category minimum short while the total is met: "622 counted (60 required), 40 still
 * needed" reads as a contradiction otherwise). The gaps are those the credential's page lists
 * as still missing (openShortfalls); none for a renewed or expired cycle, which asks for
 * nothing more.
 */
export function stillNeededOf(e: CycleEvaluation, asOf: LocalDate, behind: boolean): Shortfall[] {
  if (e.renewedOn || e.status === 'expired' || e.remaining <= 0) return [];
  const total = e.requirement.total;
  const plain = total !== null && e.remaining === Math.max(0, total - e.counted.total);
  return behind || !plain ? openShortfalls(e.shortfalls, asOf) : [];
}

/** Every held credential, in the order given, with its cycle in force on `asOf`. */
export function credentialRows(
  held: readonly HeldWithRule[],
  activities: readonly Activity[],
  asOf: LocalDate,
): CredentialReportRow[] {
  const context = { alsoHeld: held };
  return held.map(({ credential, rule }) => {
    const e = evaluateCurrentCycle(rule, credential, activities, asOf, context);
    const behind = e !== null && behindOnYearlyMinimum(e, asOf);
    const running = e !== null && !e.renewedOn && e.status !== 'expired';
    const areaMin = e?.requirement.areaMin ?? null;
    const lapsed =
      e?.status === 'expired' ? cycleOn(cyclesFor(credential, rule, asOf, context), asOf) : null;
    return {
      heldId: credential.id,
      credentialId: credential.credentialId,
      acronym: rule.acronym,
      name: rule.name,
      unit: rule.unit,
      status: credentialStatus(credential, rule, asOf, context),
      noRenewByBefore: noRenewByBefore(credential, rule, asOf, context),
      examDate: credential.stage === 'earned' ? null : (credential.examDate ?? null),
      examPassed: examDayPassed(credential, asOf),
      application: applicationStatusOf(credential, asOf),
      categories: rule.categories && { list: rule.categories.list.map(nameOf) },
      cycle: e && {
        cycleIndex: e.cycleIndex,
        start: e.start,
        end: e.end,
        status: e.status,
        counted: e.counted.total,
        required: e.requirement.total,
        remaining: e.remaining,
        daysLeft: e.daysLeft,
        deadline: e.deadline,
        expiredOn: lapsed?.lapsesOn ?? null,
        behind,
        missed: running ? missedMinimums(e, asOf) : [],
        stillNeeded: stillNeededOf(e, asOf, behind),
        withoutCredit: categoriesWithoutCredit(rule, e.counted.byCategory).map(nameOf),
        areas:
          areaMin === null
            ? []
            : areas.map((area) => ({
                area,
                counted: e.counted.byArea[area],
                minimum: areaMin[area],
              })),
        education: e.counted.education,
        givingBack: e.counted.givingBack,
        givingBackEarned: e.earned.givingBack,
        givingBackMax: e.requirement.givingBackMax,
        capped: capsOf(e),
        carriedIn: e.counted.carriedIn,
        carryOut: carryOutOf(e),
      },
    };
  });
}
