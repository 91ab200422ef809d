import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { evaluateCurrentCycle, type CycleEvaluation } from '../../../shared/domain/credits';
import type { LocalDate } from '../../../shared/dates';
import type { Store } from './database';
import { liveQuery } from 'dexie';
import { patchedRows, type Subscribable } from './patched-rows';
import { sharedRead, type SharedRead } from './shared-read';
import { useStore } from './store-context';
import { listActivities, listedOrder, type ActivityRow } from './repositories/activities';
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

/** listActivities' order (the credit log's tests sort by it too). */
export const newestFirst = listedOrder;

/**
 * The credit tables as one source: the credentials through a live query (a few rows), the
 * activities read once and then patched from each write (patched-rows.ts) — a save, an edit
 * or a delete reads back the rows it wrote, not 20,000.
 */
function creditSource(store: Store): Subscribable<CreditData> {
  return {
    subscribe(observer) {
      let activities: ActivityRow[] | undefined;
      let credentials: Omit<CreditData, 'activities'> | undefined;
      const tell = () => {
        if (activities && credentials) observer.next({ ...credentials, activities });
      };
      const rows = patchedRows<ActivityRow>({
        db: store.db,
        table: 'activities',
        readAll: () => listActivities(store),
        keyOf: (a) => a.id,
        listed: (a) => typeof a.date === 'string',
        order: newestFirst,
      }).subscribe({
        next: (value) => {
          activities = value;
          tell();
        },
        error: (e) => observer.error(e),
      });
      const creds = liveQuery(async () => {
        const [held, custom] = await Promise.all([listHeld(store), listCustom(store)]);
        return { held, custom, withRules: withRules(held, custom) };
      }).subscribe({
        next: (value) => {
          credentials = value;
          tell();
        },
        error: (e) => observer.error(e),
      });
      return {
        unsubscribe() {
          rows.unsubscribe();
          creds.unsubscribe();
        },
      };
    },
  };
}

/** One live read of the credit tables per store, shared (shared-read.ts). */
const sharedReads = new WeakMap<Store, SharedRead<CreditData>>();

/**
 * The credit log is kept this long after the last screen reading it closes (issue 9): from
 * the log to the dashboard and back to an entry within a minute, its 20,000 rows are neither
 * read again nor their list rows worked out again (log-view.ts keeps them by activity).
 */
export const CREDIT_DATA_LINGER_MS = 60_000;

function sharedOf(store: Store): SharedRead<CreditData> {
  let s = sharedReads.get(store);
  if (!s) {
    s = sharedRead(
      { observe: () => creditSource(store) },
      (data) => ({ value: data }),
      undefined,
      CREDIT_DATA_LINGER_MS,
      store.db,
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
