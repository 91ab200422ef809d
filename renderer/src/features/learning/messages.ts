/**
 * Words for the journal's codes (issue 6). The domain returns codes; this is the only place
 * they become sentences (DESIGN.md §4).
 */
import type {
  ContactRelation,
  CourseFormat,
  CourseStatus,
  EventKind,
  InteractionKind,
  MediaKind,
  NoCreditReason,
} from '../../../../shared/domain/journal';
import { HOURS_IN_A_DAY } from '../../../../shared/domain/journal';
import type { AmountUnit } from '../../../../shared/domain/credits';
import { formatDate, formatFileSize, formatNumber } from '../../components/format';
import { fieldErrorText } from '../credentials/messages';
import { ATTACHMENT_MAX_BYTES } from '../../db/repositories/journal';
import { EVIDENCE_BUDGET_BYTES } from '../../../../shared/backup-limits';
import { budgetWhyText } from '../credit-log/messages';

export const formatLabels: Record<CourseFormat, string> = {
  classroom: 'Classroom',
  virtual: 'Live online',
  'self-paced': 'Self-paced',
  university: 'University',
};

export const courseStatusLabels: Record<CourseStatus, string> = {
  planned: 'Planned',
  enrolled: 'Enrolled',
  'in-progress': 'In progress',
  completed: 'Completed',
  dropped: 'Dropped',
};

export const eventKindLabels: Record<EventKind, string> = {
  conference: 'Conference',
  'chapter-meeting': 'Chapter meeting',
  meetup: 'Meetup',
  other: 'Other event',
};

export const mediaKindLabels: Record<MediaKind, string> = {
  reading: 'Reading',
  webinar: 'Webinar',
  podcast: 'Podcast',
};

export const relationLabels: Record<ContactRelation, string> = {
  contact: 'Contact',
  mentor: 'My mentor',
  mentee: 'My mentee',
};

export const interactionKindLabels: Record<InteractionKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  message: 'Message',
  'mentoring-received': 'Mentoring I received',
  'mentoring-given': 'Mentoring I gave',
};

/** The reflection's labels, keyed as its errors are (every journal form ends with it). */
export const reflectionLabels = {
  'reflection.learned': 'What I learned',
  'reflection.apply': 'How I will use it',
} as const;

/**
 * The labels of each journal form's fields, keyed as their errors are and in the order the
 * form shows them: the form's labels and its error summary's are the same words.
 */
export const courseLabels = {
  title: 'Course title',
  provider: 'Provider',
  format: 'Format',
  status: 'Status',
  start: 'Start date',
  end: 'End date',
  contactHours: 'Contact hours',
  topic: 'Exam training topic',
  'cost.amount': 'Cost (optional)',
  'cost.currency': 'Currency',
  link: 'Link (optional)',
  certificate: 'Certificate',
  notes: 'Notes',
  ...reflectionLabels,
} as const;

export const mediaLabels = {
  kind: 'Kind',
  title: 'Title',
  author: 'Author or host',
  date: 'Finished on',
  hours: 'Hours',
  area: 'Area',
  link: 'Link (optional)',
  notes: 'Notes',
  ...reflectionLabels,
} as const;

/** An event's fields before its sessions, then after them. */
export const eventLabels = {
  name: 'Event name',
  kind: 'Kind of event',
  organiser: 'Organiser',
  start: 'First day',
  end: 'Last day',
  place: 'Place',
  'cost.amount': 'Cost (optional)',
  'cost.currency': 'Currency',
  link: 'Link (optional)',
} as const;
export const eventEndLabels = { notes: 'Notes and takeaways', ...reflectionLabels } as const;

/** The labels of an event's session `i` (0-based): "Session 2 hours". */
export const sessionLabels = (i: number) => ({
  title: `Session ${i + 1} title`,
  speaker: `Session ${i + 1} speaker`,
  hours: `Session ${i + 1} hours`,
  area: `Session ${i + 1} area`,
});

/** An event form's labels in its order, with `sessions` sessions, keyed as their errors are. */
export function eventFieldLabels(sessions: number): [field: string, label: string][] {
  const rows = Array.from({ length: sessions }, (_, i) =>
    Object.entries(sessionLabels(i)).map(([part, label]): [string, string] => [
      `sessions.${i}.${part}`,
      label,
    ]),
  );
  return [...Object.entries(eventLabels), ...rows.flat(), ...Object.entries(eventEndLabels)];
}

