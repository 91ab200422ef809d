/**
 * Which numbers of the shipped ladder the user has changed (issue 5 part 1: "the user can
 * edit rungs and requirements … and reset to the default"). The rule: a requirement that
 * came with the ladder is "changed by you" only while its numbers — everything but its id,
 * priority, "why" and origin — differ from the shipped requirement with the same id on the
 * same default rung (defaults.ts). Putting a number back makes it the default again: its
 * "Why" shows the shipped source and note, and the rung no longer counts as edited.
 */
import { rungIds, type RungId } from '../ladder';
import { defaultRequirements } from './defaults';
import type { Requirement, RequirementBasis } from './types';

/** The note of "Why" while a shipped number differs from the default (see above). */
export const CHANGED_BY_YOU = 'You changed this number.';
/**
 * The note while more than numbers differ: another kind, other credentials, other kinds of
 * experience, another skill or topic (the editor can change all of them).
 */
export const REQUIREMENT_CHANGED_BY_YOU = 'You changed this requirement.';

export const isDefaultRungId = (id: string): id is RungId =>
  (rungIds as readonly string[]).includes(id);

/** The requirement as shipped on this default rung, or undefined (a user rung or id). */
export function shippedRequirement(rungId: string, requirementId: string): Requirement | undefined {
  if (!isDefaultRungId(rungId)) return undefined;
  return defaultRequirements(rungId).find((q) => q.id === requirementId);
}

/** What a requirement asks for: its numbers and what they count, without id or "why". */
function askOf(q: Requirement): Record<string, unknown> {
  const { id: _id, priority: _priority, basis: _basis, origin: _origin, ...ask } = q;
  return ask;
}

/** True while a requirement that came with the ladder asks for other numbers than shipped. */
export function isChangedByYou(rungId: string, q: Requirement): boolean {
  if (q.origin !== 'default') return false;
  const shipped = shippedRequirement(rungId, q.id);
  return shipped !== undefined && !samePlainValue(askOf(shipped), askOf(q));
}

/**
 * The "Why" of a requirement by the rule above: for one that came with the ladder, the shipped
 * source and note while its numbers are the shipped ones, the source and CHANGED_BY_YOU while
 * they differ (REQUIREMENT_CHANGED_BY_YOU when more than numbers differ). The user's own
 * requirements (and any without a shipped match) keep theirs.
 */
export function requirementBasis(rungId: string, q: Requirement): RequirementBasis {
  if (q.origin !== 'default') return q.basis;
  const shipped = shippedRequirement(rungId, q.id);
  if (shipped === undefined) return q.basis;
  return samePlainValue(askOf(shipped), askOf(q))
    ? shipped.basis
    : { source: shipped.basis.source, note: changeNote(askOf(shipped), askOf(q)) };
}

const numberOrNone = (v: unknown) => typeof v === 'number' || v === null;

/** CHANGED_BY_YOU when only numbers differ (a limit added or taken away counts as one). */
function changeNote(shipped: Record<string, unknown>, now: Record<string, unknown>): string {
  const keys = new Set([...Object.keys(shipped), ...Object.keys(now)]);
  const onlyNumbers = [...keys].every(
    (k) => samePlainValue(shipped[k], now[k]) || (numberOrNone(shipped[k]) && numberOrNone(now[k])),
  );
  return onlyNumbers ? CHANGED_BY_YOU : REQUIREMENT_CHANGED_BY_YOU;
}

/** The requirement with its "Why" as the rule gives it (what is saved after an edit). */
export function withRequirementBasis(rungId: string, q: Requirement): Requirement {
  return { ...q, basis: requirementBasis(rungId, q) };
}

/** Deep equality of plain data (objects, arrays, primitives), whatever the key order. */
export function samePlainValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    samePlainValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
