/**
 * The labels of the role, degree and contact-hours forms, kept in one place so that the error
 * summary names each problem under exactly the label the form shows (a summary entry that
 * reads differently from its field sends the user looking for a field that is not there).
 */
import type { SummaryItem } from '../../components/ErrorSummary';

/** The role form's labels (a legend for the kinds of experience), in the form's order. */
export const roleLabels = {
  title: 'Job title',
  organisation: 'Organisation',
  industry: 'Industry',
  start: 'Start month',
  end: 'End month',
  teamSize: 'Team size (optional)',
  budget: 'Budget (optional)',
  budgetCurrency: 'Budget currency',
  roleTypes: 'Kinds of experience this role gave you',
  description: 'Description (optional)',
} as const;

/**
 * Where a role error shows: the budget's amount and currency each at their own field, every
 * problem with a kind of experience at the one list of kinds.
 */
export function roleErrorKey(field: string): string {
  if (field === 'budget.amount') return 'budget';
  if (field === 'budget.currency') return 'budgetCurrency';
  return field.split('.')[0]!;
}

/** The degree form's labels, in the form's order. */
export const degreeLabels = {
  level: 'Level',
  field: 'Field of study (optional)',
  institution: 'Institution',
  year: 'Year awarded (optional)',
  gacAccredited: 'From a GAC-accredited programme (PMI Global Accreditation Center)',
} as const;

/** The contact-hours form's own field, before its courses. */
export const contactHoursLabel = 'Other PM education hours (not listed as courses)';

/**
 * One course's labels on the contact-hours form. Each carries the course's number, so two
 * courses' fields (and their entries in the summary) never read the same.
 */
export function courseLabels(index: number) {
  const n = index + 1;
  return {
    title: `Course ${n} title`,
    hours: `Course ${n} hours`,
    date: `Course ${n} completed on (optional)`,
    topic: `Course ${n} topic`,
  } as const;
}

/**
 * The problems for the error summary, in the order of `labels` (the form's order), each under
 * its field's label. `errors` maps a field to its sentence.
 */
export function summaryItems(
  errors: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): SummaryItem[] {
  return Object.entries(labels).flatMap(([field, label]) => {
    const message = errors[field];
    return message ? [{ field, label, message }] : [];
  });
}

/** The contact-hours form's labels by field ('hours', 'courses.0.title'…), in the form's order. */
export function contactHoursLabels(courseCount: number): Record<string, string> {
  const labels: Record<string, string> = { hours: contactHoursLabel };
  for (let i = 0; i < courseCount; i++) {
    for (const [part, label] of Object.entries(courseLabels(i))) {
      labels[`courses.${i}.${part}`] = label;
    }
  }
  return labels;
}
