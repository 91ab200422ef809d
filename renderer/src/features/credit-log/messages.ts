/**
 * Words for the credit log and the activity form. Codes shared with the credential screens
 * (types, statuses, reasons, field errors) are worded in ../credentials/messages.ts.
 */
import { EVIDENCE_BUDGET_BYTES } from '../../../../shared/backup-limits';
import { isacaCpePerSemesterCredit } from '../../../../shared/catalog/credentials';
import {
  amountStep,
  nearestAmounts,
  SEMESTER_CREDITS_MAX,
  type ActivityApplication,
  type AmountUnit,
  type Unusual,
} from '../../../../shared/domain/credits';
import { parseHours, type ActivityDraft } from '../../../../shared/domain/claims';
import type { DuplicateReason } from '../../../../shared/files/duplicate-evidence';
import type { CountsNowhere } from '../../../../shared/domain/credits/counts-nowhere';
import type { LogArea, LogSortKey } from '../../../../shared/domain/claims';
import { formatDate, formatNumber, formatFileSize, formatTyped } from '../../components/format';
import {
  ambiguousReadings,
  isAmbiguousNumber,
  withoutThousandsSeparators,
} from '../../../../shared/domain/import/numbers';
import { areaLabels, fieldErrorText } from '../credentials/messages';

export const amountUnitLabels: Record<AmountUnit, string> = {
  hours: 'Hours',
  ceu: 'CEU (1 CEU = 10 hours)',
  'body-unit': 'PDUs or other credits (1 = 1 hour)',
};

export const logAreaLabels: Record<LogArea, string> = { ...areaLabels, givingBack: 'Giving Back' };

export const outcomeLabels: Record<ActivityApplication['outcome'], string> = {
  counts: 'Counts',
  projected: 'Planned: a projection',
  'not-counted': 'Does not count',
};

export const sortLabels: Record<LogSortKey, string> = {
  date: 'Date',
  title: 'Title',
  provider: 'Provider',
  type: 'Type',
  hours: 'Hours',
  status: 'Status',
  evidence: 'Evidence',
};

/**
 * The activity form's labels, keyed as its errors are: the fields show these words and the
 * error summary (and the preview's "complete or correct: …") names each field by them, so
 * an entry in the summary reads exactly as the field it goes to. `split` and `evidence` are
 * the legends of their groups; `practitionerPeriod` is shown at the first day in the role.
 */
export const activityLabels = {
  title: 'Title',
  provider: 'Provider (optional)',
  type: 'Activity type',
  date: 'Completion date',
  startDate: 'Start date (optional)',
  amount: 'Amount',
  unit: 'Unit',
  relevantPercent: 'Relevant share (%)',
  semesterCredits: 'Semester credits (optional)',
  split: 'Talent Triangle split',
  'split.waysOfWorking': areaLabels.waysOfWorking,
  'split.powerSkills': areaLabels.powerSkills,
  'split.businessAcumen': areaLabels.businessAcumen,
  practitionerPeriod: 'In the role from (optional)',
  roleEnd: 'In the role until (optional)',
  status: 'Claim status',
  claimCode: 'Claim code (optional)',
  notes: 'Notes (optional)',
  evidence: 'Evidence',
} as const;

/** The Ways of Working hours that cover one credential's subject (PMI-ACP, PMI-RMP…). */
export const allocationLabel = (acronym: string) => `Ways of Working hours for ${acronym}`;

/**
 * The hint of a Ways of Working allocation the activity has for a credential not among those
 * earned now (deleted, or no longer earned): it counts for nothing, and may stand in the way of
 * a new split (it cannot be more than the Ways of Working hours).
 */
export const allocationNotHeldHint = (acronym: string) =>
  `${acronym} is not among your earned credentials now, so this counts for none of them. Clear it if it no longer applies.`;

/** A claim status for one credential that differs from the activity's. */
export const claimForLabel = (acronym: string) => `Claim status for ${acronym}`;

