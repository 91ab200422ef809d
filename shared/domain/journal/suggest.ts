/**
 * Credit suggestions for journal entries (issue 6 parts 1–4). Each entry that earns credit
 * proposes credit-log activities, linked back by `sourceId`; nothing is written until the
 * user confirms. PMI activity types: domain-facts §1 (B). Which type fits which entry is
 * Ascent's default (M), and the user can change every field before confirming.
 */
import type { ActivityType, Area } from '../../catalog/credentials';
import type { HeldCredential } from '../credentials/held';
import type { Activity, AreaSplit } from '../credits/activity';
import { TITLE_MAX_LENGTH } from '../credits/validate-activity';
import type { LocalDate } from '../../dates';
import type {
  Course,
  EventKind,
  EventSession,
  Interaction,
  JournalEvent,
  MediaEntry,
} from './types';

/** A proposed activity; `key` tells the parts of one entry apart (a session, a talk). */
export interface CreditSuggestion {
  key: string;
  activity: Omit<Activity, 'id'> & { sourceId: string };
}

/**
 * Why an entry proposes nothing: not finished yet, nothing that earns credit (no hours,
 * a plain meeting), or no credential earned by then — before a credential is earned, a
 * course's hours are exam contact hours instead (domain-facts §2: "contact hours before an
 * exam are not PDUs").
 */
export type NoCreditReason = 'NOT_FINISHED' | 'NO_CREDIT_KIND' | 'NO_EARNED_CREDENTIAL';

export interface CreditProposal {
  suggestions: CreditSuggestion[];
  /** Held credentials (held ids) the suggestions count for. */
  countsFor: string[];
  reason: NoCreditReason | null;
}

/**
 * Held credentials an activity completed on `date` counts for: earned on or before that day
 * (domain-facts §1: "PDUs earned before the certification date do not count").
 */
export function creditCountsFor(held: readonly HeldCredential[], date: LocalDate): string[] {
  return held
    .filter((h) => h.stage === 'earned' && !!h.earnedDate && h.earnedDate <= date)
    .map((h) => h.id);
}

/**
 * A credit entry's title made from longer names ("PMO Summit: Benefits realisation", "Mentoring
 * from Ana Lima") cut to what the credit log takes (TITLE_MAX_LENGTH characters, counted as
 * validateActivity counts them: an emoji is one). The cut ends in "…", after the last whole
 * word that fits when one ends in the last half of what fits, else mid-word; the full names
 * stay on the journal entry. A title that fits is returned as it is.
 */
export function creditTitle(title: string, max: number = TITLE_MAX_LENGTH): string {
  const text = title.trim();
  const chars = [...text];
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1);
  const blank = (c: string | undefined) => c !== undefined && /\s/.test(c);
  // A blank right after the room: its last word is whole. Else cut before the word it splits.
  let cut = blank(chars[max - 1]) ? room.length : room.findLastIndex(blank);
  if (cut < Math.ceil(room.length / 2)) cut = room.length;
  // No blank or separator is left hanging before the "…" ("PMO Summit:…" → "PMO Summit…").
  const kept = room
    .slice(0, cut)
    .join('')
    .replace(/[\s:;,.\-–—]+$/u, '');
  return `${kept || room.join('')}…`;
}

export const noSplit = (): AreaSplit => ({ waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 });

/** All hours in one Talent Triangle area (a session, a book, a mentoring talk has one subject). */
export function splitIn(area: Area, hours: number): AreaSplit {
  return { ...noSplit(), [area]: hours };
}

/**
 * The suggested split of a course: the user's own split when given, else all of it in Ways
 * of Working, since the exam training topics (PM, agile, risk, scheduling, business
 * analysis, PMO) are technical project-management content (§1: Ways of Working was
 * "Technical Project Management"). Ascent's default (M).
 */
export function suggestedCourseSplit(course: Pick<Course, 'split' | 'contactHours'>): AreaSplit {
  return course.split ? { ...course.split } : splitIn('waysOfWorking', course.contactHours);
}

function proposal(
  held: readonly HeldCredential[],
  date: LocalDate,
  make: () => CreditSuggestion[],
): CreditProposal {
  const countsFor = creditCountsFor(held, date);
  if (countsFor.length === 0) return { suggestions: [], countsFor, reason: 'NO_EARNED_CREDENTIAL' };
  const suggestions = make();
  return { suggestions, countsFor, reason: suggestions.length === 0 ? 'NO_CREDIT_KIND' : null };
}

