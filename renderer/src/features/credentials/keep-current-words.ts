/**
 * The words of the "I have renewed it every cycle so far" question (keep-current.tsx): what
 * the save will record, what it takes out, and where that leaves the credential today.
 */
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import {
  standingWith,
  type CredentialStatus,
  type CycleContext,
  type HeldCredential,
  type KeepCurrentPlan,
  type Renewal,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, listText } from '../../components/format';

/** The question as asked: null when the form does not ask it. */
export interface KeepCurrentQuestion {
  rule: CredentialRule;
  /** The credential as the form would save it, without the renewals it takes out. */
  draft: HeldCredential;
  context: CycleContext;
  plan: KeepCurrentPlan;
  /** Number of the first cycle that ended with no renewal recorded (1 for a new credential). */
  firstEnded: number;
  /** Ticked: the person says they renewed every cycle so far. */
  kept: boolean;
  /** "Not renewed the last one yet" can be said: its suspension year still runs. */
  lastOpen: boolean;
  /** …and is said (ticked at first: only counts while `kept` and `lastOpen`). */
  notYet: boolean;
}

/** Renewals Ascent assumed for the earned date as stored, which a new earned date takes out. */
export interface TakenOut {
  renewals: Renewal[];
  /** The earned date they were worked out from. */
  from: LocalDate | null;
  /** Renewals the person recorded themselves, which stay. */
  recordedKept: number;
}

const statusWords: Partial<Record<CredentialStatus, string>> = {
  active: 'active',
  suspended: 'suspended',
  expired: 'expired',
  'not-current': 'not current',
};

/** Past this many renewals, the words give their number and first and last dates only. */
const LISTED_AT_MOST = 6;

/** The renewals the save adds with the credential (none when not asked or not ticked). */
export function renewalsToSave(q: KeepCurrentQuestion | null): Renewal[] {
  if (!q?.kept) return [];
  return q.lastOpen && q.notYet ? q.plan.renewals.slice(0, -1) : q.plan.renewals;
}

const plural = (n: number) => (n === 1 ? '1 renewal' : `${n} renewals`);

/** "4 renewals, each on …: A, B, C and D", or past six "12 renewals, A – L, each on …". */
function recordedWords(renewals: readonly Renewal[]): string {
  if (renewals.length === 0) return 'Ascent will record no renewals.';
  const each =
    renewals.length === 1 ? 'on the last day of its cycle' : 'each on the last day of its cycle';
  if (renewals.length > LISTED_AT_MOST) {
    const span = `${formatDate(renewals[0]!.date)} – ${formatDate(renewals.at(-1)!.date)}`;
    return `Ascent will record ${plural(renewals.length)}, ${span}, ${each}.`;
  }
  return `Ascent will record ${plural(renewals.length)}, ${each}: ${listText(renewals.map((r) => formatDate(r.date)))}.`;
}

/**
 * "Ascent takes out the 4 renewals it assumed for the earned date 15 Jun 2014; the 1 you
 * recorded yourself stays." Empty when nothing is taken out.
 */
export function takenOutText(out: TakenOut): string {
  const n = out.renewals.length;
  if (n === 0) return '';
  const from = out.from ? ` for the earned date ${formatDate(out.from)}` : '';
  const stay =
    out.recordedKept === 0
      ? ''
      : out.recordedKept === 1
        ? '; the renewal you recorded yourself stays'
        : `; the ${out.recordedKept} you recorded yourself stay`;
  return `Ascent takes out the ${plural(n)} it assumed${from}${stay}.`;
}

/**
 * What the save will record and where that leaves the credential today, in words:
 * "Ascent will record 3 renewals, each on the last day of its cycle: 14 Jun 2017, 14 Jun 2020
 * and 14 Jun 2023. PMP then shows as active, in Cycle 4: 15 Jun 2023 – 14 Jun 2026."
 */
export function keepCurrentText(q: KeepCurrentQuestion, today: LocalDate): string {
  const renewals = renewalsToSave(q);
  const { acronym } = q.rule;
  const { cycle, status } = standingWith(q.draft, q.rule, renewals, today, q.context);
  const shows = `${acronym} then shows as ${statusWords[status] ?? status}`;
  const recorded = recordedWords(renewals);
  if (status === 'active' && cycle)
    return `${recorded} ${shows}, in Cycle ${cycle.index + 1}: ${formatDate(cycle.start)} – ${formatDate(cycle.end)}.`;
  const tick = !q.kept
    ? ' Tick the box if you have renewed it.'
    : q.lastOpen && q.notYet
      ? ' If you have renewed it already, clear “I have not renewed that one yet”.'
      : '';
  if (status === 'suspended' && cycle?.suspension)
    return `${recorded} ${shows}: the cycle that ended on ${formatDate(cycle.end)} can still be renewed until ${formatDate(cycle.suspension.end)}; once it is, record the renewal on the credential’s page.${tick}`;
  const since = cycle ? ` (since ${formatDate(cycle.lapsesOn)})` : '';
  const stays =
    status === 'not-current' ? ' A certificate not renewed stays valid for PeopleCert.' : '';
  return `${recorded} ${shows}${since}.${stays}${tick}`;
}