/** Why an entry proposes no credit entries, for the kind of entry it is. */
export function noCreditText(reason: NoCreditReason, kind: 'course' | 'other'): string {
  switch (reason) {
    case 'NOT_FINISHED':
      return 'Credit entries are proposed once it is finished.';
    case 'NO_CREDIT_KIND':
      return 'Nothing here earns credit.';
    case 'NO_SESSION_HOURS':
      return 'No session has hours yet: add the sessions you attended or gave, with their hours, and credit entries are proposed from them.';
    case 'NO_EARNED_CREDENTIAL':
      return kind === 'course'
        ? 'No credential was earned by then, so its hours count as exam contact hours instead.'
        : 'No credential was earned by then, so it earns no credit.';
    case 'NO_CREDIT_REQUIRED':
      return kind === 'course'
        ? 'The credentials you held then are valid for life and take no credits, so its hours count as exam contact hours instead.'
        : 'The credentials you held then are valid for life and take no credits, so it earns none.';
    case 'NO_CURRENT_CREDENTIAL':
      return kind === 'course'
        ? 'No credential that takes credits was current then (its cycle had lapsed), so its hours count as exam contact hours instead.'
        : 'No credential that takes credits was current then (its cycle had lapsed), so it earns no credit.';
  }
}

/**
 * Sessions attended adding up to more than the event's days hold (attendedHoursError): "The
 * sessions you attended add up to 30 hours, more than the 24 hours in the event's one day.
 * Correct their hours, or the event's last day if it ran longer."
 */
export function moreThanEventDaysText(total: number, limit: number): string {
  const days = Math.round(limit / HOURS_IN_A_DAY);
  const span = days === 1 ? 'one day' : `${formatNumber(days)} days`;
  return `The sessions you attended add up to ${formatNumber(total)} hours, more than the ${formatNumber(limit)} hours in the event’s ${span}. Correct their hours, or the event’s last day if it ran longer.`;
}

/** A journal field error in words. */
export function journalErrorText(
  code: string,
  detail?: { expected?: number; actual?: number; field?: string },
): string {
  switch (code) {
    case 'TOO_LONG':
      if (detail?.field === 'tags' && detail.expected && detail.actual)
        return `A tag is too long: ${formatNumber(detail.actual)} characters, at most ${formatNumber(detail.expected)} fit. Shorten it by ${formatNumber(detail.actual - detail.expected)}.`;
      // The limit and the text's length, from the validator (shared/domain/journal/fields.ts).
      return fieldErrorText(code, detail);
    case 'LINK_NOT_HTTPS':
      return 'Links must start with https:// so they open safely.';
    case 'LINK_INVALID':
      return 'This is not a web address. Check it, or leave it empty.';
    case 'END_BEFORE_START':
      return 'The end cannot be before the start.';
    case 'IN_FUTURE':
      // A course's end is refused only while it is marked completed (validateCourse): the
      // status is what to change until that day comes, not the day.
      return detail?.field === 'end'
        ? 'A completed course has ended by today. Enter the day you completed it, or choose “In progress” until then.'
        : 'This date is in the future. Use the day it really happened.';
    case 'SPLIT_MISMATCH':
      return `The areas must add up to the ${detail?.expected ?? ''} hours.`;
    case 'MORE_THAN_EVENT_DAYS':
      return moreThanEventDaysText(detail?.actual ?? 0, detail?.expected ?? HOURS_IN_A_DAY);
    case 'CURRENCY_INVALID':
      return 'Use a three-letter currency code, such as EUR or USD.';
    case 'NOT_A_NUMBER':
      // A cost is read as parseCostAmount reads it: whole amounts, grouped or not, and cents.
      return detail?.field === 'cost.amount'
        ? 'Enter the cost as a number, for example 1995 or 19.99.'
        : fieldErrorText(code, detail);
    case 'UNKNOWN_CONTACT':
      return 'Choose a contact from your network.';
    case 'FILE_TOO_LARGE':
      return `This file is larger than ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB. Save a smaller copy (for example a PDF) and add that.`;
    case 'FILE_EMPTY':
      return 'This file is empty. Choose the certificate file again.';
    case 'TOTAL_TOO_LARGE': {
      // The whole course save was refused (journal.ts saveCourse); `actual`: the bytes kept,
      // less the certificate it would replace.
      const budget = detail?.expected ?? EVIDENCE_BUDGET_BYTES;
      return `Nothing was saved: this certificate would take the evidence and certificates kept past ${formatFileSize(budget)} (${formatFileSize(detail?.actual ?? 0)} is kept). Choose a smaller copy, or remove evidence or certificates you no longer need, then save again. ${budgetWhyText(budget)}`;
    }
    case 'ENTRY_GONE':
      return 'This entry was deleted, so its credit entries were not added.';
    case 'ENTRY_CHANGED':
      return 'This entry was changed in another window just now, so nothing was added. Check the credit entries as they are now, then confirm again.';
    case 'ALREADY_CONFIRMED':
      return 'These credit entries were already added to your credit log, so they were not added again.';
    case 'CREDIT_TAKEN':
      return 'That credit entry was deleted or linked to another entry since, so nothing was linked. Check your credit log, then confirm if you still need these credit entries.';
    default:
      return fieldErrorText(code, detail);
  }
}

