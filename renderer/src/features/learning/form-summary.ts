import { areas, type Area } from '../../../../shared/catalog/credentials';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { TITLE_MAX_LENGTH } from '../../../../shared/domain/credits';
import type { SummaryItem } from '../../components/ErrorSummary';
import { formatNumber } from '../../components/format';
import { areaLabels } from '../credentials/messages';
import { hoursWorded } from './inputs';
import { confirmProblemText, errorMap } from './messages';

/** A form's fields in the order it shows them: [error key, the field's visible label]. */
export type FieldLabels = readonly (readonly [field: string, label: string])[];

/** A proposed credit entry's error: which entry (0-based) and which of its fields. */
export function creditErrorOf(field: string): { index: number; part: string } | null {
  const m = /^credits\.(\d+)\.(.+)$/.exec(field);
  return m ? { index: Number(m[1]), part: m[2]! } : null;
}

const creditPartWords: Record<string, string> = {
  title: 'title',
  date: 'date',
  startDate: 'start date',
  amount: 'hours',
  unit: 'unit',
  split: 'area split',
  type: 'type',
  status: 'status',
  relevantPercent: 'relevant share',
};

/**
 * Names, in words, what an error is about when the form has no field for it: the part of a
 * credit entry made from it ("The title of credit entry 1"), or else a detail the form does
 * not show. Never a field's label, so nobody looks for the problem at the wrong field.
 */
export function unshownLabel(field: string): string {
  const credit = creditErrorOf(field);
  if (!credit) return 'Something this form does not show';
  const part = creditPartWords[credit.part.split('.')[0]!] ?? 'details';
  return `The ${part} of credit entry ${credit.index + 1}`;
}

/**
 * A failed save's problems as a form shows them: each error at a field of the form, and the
 * same errors for the error summary, each under that field's visible label in the form's
 * order. `shownAt` names the field for an error of a part with no field of its own (a
 * course's area split is shown at its contact hours), or null for an error of a part no
 * longer on the form. A credit entry's title comes from the form's title, so its error is
 * shown there. An error no field is named for is listed last, said in words (unshownLabel),
 * so none is left unsaid and none is put under a field it is not about. The first message for
 * a field wins.
 */
export function placeErrors(
  errors: Readonly<Record<string, string>>,
  labels: FieldLabels,
  shownAt: (field: string) => string | null = (field) => field,
): { shown: Record<string, string>; items: SummaryItem[] } {
  const known = new Set(labels.map(([field]) => field));
  const shown: Record<string, string> = {};
  const unshown: SummaryItem[] = [];
  for (const [field, message] of Object.entries(errors)) {
    const at = shownAt(field);
    if (at === null) continue;
    const home = creditErrorOf(at)?.part === 'title' ? 'title' : at;
    if (known.has(home)) shown[home] ??= message;
    else unshown.push({ field, label: unshownLabel(field), message });
  }
  const items = labels.flatMap(([field, label]) => {
    const message = shown[field];
    return message ? [{ field, label, message }] : [];
  });
  return { shown, items: [...items, ...unshown] };
}

/**
 * What a proposed credit entry's error is about (`credits.0.date` → 'date'), so the form shows
 * it at the field the entry was made from: its date, or its hours.
 */
export function creditPartOf(field: string): 'date' | 'hours' | null {
  const part = /^credits\.\d+\.(\w+)/.exec(field)?.[1];
  if (part === 'date' || part === 'startDate') return 'date';
  if (part === 'amount' || part === 'split') return 'hours';
  return null;
}

/** An event as it was saved, as far as its credit entries' titles and hours go. */
export interface SavedEvent {
  name: string;
  sessions: readonly { title: string; hours: number }[];
}

/**
 * An event's credit-entry errors moved to the session each entry is made from (eventCredits:
 * one entry per session with hours, in the sessions' order): an entry's title at the session's
 * title, its hours and area split at the session's hours. The entry's title is the event's
 * name, a colon and the session's title, so one too long is said as such: a short session title
 * can be the one that is refused. Other errors stay as they are.
 */
export function creditsAtSessions(
  errors: Readonly<Record<string, string>>,
  saved: SavedEvent,
): Record<string, string> {
  const earning = saved.sessions.flatMap((s, i) => (s.hours > 0 ? [i] : []));
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const credit = creditErrorOf(field);
    const session = credit ? earning[credit.index] : undefined;
    const part = creditPartOf(field) === 'hours' ? 'hours' : credit?.part;
    if (session === undefined || (part !== 'title' && part !== 'hours')) {
      out[field] ??= message;
      continue;
    }
    const at = `sessions.${session}.${part}`;
    out[at] ??= part === 'title' ? creditTitleText(saved, session, message) : message;
  }
  return out;
}

function creditTitleText(saved: SavedEvent, session: number, message: string): string {
  const title = `${saved.name.trim()}: ${saved.sessions[session]?.title.trim() ?? ''}`;
  const length = [...title].length;
  if (length <= TITLE_MAX_LENGTH) return message;
  return `Its credit entry is titled with the event name in front, ${formatNumber(length)} characters in all; at most ${formatNumber(TITLE_MAX_LENGTH)} fit. Shorten this title or the event name.`;
}

/** A refused confirmation's problem: its words, and the proposed entry and area it is about. */
export interface ConfirmProblem {
  message: string;
  /** The proposed credit entry (0-based); null for a problem of none in particular. */
  index: number | null;
  /** The area whose hours are wrong; null for the whole split (or not a split at all). */
  area: Area | null;
  /** Whether it is about the entry's area split. */
  split: boolean;
}

/**
 * A refused confirmation's errors (`credits.<n>.…`), each naming its proposed entry by its
 * title (`titles`, in the proposal's order) and, in an area split, the area; hours typed in an
 * area (`typed`, by error key) are said as the credit log says them (hoursWorded).
 */
export function confirmProblems(
  errors: readonly FieldError[],
  titles: readonly string[],
  typed: Readonly<Record<string, string>>,
): ConfirmProblem[] {
  const words = hoursWorded(errorMap(errors), typed);
  return Object.entries(words).map(([field, message]) => {
    const at = creditErrorOf(field);
    const title = at ? titles[at.index] : undefined;
    if (!at || title === undefined) return { message, index: null, area: null, split: false };
    const [part, sub] = at.part.split('.');
    const area = areas.find((a) => a === sub) ?? null;
    const error = errors.find((e) => e.field === field);
    const sum =
      error?.code === 'SPLIT_MISMATCH' && error.expected !== undefined
        ? { expected: error.expected, actual: error.actual ?? 0 }
        : undefined;
    const text = confirmProblemText(title, area && areaLabels[area], message, sum);
    return { message: text, index: at.index, area, split: part === 'split' };
  });
}
