// Entry validation (issue 6 parts 1–4): codes per field, https-only links. Today 22 Nov 2026.
import { describe, expect, it } from 'vitest';
import {
  linkError,
  validateContact,
  validateCourse,
  validateEvent,
  validateInteraction,
  validateMedia,
  validateMembership,
} from '../../../../shared/domain/journal';
import { contact, course, event, interaction, media, membership, session } from './fixtures';

const asOf = '2026-11-22';
const codes = (errors: { field: string; code: string }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);

describe('linkError', () => {
  it.each([
    ['', null],
    ['https://www.pmi.org/learning', null],
    ['https://example.com:8443/a?b=c#d', null],
    ['http://www.pmi.org', 'LINK_NOT_HTTPS'],
    ['javascript:alert(1)', 'LINK_NOT_HTTPS'],
    ['file:///etc/passwd', 'LINK_NOT_HTTPS'],
    ['www.pmi.org', 'LINK_NOT_HTTPS'],
    ['https://localhost/x', 'LINK_INVALID'],
    ['https://exa mple.com', 'LINK_INVALID'],
  ])('%j → %s', (link, code) => {
    expect(linkError(link)).toBe(code);
  });
});

describe('validateCourse', () => {
  it.each([
    ['a valid completed course', course(), []],
    [
      'a planned course without dates or hours',
      course({ status: 'planned', start: null, end: null, contactHours: 0 }),
      [],
    ],
    ['no title', course({ title: '  ' }), ['title:REQUIRED']],
    ['completed without an end day', course({ end: null }), ['end:REQUIRED']],
    ['completed tomorrow', course({ end: '2026-11-23' }), ['end:IN_FUTURE']],
    ['ends before it starts', course({ end: '2026-02-01' }), ['end:END_BEFORE_START']],
    ['completed with no hours', course({ contactHours: 0 }), ['contactHours:NOT_POSITIVE']],
    ['hours not in quarters', course({ contactHours: 2.1 }), ['contactHours:HOURS_NOT_QUARTER']],
    ['an http link', course({ link: 'http://x.com' }), ['link:LINK_NOT_HTTPS']],
    [
      'a negative cost',
      course({ cost: { amount: -1, currency: 'EUR' } }),
      ['cost.amount:NEGATIVE'],
    ],
    [
      'a bad currency',
      course({ cost: { amount: 1, currency: 'euro' } }),
      ['cost.currency:CURRENCY_INVALID'],
    ],
    ['an unknown format', course({ format: 'tv' as never }), ['format:UNKNOWN_VALUE']],
    [
      'a split not adding up',
      course({ split: { waysOfWorking: 10, powerSkills: 10, businessAcumen: 0 } }),
      ['split:SPLIT_MISMATCH'],
    ],
  ])('%s', (_name, c, expected) => {
    expect(codes(validateCourse(c, asOf))).toEqual(expected);
  });
});

describe('validateEvent', () => {
  it('checks the event and every session', () => {
    expect(validateEvent(event(), [session()])).toEqual([]);
    expect(
      codes(validateEvent(event({ end: '2026-10-04' }), [session({ title: '', hours: 0 })])),
    ).toEqual([
      'end:END_BEFORE_START',
      'sessions.0.title:REQUIRED',
      'sessions.0.hours:NOT_POSITIVE',
    ]);
  });
});

describe('validateMedia', () => {
  it.each([
    ['valid', media(), []],
    ['finished tomorrow', media({ date: '2026-11-23' }), ['date:IN_FUTURE']],
    ['no hours', media({ hours: 0 }), ['hours:NOT_POSITIVE']],
    ['no date', media({ date: '' }), ['date:REQUIRED']],
  ])('%s', (_name, m, expected) => {
    expect(codes(validateMedia(m, asOf))).toEqual(expected);
  });
});

describe('network entries', () => {
  it.each([
    ['a plain contact', contact(), []],
    ['a mentor without a start day', contact({ relation: 'mentor' }), ['since:REQUIRED']],
    [
      'a mentee ending before starting',
      contact({ relation: 'mentee', since: '2026-05-01', until: '2026-04-01' }),
      ['until:END_BEFORE_START'],
    ],
  ])('contact: %s', (_name, c, expected) => {
    expect(codes(validateContact(c))).toEqual(expected);
  });

  it('an interaction needs a known contact and a day not in the future', () => {
    const known = new Set(['p1']);
    expect(validateInteraction(interaction({ followUp: '2027-01-10' }), known, asOf)).toEqual([]);
    expect(
      codes(validateInteraction(interaction({ contactId: 'zz', date: '2026-12-01' }), known, asOf)),
    ).toEqual(['contactId:UNKNOWN_CONTACT', 'date:IN_FUTURE']);
  });

  it('a membership needs its organisation and a start day', () => {
    expect(validateMembership(membership())).toEqual([]);
    expect(codes(validateMembership(membership({ organisation: '', since: '' })))).toEqual([
      'organisation:REQUIRED',
      'since:REQUIRED',
    ]);
  });
});