const labelOf: Readonly<Record<string, string>> = activityLabels;

/**
 * A field of the activity form (an error's dotted path) by its label on the form. `acronyms`
 * holds each credential's acronym by its id, and each category select's label by its field.
 */
export function fieldLabel(field: string, acronyms: ReadonlyMap<string, string>): string {
  const [head, id] = field.split('.') as [string, string | undefined];
  const acronym = id ? (acronyms.get(id) ?? id) : '';
  if (head === 'waysOfWorkingFor') return allocationLabel(acronym);
  if (head === 'claims') return claimForLabel(acronym);
  // A category select is labelled by the credentials sharing its scheme (use-activity-form).
  if (head === 'categories') return acronyms.get(field) ?? 'Category';
  return labelOf[field] ?? labelOf[head] ?? field;
}

/**
 * The semester-credits field's hint: who counts them and how (domain-facts §4: ISACA, 15 CPE
 * hours per semester credit, unless the holder set their own number; PMI and the other bodies
 * count the hours entered).
 */
export const SEMESTER_CREDITS_HINT = `For a university or college course. ISACA counts ${formatNumber(isacaCpePerSemesterCredit.value)} CPE hours per semester credit, or your own number if you set one on the credential’s page; PMI and the other bodies count the amount entered above.`;

/** What is wrong with the semester credits typed, and what to type instead. */
function semesterCreditsError(code: string): string {
  switch (code) {
    case 'NOT_A_NUMBER':
      return 'Enter the course’s semester credits as a number, for example 3 or 1.5, or leave the field empty.';
    case 'NOT_POSITIVE':
      return 'Enter more than zero semester credits, or leave the field empty.';
    case 'CREDITS_NOT_QUARTER':
      return 'Use steps of a quarter credit, for example 3, 1.5 or 2.25.';
    case 'TOO_LARGE':
      return `One activity can carry at most ${formatNumber(SEMESTER_CREDITS_MAX)} semester credits. Enter this course’s own credits (most courses are 1 to 6), or log each course on its own.`;
    case 'NOT_APPLICABLE':
      return 'Semester credits are only for a university or college course: choose the type “Course or training”, or clear the credits.';
    default:
      return 'Check the semester credits: enter a number such as 3, or leave the field empty.';
  }
}

/**
 * A field error of the activity form in words: the semester credits say what to type for
 * credits (not hours); evidence past the budget why there is one and what to do; every other
 * field as the credential screens word its code.
 */
export function activityErrorText(e: {
  field: string;
  code: string;
  expected?: number;
  actual?: number;
  name?: string;
  adding?: number;
  freed?: number;
}): string {
  if (e.field === 'evidence' && e.code === 'TOTAL_TOO_LARGE') return evidenceBudgetText(e);
  return e.field === 'semesterCredits' ? semesterCreditsError(e.code) : fieldErrorText(e.code, e);
}

/** A file refused for the budget, as the save reported it (activities.ts EvidenceError). */
export interface BudgetDetail {
  name?: string;
  /** The bytes kept (evidence and certificates), less the evidence the save removes. */
  actual?: number;
  /** The budget. */
  expected?: number;
  /** The new files of the save listed before the refused one, counted with it. */
  adding?: number;
  /** The evidence the save removes. */
  freed?: number;
}

/** Why there is a budget, and where a large file can go instead (also the course form's). */
export const budgetWhyText = (budget: number): string =>
  `Ascent keeps up to ${fileSize(budget)} of evidence and certificates so that one backup file holds everything; keep large files elsewhere and note where.`;

/**
 * A new evidence file past the budget (shared/backup-limits): the whole save was refused,
 * so it says nothing was saved, which file (with the new files before it, when they count),
 * how much is kept (as Settings › Storage counts it, the files this save removes left out and
 * said so), what to do and why there is a budget.
 */
