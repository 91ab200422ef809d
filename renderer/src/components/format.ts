import { calendarDate, isLocalDate, type LocalDate } from '../../../shared/dates';

/**
 * Every date and number the user reads goes through here: Intl, in the user's locale (the
 * `locale` argument exists for tests; screens leave it out).
 */

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dates(options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
  const key = `d|${locale ?? ''}|${JSON.stringify(options)}`;
  if (!cache.has(key)) cache.set(key, new Intl.DateTimeFormat(locale, options));
  return cache.get(key) as Intl.DateTimeFormat;
}

function numbers(options: Intl.NumberFormatOptions, locale?: string): Intl.NumberFormat {
  const key = `n|${locale ?? ''}|${JSON.stringify(options)}`;
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(locale, options));
  return cache.get(key) as Intl.NumberFormat;
}

/** A calendar day in the user's locale, e.g. "14 Mar 2027" or "Mar 14, 2027". */
export function formatDate(day: LocalDate | null | undefined, locale?: string): string {
  return day && isLocalDate(day)
    ? dates({ day: 'numeric', month: 'short', year: 'numeric' }, locale).format(calendarDate(day))
    : '—';
}

/** A 'yyyy-MM' month, e.g. "Mar 2022"; anything else is shown as it is. */
export function formatMonth(month: string, locale?: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m || m > 12) return month;
  return dates({ month: 'short', year: 'numeric' }, locale).format(new Date(y, m - 1, 1));
}

/**
 * An instant (ISO timestamp) in the user's locale and zone, e.g. "22 Nov 2026, 10:05"; with
 * `clock` ('12h' or '24h', the Settings choice) the hours follow it, else the locale's habit.
 */
export function formatInstant(iso: string, locale?: string, clock?: '12h' | '24h'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hours = clock ? { hour12: clock === '12h' } : {};
  return dates({ dateStyle: 'medium', timeStyle: 'short', ...hours }, locale).format(d);
}

/**
 * A figure to type into a field: no grouping (the forms take no thousands separators) and up
 * to three decimals, as a quarter hour in CEU is 0.025 ("0.325", "0,325").
 */
export function formatTyped(n: number, locale?: string): string {
  return numbers({ maximumFractionDigits: 3, useGrouping: false }, locale).format(n);
}

/** Hours, credits, counts: grouped digits, at most two decimals ("1,234.5", "1.234,5"). */
export function formatNumber(n: number, locale?: string): string {
  return numbers({ maximumFractionDigits: 2 }, locale).format(n);
}

/** A whole percentage given as 0–100, e.g. "42%" or "42 %". */
export function formatPercent(percent: number, locale?: string): string {
  return numbers({ style: 'percent', maximumFractionDigits: 0 }, locale).format(percent / 100);
}

/**
 * A percentage given as 0–100 as it was stored, to at most two decimals and without trailing
 * zeros ("99.9%", "33.33%", "50%"): where a figure is worked out from it in the same
 * sentence, so the sum reads right (formatPercent rounds to a whole percent).
 */
export function formatExactPercent(percent: number, locale?: string): string {
  return numbers({ style: 'percent', maximumFractionDigits: 2 }, locale).format(percent / 100);
}

/** A count with its noun: "1 day", "3 days" (formatNumber). */
export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** A file or backup size: "26 bytes", "812 KB", "3.4 MB", "1.2 GB". */
export function formatFileSize(bytes: number, locale?: string): string {
  const one = numbers({ maximumFractionDigits: 1 }, locale);
  if (bytes < 1024) return `${numbers({}, locale).format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 ** 2) return `${one.format(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${one.format(bytes / 1024 ** 2)} MB`;
  return `${one.format(bytes / 1024 ** 3)} GB`;
}

/** "A, B and C", "A or B", "A": a list joined the way a sentence says it ('' for none). */
export function listText(items: readonly string[], last: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** A reason said after another sentence: its leading space and full stop added; '' for none. */
export function asSentence(reason: string): string {
  const text = reason.trim();
  if (text === '') return '';
  return ` ${text}${/[.!?]$/.test(text) ? '' : '.'}`;
}
