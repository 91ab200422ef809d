import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import type { SummaryItem } from '../../components/ErrorSummary';
import type { GoalDraft } from './goal-draft';
import { goalErrorText, milestoneDoneText, paramLabel } from './messages';

/** Where each error shows on the goal form, in the form's order: [field, its label]. */
function placeOf(field: string, d: GoalDraft): [rank: number, label: string] | null {
  const requirement = d.targetType === 'requirement';
  const fixed: Record<string, [number, string]> = {
    title: [0, 'Goal'],
    kind: [1, 'Kind'],
    status: [2, 'Status'],
    startDate: [3, 'Start date'],
    targetDate: [4, 'Target date (optional)'],
    why: [5, 'Why this matters (optional)'],
    'target.measure': [6, 'Measured by'],
    'target.param': [7, d.source === 'manual' ? 'Where you are now' : paramLabel(d.source)],
    'target.unitLabel': [8, 'Unit, e.g. books'],
    'target.value': [9, 'Target number'],
    target: [9, requirement ? 'Ladder requirement' : 'Target number'],
    'target.rungId': [9, 'Ladder requirement'],
    'target.requirementId': [9, 'Ladder requirement'],
  };
  if (fixed[field]) return fixed[field];
  const m = /^milestones\.(\d+)\.(\w+)$/.exec(field);
  if (!m) return null;
  const i = Number(m[1]);
  const part = m[2] === 'due' ? ' due' : m[2] === 'doneOn' ? ' done' : '';
  return [10 + i, `Milestone ${i + 1}${part}`];
}

/**
 * The goal form's problems for the error summary: each under the label of the field it is
 * shown at, in the order the form shows them. `errors` maps a field to its sentence.
 */
export function goalSummaryItems(errors: Record<string, string>, d: GoalDraft): SummaryItem[] {
  return Object.entries(errors)
    .map(([field, message]) => {
      const [rank, label] = placeOf(field, d) ?? [99, 'Goal'];
      return { rank, item: { field, label, message } };
    })
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.item);
}

/**
 * Where a goal error shows on the form: a measure's parameter is one field; a unit that does not
 * fit is the measure's (as GoalForm places them).
 */
export const goalErrorKey = (field: string) =>
  field.startsWith('target.measure.')
    ? 'target.param'
    : field === 'target.unit'
      ? 'target.measure'
      : field;

/**
 * A goal error in the words its field shows: a milestone's refused done date names the date
 * the draft holds (its "done" box shows none, milestoneDoneText).
 */
export function goalFieldErrorText(x: FieldError, d: Pick<GoalDraft, 'milestones'>): string {
  const done = /^milestones\.(\d+)\.doneOn$/.exec(x.field);
  if (done && (x.code === 'DATE_IN_FUTURE' || x.code === 'DATE_INVALID'))
    return milestoneDoneText(x.code, d.milestones[Number(done[1])]?.doneOn);
  return goalErrorText(x.code, x);
}

/**
 * A goal's problems said away from its form ("Mark as achieved" refused): every one, each in
 * the words and under the label the form gives it at its field, in the form's order.
 */
export function goalProblemItems(found: readonly FieldError[], d: GoalDraft): SummaryItem[] {
  const errors: Record<string, string> = {};
  for (const x of found) errors[goalErrorKey(x.field)] ??= goalFieldErrorText(x, d);
  return goalSummaryItems(errors, d);
}
