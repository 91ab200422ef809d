/**
 * A generated career (tests/bench/dataset) with what its generator leaves empty and the
 * dashboard's narrow reads (issue 9) must get right: interactions with follow-ups (open,
 * answered by a later interaction, answered or not the same day, overdue, on the window's
 * last day and after it), memberships around the renewal window, events under way and on the
 * window's edges, courses in every status, and study blocks around week boundaries. The
 * planted rows are placed relative to the career's today (BENCH_TODAY); the rest is drawn
 * from a seed.
 */
import { addDays, daysBetween, type LocalDate } from '../../shared/dates';
import type { TableRows } from '../../renderer/src/db/backup/format';
import { BENCH_TODAY, generateCareer } from '../bench/dataset';
import { createRandom, idOf, stamp } from '../bench/dataset/random';

type Row = Record<string, unknown>;

export const TODAY: LocalDate = BENCH_TODAY;
/** The dashboard's window of upcoming items (UpcomingCard). */
export const WINDOW_DAYS = 60;
export const UNTIL = addDays(TODAY, WINDOW_DAYS);
const day = (n: number) => addDays(TODAY, n);

/** Interaction ids whose order differs from the order of their days. */
const shuffledId = (n: number) => idOf('interaction', (n * 7919) % 100_003);

function interactionRows(seed: number, contacts: Row[], followUps: number) {
  const r = createRandom(seed + 1000);
  const rows: Row[] = [];
  const add = (contactId: string, date: LocalDate, followUp: LocalDate | null, minute = 0) => {
    const row = {
      id: shuffledId(rows.length),
      contactId,
      date,
      kind: 'call',
      notes: '',
      hours: 0,
      area: 'powerSkills',
      followUp,
      createdAt: stamp(date, minute),
      updatedAt: stamp(date, minute),
    };
    rows.push(row);
    return row;
  };
  // Drawn: most contacts have a few interactions over the years, some none at all.
  const drawn = contacts.slice(0, Math.floor(contacts.length * 0.7));
  for (const c of drawn) {
    const since = (c.createdAt as string).slice(0, 10);
    const span = Math.max(0, daysBetween(since, TODAY));
    for (let k = r.int(0, 12); k > 0; k--) {
      const date = r.day(since, TODAY, span);
      const followUp = r.chance(followUps) ? addDays(date, r.int(1, 200)) : null;
      add(c.id as string, date, followUp, r.int(0, 59));
      // A second contact the same day, logged later or (rarely) at the same minute.
      if (r.chance(0.1))
        add(c.id as string, date, r.chance(followUps) ? addDays(date, 7) : null, 59);
    }
  }
  // Planted, each with a contact of its own (the last ones, which have nothing drawn).
  const [overdue, answered, sameDayLater, sameDayTied, chain, beyond, earlierDay, tieA, tieB] =
    contacts.slice(-9).map((c) => c.id as string);
  add(overdue!, day(-100), day(-30));
  add(answered!, day(-100), day(-30));
  add(answered!, day(-20), null);
  add(sameDayLater!, day(-10), day(5), 0);
  add(sameDayLater!, day(-10), null, 30);
  add(sameDayTied!, day(-10), day(5), 0);
  add(sameDayTied!, day(-10), null, 0);
  add(chain!, day(-50), day(-40));
  add(chain!, day(-30), UNTIL);
  add(beyond!, day(-5), addDays(UNTIL, 1));
  add(earlierDay!, day(-10), day(3), 0);
  add(earlierDay!, day(-12), null, 40);
  // Two open follow-ups due the same day: the newer interaction (tieB's) is listed first.
  add(tieA!, day(-4), day(7));
  add(tieB!, day(-3), day(7));
  // A follow-up with a contact that is not there (the card says "a contact").
  add('contact-gone', day(-2), day(2));
  return rows;
}

const membership = (id: string, renewal: LocalDate | null, endedOn: LocalDate | null = null) => ({
  id,
  organisation: `Association ${id}`,
  since: day(-800),
  renewal,
  endedOn,
  cost: null,
  notes: '',
  createdAt: stamp(day(-800)),
  updatedAt: stamp(day(-800)),
});