/**
 * A confirmation refused because the entry's credit entries are already in the credit log (a
 * second click, or another window, confirmed them first): "The credit entries of “Leading
 * agile teams” were already added to your credit log, so they were not added again."
 */
export function creditsAlreadyAddedText(title: string): string {
  return `The credit entries of “${title}” were already added to your credit log, so they were not added again.`;
}

/** Field errors as a map from field to sentence (the first error per field). */
export function errorMap(
  errors: readonly { field: string; code: string; expected?: number; actual?: number }[],
) {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field] ??= journalErrorText(e.code, e);
  return out;
}

/** A credit entry's amount in short: "16 hours", "1.5 CEU", "2 PDUs or other credits". */
function amountShort(amount: number, unit: AmountUnit): string {
  const n = formatNumber(amount);
  if (unit === 'ceu') return `${n} CEU`;
  if (unit === 'body-unit')
    return `${n} ${amount === 1 ? 'PDU or other credit' : 'PDUs or other credits'}`;
  return `${n} ${amount === 1 ? 'hour' : 'hours'}`;
}

/** The journal entry a confirm panel is about, as its sentences name it: "this course". */
export function thisEntryText(table: string, title: string): string {
  if (table === 'courses') return 'this course';
  if (table === 'events') return 'this event';
  if (table === 'interactions') return 'this interaction';
  return `“${title}”`;
}

/**
 * The confirm panel's warning (rule "avoid counting the same learning twice"): an unlinked
 * credit entry of the same day and title is already in the credit log. "Your credit log
 * already has “PMO set-up and operations”, 3 Sep 2026, 16 hours, not linked to this course.
 * Confirming adds a second entry, and the same learning counts twice."
 */
export function sameLearningText(
  logged: { title: string; date: string; amount: number; unit: AmountUnit },
  entry: string,
): string {
  const what = `“${logged.title}”, ${formatDate(logged.date)}, ${amountShort(logged.amount, logged.unit)}`;
  return `Your credit log already has ${what}, not linked to ${entry}. Confirming adds a second entry, and the same learning counts twice.`;
}

/** The notice after "Link that entry to this course instead". */
export function linkedInsteadText(credit: string, entry: string): string {
  const to = credit === entry ? 'the entry of the same name' : `“${entry}”`;
  return `“${credit}” in your credit log is now linked to ${to}, so it counts once. Nothing was added.`;
}

/** Undo of that link declined: the credit entry changed since in a way Undo must not touch. */
export const linkNotUndoneText =
  'The link was not taken back: that credit entry was deleted or linked to another entry since.';

/**
 * A refused confirmation's problem with one proposed credit entry, naming it and, for an area
 * split, the area: "“Leading agile teams”, Power Skills: Enter a number.". A split that does
 * not add up (`sum`) says what it adds up to: "“Leading agile teams”: the hours per area add up
 * to 12; they must add up to 16.".
 */
export function confirmProblemText(
  title: string,
  area: string | null,
  message: string,
  sum?: { expected: number; actual: number },
): string {
  if (sum)
    return `“${title}”: the hours per area add up to ${formatNumber(sum.actual)}; they must add up to ${formatNumber(sum.expected)}.`;
  return area ? `“${title}”, ${area}: ${message}` : `“${title}”: ${message}`;
}

/**
 * What a Learning edit form says when its entry (`noun`: "course", "event", "entry") was
 * changed or deleted in another window after it was opened (useEditConflict), and what Save
 * and Cancel then do. A deleted entry is saved again only as a new one: what was deleted with
 * it (its certificate, its credit entries) stays with the deleted one, for its Undo.
 */
export function entryConflictText(noun: string): Record<'CHANGED' | 'DELETED', string> {
  return {
    CHANGED: `This ${noun} was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.`,
    DELETED: `This ${noun} was deleted in another window after you opened this form. Saving will add it again as a new ${noun} with what you see here; what the deleted one had attached (files, credit entries) does not come with it. Cancel leaves it deleted.`,
  };
}

/**
 * The confirm panel's entry changed since its credit entries were proposed (in another
 * window, say): the panel shows them as the entry is now (`none`: it proposes none now).
 */
export function proposalChangedText(title: string, none: boolean): string {
  return none
    ? `“${title}” was changed since its credit entries were proposed and no longer earns any, so there is nothing to confirm.`
    : `“${title}” was changed since its credit entries were proposed. The entries below show it as it is now.`;
}

/** Hours per area typed in the confirm panel no longer fit the entry, changed since. */
export const splitResetText =
  'The hours per area you typed were reset to the proposal, because the hours changed since you typed them.';
