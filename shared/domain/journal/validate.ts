/**
 * Checks of learning entries before they are saved (issue 6 parts 1–3). An empty list means
 * the entry may be saved. `asOf` is today: a course cannot be completed, nor a book finished,
 * in the future.
 */
import { areas } from '../../catalog/credentials/types';
import type { LocalDate } from '../../dates';
import { trainingTopics } from '../eligibility/education';
import { isQuarterStep } from '../credits/quarters';
import { attendedHoursError } from './event-day-hours';
import {
  checkCost,
  checkDate,
  checkHours,
  checkLink,
  checkName,
  checkOneOf,
  checkRange,
  checkReflection,
  checkText,
  type JournalError,
} from './fields';
import {
  courseFormats,
  courseStatuses,
  eventKinds,
  mediaKinds,
  type Course,
  type EventSession,
  type JournalEvent,
  type MediaEntry,
} from './types';

function checkSplit(course: Course, errors: JournalError[]): void {
  if (!course.split) return;
  let sum = 0;
  for (const area of areas) {
    const h = course.split[area];
    if (typeof h !== 'number' || h < 0 || !isQuarterStep(h)) {
      errors.push({ field: `split.${area}`, code: 'HOURS_NOT_QUARTER' });
      return;
    }
    sum += h;
  }
  if (Math.abs(sum - course.contactHours) > 1e-9)
    errors.push({
      field: 'split',
      code: 'SPLIT_MISMATCH',
      expected: course.contactHours,
      actual: sum,
    });
}

/** Issue 6 part 1: a completed course needs its completion day, not in the future. */
export function validateCourse(course: Course, asOf: LocalDate): JournalError[] {
  const errors: JournalError[] = [];
  checkName(course.title, 'title', errors);
  checkText(course.provider, 'provider', errors);
  checkOneOf(course.format, courseFormats, 'format', errors);
  checkOneOf(course.status, courseStatuses, 'status', errors);
  checkOneOf(course.topic, trainingTopics, 'topic', errors);
  const start = checkDate(course.start, 'start', errors, false);
  const end = checkDate(course.end, 'end', errors, course.status === 'completed');
  checkRange(start, end, 'end', errors);
  if (course.status === 'completed' && end && end > asOf)
    errors.push({ field: 'end', code: 'IN_FUTURE' });
  const hoursOk = checkHours(
    course.contactHours,
    'contactHours',
    errors,
    course.status === 'completed',
  );
  if (hoursOk) checkSplit(course, errors);
  checkCost(course.cost, errors);
  checkLink(course.link, 'link', errors);
  checkText(course.notes, 'notes', errors);
  checkReflection(course.reflection, errors);
  return errors;
}

/**
 * Issue 6 part 2: an event and its sessions (hours in quarter steps, a known area), the
 * sessions attended within the hours of the event's days (attendedHoursError).
 */
export function validateEvent(
  event: JournalEvent,
  sessions: readonly EventSession[],
): JournalError[] {
  const errors: JournalError[] = [];
  checkName(event.name, 'name', errors);
  checkOneOf(event.kind, eventKinds, 'kind', errors);
  checkText(event.organiser, 'organiser', errors);
  const start = checkDate(event.start, 'start', errors, true);
  const end = checkDate(event.end, 'end', errors, true);
  checkRange(start, end, 'end', errors);
  checkText(event.place, 'place', errors);
  checkCost(event.cost, errors);
  checkLink(event.link, 'link', errors);
  checkText(event.notes, 'notes', errors);
  checkReflection(event.reflection, errors);
  sessions.forEach((s, i) => {
    checkName(s.title, `sessions.${i}.title`, errors);
    checkText(s.speaker, `sessions.${i}.speaker`, errors);
    checkHours(s.hours, `sessions.${i}.hours`, errors, true);
    checkOneOf(s.area, areas, `sessions.${i}.area`, errors);
  });
  const tooMany = start && end ? attendedHoursError(start, end, sessions) : null;
  if (tooMany) errors.push(tooMany);
  return errors;
}

/** Issue 6 part 3: reading, webinars and podcasts, finished by today. */
export function validateMedia(entry: MediaEntry, asOf: LocalDate): JournalError[] {
  const errors: JournalError[] = [];
  checkName(entry.title, 'title', errors);
  checkOneOf(entry.kind, mediaKinds, 'kind', errors);
  checkText(entry.author, 'author', errors);
  const date = checkDate(entry.date, 'date', errors, true);
  if (date && date > asOf) errors.push({ field: 'date', code: 'IN_FUTURE' });
  checkHours(entry.hours, 'hours', errors, true);
  checkOneOf(entry.area, areas, 'area', errors);
  checkLink(entry.link, 'link', errors);
  checkText(entry.notes, 'notes', errors);
  checkReflection(entry.reflection, errors);
  return errors;
}
