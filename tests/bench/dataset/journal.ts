/**
 * The learning and network journal and the study planner (schema v4 tables): complete rows
 * as the journal and study repositories write them (shared/domain/journal/types.ts,
 * shared/domain/study/types.ts), so the backup check accepts them and every screen can read
 * them. Fields that are the same on every row are constants rather than draws, so the random
 * stream (and with it every other table) stays as it was.
 */
import { areas } from '../../../shared/catalog/credentials';
import { addDays, daysBetween, type LocalDate } from '../../../shared/dates';
import type { Preset } from './presets';
import { idOf, stamp, type Random } from './random';
import { firstNames, lastNames, organisations, providers, topics } from './words';

type Row = Record<string, unknown>;

const spread = (first: LocalDate, today: LocalDate, i: number, n: number) =>
  addDays(first, Math.floor((i * daysBetween(first, today)) / n));

export function courseRows(r: Random, preset: Preset, first: LocalDate, today: LocalDate): Row[] {
  return Array.from({ length: preset.courses }, (_, i) => {
    const start = spread(first, today, i, preset.courses);
    const end = addDays(start, r.int(1, 60));
    return {
      id: idOf('course', i),
      title: `${r.pick(topics)} course`,
      provider: r.pick(providers),
      format: r.pick(['classroom', 'virtual', 'self-paced', 'university'] as const),
      status: end <= today ? 'completed' : 'in-progress',
      start,
      end,
      contactHours: r.quarters(4, 40),
      cost: { amount: r.int(0, 2000), currency: 'EUR' },
      link: '',
      topic: 'general',
      split: null,
      notes: '',
      createdAt: stamp(start),
      updatedAt: stamp(start),
    };
  });
}

export function eventRows(r: Random, preset: Preset, first: LocalDate, today: LocalDate) {
  const events: Row[] = [];
  const sessions: Row[] = [];
  const perEvent = Math.max(1, Math.floor(preset.eventSessions / preset.events));
  for (let i = 0; i < preset.events; i++) {
    const start = spread(first, today, i, preset.events);
    events.push({
      id: idOf('event', i),
      name: `${r.pick(organisations)} PMO summit ${start.slice(0, 4)}`,
      kind: 'conference',
      organiser: r.pick(providers),
      start,
      end: addDays(start, 1),
      place: r.chance(0.3) ? '' : 'Conference centre',
      virtual: r.chance(0.3),
      cost: { amount: r.int(0, 900), currency: 'EUR' },
      link: '',
      notes: 'Takeaways: one idea to try with the team.',
      contactIds: [],
      createdAt: stamp(start),
      updatedAt: stamp(start),
    });
    for (let s = 0; s < perEvent; s++) {
      sessions.push({
        id: idOf('session', sessions.length),
        eventId: idOf('event', i),
        title: `${r.pick(topics)} talk`,
        speaker: `${r.pick(firstNames)} ${r.pick(lastNames)}`,
        hours: r.quarters(0.5, 2),
        area: r.pick(areas),
        givenByMe: r.chance(0.05),
        createdAt: stamp(start),
        updatedAt: stamp(start),
      });
    }
  }
  return { events, eventSessions: sessions };
}

export function contactRows(r: Random, preset: Preset, first: LocalDate, today: LocalDate) {
  return Array.from({ length: preset.contacts }, (_, i) => {
    const met = spread(first, today, i, preset.contacts);
    const row = {
      id: idOf('contact', i),
      name: `${r.pick(firstNames)} ${r.pick(lastNames)}`,
      organisation: r.pick(organisations),
      role: r.pick(['Project Manager', 'PMO Lead', 'Sponsor', 'Coach']),
      howMet: r.pick(['Conference', 'Chapter meeting', 'Colleague', 'Course']),
      tags: r.chance(0.1) ? ['mentor'] : [],
    };
    // A contact tagged as a mentor is one: mentoring counts from the day it began.
    const mentor = row.tags.length > 0;
    return {
      ...row,
      relation: mentor ? 'mentor' : 'contact',
      since: mentor ? met : null,
      until: null,
      notes: '',
      createdAt: stamp(met),
      updatedAt: stamp(met),
    };
  });
}

/** One study plan per credential prepared for, with logged sessions spread over the years. */
export function studyRows(r: Random, preset: Preset, first: LocalDate, today: LocalDate) {
  const plans = Array.from({ length: preset.credentials }, (_, i) => {
    const start = spread(first, today, i, preset.credentials);
    return {
      id: idOf('plan', i),
      title: `Exam preparation ${i + 1}`,
      // The credential it prepares for: credentialRows gives held credential i this id.
      target: { kind: 'exam', heldId: idOf('held', i) },
      status: i === preset.credentials - 1 ? 'active' : 'archived',
      hoursNeeded: r.int(40, 150),
      start,
      deadline: addDays(start, 90),
      availabilityOverride: {},
      blackouts: [],
      sessionMinutes: 60,
      bufferDays: 7,
      dayStart: '18:00',
      replannedOn: null,
      createdAt: stamp(start),
      updatedAt: stamp(start),
    };
  });
  const sessions = Array.from({ length: preset.studySessions }, (_, i) => {
    const date = spread(first, today, i, preset.studySessions);
    const plan =
      plans[Math.min(plans.length - 1, Math.floor((i * plans.length) / preset.studySessions))]!;
    return {
      id: idOf('study', i),
      planId: plan.id,
      date,
      minutes: r.pick([25, 30, 45, 50, 60, 90]),
      topic: r.pick(topics),
      source: r.chance(0.4) ? 'timer' : 'manual',
      activityId: null,
      createdAt: stamp(date),
      updatedAt: stamp(date),
    };
  });
  return { studyPlans: plans, studySessions: sessions };
}