const none = (reason: NoCreditReason): CreditProposal => ({
  suggestions: [],
  countsFor: [],
  reason,
});

/** A completed course → one "Course or training" activity on its completion day. */
export function courseCredits(course: Course, held: readonly HeldCredential[]): CreditProposal {
  if (course.status !== 'completed' || !course.end) return none('NOT_FINISHED');
  if (course.contactHours <= 0) return none('NO_CREDIT_KIND');
  const date = course.end;
  return proposal(held, date, () => [
    {
      key: 'course',
      activity: {
        sourceId: course.id,
        date,
        startDate: course.start && course.start <= date ? course.start : null,
        title: creditTitle(course.title),
        provider: course.provider.trim(),
        type: 'course-or-training',
        amount: course.contactHours,
        unit: 'hours',
        split: suggestedCourseSplit(course),
        status: 'earned',
      },
    },
  ]);
}

/**
 * Sessions attended at a conference count as "Course or training"; at a chapter meeting or a
 * meetup as "Organization meetings" (§1 lists both education types; the mapping is M).
 */
export function sessionTypeFor(kind: EventKind): ActivityType {
  return kind === 'chapter-meeting' || kind === 'meetup'
    ? 'organization-meetings'
    : 'course-or-training';
}

/**
 * An event, once over: one education activity per session attended, split into the
 * session's area, and one "Give a presentation" (Giving Back, no split) per talk given.
 */
export function eventCredits(
  event: JournalEvent,
  sessions: readonly EventSession[],
  held: readonly HeldCredential[],
  asOf: LocalDate,
): CreditProposal {
  if (event.end > asOf) return none('NOT_FINISHED');
  const base = {
    sourceId: event.id,
    date: event.end,
    provider: event.organiser.trim(),
    unit: 'hours' as const,
  };
  const startDate = event.start < event.end ? event.start : null;
  return proposal(held, event.end, () =>
    sessions
      .filter((s) => s.hours > 0)
      .map((s) => ({
        key: `${s.givenByMe ? 'talk' : 'session'}:${s.id}`,
        activity: {
          ...base,
          startDate,
          title: creditTitle(`${event.name.trim()}: ${s.title.trim()}`),
          type: s.givenByMe ? ('give-presentation' as const) : sessionTypeFor(event.kind),
          amount: s.hours,
          split: s.givenByMe ? null : splitIn(s.area, s.hours),
          status: 'earned' as const,
        },
      })),
  );
}

/** Reading → "Read"; a webinar or a podcast → "Online or digital media" (§1). */
export function mediaCredits(entry: MediaEntry, held: readonly HeldCredential[]): CreditProposal {
  if (entry.hours <= 0) return none('NO_CREDIT_KIND');
  return proposal(held, entry.date, () => [
    {
      key: 'media',
      activity: {
        sourceId: entry.id,
        date: entry.date,
        title: creditTitle(entry.title),
        provider: entry.author.trim(),
        type: entry.kind === 'reading' ? 'read' : 'online-or-digital-media',
        amount: entry.hours,
        unit: 'hours',
        split: splitIn(entry.area, entry.hours),
        status: 'earned',
      },
    },
  ]);
}

/**
 * Mentoring received → "Informal learning" (education, in its area); mentoring given →
 * "Share knowledge" (Giving Back). Other interactions earn nothing (§1).
 */
export function interactionCredits(
  interaction: Interaction,
  contactName: string,
  held: readonly HeldCredential[],
): CreditProposal {
  const received = interaction.kind === 'mentoring-received';
  if (!received && interaction.kind !== 'mentoring-given') return none('NO_CREDIT_KIND');
  if (interaction.hours <= 0) return none('NO_CREDIT_KIND');
  return proposal(held, interaction.date, () => [
    {
      key: 'interaction',
      activity: {
        sourceId: interaction.id,
        date: interaction.date,
        title: creditTitle(`${received ? 'Mentoring from' : 'Mentoring'} ${contactName.trim()}`),
        type: received ? 'informal-learning' : 'share-knowledge',
        amount: interaction.hours,
        unit: 'hours',
        split: received ? splitIn(interaction.area, interaction.hours) : null,
        status: 'earned',
      },
    },
  ]);
}
