/**
 * The words of the "Have you renewed it every cycle so far?" question (keep-current.tsx): its
 * answers, what the save will record, what it takes out, and where that leaves the credential
 * today.
 */
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import {
  standingWith,
  type AssumedTakenOut,
  type CredentialStatus,
  type CycleContext,
  type HeldCredential,
  type KeepCurrentPlan,
  type Renewal,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, listText, plural } from '../../components/format';

/**
 * One answer to the question, so that the form never shows two ticks that read as contradicting
 * each other (review: "renewed every cycle" next to "not renewed that one yet"):
 * - `every`: renewed every cycle that ended, the newest included;
 * - `except-last`: every one but the newest, which is still in its suspension year and not
 *   renewed yet (offered only then: `lastOpen`);
 * - `none`: not renewed every cycle; the person records the renewals they made themselves.
 */
export type KeepCurrentAnswer = 'every' | 'except-last' | 'none';

/** The question as asked: null when the form does not ask it. */
export interface KeepCurrentQuestion {
  rule: CredentialRule;
  /** The credential as the form would save it, without the renewals it takes out. */
  draft: HeldCredential;
  context: CycleContext;
  plan: KeepCurrentPlan;
  /** Number of the first cycle that ended with no renewal recorded (1 for a new credential). */
  firstEnded: number;
  /** The newest cycle that ended is still in its suspension year: `except-last` is offered. */
  lastOpen: boolean;
  /** The answer chosen, or the likely one until the person chooses (keepCurrentAnswer). */
  answer: KeepCurrentAnswer;
}

/**
 * The answer from the form's two parts of it: whether every cycle was renewed (`kept`, at
 * first keepCurrentAsked's `likely`) and whether the newest, while it can still be renewed, is
 * not renewed yet (`notYet`, true at first: recording it would hide the suspension and its
 * renew-by date). Each combination the form used to show as two boxes is one answer:
 * kept and notYet with the newest still renewable is `except-last`; kept otherwise, `every`.
 */
export function keepCurrentAnswer(
  kept: boolean,
  lastOpen: boolean,
  notYet: boolean,
): KeepCurrentAnswer {
  if (!kept) return 'none';
  return lastOpen && notYet ? 'except-last' : 'every';
}

/** The answers offered, in the order shown: `except-last` only while `lastOpen`. */
export function keepCurrentAnswers(q: Pick<KeepCurrentQuestion, 'lastOpen'>): KeepCurrentAnswer[] {
  return q.lastOpen ? ['every', 'except-last', 'none'] : ['every', 'none'];
}

/** The newest cycle that ended, whose renewal `except-last` leaves out. */
const lastEnded = (q: Pick<KeepCurrentQuestion, 'plan'>) =>
  formatDate(q.plan.renewals.at(-1)!.date);

/**
 * An answer's label: "Renewed every cycle, including the one that ended on 14 Jun 2026",
 * "Renewed every cycle except the one that ended on 14 Jun 2026 (not renewed yet)", "Not
 * renewed every cycle: I will record my renewals myself"; "Renewed every cycle" when no cycle
 * is in its suspension year.
 */
export function answerLabel(
  q: Pick<KeepCurrentQuestion, 'plan' | 'lastOpen'>,
  answer: KeepCurrentAnswer,
): string {
  switch (answer) {
    case 'every':
      return q.lastOpen
        ? `Renewed every cycle, including the one that ended on ${lastEnded(q)}`
        : 'Renewed every cycle';
    case 'except-last':
      return `Renewed every cycle except the one that ended on ${lastEnded(q)} (not renewed yet)`;
    case 'none':
      return 'Not renewed every cycle: I will record my renewals myself';
  }
}

const statusWords: Partial<Record<CredentialStatus, string>> = {
  active: 'active',
  suspended: 'suspended',
  expired: 'expired',
  'not-current': 'not current',
};

/** Past this many renewals, the words give their number and first and last dates only. */
const LISTED_AT_MOST = 6;

/**
 * The renewals the save adds with the credential for the answer: all the plan's, all but the
 * newest, or none (also when not asked).
 */
export function renewalsToSave(q: Pick<KeepCurrentQuestion, 'plan' | 'answer'> | null): Renewal[] {
  switch (q?.answer) {
    case 'every':
      return q.plan.renewals;
    case 'except-last':
      return q.plan.renewals.slice(0, -1);
    default:
      return [];
  }
}

const renewalsText = (n: number) => plural(n, 'renewal', 'renewals');

/** "4 renewals, each on …: A, B, C and D", or past six "12 renewals, A – L, each on …". */
function recordedWords(renewals: readonly Renewal[]): string {
  if (renewals.length === 0) return 'Ascent will record no renewals.';
  const each =
    renewals.length === 1 ? 'on the last day of its cycle' : 'each on the last day of its cycle';
  if (renewals.length > LISTED_AT_MOST) {
    const span = `${formatDate(renewals[0]!.date)} – ${formatDate(renewals.at(-1)!.date)}`;
    return `Ascent will record ${renewalsText(renewals.length)}, ${span}, ${each}.`;
  }
  return `Ascent will record ${renewalsText(renewals.length)}, ${each}: ${listText(renewals.map((r) => formatDate(r.date)))}.`;
}

/**
 * "Ascent takes out the 4 renewals it assumed for the earned date 15 Jun 2014; the 1 you
 * recorded yourself stays." Empty when nothing is taken out.
 */
export function takenOutText(out: AssumedTakenOut): string {
  const n = out.renewals.length;
  if (n === 0) return '';
  const from = out.from ? ` for the earned date ${formatDate(out.from)}` : '';
  const stay =
    out.recordedKept === 0
      ? ''
      : out.recordedKept === 1
        ? '; the renewal you recorded yourself stays'
        : `; the ${out.recordedKept} you recorded yourself stay`;
  return `Ascent takes out the ${renewalsText(n)} it assumed${from}${stay}.`;
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
  const tick =
    q.answer === 'none'
      ? ` If you have renewed it every cycle, choose ${q.lastOpen ? 'one of the answers starting “Renewed every cycle”' : '“Renewed every cycle”'}.`
      : q.answer === 'except-last'
        ? ` If you have renewed it already, choose “${answerLabel(q, 'every')}”.`
        : '';
  if (status === 'suspended' && cycle?.suspension)
    return `${recorded} ${shows}: the cycle that ended on ${formatDate(cycle.end)} can still be renewed until ${formatDate(cycle.suspension.end)}; once it is, record the renewal on the credential’s page.${tick}`;
  const since = cycle ? ` (since ${formatDate(cycle.lapsesOn)})` : '';
  const stays =
    status === 'not-current' ? ' A certificate not renewed stays valid for PeopleCert.' : '';
  return `${recorded} ${shows}${since}.${stays}${tick}`;
}

/**
 * Beside the question when a save waited for it (the earned date typed and saved at once):
 * "Not saved yet: Ascent records renewals of PMP from your answer to this question. Check it,
 * then press “Add credential” again."
 */
export const keepCurrentWaitingText = (acronym: string, saveLabel: string): string =>
  `Not saved yet: Ascent records renewals of ${acronym} from your answer to this question. Check it, then press “${saveLabel}” again.`;
