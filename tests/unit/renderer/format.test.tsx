import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFileSize,
  formatInstant,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../../renderer/src/components/format';
import type { LocalDate } from '../../../shared/dates';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting through Intl', () => {
  it.each([
    ['en-GB', '14 Mar 2027'],
    ['en-US', 'Mar 14, 2027'],
    ['de-DE', '14. März 2027'],
  ])('a day in %s', (locale, text) => {
    expect(formatDate('2027-03-14' as LocalDate, locale)).toBe(text);
  });

  it('shows a dash for a missing or invalid day', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('2027-02-30' as LocalDate)).toBe('—');
  });

  it.each([
    ['en-GB', 1234.5, '1,234.5'],
    ['de-DE', 1234.5, '1.234,5'],
    ['fr-FR', 0.125, '0,13'],
  ])('a number in %s', (locale, n, text) => expect(nbsp(formatNumber(n, locale))).toBe(text));

  it.each([
    ['en-GB', 42, '42%'],
    ['de-DE', 42, '42 %'],
    ['en-GB', 61.6, '62%'],
  ])('a percentage in %s', (locale, n, text) => expect(nbsp(formatPercent(n, locale))).toBe(text));

  it.each([
    [1, '1 byte'],
    [26, '26 bytes'],
    [1000, '1,000 bytes'],
    [2048, '2 KB'],
    [3.4 * 1024 * 1024, '3.4 MB'],
    [1.25 * 1024 ** 3, '1.3 GB'],
  ])('%i bytes read as %s', (n, text) => expect(formatFileSize(n, 'en-GB')).toBe(text));

  it('formats months and instants, and leaves what it cannot read', () => {
    expect(formatMonth('2022-03', 'en-GB')).toBe('Mar 2022');
    expect(formatMonth('2022-13', 'en-GB')).toBe('2022-13');
    expect(formatInstant('not a time', 'en-GB')).toBe('not a time');
    expect(formatInstant('2026-11-22T10:05:00Z', 'en-GB')).toMatch(/22 Nov 2026/);
    // The Settings clock wins over the locale's habit, both ways.
    const at = '2026-11-22T15:05:00';
    expect(formatInstant(at, 'en-GB', '12h')).toMatch(/3:05\s?pm/i);
    expect(formatInstant(at, 'en-GB', '24h')).toMatch(/15:05/);
    expect(formatInstant(at, 'en-US', '24h')).toMatch(/15:05/);
    expect(formatInstant(at, 'en-US', '12h')).toMatch(/3:05\s?PM/i);
  });
});
