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
import type { TableRows } from './format';
import { ProblemList } from './problems';
import { bytes, id, localDate, text, timestamp } from './row-fields';
import { careerRowSchemas } from './rows-career';
import { journalRowSchemas } from './rows-journal';
import { studyRowSchemas } from './rows-study';
import { primaryKeyPaths, storesAt, valueAt } from './tables';

/**
 * Shape checks of the fields the app relies on, per table (the latest schema). The career,
 * journal and study planner rows are checked as the complete records the screens read.
 */
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
  ...careerRowSchemas,
  ...journalRowSchemas,
  ...studyRowSchemas,
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
