/**
 * "I have renewed it every cycle so far": the add/edit credential form's question for an
 * earned credential whose first cycle has already ended, and the words saying what Ascent
 * records. Without it, a PMP earned in 2014 and renewed ever since showed as "Cycle 1 ·
 * Expired" until each renewal was recorded by hand (walk-through).
 *
 * Asked when adding, and when an edit changes the stage or the earned date, only if some cycle
 * ended before today unrenewed (keepCurrentPlan). Ticked at first when that is the likely case
 * (README Decisions): a credential someone adds to plan its continuing education is most often
 * one they keep, since an unrenewed PMI, IIBA, ISACA or Scrum Alliance credential is lost and
 * must be earned again. Not ticked for PeopleCert, whose unrenewed certificates stay valid
 * ("not current", domain-facts §3) and were not renewable at all before 2023, nor for an edit
 * of a credential already stored with a lapsed cycle: the person said so then.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import {
  cyclesFor,
  keepCurrentPlan,
  standingWith,
  type CredentialStatus,
  type CycleContext,
  type HeldCredential,
  type KeepCurrentPlan,
  type Renewal,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, listText } from '../../components/format';
import {
  listHeld,
  ruleFor,
  withRules,
  type CustomRow,
  type HeldRow,
} from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';

/** The form's values the question depends on. */
export interface KeepCurrentInput {
  existing?: HeldRow;
  credentialId: string;
  stage: HeldCredential['stage'];
  earnedDate: string;
  custom: readonly CustomRow[];
  today: LocalDate;
}

/** The question as asked: null when the form does not ask it. */
export interface KeepCurrentQuestion {
  rule: CredentialRule;
  draft: HeldCredential;
  context: CycleContext;
  plan: KeepCurrentPlan;
  /** Number of the first cycle that ended with no renewal recorded (1 for a new credential). */
  firstEnded: number;
  /** Ticked: the person says they renewed every cycle so far. */
  kept: boolean;
  /** "Not renewed the last one yet" can be said: its suspension year still runs. */
  lastOpen: boolean;
  /** …and is said (only counts while `kept` and `lastOpen`). */
  notYet: boolean;
}

const statusWords: Partial<Record<CredentialStatus, string>> = {
  active: 'active',
  suspended: 'suspended',
  expired: 'expired',
  'not-current': 'not current',
};

/** The renewals the save adds with the credential (none when not asked or not ticked). */
export function renewalsToSave(q: KeepCurrentQuestion | null): Renewal[] {
  if (!q?.kept) return [];
  return q.lastOpen && q.notYet ? q.plan.renewals.slice(0, -1) : q.plan.renewals;
}

const plural = (n: number) => (n === 1 ? '1 renewal' : `${n} renewals`);

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
  const recorded =
    renewals.length === 0
      ? 'Ascent will record no renewals.'
      : `Ascent will record ${plural(renewals.length)}, ${renewals.length === 1 ? 'on the last day of its cycle' : 'each on the last day of its cycle'}: ${listText(renewals.map((r) => formatDate(r.date)))}.`;
  if (status === 'active' && cycle)
    return `${recorded} ${shows}, in Cycle ${cycle.index + 1}: ${formatDate(cycle.start)} – ${formatDate(cycle.end)}.`;
  const tick = q.kept ? '' : ' Tick the box if you have renewed it.';
  if (status === 'suspended' && cycle?.suspension)
    return `${recorded} ${shows}: the cycle that ended on ${formatDate(cycle.end)} can still be renewed until ${formatDate(cycle.suspension.end)}; once it is, record the renewal on the credential’s page.${tick}`;
  const since = cycle ? ` (since ${formatDate(cycle.lapsesOn)})` : '';
  const stays =
    status === 'not-current' ? ' A certificate not renewed stays valid for PeopleCert.' : '';
  return `${recorded} ${shows}${since}.${stays}${tick}`;
}

