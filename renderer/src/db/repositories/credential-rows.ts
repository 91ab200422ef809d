/**
 * Held credentials and definitions of the user's own as stored: their rows and tables, reading
 * them, and the rule each held credential is judged by (credentials.ts re-exports all but the
 * tables, which only the write modules use).
 */
import {
  applyOverrides,
  customCredentialRule,
  findCredentialRule,
  type CredentialRule,
  type CustomCredential,
  type FieldError,
  type RuleOverrides,
} from '../../../../shared/catalog/credentials';
import {
  compareHeld,
  type HeldCredential,
  type HeldWithRule,
} from '../../../../shared/domain/credentials';
import type { Store } from '../database';

export interface HeldRow extends HeldCredential {
  /** The user's own numbers for this credential's rule ("why this number?" → override). */
  overrides?: RuleOverrides;
  createdAt: string;
  updatedAt: string;
}

export interface CustomRow extends CustomCredential {
  createdAt: string;
  updatedAt: string;
}

export type SaveResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const held = (store: Store) => store.db.table<HeldRow, string>('credentials');
export const custom = (store: Store) => store.db.table<CustomRow, string>('customCredentials');

export async function listHeld(store: Store): Promise<HeldRow[]> {
  return held(store).orderBy('id').toArray();
}

export async function listCustom(store: Store): Promise<CustomRow[]> {
  return custom(store).toArray();
}

/** The rule a credential is judged by: catalogue or custom, after the user's overrides. */
export function ruleFor(row: HeldRow, customRows: readonly CustomRow[]): CredentialRule | null {
  let base: CredentialRule | undefined = findCredentialRule(row.credentialId);
  if (!base) {
    const c = customRows.find((r) => r.id === row.credentialId);
    if (c) {
      const { createdAt: _c, updatedAt: _u, ...definition } = c;
      const built = customCredentialRule(definition);
      if (built.ok) base = built.value;
    }
  }
  if (!base) return null;
  if (!row.overrides) return base;
  const applied = applyOverrides(base, row.overrides);
  if (applied.ok) return applied.value;
  // A definition of the user's own edited since (a category removed): the user's other
  // numbers still apply; only those naming what the rule no longer has are left out.
  const fitted = applyOverrides(base, fitOverrides(base, row.overrides));
  return fitted.ok ? fitted.value : base;
}

/** The overrides without those naming a category the rule does not have (ruleFor). */
function fitOverrides(rule: CredentialRule, o: RuleOverrides): RuleOverrides {
  const known = new Set(rule.categories?.list.map((c) => c.id) ?? []);
  const keep = (values: Record<string, number> | undefined) =>
    values && Object.fromEntries(Object.entries(values).filter(([id]) => known.has(id)));
  const { categoryCaps, categoryMins, categoryMinDistinct, ...rest } = o;
  if (!rule.categories) return rest;
  return {
    ...rest,
    ...(categoryCaps ? { categoryCaps: keep(categoryCaps) } : {}),
    ...(categoryMins ? { categoryMins: keep(categoryMins) } : {}),
    ...(categoryMinDistinct !== undefined ? { categoryMinDistinct } : {}),
  };
}

/** Every held credential with the rule it is judged by (rows whose rule is gone are skipped). */
export function withRules(
  rows: readonly HeldRow[],
  customRows: readonly CustomRow[],
): HeldWithRule[] {
  const out: HeldWithRule[] = [];
  for (const row of rows) {
    const rule = ruleFor(row, customRows);
    if (rule) out.push({ credential: row, rule });
  }
  // One order for every list of them (compareHeld), not the stored ids' random one.
  return out.sort(compareHeld);
}

/** The held credentials that use a definition of the user's own (judged by its rule). */
export async function listHeldUsing(store: Store, customId: string): Promise<HeldRow[]> {
  return held(store).where('credentialId').equals(customId).toArray();
}
