// The PRINCE2 7 exam formats against domain-facts.md §3 (numbers typed from the facts):
// "Foundation: 60 questions, 60 min, 60 % to pass. Practitioner: 70 marks, 150 min, open book,
// 60 %." (B), and the edition: September 2023; themes became practices; People added;
// Sustainability a performance target.
import { describe, expect, it } from 'vitest';
import {
  examFormats,
  findExamEdition,
  findExamFormats,
  findExamRule,
  passCount,
  type ExamFormat,
} from '../../../../shared/catalog/exams';

/** A format as one line: size, minutes, pass mark, book. */
const line = (f: ExamFormat) =>
  `${f.size.value.count} ${f.size.value.unit}, ${f.minutes.value} min, ${f.passPercent.value}%, ${
    f.openBook.value ? 'open' : 'closed'
  } book`;

/** The confidence of each fact, in the same order. */
const sure = (f: ExamFormat) =>
  [f.size, f.minutes, f.passPercent, f.openBook].map((s) => s.confidence).join('');

describe('PRINCE2 7 exam formats (domain-facts §3)', () => {
  it.each([
    ['prince2-foundation', '60 questions, 60 min, 60%, closed book', 'BBBM'],
    ['prince2-practitioner', '70 marks, 150 min, 60%, open book', 'BBBB'],
  ])('%s: %s, confidence %s', (id, format, confidence) => {
    const f = examFormats.find((x) => x.credentialId === id)!;
    expect(line(f)).toBe(format);
    expect(sure(f)).toBe(confidence);
    expect(f.edition).toBe('prince2-7');
  });

  it('cites §3 on every fact, and says why Foundation’s closed book is only Ascent’s reading', () => {
    for (const f of examFormats) {
      for (const s of [f.size, f.minutes, f.passPercent, f.openBook]) {
        expect(s).toMatchObject({ facts: '§3', source: expect.stringMatching(/PRINCE2 7/) });
      }
    }
    const foundation = examFormats.find((x) => x.credentialId === 'prince2-foundation')!;
    expect(foundation.openBook.note).toBe(
      'The sources call only the Practitioner exam open book; Ascent reads Foundation as closed book.',
    );
  });

  it('shows Foundation first, then Practitioner, on the Practitioner exam, and on no other', () => {
    expect(findExamFormats('prince2-practitioner').map((f) => f.credentialId)).toEqual([
      'prince2-foundation',
      'prince2-practitioner',
    ]);
    expect(findExamFormats('pmp')).toEqual([]);
  });

  it('gives the 7th edition, since September 2023, with its three changes (B, §3)', () => {
    const e = findExamEdition('prince2-7')!;
    expect([e.number.value, e.since.value]).toEqual([7, '2023-09']);
    expect(e.changes.value).toEqual([
      'themes-became-practices',
      'people-added',
      'sustainability-performance-target',
    ]);
    for (const s of [e.number, e.since, e.changes]) {
      expect(s).toMatchObject({ confidence: 'B', facts: '§3' });
    }
  });

  it('says on the Practitioner prerequisite that Foundation of either edition counts (§2, C)', () => {
    const [condition] = findExamRule('prince2-practitioner')!.paths[0]!.conditions;
    expect(condition).toMatchObject({
      kind: 'credential',
      anyOf: {
        confidence: 'C',
        facts: '§2',
        note: 'PRINCE2 Foundation of the 6th or the 7th edition counts.',
      },
    });
  });
});

describe('passCount: the questions or marks needed to pass, rounded up', () => {
  const at = (count: number, passPercent: number) =>
    passCount({
      size: { value: { count, unit: 'questions' }, confidence: 'B', source: 'test' },
      passPercent: { value: passPercent, confidence: 'B', source: 'test' },
    });
  it.each<[number, number, number]>([
    [60, 60, 36],
    [70, 60, 42],
    [75, 65, 49], // 48.75 → 49: a part of a question cannot be scored
    [50, 70, 35],
    [1, 50, 1],
  ])('%i at %i %% → %i', (count, percent, expected) => {
    expect(at(count, percent)).toBe(expected);
  });

  it('gives 36 of 60 for Foundation and 42 of 70 for Practitioner (§3)', () => {
    expect(findExamFormats('prince2-practitioner').map(passCount)).toEqual([36, 42]);
  });
});
