// Search ignores case and accents (shared/text/search.ts): "gestion" finds "Gestión" in the
// credit log, the Learning and Network tabs and the command palette's records, whichever way
// the accent was stored; an accent typed in the search finds the plain word too.
import { describe, expect, it } from 'vitest';
import { holdsFolded, searchFold } from '../../shared/text/search';
import { logRows, noLogFilter, sortLogRows } from '../../shared/domain/claims';
import { activity } from './domain/credits/fixtures';
import { matches } from '../../renderer/src/features/learning/EntryTable';
import { recordMatcher } from '../../renderer/src/app/command-palette/records';

const decomposed = 'Gestio\u0301n de proyectos'; // "ó" as "o" and a combining acute accent

describe('searchFold', () => {
  it.each([
    ['plain ASCII, lower case', 'Risk Workshop', 'risk workshop'],
    ['an accent', 'Gestión', 'gestion'],
    ['an umlaut', 'Müller GmbH', 'muller gmbh'],
    ['an accent stored as a combining mark', decomposed, 'gestion de proyectos'],
    ['a ligature', 'Eﬃcient ﬁnance', 'efficient finance'],
    ['a cedilla', 'Façade', 'facade'],
    ['a letter whose stroke is part of it', 'Søren Łukasz', 'soren lukasz'],
    ['d with a stroke, eth, h with a stroke', 'Đorđe Guðrún Ħamrun', 'dorde gudrun hamrun'],
    ['dotless i', 'Işık', 'isik'],
    ['letters written as two', 'Große Ærø Œuvre Þór', 'grosse aero oeuvre thor'],
    ['nothing', '', ''],
  ])('%s', (_name, text, folded) => {
    expect(searchFold(text)).toBe(folded);
  });
});

describe('holdsFolded', () => {
  it.each<[string, string, string, boolean]>([
    ['plain in plain', 'Agile bootcamp', 'boot', true],
    ['plain search, accented text', 'Résumé writing', 'resume', true],
    ['accented search, plain text', 'Resume writing', searchFold('résumé'), true],
    ['accented search, accented text', 'Résumé writing', searchFold('Résumé'), true],
    ['combining marks in the text', decomposed, 'gestion', true],
    ['upper case text', 'MÜLLER', 'muller', true],
    ['a whole letter in the text', 'Søren Kierkegaard', 'soren', true],
    ['ß in the text', 'Straße', 'strasse', true],
    ['not there', 'Gestión', 'gestation', false],
    ['not there, plain', 'Risk workshop', 'agile', false],
  ])('%s', (_name, text, folded, found) => {
    expect(holdsFolded(text, folded)).toBe(found);
  });
});

describe('the places that search', () => {
  const log = [
    activity({ id: 'es', date: '2025-03-01', title: 'Gestión de riesgos', provider: 'Müller' }),
    activity({ id: 'en', date: '2025-04-01', title: 'Risk management', provider: 'PMI' }),
  ];
  const ids = (text: string) =>
    logRows(log, { ...noLogFilter, text }, new Map(), new Map()).map((r) => r.activity.id);

  it('the credit log: title and provider, accents aside', () => {
    expect(ids('gestion')).toEqual(['es']);
    expect(ids('MULLER')).toEqual(['es']);
    expect(ids('gestión')).toEqual(['es']);
    expect(ids('risk')).toEqual(['en']);
  });

  it('the Learning and Network tabs', () => {
    expect(matches('gestion riesgos', 'Gestión de riesgos', 'Müller')).toBe(true);
    expect(matches('müller', 'Course', 'Muller Consulting')).toBe(true);
    expect(matches('gestation', 'Gestión de riesgos')).toBe(false);
  });

  it('the command palette’s records', () => {
    const match = recordMatcher('gest')!;
    expect(match('Gestión de riesgos')).toBe(true);
    expect(recordMatcher('zurich')!('Meetup in Zürich')).toBe(true);
    expect(match('Risk management')).toBe(false);
  });
});

describe('sorting the credit log by title', () => {
  it('puts an accented title among its letter, not after z', () => {
    const log = ['Zoning', 'Élan and energy', 'Agile', 'estimating'].map((title, i) =>
      activity({ id: `a${i}`, date: '2025-03-01', title }),
    );
    const rows = logRows(log, noLogFilter, new Map(), new Map());
    expect(sortLogRows(rows, 'title', 'ascending').map((r) => r.activity.title)).toEqual([
      'Agile',
      'Élan and energy',
      'estimating',
      'Zoning',
    ]);
  });
});
