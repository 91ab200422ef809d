/**
 * Credentials with their cycle status and per-area bars (issue 8 part 1), from the
 * credentials engine: the cycle in force on the report day is evaluated exactly as the
 * credential screens evaluate it (evaluateCurrentCycle, domain-facts §1–§4).
 */
import type { Area, CreditUnit } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import {
  credentialStatus,
  cycleOn,
  noRenewByBefore,
  cyclesFor,
  type CredentialStatus,
  type HeldWithRule,
} from '../credentials';
import {
  behindOnYearlyMinimum,
  evaluateCurrentCycle,
  type Activity,
  type CycleStatus,
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
  areas: AreaBar[];
  education: number;
  givingBack: number;
}

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
}

const areas: readonly Area[] = ['waysOfWorking', 'powerSkills', 'businessAcumen'];

/** Every held credential, in the order given, with its cycle in force on `asOf`. */
export function credentialRows(
  held: readonly HeldWithRule[],
  activities: readonly Activity[],
  asOf: LocalDate,
): CredentialReportRow[] {
  const context = { alsoHeld: held };
  return held.map(({ credential, rule }) => {
    const e = evaluateCurrentCycle(rule, credential, activities, asOf, context);
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
        behind: behindOnYearlyMinimum(e, asOf),
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
      },
    };
  });
}
