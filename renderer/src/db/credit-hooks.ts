import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { evaluateCurrentCycle, type CycleEvaluation } from '../../../shared/domain/credits';
import type { LocalDate } from '../../../shared/dates';
import type { Store } from './database';
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

/**
 * One live read of the credit tables per store, shared by every component that shows them
 * (issue 9: the dashboard's cards each read 20,000 activities before). It starts with the
 * first reader and stops a moment after the last one leaves, so moving between screens
 * keeps the figures on screen instead of reading everything again.
 */
interface Shared {
  data: CreditData | undefined;
  error: unknown;
  readers: Set<() => void>;
  stop: (() => void) | null;
  stopTimer: ReturnType<typeof setTimeout> | null;
}

const sharedReads = new WeakMap<Store, Shared>();

function sharedOf(store: Store): Shared {
  let s = sharedReads.get(store);
  if (!s) {
    s = { data: undefined, error: undefined, readers: new Set(), stop: null, stopTimer: null };
    sharedReads.set(store, s);
  }
  return s;
}

function start(store: Store, s: Shared) {
  const tell = () => s.readers.forEach((r) => r());
  const sub = liveQuery(() => readCredit(store)).subscribe({
    next: (data) => {
      s.data = data;
      s.error = undefined;
      tell();
    },
    error: (error: unknown) => {
      s.error = error;
      tell();
    },
  });
  s.stop = () => sub.unsubscribe();
}

function subscribe(store: Store, reader: () => void): () => void {
  const s = sharedOf(store);
  if (s.stopTimer) clearTimeout(s.stopTimer);
  s.stopTimer = null;
  s.readers.add(reader);
  if (!s.stop) start(store, s);
  return () => {
    s.readers.delete(reader);
    if (s.readers.size > 0) return;
    s.stopTimer = setTimeout(() => {
      s.stopTimer = null;
      if (s.readers.size > 0) return;
      s.stop?.();
      s.stop = null;
      s.data = undefined;
    }, 1_000);
  };
}

/** Everything the credential and credit-log screens read; `undefined` while loading. */
export function useCreditData(): CreditData | undefined {
  const store = useStore();
  const listen = useCallback((reader: () => void) => subscribe(store, reader), [store]);
  const read = useCallback(() => {
    const s = sharedOf(store);
    if (s.error !== undefined) throw s.error;
    return s.data;
  }, [store]);
  return useSyncExternalStore(listen, read);
}

/** Evaluations already worked out for a snapshot of the credit data, by day. */
const evaluated = new WeakMap<CreditData, Map<LocalDate, Map<string, CycleEvaluation | null>>>();

function evaluateCurrent(data: CreditData, asOf: LocalDate) {
  const out = new Map<string, CycleEvaluation | null>();
  for (const h of data.withRules) {
    out.set(
      h.credential.id,
      evaluateCurrentCycle(h.rule, h.credential, data.activities, asOf, {
        alsoHeld: data.withRules,
      }),
    );
  }
  return out;
}

/**
 * The current cycle of every held credential, evaluated as of `asOf`: once per snapshot of
 * the data and day, however many components ask.
 */
export function useCurrentEvaluations(
  data: CreditData | undefined,
  asOf: LocalDate,
): Map<string, CycleEvaluation | null> {
  return useMemo(() => {
    if (!data) return new Map<string, CycleEvaluation | null>();
    let days = evaluated.get(data);
    if (!days) evaluated.set(data, (days = new Map()));
    const hit = days.get(asOf);
    if (hit) return hit;
    const out = evaluateCurrent(data, asOf);
    days.set(asOf, out);
    return out;
  }, [data, asOf]);
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
    const hit = evaluated.get(data)?.get(asOf)?.get(h.credential.id);
    if (hit !== undefined) return hit;
    return evaluateCurrentCycle(h.rule, h.credential, data.activities, asOf, {
      alsoHeld: data.withRules,
    });
  }, [data, heldId, asOf]);
}
