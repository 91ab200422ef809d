/**
 * Row checks before anything is written: every row has its primary key and no key appears
 * twice (at the backup's own schema version), then the known tables' rows have the right
 * shape and the links the app keeps intact point at a row that is in the file (at the
 * latest version). Extra fields are kept: they may be things a later schema step or a user's
 * override put there.
 */
import { z } from 'zod';
import type { TableRows } from './format';
import { ProblemList } from './problems';
import { bytes, id, text, timestamp } from './row-fields';
import { careerRowSchemas } from './rows-career';
import { creditRowSchemas } from './rows-credits';
import { journalRowSchemas } from './rows-journal';
import { studyRowSchemas } from './rows-study';
import { primaryKeyPaths, storesAt, valueAt } from './tables';

/**
 * Shape checks per table (the latest schema). The profile, credentials and credit log, the
 * career, journal and study planner rows are checked as the complete records the screens
 * read (rows-credits.ts, rows-career.ts, rows-journal.ts, rows-study.ts); settings by key.
 */
export const rowSchemas: Readonly<Record<string, z.ZodType>> = {
  settings: z.looseObject({ id }),
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
  ...creditRowSchemas,
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

/** Known tables' row shapes, then the links between tables, at the latest schema. */
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
  checkReferences(tables, list);
}

/** A field holding the id (primary key `id`) of a row of another table. */
export interface Reference {
  table: string;
  field: string;
  target: string;
}

/*
 * Links between tables, and whether a restore refuses a file where one points at nothing.
 * Only a link the app itself never leaves dangling is checked: a user's own backup must
 * always restore. How the app deletes decides (renderer/src/db/repositories/):
 *
 * field                              names              restore
 * evidence.activityId                activities         checked: deleteActivity and a journal
 *                                                       entry's credit change delete the files
 * attachments.ownerId                courses            checked: deleteCourse deletes the
 *                                                       certificate; only saveCourse adds one
 * eventSessions.eventId              events             checked: deleteEvent deletes its
 *                                                       sessions; saveEvent writes them with it
 * interactions.contactId             contacts           checked: deleteContact deletes them;
 *                                                       saveInteraction refuses an unknown one
 * studyBlocks.planId                 studyPlans         checked: deletePlan deletes its blocks;
 *                                                       blocks are laid only with their plan
 * events.contactIds[]                contacts           not checked: the event form saves the
 *                                                       contacts it ticked without looking
 *                                                       again (one deleted in another window
 *                                                       stays), and earlier versions left a
 *                                                       deleted contact in its events; an
 *                                                       unknown id only matches no one
 * activities.sourceId                journal entry or   not checked: deleteSession leaves the
 *                                    study session      credit entry made from the session
 * studySessions.activityId           activities         not checked: deleting the credit entry
 *                                                       leaves the session (claimable again)
 * studySessions.planId, timer.planId studyPlans         not checked: deletePlan keeps logged
 *                                                       sessions and a running timer
 * studyPlans.target.heldId / goalId  credentials/goals  not checked: deleteHeld and deleteGoal
 *                                                       leave the plans that aim at them
 * notified.deadlineId                a deadline         not checked: a worked-out key such as
 *                                    ("exam:<id>")      "exam:<id>", kept after the record goes
 * credentials.credentialId           catalogue or       not checked: the catalogue is not in
 *                                    customCredentials  the file and may change between
 *                                                       versions; withRules skips a lost rule
 * activities.claims, excludedFrom,   credentials        not checked: deleteHeld leaves the
 *   waysOfWorkingFor, categories                        credit log as it is
 * goals.target.rungId/requirementId, ladder rungs     not checked: the default ladder is not
 *   profile.currentRung/targetRung                      in the file; resetting or editing the
 *                                                       ladder leaves goals and the profile
 * goals.target.measure.anyOf,        catalogue or       not checked: as credentialId, the
 *   ladderPlan credential ids        customCredentials  catalogue is not in the file
 */
export const checkedReferences: readonly Reference[] = [
  { table: 'evidence', field: 'activityId', target: 'activities' },
  { table: 'attachments', field: 'ownerId', target: 'courses' },
  { table: 'eventSessions', field: 'eventId', target: 'events' },
  { table: 'interactions', field: 'contactId', target: 'contacts' },
  { table: 'studyBlocks', field: 'planId', target: 'studyPlans' },
];

/**
 * Every checked link (`checkedReferences`) names a row that is in the file. A value that is
 * not an id at all is the shape check's to report, not a second time here.
 */
export function checkReferences(tables: TableRows, list: ProblemList): void {
  for (const { table, field, target } of checkedReferences) {
    const ids = new Set((tables[target] ?? []).map((r) => valueAt(r, 'id')));
    (tables[table] ?? []).forEach((row, i) => {
      const value = valueAt(row, field);
      if (typeof value === 'string' && !ids.has(value))
        list.add({ code: 'BROKEN_REFERENCE', table, row: i + 1, field });
    });
  }
}