const event = (id: string, start: LocalDate, end: LocalDate) => ({
  id,
  name: `Event ${id}`,
  kind: 'conference',
  organiser: '',
  start,
  end,
  place: '',
  virtual: true,
  cost: null,
  link: '',
  notes: '',
  contactIds: [],
  createdAt: stamp(day(-60)),
  updatedAt: stamp(day(-30)),
});

function course(id: string, status: string, start: LocalDate | null, end: LocalDate | null) {
  return {
    id,
    title: `Course ${id}`,
    provider: '',
    format: 'virtual',
    status,
    start,
    end,
    contactHours: 8,
    cost: null,
    link: '',
    topic: 'general',
    split: null,
    notes: '',
    createdAt: stamp(day(-90)),
    updatedAt: stamp(day(-45)),
  };
}

/** Blocks of the active plan and of an archived one, around the weeks of today. */
function blockRows(seed: number, plans: Row[]) {
  const r = createRandom(seed + 2000);
  const active = plans.find((p) => p.status === 'active')!.id as string;
  const archived = plans.find((p) => p.status !== 'active')!.id as string;
  const rows: Row[] = [];
  for (let n = -400; n <= 60; n++) {
    if (!r.chance(0.6)) continue;
    const date = day(n);
    for (const planId of r.chance(0.2) ? [active, archived] : [active])
      rows.push({
        id: `block-${String(rows.length).padStart(5, '0')}`,
        planId,
        date,
        start: r.pick(['07:00', '12:30', '18:00']),
        minutes: r.pick([30, 45, 60, 90]),
        edited: false,
        createdAt: stamp(day(-400)),
        updatedAt: stamp(day(-400)),
      });
  }
  return rows;
}

/**
 * Sessions on every day from 40 days before today to 8 after, so each edge of the weeks
 * around today has rows on both sides.
 */
function recentSessions(seed: number) {
  const r = createRandom(seed + 3000);
  return Array.from({ length: 49 }, (_, i) => {
    const date = day(i - 40);
    return {
      id: `study-recent-${String(i).padStart(3, '0')}`,
      planId: null,
      date,
      minutes: r.int(5, 120),
      topic: 'Revision',
      source: 'manual',
      activityId: null,
      createdAt: stamp(date),
      updatedAt: stamp(date),
    };
  });
}

/**
 * How often a drawn interaction plans a follow-up: `dense` gives well over
 * THREADS_BY_CONTACT contacts with one (the interactions are read whole), `sparse` fewer
 * (they are read contact by contact).
 */
export const followUpShares = { dense: 0.35, sparse: 0.01 } as const;

export function dashboardCareer(
  seed: number,
  followUps: keyof typeof followUpShares = 'sparse',
): TableRows {
  const t = generateCareer('medium', seed);
  const contacts = t.contacts as Row[];
  return {
    ...t,
    interactions: interactionRows(seed, contacts, followUpShares[followUps]),
    memberships: [
      membership('m-today', TODAY),
      membership('m-yesterday', day(-1)),
      membership('m-until', UNTIL),
      membership('m-after', addDays(UNTIL, 1)),
      membership('m-ended', day(10), day(-5)),
      membership('m-none', null),
      membership('m-also-today', TODAY),
    ],
    events: [
      ...(t.events as Row[]),
      event('event-under-way', day(-3), day(2)),
      event('event-ended', day(-3), day(-1)),
      event('event-until', UNTIL, addDays(UNTIL, 1)),
      event('event-after', addDays(UNTIL, 1), addDays(UNTIL, 2)),
      event('event-zz', day(10), day(10)),
      event('event-aa', day(10), day(11)),
    ],
    courses: [
      ...(t.courses as Row[]),
      course('course-dropped', 'dropped', day(20), day(40)),
      course('course-planned', 'planned', day(20), null),
      course('course-enrolled-undated', 'enrolled', null, null),
      course('course-in-progress', 'in-progress', day(-10), day(30)),
      course('course-completed', 'completed', day(-30), day(-1)),
    ],
    studyBlocks: blockRows(seed, t.studyPlans as Row[]),
    studySessions: [...(t.studySessions as Row[]), ...recentSessions(seed)],
  };
}
