/**
 * Links between tables in a backup (renderer/src/db/backup/rows.ts, checkedReferences): a
 * link the app always keeps intact that points at nothing refuses the file, located and
 * explained, with nothing written; a link the app itself can leave dangling is accepted, so
 * a user's own backup always restores.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import type { Problem } from '../../renderer/src/db/backup/problems';
import { replaceAllData } from '../../renderer/src/db/backup/restore';
import { checkedReferences } from '../../renderer/src/db/backup/rows';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteActivity,
  listActivities,
  saveActivity,
} from '../../renderer/src/db/repositories/activities';
import { deleteGoal } from '../../renderer/src/db/repositories/career';
import { deleteHeld } from '../../renderer/src/db/repositories/credentials';
import { saveCourse } from '../../renderer/src/db/repositories/journal';
import { deleteSession } from '../../renderer/src/db/repositories/study-log';
import { deletePlan, savePlan } from '../../renderer/src/db/repositories/study-plans';
import { problemText, tableLabel } from '../../renderer/src/features/backup/messages';
import { seedSample } from '../../renderer/src/features/sample/seed-sample';
import { defaultLadderPlan } from '../../shared/catalog/ladder-requirements';
import type { PlanDraft } from '../../shared/domain/study';
import { generateCareer } from '../bench/dataset';
import { craftFile, craftedFrom, fixtureRows, storeWith, type Rows } from './backup-fixtures';
import { dumpTables, freshName } from './helpers';

type Row = Record<string, unknown>;
const GONE = 'no-such-row';

const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

let target: Store;
beforeAll(async () => {
  target = await storeWith('references', fixtureRows());
});
afterAll(() => target.db.close());

/** The user's flow: check the file, restore only if it passed; the database must not change. */
async function refused(rows: Rows): Promise<{ problems: Problem[]; omitted: number }> {
  const before = await dumpTables(target.db);
  const read = await readBackupFile(await craftFile(craftedFrom(rows)));
  if (read.ok) await restoreBackup(target, read.value);
  expect(await dumpTables(target.db)).toEqual(before);
  expect(read.ok).toBe(false);
  return read.ok ? { problems: [], omitted: 0 } : read;
}

async function accepted(rows: Rows) {
  const read = await readBackupFile(await craftFile(craftedFrom(rows)));
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  return read.value.tables;
}

/** A certificate of `ownerId`, as saveCourse stores it. */
const certificate = (id: string, ownerId: string): Row => ({
  id,
  ownerId,
  name: 'certificate.pdf',
  mimeType: 'application/pdf',
  size: 3,
  data: new Uint8Array([1, 2, 3]),
  addedAt: '2026-10-07T08:00:00.000Z',
});

/**
 * The fixture with two rows in `table`, both linked as the app links them (the fixture's
 * first row and a copy with its own key), so a case can break row 2 alone.
 */
function twoLinked(table: string): Rows {
  const rows = fixtureRows();
  if (table === 'attachments') {
    rows.attachments = [certificate('att-1', 'course-1'), certificate('att-2', 'course-1')];
  } else {
    rows[table]!.push({ ...structuredClone(rows[table]![0]!), id: `${table}-2` });
  }
  expect(rows[table]).toHaveLength(2);
  return rows;
}

/** The decisions of rows.ts: every link the app keeps intact, and the table it names. */
const checked: [table: string, field: string, target: string][] = [
  ['evidence', 'activityId', 'activities'],
  ['attachments', 'ownerId', 'courses'],
  ['eventSessions', 'eventId', 'events'],
  ['interactions', 'contactId', 'contacts'],
  ['studyBlocks', 'planId', 'studyPlans'],
];

