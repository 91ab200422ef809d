/**
 * The two credential forms' labels, and their problems for the error summary: each under the
 * label of the field it is shown at, in the order the form shows them. The forms take their
 * labels from here, so the summary names a field exactly as the form does.
 */
import type { SummaryItem } from '../../components/ErrorSummary';
import { formatDate, listText } from '../../components/format';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import type { Renewal } from '../../../../shared/domain/credentials';
import { isLocalDate } from '../../../../shared/dates';
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
 * a field. A renewal dated before the earned date is fixed at the earned date, the only date
 * of that rule this form changes (RENEWAL_BEFORE_EARNED), so its words go there, naming the
 * renewal, when that field has none of its own. Any other problem with a renewal stays under
 * the renewal (`renewals.N.date`), which this form does not show: unshownProblemsText says it.
 */
export function heldErrorMap(
  errors: readonly FieldError[],
  renewals: readonly Renewal[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  const renewalOf = (e: FieldError) => /^renewals\.(\d+)\./.exec(e.field);
  const dateOf = (i: number) => {
    const d = renewals[i]?.date;
    return d && isLocalDate(d) ? formatDate(d) : 'a date that is not valid';
  };
  for (const e of errors) if (!renewalOf(e)) out[e.field] = fieldErrorText(e.code, e);
  for (const e of errors) {
    const m = renewalOf(e);
    if (!m) continue;
    const when = dateOf(Number(m[1]));
    if (e.code === 'RENEWAL_BEFORE_EARNED')
      out.earnedDate ??= `Your renewal of ${when} comes before this date: use the date you earned it, or correct that renewal on the credential’s page.`;
    else out[e.field] = `your renewal of ${when} (“${fieldErrorText(e.code, e)}”)`;
  }
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
  earnedShown = true,
): string | null {
  const onForm = (f: string) =>
    form === 'held'
      ? heldOrder.includes(f) && (f !== 'earnedDate' || earnedShown)
      : customPlace(f) !== null;
  const rest = Object.keys(errors).filter((f) => !onForm(f));
  if (rest.length === 0) return null;
  if (rest.every((f) => f.startsWith('overrides')))
    return 'Nothing was saved: a number you set for this credential itself (“Your number for …” on its page) no longer fits its rule. Change or clear it there, then save again.';
  if (rest.every((f) => f.startsWith('renewals.')))
    return `Nothing was saved: ${listText(
      rest.map((f) => errors[f]!),
      'and',
    )} ${rest.length === 1 ? 'was' : 'were'} refused. Correct it on the credential’s page, or Cancel to keep what is stored.`;
  if (rest.every((f) => f === 'earnedDate'))
    return `Nothing was saved: the earned date kept with it was refused (“${errors.earnedDate}”). Set the stage to Earned to see and change it, or Cancel to keep what is stored.`;
  const said = listText([...new Set(rest.map((f) => `“${errors[f]}”`))], 'and');
  return `Nothing was saved: a detail stored with it that this form does not show was refused (${said}). Cancel keeps what is stored.`;
}

/** What a stored detail is called where it can be corrected, for rowRefusalText. */
const storedDetailNames: Record<string, string> = {
  credentialId: 'the credential',
  stage: 'its stage',
  examDate: 'its exam date',
  earnedDate: 'its earned date',
  applicationApprovedDate: 'its “Application approved on” date',
  examAttemptsUsed: 'its “Exam attempts used”',
  renewalRoute: 'its “How you renew”',
};

/**
 * A save of one part of a held credential (how it is renewed, a rule choice, a renewal), refused:
 * a problem with that part (`own`) in its own words, as the row shows it beside that part; a
 * problem with another detail stored with it names that detail and where to correct it, since
 * the row's own words would point at the wrong thing ("This date is in the future" under "How
 * you renew").
 */
export function rowRefusalText(
  errors: readonly FieldError[],
  own: (field: string) => boolean,
  renewals: readonly Renewal[] = [],
): string {
  const first = errors.find((e) => own(e.field)) ?? errors[0];
  if (!first) return fieldErrorText('INVALID');
  const text = fieldErrorText(first.code, first);
  if (own(first.field)) return text;
  const renewal = /^renewals\.(\d+)\./.exec(first.field);
  if (renewal) {
    const d = renewals[Number(renewal[1])]?.date;
    const when = d && isLocalDate(d) ? formatDate(d) : 'a date that is not valid';
    return `Nothing was saved: your renewal of ${when} stored with this credential is refused (“${text}”). A renewal comes after the earned date and not after today: check the earned date with “Edit stage and dates”, then try again.`;
  }
  if (first.field.startsWith('overrides'))
    return `Nothing was saved: a number you set for this credential (“Your number for …” under “The rule behind the numbers”) is refused (“${text}”). Change or clear it, then try again.`;
  const name = storedDetailNames[first.field] ?? 'a detail stored with it';
  return `Nothing was saved: ${name} is refused (“${text}”). Correct it with “Edit stage and dates”, then try again.`;
}
