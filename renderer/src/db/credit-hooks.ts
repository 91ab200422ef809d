import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { evaluateCurrentCycle, type CycleEvaluation } from '../../../shared/domain/credits';
import type { LocalDate } from '../../../shared/dates';
import { useStore } from './store-context';
import { listActivities, type ActivityRow } from './repositories/activities';
import {
  listCustom,
  listHeld,
  withRules,
  type CustomRow,
  type HeldRow,
} from './repositories/credentials';

export interface CreditData {
  held: HeldRow[];
  custom: CustomRow[];
  activities: ActivityRow[];
  /** Held credentials with the rule each is judged by (overrides applied). */
  withRules: HeldWithRule[];
}

/** Everything the credential and credit-log screens read; `undefined` while loading. */
export function useCreditData(): CreditData | undefined {
  const store = useStore();
  const raw = useLiveQuery(async () => {
    const [held, custom, activities] = await Promise.all([
      listHeld(store),
      listCustom(store),
      listActivities(store),
    ]);
    return { held, custom, activities };
  }, [store]);
  return useMemo(
    () => (raw ? { ...raw, withRules: withRules(raw.held, raw.custom) } : undefined),
    [raw],
  );
}

/** The current cycle of every held credential, evaluated as of `asOf`. */
export function useCurrentEvaluations(
  data: CreditData | undefined,
  asOf: LocalDate,
): Map<string, CycleEvaluation | null> {
  return useMemo(() => {
    const out = new Map<string, CycleEvaluation | null>();
    if (!data) return out;
    for (const h of data.withRules) {
      out.set(
        h.credential.id,
        evaluateCurrentCycle(h.rule, h.credential, data.activities, asOf, {
          alsoHeld: data.withRules,
        }),
      );
    }
    return out;
  }, [data, asOf]);
}
