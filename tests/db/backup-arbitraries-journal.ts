/**
 * Random journal and study planner rows for the backup properties: complete records as the
 * repositories write them (every field the screens read, optional ones sometimes absent),
 * with random extra fields on top.
 */
import fc from 'fast-check';
import { areas } from '../../shared/catalog/credentials/types';
import { trainingTopics } from '../../shared/domain/eligibility/education';
import {
  contactRelations,
  courseFormats,
  courseStatuses,
  eventKinds,
  interactionKinds,
  mediaKinds,
} from '../../shared/domain/journal/types';
import { weekdays } from '../../shared/domain/profile/profile';
import { planStatuses } from '../../shared/domain/study/types';
import { day, id, oneOf, quarter, table, text, time } from './backup-arbitraries-base';

const maybeDay = fc.option(day, { nil: null });
const stamps = { createdAt: time, updatedAt: time };
const area = oneOf(areas);
const cost = fc.option(fc.record({ amount: fc.nat(5000), currency: oneOf(['EUR', 'USD']) }), {
  nil: null,
});
const reflection = fc.record({ learned: text, apply: text });
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const minutes = fc.integer({ min: 0, max: 960 });

const withReflection = { reflection };

export const journalTables: Record<string, fc.Arbitrary<Record<string, unknown>[]>> = {
  courses: table(
    {
      id,
      title: text,
      provider: text,
      format: oneOf(courseFormats),
      status: oneOf(courseStatuses),
      start: maybeDay,
      end: maybeDay,
      contactHours: quarter,
      cost,
      link: text,
      topic: oneOf(trainingTopics),
      split: fc.option(fc.record(Object.fromEntries(areas.map((a) => [a, quarter]))), {
        nil: null,
      }),
      notes: text,
      ...stamps,
    },
    withReflection,
  ),
  events: table(
    {
      id,
      name: text,
      kind: oneOf(eventKinds),
      organiser: text,
      start: day,
      end: day,
      place: text,
      virtual: fc.boolean(),
      cost,
      link: text,
      notes: text,
      contactIds: fc.array(id, { maxLength: 3 }),
      ...stamps,
    },
    withReflection,
  ),
  eventSessions: table({
    id,
    eventId: id,
    title: text,
    speaker: text,
    hours: quarter,
    area,
    givenByMe: fc.boolean(),
    ...stamps,
  }),
  media: table(
    {
      id,
      kind: oneOf(mediaKinds),
      title: text,
      author: text,
      date: day,
      hours: quarter,
      area,
      link: text,
      notes: text,
      ...stamps,
    },
    withReflection,
  ),
  contacts: table({
    id,
    name: text,
    organisation: text,
    role: text,
    howMet: text,
    tags: fc.array(text, { maxLength: 3 }),
    relation: oneOf(contactRelations),
    since: maybeDay,
    until: maybeDay,
    notes: text,
    ...stamps,
  }),
  interactions: table(
    {
      id,
      contactId: id,
      date: day,
      kind: oneOf(interactionKinds),
      notes: text,
      hours: quarter,
      area,
      followUp: maybeDay,
      ...stamps,
    },
    withReflection,
  ),
  memberships: table({
    id,
    organisation: text,
    since: day,
    renewal: maybeDay,
    endedOn: maybeDay,
    cost,
    notes: text,
    ...stamps,
  }),
  attachments: table({
    id,
    ownerId: id,
    name: text,
    mimeType: fc.constant('application/pdf'),
    data: fc.uint8Array({ maxLength: 32 }),
    addedAt: time,
  }).map((list) => list.map((r) => ({ ...r, size: (r.data as Uint8Array).byteLength }))),
};

export const studyTables: Record<string, fc.Arbitrary<Record<string, unknown>[]>> = {
  studyPlans: table(
    {
      id,
      title: text,
      target: fc.oneof(
        fc.record({ kind: fc.constant('exam'), heldId: id }),
        fc.record({ kind: fc.constant('goal'), goalId: id }),
      ),
      hoursNeeded: quarter,
      start: day,
      deadline: day,
      availabilityOverride: fc.record(Object.fromEntries(weekdays.map((d) => [d, quarter])), {
        requiredKeys: [],
      }),
      blackouts: fc.array(day, { maxLength: 3 }),
      sessionMinutes: fc.integer({ min: 1, max: 16 }).map((n) => n * 15),
      bufferDays: fc.nat(60),
      dayStart: clock,
      status: oneOf(planStatuses),
      ...stamps,
    },
    { replannedOn: maybeDay },
  ),
  studyBlocks: table({
    id,
    planId: id,
    date: day,
    start: clock,
    minutes,
    edited: fc.boolean(),
    ...stamps,
  }),
  studySessions: table({
    id,
    planId: fc.option(id, { nil: null }),
    date: day,
    minutes,
    topic: text,
    source: oneOf(['manual', 'timer']),
    activityId: fc.option(id, { nil: null }),
    ...stamps,
  }),
  timer: table(
    {
      id: fc.constant('focus'),
      planId: fc.option(id, { nil: null }),
      topic: text,
      runningSince: fc.option(time, { nil: null }),
      accumulatedMs: fc.nat(),
      updatedAt: time,
    },
    {},
    1,
  ),
  notified: table({ id, deadlineId: id, day, at: time }),
};
