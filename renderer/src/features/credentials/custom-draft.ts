/**
 * The form of a credential definition of the user's own as typed, and what the validator is
 * given from it (CustomCredentialForm).
 */
import type { CustomRow } from '../../db/repositories/credentials';

export interface CategoryDraft {
  key: number;
  /** The id of a category the definition already has: activities are tagged with it. */
  id?: string;
  name: string;
  min: string;
  cap: string;
}

/** A number as typed: '' means "not given"; anything else is handed to the validator as is. */
export function numberOrText(text: string): number | undefined | string {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

const typed = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The fields as typed (a new definition starts with a cycle of 36 months). */
export interface Draft {
  body: string;
  acronym: string;
  name: string;
  unit: string;
  cycleMonths: string;
  total: string;
  minDistinct: string;
}

export function draftOf(d: CustomRow | undefined): Draft {
  return {
    body: d?.body ?? '',
    acronym: d?.acronym ?? '',
    name: d?.name ?? '',
    unit: d?.unit ?? 'CPD',
    cycleMonths: d ? String(d.cycleMonths) : '36',
    total: typed(d?.total),
    minDistinct: typed(d?.minDistinctCategories),
  };
}

export const categoriesOf = (d: CustomRow | undefined): CategoryDraft[] =>
  (d?.categories ?? []).map((c, i) => ({
    key: i,
    id: c.id,
    name: c.name,
    min: typed(c.min),
    cap: typed(c.cap),
  }));

/**
 * What the validator is given. A category keeps its id when edited; a new one added to an
 * existing definition gets an id never used before, so activities tagged with a category
 * removed earlier never count towards it.
 */
export function inputOf(
  f: Draft,
  cats: readonly CategoryDraft[],
  definition: CustomRow | undefined,
) {
  return {
    body: f.body,
    acronym: f.acronym,
    name: f.name,
    unit: f.unit,
    cycleMonths: numberOrText(f.cycleMonths),
    total: numberOrText(f.total),
    ...(f.minDistinct.trim() ? { minDistinctCategories: numberOrText(f.minDistinct) } : {}),
    ...(definition?.suspensionMonths !== undefined
      ? { suspensionMonths: definition.suspensionMonths }
      : {}),
    categories: cats.map((c, i) => ({
      id: c.id ?? (definition ? `category-${crypto.randomUUID()}` : `category-${i + 1}`),
      name: c.name,
      ...(c.min.trim() ? { min: numberOrText(c.min) } : {}),
      ...(c.cap.trim() ? { cap: numberOrText(c.cap) } : {}),
    })),
  };
}

/** The numbers a held credential's cycles and requirement are worked out from. */
export function ruleKey(f: Draft, cats: readonly CategoryDraft[]): string {
  return JSON.stringify([
    numberOrText(f.cycleMonths),
    numberOrText(f.total),
    numberOrText(f.minDistinct) ?? null,
    cats.map((c) => [c.id ?? null, numberOrText(c.min) ?? null, numberOrText(c.cap) ?? null]),
  ]);
}
