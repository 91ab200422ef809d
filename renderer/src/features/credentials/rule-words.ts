/**
 * The rule panel's words: how sure the catalogue is of a number and where it comes from, the
 * renewal routes and the cycle-end conventions (messages.ts re-exports them).
 */
import {
  MAKE_CONFIGURABLE,
  USER_DEFINED,
  USER_OVERRIDE,
  type Confidence,
  type CycleEndRule,
  type Sourced,
} from '../../../../shared/catalog/credentials';
import type { RenewalRoute } from '../../../../shared/domain/credentials';

/** The two ways to renew a PeopleCert certificate (domain-facts §3), as the rule panel offers them. */
export const renewalRouteLabels: Record<RenewalRoute, string> = {
  cpd: 'CPD points: 20 a year for 3 years, with a PeopleCert membership',
  exam: 'An exam: retake this one, or pass another in the suite, by the renew-by date',
};

/**
 * How sure the catalogue is of a rule, in words rather than its letter (domain-facts: A the
 * body's own page or handbook, B two or more agreeing secondary sources, C one secondary
 * source, M not verified: Ascent's reading or a number nobody publishes). `tag` sits beside
 * the number; `text` says it in full under "Why this number?".
 */
export function confidenceWords(
  s: Pick<Sourced<unknown>, 'confidence' | 'source' | 'value' | 'disagreement'>,
): {
  tag: string;
  text: string;
} {
  if (s.source === USER_OVERRIDE)
    return { tag: 'Your number', text: 'You entered this; Ascent uses it for this credential.' };
  if (s.source === USER_DEFINED)
    return {
      tag: 'Your number',
      text: 'You set this when you defined the credential; Ascent uses it as it is.',
    };
  if (s.value === null)
    return {
      tag: 'Not published',
      text: 'No source publishes this number, so Ascent does not apply it. Enter your own if you know it.',
    };
  // Where sources disagree (domain-facts §5), "Sources agree" would contradict the reasons
  // shown under it: the tag says they disagree, whatever the chosen reading's own confidence.
  if ((s.disagreement?.alternatives.length ?? 0) > 0) return disputed;
  return confidenceByLevel[s.confidence];
}

const disputed = {
  tag: 'Sources disagree — check',
  text: 'Sources disagree on it. Ascent follows the reading shown and says why below; check with the body, and use the other reading if it is the one that applies to you.',
};

const confidenceByLevel: Record<Confidence, { tag: string; text: string }> = {
  A: {
    tag: 'Confirmed by the body',
    text: 'Confirmed by the body’s own page or handbook.',
  },
  B: {
    tag: 'Sources agree',
    text: 'Two or more sources agree on it, but not the body’s own page or handbook. Check with the body if it matters to you.',
  },
  C: {
    tag: 'One source only — check',
    text: 'Only one source gives it, and not the body itself. Check with the body before you rely on it.',
  },
  M: {
    tag: 'Not confirmed — check',
    text: 'Ascent’s reading, where the body is not explicit and no source confirms it. Check with the body, and enter your own if it differs.',
  },
};

/** Where a rule comes from, in words: the user's own entries are named as such. */
export function sourceText(source: string): string {
  if (source === USER_OVERRIDE) return 'Your own number';
  if (source === USER_DEFINED) return 'Your own definition of this credential';
  return source;
}

/** A rule's note, or nothing when the note only repeats that the number is unknown. */
export function ruleNoteText(note: string | undefined): string | undefined {
  return note === MAKE_CONFIGURABLE ? undefined : note;
}

/** Where a cycle ends, as the rule panel names the convention (domain-facts §5.1). */
export const cycleEndLabels: Record<CycleEndRule, string> = {
  'day-before-anniversary': 'The day before the anniversary',
  anniversary: 'On the anniversary',
};

/** The button that switches a credential to a cycle-end convention. */
export const cycleEndActions: Record<CycleEndRule, string> = {
  'day-before-anniversary': 'End each cycle the day before the anniversary',
  anniversary: 'End each cycle on the anniversary',
};
