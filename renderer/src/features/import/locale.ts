import type { DateOrder } from '../../../../shared/domain/import';

/**
 * Day or month first in the user's own way of writing dates (the browser's locale), the
 * default when a file's dates do not tell (03/04/2026). 22 November makes the parts
 * easy to tell apart.
 */
export function localeDateOrder(locale?: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(2006, 10, 22));
  const day = parts.findIndex((p) => p.type === 'day');
  const month = parts.findIndex((p) => p.type === 'month');
  return month >= 0 && month < day ? 'mdy' : 'dmy';
}