describe('a link the app keeps intact that points at nothing refuses the file', () => {
  it('checks exactly the links the app never leaves dangling', () => {
    expect(checkedReferences.map((r) => [r.table, r.field, r.target])).toEqual(checked);
  });

  it.each(checked)('%s.%s → %s, broken in row 2 alone', async (table, field) => {
    const rows = twoLinked(table);
    // The same file with the link intact is accepted: only the broken link refuses it.
    await accepted(rows);
    rows[table]![1]![field] = GONE;
    const { problems } = await refused(rows);
    expect(problems).toEqual([{ code: 'BROKEN_REFERENCE', table, row: 2, field }]);
  });

  it.each(checked)(
    '%s.%s → %s, every row, when the row it names is left out',
    async (table, field, to) => {
      const rows = twoLinked(table);
      rows[to] = [];
      const { problems } = await refused(rows);
      expect(problems).toEqual([
        { code: 'BROKEN_REFERENCE', table, row: 1, field },
        { code: 'BROKEN_REFERENCE', table, row: 2, field },
      ]);
    },
  );

  it.each(checked)(
    '%s.%s: the message names the record, the row and what to do',
    (table, field) => {
      const text = problemText({ code: 'BROKEN_REFERENCE', table, row: 2, field });
      expect(text).toContain(`(${tableLabel(table)}, row 2, field “${field}”)`);
      expect(text).toMatch(/^[A-Z][^(]+ is not in the backup \(/);
      expect(text).not.toMatch(/^A record refers/);
      expect(text).toMatch(/restore another backup of yours that is intact\.$/);
      // Said the same in the browser, which keeps no automatic backups.
      expect(text).not.toMatch(/automatic/);
    },
  );

  it('words a link it has no sentence for in general terms', () => {
    expect(
      problemText({ code: 'BROKEN_REFERENCE', table: 'futureNotes', row: 4, field: 'x' }),
    ).toBe(
      'A record refers to another record that is not in the backup (Future notes, row 4, ' +
        'field “x”). The file is damaged or was edited: restore another backup of yours ' +
        'that is intact.',
    );
  });

  it('reports at most 25 broken links and counts the rest', async () => {
    const rows = fixtureRows();
    rows.eventSessions = Array.from({ length: 40 }, (_, i) => ({
      ...structuredClone(rows.eventSessions![0]!),
      id: `session-${i}`,
      eventId: `${GONE}-${i}`,
    }));
    const { problems, omitted } = await refused(rows);
    expect([problems.length, omitted]).toEqual([25, 15]);
    expect(problems[24]).toEqual({
      code: 'BROKEN_REFERENCE',
      table: 'eventSessions',
      row: 25,
      field: 'eventId',
    });
  });

  it('reports a link that is not an id once, as a shape problem', async () => {
    const rows = fixtureRows();
    rows.studyBlocks![0]!.planId = 7;
    const { problems } = await refused(rows);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'ROW_INVALID',
        table: 'studyBlocks',
        row: 1,
        field: 'planId',
      }),
    ]);
  });
});

/** The user's edited ladder, as the ladder editor stores it. */
const ladder = (r: Rows) => {
  const rungs = structuredClone(defaultLadderPlan().rungs) as unknown as Row[];
  r.ladderPlan = [{ id: 'me', rungs, updatedAt: '2026-11-20T09:00:00.000Z' }];
  return rungs;
};
const plan = (r: Rows) => r.studyPlans![0]!;

