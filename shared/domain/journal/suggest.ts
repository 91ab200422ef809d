/**
 * Credit suggestions for journal entries (issue 6 parts 1–4). Each entry that earns credit
 * proposes credit-log activities, linked back by `sourceId`; nothing is written until the
 * user confirms. PMI activity types: domain-facts §1 (B). Which type fits which entry is
 * Ascent's default (M), and the user can change every field before confirming.
 */
import {
  findCredentialRule,
  type ActivityType,
  type Area,
  type CredentialRule,
} from '../../catalog/credentials';
import { cyclesFor } from '../credentials/cycles';
import type { HeldCredential, HeldWithRule } from '../credentials/held';
import { countingCycle } from '../credentials/status';
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
 * exam are not PDUs"). NO_CREDIT_REQUIRED: every credential earned by then takes no credits
 * (valid for life, no credit requirement: CompTIA Project+, §4). NO_CURRENT_CREDENTIAL: the
 * credentials earned by then that take credits had no cycle open on that day (expired, or
 * PeopleCert "not current": §1 "Cycle dates and status", §3).
 */
export type NoCreditReason =
  | 'NOT_FINISHED'
  | 'NO_CREDIT_KIND'
  | 'NO_SESSION_HOURS'
  | 'NO_EARNED_CREDENTIAL'
  | 'NO_CREDIT_REQUIRED'
  | 'NO_CURRENT_CREDENTIAL';

export interface CreditProposal {
  suggestions: CreditSuggestion[];
  /** Held credentials (held ids) the suggestions count for. */
  countsFor: string[];
  reason: NoCreditReason | null;
}

/**
 * A held credential, or one with the rule it is judged by (HeldWithRule: the catalogue rule
 * after the user's overrides, or the user's own credential's rule). Only with its rule can its
 * cycles be worked out; a bare one is judged by its catalogue rule's kind alone.
 */
export type CreditHolder = HeldCredential | HeldWithRule;

/**
 * Whether a credential's rule takes credits at all (domain-facts §4: CompTIA Project+ is valid
 * for life with no credit requirement; the credit log's NO_REQUIREMENT gate too): a credit
 * unit, cycles, and a total that is known or unknown but not absent.
 */
export function takesCredits(rule: Pick<CredentialRule, 'unit' | 'cycleKind' | 'total'>): boolean {
  return rule.unit !== 'none' && rule.cycleKind !== 'lifetime' && rule.total !== null;
}

/** How one held credential stands to an activity completed on `date`. */
type Standing = 'counts' | 'not-earned' | 'no-credit' | 'not-current';

function standingOn(
  holder: CreditHolder,
  date: LocalDate,
  alsoHeld: readonly HeldWithRule[],
): Standing {
  const judged = 'credential' in holder;
  const credential = judged ? holder.credential : holder;
  const { stage, earnedDate } = credential;
  if (stage !== 'earned' || !earnedDate || earnedDate > date) return 'not-earned';
  const rule = judged ? holder.rule : findCredentialRule(credential.credentialId);
  // A credential of the user's own known only by its id: every one takes credits (custom.ts).
  if (!rule) return 'counts';
  if (!takesCredits(rule)) return 'no-credit';
  // Its cycles depend on the numbers the user may have overridden: judged only with its rule.
  if (!judged) return 'counts';
  const cycles = cyclesFor(credential, rule, date, { alsoHeld });
  // No cycles (a PRINCE2 certificate without a renew-by date, §3): nothing to count towards.
  if (cycles.length === 0) return 'no-credit';
  return countingCycle(cycles, date) ? 'counts' : 'not-current';
}

/**
 * Held credentials an activity completed on `date` counts for (domain-facts §1: "PDUs earned
 * before the certification date do not count"; "one activity counts towards every held
 * credential whose cycle contains its date"), and when there are none, why. Counted: earned on
 * or before that day, taking credits (takesCredits), and — when its rule is given — with a cycle
 * whose counting window holds the day (countingCycle: a suspended cycle still counts, §1; an
 * expired one does not).
 */
export function creditStanding(
  held: readonly CreditHolder[],
  date: LocalDate,
): { countsFor: string[]; reason: NoCreditReason | null } {
  const alsoHeld = held.filter((h): h is HeldWithRule => 'credential' in h);
  const standings = held.map((h) => ({
    id: 'credential' in h ? h.credential.id : h.id,
    standing: standingOn(h, date, alsoHeld),
  }));
  const countsFor = standings.filter((s) => s.standing === 'counts').map((s) => s.id);
  if (countsFor.length > 0) return { countsFor, reason: null };
  const has = (standing: Standing) => standings.some((s) => s.standing === standing);
  const reason = has('not-current')
    ? 'NO_CURRENT_CREDENTIAL'
    : has('no-credit')
      ? 'NO_CREDIT_REQUIRED'
      : 'NO_EARNED_CREDENTIAL';
  return { countsFor, reason };
}

/** The held ids of creditStanding: the credentials an activity completed on `date` counts for. */
export function creditCountsFor(held: readonly CreditHolder[], date: LocalDate): string[] {
  return creditStanding(held, date).countsFor;
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
  held: readonly CreditHolder[],
  date: LocalDate,
  make: () => CreditSuggestion[],
): CreditProposal {
  const { countsFor, reason } = creditStanding(held, date);
  if (reason) return { suggestions: [], countsFor, reason };
  const suggestions = make();
  return { suggestions, countsFor, reason: suggestions.length === 0 ? 'NO_CREDIT_KIND' : null };
}

const none = (reason: NoCreditReason): CreditProposal => ({
  suggestions: [],
  countsFor: [],
  reason,
});

/** A completed course → one "Course or training" activity on its completion day. */
export function courseCredits(course: Course, held: readonly CreditHolder[]): CreditProposal {
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
  held: readonly CreditHolder[],
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
  // Credit comes from the sessions' hours: with none, the way to credit is adding them
  // (NO_SESSION_HOURS), not that the event earns none.
  const made = proposal(held, event.end, () =>
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
  return made.reason === 'NO_CREDIT_KIND' ? { ...made, reason: 'NO_SESSION_HOURS' } : made;
}

/** Reading → "Read"; a webinar or a podcast → "Online or digital media" (§1). */
export function mediaCredits(entry: MediaEntry, held: readonly CreditHolder[]): CreditProposal {
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
  held: readonly CreditHolder[],
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