export function evidenceBudgetText(d: BudgetDetail): string {
  const budget = d.expected ?? EVIDENCE_BUDGET_BYTES;
  const file = `“${d.name ?? 'This file'}”`;
  const what = d.adding ? `${file}, with the ${fileSize(d.adding)} of new files before it,` : file;
  const kept = `${fileSize(d.actual ?? 0)} is kept${d.freed ? ' without the files you removed' : ''}`;
  return `Nothing was saved: ${what} would take the evidence and certificates kept past ${fileSize(budget)} (${kept}). Remove it, or remove evidence you no longer need, then save again. ${budgetWhyText(budget)}`;
}

/** "812 KB", "3.4 MB". */
export const fileSize = (n: number): string => formatFileSize(n);

export function evidenceRefused(name: string, code: string, detail: BudgetDetail = {}): string {
  if (code === 'TOTAL_TOO_LARGE') return evidenceBudgetText({ ...detail, name });
  return code !== 'FILE_EMPTY'
    ? `“${name}” is larger than 20 MB and was not added. Save a smaller copy (for example a PDF of the certificate) and attach that.`
    : `“${name}” is empty and was not added; attach the real file.`;
}

/**
 * A file picked again (duplicateEvidence): it was not added, so it is saved and counted once;
 * one kept with the activity may be another file of the same name and size, so the way to add
 * it anyway is said.
 */
export function evidenceDuplicateText(name: string, reason: DuplicateReason): string {
  return reason === 'WAITING'
    ? `“${name}” is already in the list of new files, so it was not added again.`
    : `“${name}” is already kept with this activity (same name and size), so it was not added again. If it is a different file, rename it and add it again.`;
}

/** The amount's hint: its steps in the unit chosen (a quarter hour is 0.025 CEU). */
export const amountHint = (unit: AmountUnit): string =>
  unit === 'ceu'
    ? `In steps of ${formatTyped(amountStep('ceu'))} CEU (a quarter hour), e.g. 0.3 or 1,25.`
    : 'In quarter-hour steps, e.g. 1.5 or 1,75.';

/**
 * An amount in CEU that is not a whole number of quarter hours (validateActivity's
 * HOURS_NOT_QUARTER, which counts in hours): the steps and the nearest amounts in CEU, as the
 * user types them (nearestAmounts), not quarter hours they did not choose.
 */
export function ceuStepText(amount: number): string {
  const { below, above } = nearestAmounts(amount, 'ceu');
  const step = `In CEU, use steps of ${formatTyped(amountStep('ceu'))} (a quarter hour)`;
  const typed = (n: number) => readOneWay(formatTyped(n));
  return below === null
    ? `${step}: type ${typed(above)} or more.`
    : `${step}: type ${typed(below)} or ${typed(above)}.`;
}

/**
 * A figure the form is told to type, written so that the form reads it one way: a CEU step
 * from 1 up has three decimals ("1.025"), which the form reads as 1025 or 1.025 and asks which
 * (parseHours); with a fourth decimal ("1.0250") it is read as typed.
 */
const readOneWay = (figure: string): string => (isAmbiguousNumber(figure) ? `${figure}0` : figure);

/** What was typed in a field of hours (the amount, an area, a Ways of Working allocation). */
function typedHours(draft: ActivityDraft, field: string): string | undefined {
  if (field === 'amount') return draft.amount;
  const [head, key = ''] = field.split('.');
  if (head === 'split') return draft.split[key as keyof ActivityDraft['split']];
  if (head === 'waysOfWorkingFor') return draft.waysOfWorkingFor[key];
  return undefined;
}

/**
 * A field error of the activity form as its field and the error summary both say it
 * (activityErrorText): an amount in CEU off the steps in CEU (ceuStepText), and every field
 * of hours typed "1,500" or "1,234.5" as the amount says it (amountError).
 */