function askedFor(input: KeepCurrentInput, rows: readonly HeldRow[]) {
  const { existing, credentialId, stage, earnedDate, custom, today } = input;
  if (!credentialId || stage !== 'earned') return null;
  // An edit that leaves the stage and earned date as stored asks nothing: its renewals are
  // recorded on the credential's page.
  if (existing && existing.stage === stage && (existing.earnedDate ?? '') === earnedDate)
    return null;
  const row: HeldRow = {
    createdAt: '',
    updatedAt: '',
    ...existing,
    id: existing?.id ?? 'new-credential',
    credentialId,
    stage,
    earnedDate: earnedDate || null,
  };
  const rule = ruleFor(row, custom);
  if (!rule) return null;
  const context = { alsoHeld: withRules(rows, custom) };
  const plan = keepCurrentPlan(row, rule, today, context);
  if (plan.renewals.length === 0) return null;
  // The first cycle that ended unrenewed: the first, unless renewals are stored already.
  const firstEnded = (cyclesFor(row, rule, today, context).at(-1)?.index ?? 0) + 1;
  const storedLapsed =
    !!existing && keepCurrentPlan(existing, rule, today, context).renewals.length > 0;
  const likely = plan.lapseKind === 'expired' && !storedLapsed;
  return { rule, draft: row, context, plan, likely, firstEnded };
}

/**
 * The question's state for the form. The box follows the likely answer until the person
 * ticks or clears it; that answer holds for the credential chosen (another one starts over).
 */
export function useKeepCurrent(input: KeepCurrentInput) {
  const store = useStore();
  // Other credentials held: a later PeopleCert exam in the suite renews this one (§3).
  const rows = useLiveQuery(() => listHeld(store), [store]);
  const [answer, setAnswer] = useState<{ credentialId: string; kept: boolean } | null>(null);
  const [notYet, setNotYet] = useState(false);
  const { existing, credentialId, stage, earnedDate, custom, today } = input;
  const asked = useMemo(
    () =>
      rows === undefined
        ? null
        : askedFor({ existing, credentialId, stage, earnedDate, custom, today }, rows),
    [rows, existing, credentialId, stage, earnedDate, custom, today],
  );
  const question: KeepCurrentQuestion | null = asked && {
    ...asked,
    kept: answer?.credentialId === credentialId ? answer.kept : asked.likely,
    lastOpen: asked.plan.stillRenewableUntil !== null && asked.plan.renewals.length > 1,
    notYet,
  };
  return {
    question,
    /** For the unsaved-changes guard. */
    draft: { answer, notYet },
    setKept: (kept: boolean) => setAnswer({ credentialId, kept }),
    setNotYet,
    /**
     * The renewals to save with the credential: those stored and those the answer adds; null
     * when it adds none (the credential is saved with its renewals as they are).
     */
    renewals: (stored: readonly Renewal[] | undefined): Renewal[] | null => {
      const added = renewalsToSave(question);
      if (added.length === 0) return null;
      return [...(stored ?? []), ...added].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      );
    },
  };
}

/** The question in the form, with what the save will record said live beneath it. */
export function KeepCurrentFieldset({
  keep,
  today,
}: {
  keep: ReturnType<typeof useKeepCurrent>;
  today: LocalDate;
}) {
  const id = useId();
  const q = keep.question;
  if (!q) return null;
  const { acronym } = q.rule;
  const first = q.plan.renewals[0]!.date;
  const last = q.plan.renewals.at(-1)!.date;
  return (
    <fieldset className="keep-current">
      <legend>Renewals so far</legend>
      <p className="hint" id={`${id}-hint`}>
        {acronym}’s {q.firstEnded === 1 ? 'first cycle' : `cycle ${q.firstEnded}`} ended on{' '}
        {formatDate(first)}. If you have renewed it each time, Ascent records those renewals, so it
        shows the cycle you are in today.
      </p>
      <div className="checkbox-field">
        <input
          id={`${id}-kept`}
          type="checkbox"
          checked={q.kept}
          aria-describedby={`${id}-hint ${id}-said`}
          onChange={(e) => keep.setKept(e.target.checked)}
        />
        <label htmlFor={`${id}-kept`}>I have renewed {acronym} every cycle so far</label>
      </div>
      {q.kept && q.lastOpen && (
        <div className="checkbox-field">
          <input
            id={`${id}-not-yet`}
            type="checkbox"
            checked={q.notYet}
            aria-describedby={`${id}-said`}
            onChange={(e) => keep.setNotYet(e.target.checked)}
          />
          <label htmlFor={`${id}-not-yet`}>
            Except the cycle that ended on {formatDate(last)}: I have not renewed that one yet
          </label>
        </div>
      )}
      <p id={`${id}-said`} aria-live="polite">
        {keepCurrentText(q, today)}
      </p>
    </fieldset>
  );
}
