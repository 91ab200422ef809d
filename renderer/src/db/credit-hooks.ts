import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { evaluateCurrentCycle, type CycleEvaluation } from '../../../shared/domain/credits';
import type { LocalDate } from '../../../shared/dates';
import type { Store } from './database';
import { sharedRead, type SharedRead } from './shared-read';
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

async function readCredit(store: Store): Promise<CreditData> {
  const [held, custom, activities] = await Promise.all([
    listHeld(store),
    listCustom(store),
    listActivities(store),
  ]);
  return { held, custom, activities, withRules: withRules(held, custom) };
}

/** One live read of the credit tables per store, shared (shared-read.ts). */
const sharedReads = new WeakMap<Store, SharedRead<CreditData>>();

function sharedOf(store: Store): SharedRead<CreditData> {
  let s = sharedReads.get(store);
  if (!s) {
    s = sharedRead(
      () => readCredit(store),
      (data) => ({ value: data }),
    );
    sharedReads.set(store, s);
  }
  return s;
}

/** Everything the credential and credit-log screens read; `undefined` while loading. */
export function useCreditData(): CreditData | undefined {
  const store = useStore();
  const listen = useCallback((reader: () => void) => sharedOf(store).subscribe(reader), [store]);
  const read = useCallback(() => sharedOf(store).current(), [store]);
  return useSyncExternalStore(listen, read);
}

/**
 * The current cycle of one held credential with every activity explained (the credit log's
 * credential bar); null when none is chosen. Only the chosen credential is evaluated.
 */
export function useCurrentEvaluation(
  data: CreditData | undefined,
  heldId: string | null,
  asOf: LocalDate,
): CycleEvaluation | null {
  return useMemo(() => {
    const h = data?.withRules.find((w) => w.credential.id === heldId);
    if (!data || !h) return null;
    return evaluateCurrentCycle(h.rule, h.credential, data.activities, asOf, {
      alsoHeld: data.withRules,
    });
  }, [data, heldId, asOf]);
}