/** Every link rows.ts decided not to check, left dangling; `read` finds the value again. */
const unchecked: [name: string, dangle: (r: Rows) => void, read: (r: Rows) => unknown][] = [
  [
    'events.contactIds (a contact deleted while the event form was open elsewhere)',
    (r) => (r.events![0]!.contactIds = ['contact-1', GONE]),
    (r) => (r.events![0]!.contactIds as string[])[1],
  ],
  [
    'activities.sourceId (its study session deleted)',
    (r) => (r.activities![1]!.sourceId = GONE),
    (r) => r.activities![1]!.sourceId,
  ],
  [
    'studySessions.activityId (its credit entry deleted)',
    (r) => (r.studySessions![0]!.activityId = GONE),
    (r) => r.studySessions![0]!.activityId,
  ],
  [
    'studySessions.planId (its plan deleted)',
    (r) => (r.studySessions![0]!.planId = GONE),
    (r) => r.studySessions![0]!.planId,
  ],
  [
    'timer.planId (its plan deleted while it ran)',
    (r) => (r.timer![0]!.planId = GONE),
    (r) => r.timer![0]!.planId,
  ],
  [
    'studyPlans.target.heldId (its credential deleted)',
    (r) => (plan(r).target = { kind: 'exam', heldId: GONE }),
    (r) => (plan(r).target as Row).heldId,
  ],
  [
    'studyPlans.target.goalId (its goal deleted)',
    (r) => (plan(r).target = { kind: 'goal', goalId: GONE }),
    (r) => (plan(r).target as Row).goalId,
  ],
  [
    'notified.deadlineId (the record behind the reminder deleted)',
    (r) => (r.notified![0]!.deadlineId = `goal:${GONE}`),
    (r) => r.notified![0]!.deadlineId,
  ],
  [
    'credentials.credentialId (a rule this version does not know)',
    (r) => (r.credentials![0]!.credentialId = `custom-${GONE}`),
    (r) => r.credentials![0]!.credentialId,
  ],
  [
    'activities.claims, excludedFrom, waysOfWorkingFor, categories (a credential deleted)',
    (r) =>
      Object.assign(r.activities![0]!, {
        claims: { [GONE]: 'accepted' },
        excludedFrom: [GONE],
        waysOfWorkingFor: { [GONE]: 2 },
        categories: { [`custom:${GONE}`]: 'Technical' },
      }),
    (r) => (r.activities![0]!.excludedFrom as string[])[0],
  ],
  [
    'goals.target.rungId and requirementId (the ladder edited or reset)',
    (r) => (r.goals![0]!.target = { type: 'requirement', rungId: GONE, requirementId: GONE }),
    (r) => (r.goals![0]!.target as Row).rungId,
  ],
  [
    'goals.target.measure.anyOf (a credential the catalogue does not have)',
    (r) =>
      (r.goals![0]!.target = {
        type: 'number',
        value: 1,
        unit: 'count',
        measure: { source: 'credentials', anyOf: [GONE] },
      }),
    (r) => ((r.goals![0]!.target as Row).measure as { anyOf: string[] }).anyOf[0],
  ],
  [
    'profile.currentRung and targetRung (the ladder edited or reset)',
    (r) => Object.assign(r.profile![0]!, { currentRung: GONE, targetRung: GONE }),
    (r) => r.profile![0]!.targetRung,
  ],
  [
    'ladderPlan typical credentials (a credential the catalogue does not have)',
    (r) => (ladder(r)[0]!.typicalCredentials = [GONE]),
    (r) => ((r.ladderPlan![0]!.rungs as Row[])[0]!.typicalCredentials as string[])[0],
  ],
];

describe('a link the app can leave dangling is accepted as it is', () => {
  it.each(unchecked)('%s', async (_name, dangle, read) => {
    const rows = fixtureRows();
    dangle(rows);
    expect(read(rows)).toMatch(GONE);
    expect(read(await accepted(rows))).toBe(read(rows));
  });

  it('restores a backup made after the app’s own deletes left links dangling', async () => {
    const rows = fixtureRows();
    // plan-1 (the fixture's) has the block, the logged session and the running timer; two
    // more plans aim at the held PMP and at the goal; act-2 came from a second session, and
    // the first session was claimed as act-1.
    Object.assign(plan(rows), { target: { kind: 'exam', heldId: 'held-pmp' } });
    rows.studyPlans!.push(
      { ...structuredClone(plan(rows)), id: 'plan-2' },
      { ...structuredClone(plan(rows)), id: 'plan-3', target: { kind: 'goal', goalId: 'goal-1' } },
    );
    rows.studySessions![0]!.activityId = 'act-1';
    rows.studySessions!.push({
      ...structuredClone(rows.studySessions![0]!),
      id: 'session-2',
      activityId: 'act-2',
    });
    rows.activities![1]!.sourceId = 'session-2';
    const source = track(await storeWith('references-deletes', rows));
    await deletePlan(source, 'plan-1');
    await deleteHeld(source, 'held-pmp');
    await deleteGoal(source, 'goal-1');
    await deleteSession(source, 'session-2');
    await deleteActivity(source, 'act-1');

    const read = await readBackupFile((await exportBackup(source, { appVersion: '0.1.0' })).bytes);
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
    const t = read.value.tables;
    const ids = (table: string) => new Set(t[table]!.map((r) => r.id));
    // The links really point at nothing now.
    expect(ids('studyPlans')).toEqual(new Set(['plan-2', 'plan-3']));
    expect(t.studySessions!.map((s) => [s.planId, s.activityId])).toEqual([['plan-1', 'act-1']]);
    expect(t.timer![0]!.planId).toBe('plan-1');
    expect(t.studyPlans!.map((p) => p.target)).toEqual([
      { kind: 'exam', heldId: 'held-pmp' },
      { kind: 'goal', goalId: 'goal-1' },
    ]);
    expect([ids('credentials').has('held-pmp'), ids('goals').has('goal-1')]).toEqual([
      false,
      false,
    ]);
    expect(t.activities!.map((a) => [a.id, a.sourceId])).toEqual([['act-2', 'session-2']]);

    await restoreBackup(target, read.value);
    expect(await dumpTables(target.db)).toEqual(await dumpTables(source.db));
  });
});

