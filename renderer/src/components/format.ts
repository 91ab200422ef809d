import { calendarDate, isLocalDate, type LocalDate } from '../../../shared/dates';

const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A calendar day in the user's locale, e.g. "14 Mar 2027" or "Mar 14, 2027". */
export function formatDate(day: LocalDate | null | undefined): string {
  return day && isLocalDate(day) ? dateFormat.format(calendarDate(day)) : '—';
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
