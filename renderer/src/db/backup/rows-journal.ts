/**
 * Row checks of the learning and network journal (issue 6): every field the screens, the
 * credit suggestions and the progress report read is there with the shape the journal
 * repositories write (shared/domain/journal/types.ts plus createdAt/updatedAt). Only what
 * the type marks optional (a reflection) may be absent. A backup written by a later
 * schema is refused before this check, so a missing field is damage or a hand edit.
 */
import { z } from 'zod';
import { areas } from '../../../../shared/catalog/credentials/types';
import { trainingTopics } from '../../../../shared/domain/eligibility/education';
import {
  contactRelations,
  courseFormats,
  courseStatuses,
  eventKinds,
  interactionKinds,
  mediaKinds,
} from '../../../../shared/domain/journal/types';
import type {
  AttachmentRow,
  CourseRow,
  EventRow,
  MediaRow,
  SessionRow,
} from '../repositories/journal';
import type { ContactRow, InteractionRow, MembershipRow } from '../repositories/journal-network';
import {
  amount,
  areaSplit,
  bytes,
  cost,
  id,
  localDate,
  recordOf,
  reflection,
  stamps,
  text,
  timestamp,
  wholeCount,
} from './row-fields';

const area = z.enum(areas);

export const journalRowSchemas = {
  courses: recordOf<CourseRow>()({
    id,
    title: text,
    provider: text,
    format: z.enum(courseFormats),
    status: z.enum(courseStatuses),
    start: localDate.nullable(),
    end: localDate.nullable(),
    contactHours: amount,
    cost: cost.nullable(),
    link: text,
    topic: z.enum(trainingTopics),
    split: areaSplit.nullable(),
    notes: text,
    reflection: reflection.optional(),
    ...stamps,
  }),
  events: recordOf<EventRow>()({
    id,
    name: text,
    kind: z.enum(eventKinds),
    organiser: text,
    start: localDate,
    end: localDate,
    place: text,
    virtual: z.boolean(),
    cost: cost.nullable(),
    link: text,
    notes: text,
    contactIds: z.array(id),
    reflection: reflection.optional(),
    ...stamps,
  }),
  eventSessions: recordOf<SessionRow>()({
    id,
    eventId: id,
    title: text,
    speaker: text,
    hours: amount,
    area,
    givenByMe: z.boolean(),
    ...stamps,
  }),
  media: recordOf<MediaRow>()({
    id,
    kind: z.enum(mediaKinds),
    title: text,
    author: text,
    date: localDate,
    hours: amount,
    area,
    link: text,
    notes: text,
    reflection: reflection.optional(),
    ...stamps,
  }),
  contacts: recordOf<ContactRow>()({
    id,
    name: text,
    organisation: text,
    role: text,
    howMet: text,
    tags: z.array(text),
    relation: z.enum(contactRelations),
    since: localDate.nullable(),
    until: localDate.nullable(),
    notes: text,
    ...stamps,
  }),
  interactions: recordOf<InteractionRow>()({
    id,
    contactId: id,
    date: localDate,
    kind: z.enum(interactionKinds),
    notes: text,
    hours: amount,
    area,
    followUp: localDate.nullable(),
    reflection: reflection.optional(),
    ...stamps,
  }),
  memberships: recordOf<MembershipRow>()({
    id,
    organisation: text,
    since: localDate,
    renewal: localDate.nullable(),
    endedOn: localDate.nullable(),
    cost: cost.nullable(),
    notes: text,
    ...stamps,
  }),
  attachments: recordOf<AttachmentRow>()({
    id,
    ownerId: id,
    name: text,
    mimeType: text,
    size: wholeCount,
    data: bytes,
    addedAt: timestamp,
  }).refine((r) => r.size === r.data.byteLength, { message: 'size differs', path: ['size'] }),
} satisfies Record<string, z.ZodType>;
