/**
 * The two credential forms' labels, and their problems for the error summary: each under the
 * label of the field it is shown at, in the order the form shows them. The forms take their
 * labels from here, so the summary names a field exactly as the form does.
 */
import type { SummaryItem } from '../../components/ErrorSummary';
import { listText } from '../../components/format';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { fieldErrorText } from './messages';

/** The add/edit credential form (AddCredentialForm). */
export const heldLabels = {
  credentialId: 'Credential',
  stage: 'Stage',
  examDate: 'Exam date (optional)',
  earnedWhenEarned: 'Earned on (certification date)',
  earnedOtherwise: 'Earned on (optional)',
} as const;

/** The form of a credential of your own (CustomCredentialForm). */
export const customLabels = {
  body: 'Awarding body',
  acronym: 'Short name',
  name: 'Full name',
  unit: 'Credit unit',
  cycleMonths: 'Cycle length in months',
  total: 'Credits needed per cycle',
  minDistinctCategories: 'At least this many categories (optional)',
  categories: 'Categories (optional)',
} as const;

const categoryParts = { name: 'name', min: 'minimum', cap: 'cap' } as const;

/** A category row's label: "Category 2 minimum". */
export const categoryRowLabel = (i: number, part: keyof typeof categoryParts) =>
  `Category ${i + 1} ${categoryParts[part]}`;

/** [rank, label] of a field, or null when the form does not show it. */
type Place = (field: string) => [rank: number, label: string] | null;

function inOrder(errors: Record<string, string>, place: Place): SummaryItem[] {
  return Object.entries(errors)
    .flatMap(([field, message]) => {
      const at = place(field);
      return at ? [{ rank: at[0], item: { field, label: at[1], message } }] : [];
    })
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.item);
}

/**
 * A held credential's save errors in words, by the field each is shown at: the last one for
 * a field. A renewal that no longer fits is fixed at the earned date, the only date of the
 * renewal rule this form changes (RENEWAL_BEFORE_EARNED), so its words go there when that
 * field has none of its own.
 */
export function heldErrorMap(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  const renewal = (e: FieldError) => e.field.startsWith('renewals.');
  for (const e of errors) if (!renewal(e)) out[e.field] = fieldErrorText(e.code, e);
  for (const e of errors) if (renewal(e)) out.earnedDate ??= fieldErrorText(e.code, e);
  return out;
}

const heldOrder = ['credentialId', 'stage', 'examDate', 'earnedDate'];

/**
 * `earnedLabel`: the earned date's label as shown, null while the field is not shown (its
 * problem then waits, unsaid, until the field is back or the save is tried again).
 */
export function heldSummaryItems(
  errors: Record<string, string>,
  earnedLabel: string | null,
): SummaryItem[] {
  const labels = [heldLabels.credentialId, heldLabels.stage, heldLabels.examDate, earnedLabel];
  return inOrder(errors, (field) => {
    const rank = heldOrder.indexOf(field);
    const label = labels[rank];
    return rank >= 0 && label ? [rank, label] : null;
  });
}

const customOrder = Object.keys(customLabels) as (keyof typeof customLabels)[];
const partOrder = Object.keys(categoryParts) as (keyof typeof categoryParts)[];

const customPlace: Place = (field) => {
  const rank = customOrder.indexOf(field as keyof typeof customLabels);
  if (rank >= 0) return [rank, customLabels[customOrder[rank]!]];
  // A category's id is not shown: a duplicate is the category's, named by its name.
  const m = /^categories\.(\d+)\.(name|min|cap|id)$/.exec(field);
  if (!m) return null;
  const i = Number(m[1]);
  const part = m[2] === 'id' ? 'name' : (m[2] as keyof typeof categoryParts);
  return [
    customOrder.length + i * partOrder.length + partOrder.indexOf(part),
    categoryRowLabel(i, part),
  ];
};

export const customSummaryItems = (errors: Record<string, string>): SummaryItem[] =>
  inOrder(errors, customPlace);

/**
 * A refused save's problems with what the form never shows, in words (they are not in the
 * summary, having no field to go to), or null. A held credential's own numbers ("Your number
 * for …" on its page) are kept by its form as stored; they stop a save when the rule they
 * were set on changed since (a definition of your own edited, say).
 */
export function unshownProblemsText(
  errors: Record<string, string>,
  form: 'held' | 'custom',
): string | null {
  const onForm = (f: string) => (form === 'held' ? heldOrder.includes(f) : customPlace(f) !== null);
  const rest = Object.keys(errors).filter((f) => !onForm(f));
  if (rest.length === 0) return null;
  if (rest.every((f) => f.startsWith('overrides')))
    return 'Nothing was saved: a number you set for this credential itself (“Your number for …” on its page) no longer fits its rule. Change or clear it there, then save again.';
  const said = listText([...new Set(rest.map((f) => `“${errors[f]}”`))], 'and');
  return `Nothing was saved: a detail stored with it that this form does not show was refused (${said}). Cancel keeps what is stored.`;
}
