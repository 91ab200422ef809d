/**
 * Words for the credit log and the activity form. Codes shared with the credential screens
 * (types, statuses, reasons, field errors) are worded in ../credentials/messages.ts.
 */
import type { ActivityApplication, AmountUnit, Unusual } from '../../../../shared/domain/credits';
import type { LogArea, LogSortKey } from '../../../../shared/domain/claims';
import { formatNumber, formatFileSize } from '../../components/format';
import { areaLabels } from '../credentials/messages';

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

/** Names of the form's fields, for the error summary ("Hours: use quarter-hour steps"). */
const fieldLabels: Record<string, string> = {
  date: 'Completion date',
  startDate: 'Start date',
  title: 'Title',
  provider: 'Provider',
  type: 'Activity type',
  amount: 'Amount',
  unit: 'Unit',
  relevantPercent: 'Relevant share',
  split: 'Talent Triangle split',
  'split.waysOfWorking': 'Ways of Working hours',
  'split.powerSkills': 'Power Skills hours',
  'split.businessAcumen': 'Business Acumen hours',
  status: 'Claim status',
  practitionerPeriod: 'Time in the role',
  evidence: 'Evidence',
};

export function fieldLabel(field: string, acronyms: ReadonlyMap<string, string>): string {
  const [head, id] = field.split('.') as [string, string | undefined];
  const acronym = id ? (acronyms.get(id) ?? id) : '';
  if (head === 'waysOfWorkingFor') return `Ways of Working for ${acronym}`;
  if (head === 'claims') return `Claim status for ${acronym}`;
  return fieldLabels[field] ?? fieldLabels[head] ?? field;
}

/** "812 KB", "3.4 MB". */
export const fileSize = (n: number): string => formatFileSize(n);

export function evidenceRefused(name: string, code: string): string {
  return code !== 'FILE_EMPTY'
    ? `“${name}” is larger than 20 MB and was not added. Save a smaller copy (for example a PDF of the certificate) and attach that.`
    : `“${name}” is empty and was not added; attach the real file.`;
}

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
  }
}
