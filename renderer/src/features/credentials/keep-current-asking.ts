/**
 * The "renewed every cycle so far" question for the add/edit credential form's values
 * (keep-current.tsx): the rule and the other credentials held looked up, and the question
 * followed for the earned date once entered or as typed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import {
  assumedTakenOut,
  keepCurrentAsked,
  keepCurrentDraft,
  type AssumedTakenOut,
  type HeldCredential,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import {
  listHeld,
  ruleFor,
  withRules,
  type CustomRow,
  type HeldRow,
} from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { useSettledDate } from '../../components/use-settled-date';

/** The form's values the question depends on. */
export interface KeepCurrentInput {
  existing?: HeldRow;
  credentialId: string;
  stage: HeldCredential['stage'];
  earnedDate: string;
  custom: readonly CustomRow[];
  today: LocalDate;
}

/**
 * The question for the form's values, or null when it is not asked. The rules are in shared
 * (keepCurrentDraft, keepCurrentAsked); here only the rule and the other credentials held are
 * looked up: the rule after the stored row's overrides, or the person's own definition.
 */
function askedFor(input: KeepCurrentInput, out: AssumedTakenOut, rows: readonly HeldRow[]) {
  const { existing, custom, today } = input;
  const draft = keepCurrentDraft(input, existing, out);
  if (!draft) return null;
  const row: HeldRow = { createdAt: '', updatedAt: '', ...draft };
  const rule = ruleFor(row, custom);
  if (!rule) return null;
  const context = { alsoHeld: withRules(rows, custom) };
  const asked = keepCurrentAsked(row, existing, rule, today, context);
  return asked && { rule, draft: row, context, ...asked };
}

/** The question (askedFor) for one earned date, and the renewals its change takes out. */
export interface Shown {
  out: AssumedTakenOut;
  asked: ReturnType<typeof askedFor>;
}

/**
 * The question for the earned date once entered (`shown`), with the other credentials held
 * read live, and `typed`: the same for the earned date as typed, reading those credentials
 * first when they have not been read yet.
 */
export function useAsking(input: KeepCurrentInput) {
  const store = useStore();
  // Other credentials held: a later PeopleCert exam in the suite renews this one (§3).
  const rows = useLiveQuery(() => listHeld(store), [store]);
  // The question follows the earned date once entered, not at each key (use-settled-date.ts).
  const date = useSettledDate(input.earnedDate);
  const { existing, credentialId, stage, custom, today } = input;
  const asking = useCallback(
    (earnedDate: string, held = rows): Shown => {
      const out = assumedTakenOut(existing, { credentialId, earnedDate });
      const asked =
        held === undefined
          ? null
          : askedFor({ existing, credentialId, stage, earnedDate, custom, today }, out, held);
      return { out, asked };
    },
    [rows, existing, credentialId, stage, custom, today],
  );
  const shown = useMemo(() => asking(date.settled), [asking, date.settled]);
  const typed = async (): Promise<Shown> =>
    input.earnedDate === date.settled && rows !== undefined
      ? shown
      : asking(input.earnedDate, rows ?? (await listHeld(store)));
  return { shown, typed, settle: date.settle };
}
