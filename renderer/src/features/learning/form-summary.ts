import type { SummaryItem } from '../../components/ErrorSummary';

/** A form's fields in the order it shows them: [error key, the field's visible label]. */
export type FieldLabels = readonly (readonly [field: string, label: string])[];

/**
 * A failed save's problems as a form shows them: each error at a field of the form, and the
 * same errors for the error summary, each under that field's visible label in the form's
 * order. `shownAt` names the field for an error of a part with no field of its own (a
 * course's area split is shown at its contact hours), or null for an error of a part no
 * longer on the form (a session removed since); an error no field is named for goes to the
 * form's first field, so none is ever left unsaid. The first message for a field wins.
 */
export function placeErrors(
  errors: Readonly<Record<string, string>>,
  labels: FieldLabels,
  shownAt: (field: string) => string | null = (field) => field,
): { shown: Record<string, string>; items: SummaryItem[] } {
  const known = new Set(labels.map(([field]) => field));
  const home = labels[0]?.[0] ?? '';
  const shown: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const at = shownAt(field);
    if (at !== null) shown[known.has(at) ? at : home] ??= message;
  }
  const items = labels.flatMap(([field, label]) => {
    const message = shown[field];
    return message ? [{ field, label, message }] : [];
  });
  return { shown, items };
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