export function activityFieldText(
  e: Parameters<typeof activityErrorText>[0],
  draft: ActivityDraft,
) {
  const ceu = e.field === 'amount' && e.code === 'HOURS_NOT_QUARTER' && draft.unit === 'ceu';
  const text = ceu ? ceuStepText(parseHours(draft.amount)) : activityErrorText(e);
  const typed = typedHours(draft, e.field);
  return typed === undefined ? text : amountError(typed, text);
}

/**
 * An amount typed with thousands separators ("1,234.5"), which the form does not read:
 * what to type instead (withoutThousandsSeparators gives it).
 */
export const thousandsSeparatorText = (plain: string): string =>
  `Leave out the thousands separator: type ${plain} instead.`;

/** "1,500" or "1.500" in the amount: it could be either number, so the form asks which. */
export const unclearAmountText = (typed: string, [thousand, decimal]: [number, number]): string =>
  `“${typed}” could be ${thousand} or ${decimal}: type the one you mean, ${thousand} or ${readOneWay(String(decimal))}.`;

/**
 * The amount's error (the field's and the error summary's), saying what to type rather than
 * "enter a number": for "1,500" (1500 or 1.5?) the two readings; for "1,234.5" (the form takes
 * no thousands separators) which character to leave out.
 */
export function amountError<T extends string | undefined>(typed: string, error: T): T | string {
  if (!error) return error;
  const readings = ambiguousReadings(typed.trim());
  if (readings) return unclearAmountText(typed.trim(), readings);
  const plain = withoutThousandsSeparators(typed);
  return plain === null ? error : thousandsSeparatorText(plain);
}

/** "Delete activity" on an activity another window had deleted already: nothing was deleted. */
export const alreadyDeletedText = (title: string): string =>
  `“${title}” had already been deleted in another window, so nothing was deleted here.`;

export function hoursText(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'hour' : 'hours'}`;
}

export function activityCount(n: number): string {
  return n === 1 ? '1 activity' : `${formatNumber(n)} activities`;
}

/** "Is that right?" for a value that is valid but unusual (unusualActivity). */
export function unusualText(u: Unusual): string {
  switch (u.code) {
    case 'MORE_THAN_A_CYCLE':
      return `${hoursText(u.hours ?? 0)} for one activity is more than any credential asks for in a whole cycle (${formatNumber(u.limit ?? 0)}). Check the amount and its unit.`;
    case 'LONG_AGO':
      return 'The completion date is before 1970. Check the year.';
    case 'FAR_AHEAD':
      return 'The completion date is more than five years ahead. Check the year.';
    case 'NO_PMI_SPLIT':
      return 'This counts for none of your PMI credentials until its hours are split across the Talent Triangle. Add the split, or save it as it is.';
  }
}

/**
 * The note by the completion date when that date counts for none of the credentials held
 * (countsNowhereByDate). A note, not an error: the activity can still be saved.
 */
export function countsNowhereText(c: CountsNowhere, acronyms: ReadonlyMap<string, string>): string {
  const keep = 'If the date is right, you can still keep it in your log.';
  const only = c.ruledOut.length === 1 ? c.ruledOut[0]! : null;
  const yours = only ? `your ${acronyms.get(only.credentialId) ?? 'credential'}` : null;
  switch (c.code) {
    case 'BEFORE_CERTIFICATION':
      return yours
        ? `Dated before you earned ${yours} (${formatDate(c.firstCertifiedOn)}), so it does not count for it. ${keep}`
        : `Dated before you earned any of your credentials (the first on ${formatDate(c.firstCertifiedOn)}), so it counts for none of them. ${keep}`;
    case 'OUTSIDE_CYCLE':
      return yours
        ? `Its date is outside every cycle of ${yours}, so it does not count for it. ${keep}`
        : `Its date is outside every cycle of your credentials, so it counts for none of them. ${keep}`;
    case 'MIXED':
      return `Dated before you earned some of your credentials and outside every cycle of the others, so it counts for none of them. ${keep}`;
  }
}
