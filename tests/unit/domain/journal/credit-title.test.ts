// A credit entry's title is made from the journal's names ("PMO Summit: Benefits realisation",
// "Mentoring from Ana Lima"). Both parts may each be as long as a name may be (200
// characters), but the credit log takes at most 200 in all: the title is cut to fit, ending in
// "…" at a word where one ends late enough, so the panel (which has no title field) can always
// confirm it. The journal entry keeps the full names. PMP earned 15 Jan 2025.
import { describe, expect, it } from 'vitest';
import { TITLE_MAX_LENGTH, validateActivity } from '../../../../shared/domain/credits';
import {
  creditTitle,
  eventCredits,
  interactionCredits,
  NAME_MAX,
} from '../../../../shared/domain/journal';
import { event, interaction, pmpEarned, session } from './fixtures';

const asOf = '2026-11-22';
const held = [pmpEarned];
const chars = (s: string) => [...s].length;
const words = (n: number, word = 'abcd') => Array.from({ length: n }, () => word).join(' ');

describe('creditTitle', () => {
  it.each<[string, string, number, string]>([
    ['fits as it is', 'PMO Summit: Benefits realisation', 200, 'PMO Summit: Benefits realisation'],
    ['exactly the limit fits', 'x'.repeat(200), 200, 'x'.repeat(200)],
    ['trimmed, not cut', `  ${'x'.repeat(200)}  `, 200, 'x'.repeat(200)],
    ['cut at the last whole word', 'Alpha beta gamma delta', 15, 'Alpha beta…'],
    ['a word ending right at the cut is kept', 'Alpha beta gamma delta', 17, 'Alpha beta gamma…'],
    ['no separator left before the ellipsis', 'Summit: Benefits realisation', 12, 'Summit…'],
    ['a word split by the cut is left out', 'Mentoring from Bartholomew', 20, 'Mentoring from…'],
    ['one long word is cut mid-word', 'Mentoring Bartholomewxyz', 20, 'Mentoring Bartholom…'],
    ['no word ends in the last half: cut mid-word', 'Ab cdefghijklmnop', 10, 'Ab cdefgh…'],
    ['an emoji counts as one and is never split', '📚'.repeat(12), 10, `${'📚'.repeat(9)}…`],
  ])('%s', (_, title, max, expected) => {
    const made = creditTitle(title, max);
    expect(made).toBe(expected);
    expect(chars(made)).toBeLessThanOrEqual(max);
  });

  it.each([201, 250, 402, 5_000])('a title of %i characters is cut to the limit', (n) => {
    const made = creditTitle(words(Math.ceil(n / 5)).slice(0, n));
    expect(chars(made)).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(chars(made)).toBeGreaterThan(TITLE_MAX_LENGTH - 6);
    expect(made.endsWith('…')).toBe(true);
    expect(made).not.toMatch(/\s…$/);
  });
});

describe('the credit entries proposed from long names can be confirmed', () => {
  it('an event name and a session title of 200 characters each', () => {
    const name = words(40).slice(0, NAME_MAX);
    const title = words(40, 'wxyz').slice(0, NAME_MAX);
    const ev = event({ name });
    const p = eventCredits(ev, [session({ title })], held, asOf);
    const activity = p.suggestions[0]!.activity;
    expect(chars(activity.title)).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(activity.title.startsWith(`${name.slice(0, 190)}`)).toBe(true);
    expect(activity.title.endsWith('…')).toBe(true);
    expect(validateActivity({ id: 'x', ...activity }, asOf)).toEqual([]);
    // The journal entry keeps its full name.
    expect(ev.name).toBe(name);
  });

  it('a short event name keeps its name and a shortened session title', () => {
    const title = words(50, 'wxyz');
    const [s] = eventCredits(event(), [session({ title })], held, asOf).suggestions;
    expect(s!.activity.title.startsWith('PMO Summit: wxyz wxyz')).toBe(true);
    expect(validateActivity({ id: 'x', ...s!.activity }, asOf)).toEqual([]);
  });

  it.each(['mentoring-received', 'mentoring-given'] as const)(
    '%s with a contact named in 200 characters',
    (kind) => {
      const name = words(40).slice(0, NAME_MAX);
      const [s] = interactionCredits(interaction({ kind }), name, held).suggestions;
      expect(chars(s!.activity.title)).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
      expect(s!.activity.title.endsWith('…')).toBe(true);
      expect(validateActivity({ id: 'x', ...s!.activity }, asOf)).toEqual([]);
    },
  );
});
