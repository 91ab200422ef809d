/**
 * Row checks before anything is written: every row has its primary key and no key appears
 * twice (at the backup's own schema version), then the known tables' key fields have the
 * right shape and evidence points at an activity (at the latest version). Extra fields are
 * kept: they may be things a later schema step or a user's override put there.
 */
import { z } from 'zod';
import { amountUnits, claimStatuses } from '../../../../shared/domain/credits';
import { heldStages } from '../../../../shared/domain/credentials';
import { educationLevels, weekdays } from '../../../../shared/domain/profile/profile';
import {
  contactRelations,
  courseStatuses,
  mediaKinds,
} from '../../../../shared/domain/journal/types';
import type { TableRows } from './format';
import { ProblemList } from './problems';
import { primaryKeyPaths, storesAt, valueAt } from './tables';
import { isBytes } from './values';

const id = z.string().min(1).max(200);
const text = z.string().max(100_000);
const timestamp = z.string().min(1).max(40);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const bytes = z.custom<Uint8Array>(isBytes, 'bytes expected');

/** Shape checks of the fields the app relies on, per table (the latest schema). */
export const rowSchemas: Readonly<Record<string, z.ZodType>> = {
  profile: z.looseObject({
    id,
    name: text,
    currentRung: id,
    targetRung: id,
    education: z.enum(educationLevels),
    gacAccredited: z.boolean(),
    weeklyAvailability: z.looseObject(Object.fromEntries(weekdays.map((d) => [d, z.number()]))),
  }),
  settings: z.looseObject({ id }),
  credentials: z.looseObject({
    id,
    credentialId: id,
    stage: z.enum(heldStages),
    examDate: localDate.nullish(),
    earnedDate: localDate.nullish(),
    renewals: z.array(z.unknown()).optional(),
  }),
  customCredentials: z.looseObject({
    id,
    acronym: text,
    name: text,
    body: text,
    unit: text,
    cycleMonths: z.number(),
    total: z.number(),
  }),
  activities: z.looseObject({
    id,
    date: localDate,
    title: text,
    type: id,
    amount: z.number(),
    unit: z.enum(amountUnits),
    status: z.enum(claimStatuses),
  }),
  evidence: z
    .looseObject({
      id,
      activityId: id,
      name: text,
      mimeType: text,
      size: z.number().int().min(0),
      data: bytes,
      addedAt: timestamp,
    })
    .refine((r) => r.size === r.data.byteLength, { message: 'size differs', path: ['size'] }),
  // Journal tables (issue 6): every field but the key may be absent (rows written by later
  // versions or by hand); a field that is there must have the right shape.
  courses: z.looseObject({
    id,
    title: text.optional(),
    status: z.enum(courseStatuses).optional(),
    start: localDate.nullable().optional(),
    end: localDate.nullable().optional(),
    contactHours: z.number().optional(),
  }),
  events: z.looseObject({
    id,
    name: text.optional(),
    start: localDate.optional(),
    end: localDate.optional(),
  }),
  eventSessions: z.looseObject({
    id,
    eventId: id.optional(),
    title: text.optional(),
    hours: z.number().optional(),
  }),
  media: z.looseObject({
    id,
    title: text.optional(),
    kind: z.enum(mediaKinds).optional(),
    date: localDate.optional(),
    hours: z.number().optional(),
  }),
  contacts: z.looseObject({
    id,
    name: text.optional(),
    relation: z.enum(contactRelations).optional(),
  }),
  interactions: z.looseObject({
    id,
    contactId: id.optional(),
    date: localDate.optional(),
    followUp: localDate.nullable().optional(),
  }),
  memberships: z.looseObject({
    id,
    organisation: text.optional(),
    since: localDate.optional(),
    renewal: localDate.nullable().optional(),
  }),
  attachments: z
    .looseObject({
      id,
      ownerId: id.optional(),
      name: text.optional(),
      mimeType: text.optional(),
      size: z.number().int().min(0).optional(),
      data: bytes.optional(),
      addedAt: timestamp.optional(),
    })
    .refine((r) => r.data === undefined || r.size === r.data.byteLength, {
      message: 'size differs',
      path: ['size'],
    }),
  // Study planner (issue 7): as for the journal, every field but the key may be absent; a
  // field that is there must have the shape the planner, calendar and timer read.
  studyPlans: z.looseObject({
    id,
    title: text.optional(),
    hoursNeeded: z.number().min(0).optional(),
    start: localDate.optional(),
    deadline: localDate.optional(),
    sessionMinutes: z.number().int().positive().optional(),
    bufferDays: z.number().int().min(0).optional(),
    blackouts: z.array(localDate).optional(),
  }),
  studyBlocks: z.looseObject({
    id,
    planId: id.optional(),
    date: localDate.optional(),
    start: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional(),
    minutes: z.number().int().min(0).optional(),
  }),
  studySessions: z.looseObject({
    id,
    planId: id.nullable().optional(),
    date: localDate.optional(),
    minutes: z.number().int().min(0).optional(),
    topic: text.optional(),
  }),
  timer: z.looseObject({
    id,
    runningSince: timestamp.nullable().optional(),
    accumulatedMs: z.number().min(0).optional(),
  }),
  notified: z.looseObject({ id, deadlineId: id.optional(), day: localDate.optional() }),
};

const keyOf = (row: unknown, paths: string[]) => {
  const parts = paths.map((p) => valueAt(row, p));
  const valid = parts.every((v) => typeof v === 'string' || typeof v === 'number');
  return valid ? JSON.stringify(parts) : null;
};

/** Primary keys present and unique, by the store specs of `schemaVersion`. */
export function checkKeys(tables: TableRows, schemaVersion: number, list: ProblemList): void {
  for (const [table, spec] of storesAt(schemaVersion)) {
    const paths = primaryKeyPaths(spec);
    const seen = new Set<string>();
    (tables[table] ?? []).forEach((row, i) => {
      const key = keyOf(row, paths);
      if (key === null)
        list.add({ code: 'ROW_INVALID', table, row: i + 1, field: paths.join('+') });
      else if (seen.has(key)) list.add({ code: 'DUPLICATE_KEY', table, row: i + 1, detail: key });
      else seen.add(key);
    });
  }
}

/** Known tables' row shapes and evidence → activity, at the latest schema. */
export function checkRows(tables: TableRows, list: ProblemList): void {
  for (const [table, rows] of Object.entries(tables)) {
    const schema = Object.hasOwn(rowSchemas, table) ? rowSchemas[table] : undefined;
    if (!schema) continue;
    rows.forEach((row, i) => {
      const result = schema.safeParse(row);
      if (result.success) return;
      const issue = result.error.issues[0]!;
      list.add({
        code: 'ROW_INVALID',
        table,
        row: i + 1,
        field: issue.path.join('.'),
        detail: issue.message,
      });
    });
  }
  const activityIds = new Set((tables.activities ?? []).map((r) => r.id));
  (tables.evidence ?? []).forEach((row, i) => {
    if (!activityIds.has(row.activityId)) {
      list.add({ code: 'BROKEN_REFERENCE', table: 'evidence', row: i + 1, field: 'activityId' });
    }
  });
}