describe('the app’s own data restores', () => {
  async function roundTrip(source: Store) {
    const before = await dumpTables(source.db);
    const read = await readBackupFile((await exportBackup(source, { appVersion: '0.1.0' })).bytes);
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
    // Into records with no preferences of their own: a file without them (the sample's) keeps
    // the computer's (restore-file-without-settings.test.tsx), and this is about the records.
    const into = track(await storeWith('references-into', { ...fixtureRows(), settings: [] }));
    await restoreBackup(into, read.value);
    expect(await dumpTables(into.db)).toEqual(before);
    return before;
  }

  it('a whole generated career (its credit evidence and event sessions linked)', async () => {
    const source = track(await openStore(freshName('references-career')));
    await replaceAllData(source, generateCareer('small', 1));
    const data = await roundTrip(source);
    expect(inUse(data)).toEqual(expect.arrayContaining(['evidence', 'eventSessions']));
  });

  it('the sample career with a plan, a certificate and evidence: every checked link in use', async () => {
    const source = track(await openStore(freshName('references-sample')));
    const today = '2026-11-22';
    await seedSample(source, today);
    const planned = await savePlan(source, planDraft, week, today);
    expect(planned.ok).toBe(true);
    const course = await saveCourse(source, courseInput, {
      asOf: today,
      certificate: { name: 'certificate.pdf', mimeType: 'application/pdf', data: bytes },
    });
    expect(course.ok).toBe(true);
    const [activity] = await listActivities(source);
    const proved = await saveActivity(source, activity!, today, {
      addEvidence: [{ name: 'receipt.pdf', mimeType: 'application/pdf', data: bytes }],
    });
    expect(proved.ok).toBe(true);
    const data = await roundTrip(source);
    expect(inUse(data).sort()).toEqual(checkedReferences.map((r) => r.table).sort());
  });
});

/** The checked links' tables that have rows in `data`. */
const inUse = (data: Record<string, unknown[]>) =>
  checkedReferences.filter((r) => (data[r.table]?.length ?? 0) > 0).map((r) => r.table);

const week = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 0, sun: 0 };
const planDraft: PlanDraft = {
  title: 'PMI-PMOCP exam',
  target: 'goal:none',
  hoursNeeded: '20',
  start: '2026-11-23',
  deadline: '2027-01-25',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const bytes = new Uint8Array([37, 80, 68, 70]);
const courseInput = {
  title: 'Portfolio management',
  provider: 'Training provider',
  format: 'virtual' as const,
  status: 'completed' as const,
  start: '2026-09-01',
  end: '2026-09-05',
  contactHours: 8,
  cost: null,
  link: '',
  topic: 'general' as const,
  split: null,
  notes: '',
};
