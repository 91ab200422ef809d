/**
 * The benchmark's generated career (tests/bench/dataset) is data the app accepts: every row
 * passes the domain's own validation, and the small preset, packed as a backup file, goes
 * through the real check and restore path and comes back field by field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import { openStore, type Store } from '../../renderer/src/db/database';
import { validateSession } from '../../renderer/src/db/repositories/study-log';
import { latestTables } from '../../renderer/src/db/schema';
import { validateActivity, type Activity } from '../../shared/domain/credits';
import { validateHeldCredential, type HeldCredential } from '../../shared/domain/credentials';
import { validateRole, type Role } from '../../shared/domain/experience';
import { validateGoal, type Goal } from '../../shared/domain/goals';
import {
  validateContact,
  validateCourse,
  validateEvent,
  type Contact,
  type Course,
  type EventSession,
  type JournalEvent,
} from '../../shared/domain/journal';
import {
  draftFromPlan,
  validatePlan,
  type StudyPlan,
  type StudySession,
} from '../../shared/domain/study';
import { validateAssessment, type SkillAssessment } from '../../shared/domain/skills';
import { careerBackup } from '../bench/backup-file';
import { BENCH_TODAY, generateCareer, presets, rowCounts } from '../bench/dataset';
import { dumpTables, freshName } from './helpers';

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

type Rows = Record<string, unknown>[];
const errorsOf = <T>(rows: Rows, check: (row: T) => unknown[]) =>
  rows.flatMap((row) => check(row as T).map((e) => ({ id: row.id, e })));

describe('the generated career', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateCareer('small', 7);
    expect(generateCareer('small', 7)).toEqual(a);
    expect(generateCareer('small', 8).activities).not.toEqual(a.activities);
  });

  it('has the sizes of its preset, in every table of the latest schema', () => {
    const counts = rowCounts(generateCareer('medium', 1));
    expect(Object.keys(counts).sort()).toEqual(latestTables());
    const p = presets.medium;
    expect(counts).toMatchObject({
      activities: p.activities,
      studySessions: p.studySessions,
      courses: p.courses,
      events: p.events,
      eventSessions: p.eventSessions,
      contacts: p.contacts,
      goals: p.goals,
      credentials: p.credentials,
      roles: p.roles,
    });
    expect(counts.evidence).toBeGreaterThan(p.activities / p.evidenceEvery - 50);
  });

  it('passes the domain validation the repositories apply before writing', () => {
    const t = generateCareer('medium', 3);
    const asOf = BENCH_TODAY;
    expect(errorsOf<Activity>(t.activities!, (a) => validateActivity(a, asOf))).toEqual([]);
    expect(
      errorsOf<HeldCredential>(t.credentials!, (h) => validateHeldCredential(h, asOf)),
    ).toEqual([]);
    expect(errorsOf<Role>(t.roles!, (r) => validateRole(r, asOf))).toEqual([]);
    expect(errorsOf<Goal>(t.goals!, (g) => validateGoal(g, asOf))).toEqual([]);
    expect(
      errorsOf<SkillAssessment>(t.skillAssessments!, (s) => validateAssessment(s, asOf)),
    ).toEqual([]);
  });

  it('passes the journal’s and the study planner’s checks too', () => {
    const t = generateCareer('medium', 3);
    const asOf = BENCH_TODAY;
    const sessionsOf = (eventId: unknown) =>
      (t.eventSessions as unknown as EventSession[]).filter((s) => s.eventId === eventId);
    expect(errorsOf<Course>(t.courses!, (c) => validateCourse(c, asOf))).toEqual([]);
    expect(errorsOf<JournalEvent>(t.events!, (e) => validateEvent(e, sessionsOf(e.id)))).toEqual(
      [],
    );
    expect(errorsOf<Contact>(t.contacts!, validateContact)).toEqual([]);
    expect(t.contacts!.some((c) => c.relation === 'mentor')).toBe(true);
    const planErrors = (p: StudyPlan) => {
      const checked = validatePlan(draftFromPlan(p));
      return checked.ok ? [] : [checked.errors];
    };
    expect(errorsOf<StudyPlan>(t.studyPlans!, planErrors)).toEqual([]);
    expect(
      errorsOf<StudySession>(t.studySessions!, (s) => Object.keys(validateSession(s, asOf))),
    ).toEqual([]);
  });
});

describe('the small preset as a backup file', () => {
  it('is accepted by the checks and restored, every row as it was generated', async () => {
    const tables = generateCareer('small', 1);
    const read = await readBackupFile(await careerBackup(tables));
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems.slice(0, 3))}`);
    expect(read.value.preview.profileName).toBe('Dana Okafor');
    const store = await openStore(freshName('bench-small'));
    open.push(store);
    await restoreBackup(store, read.value);
    const dumped = await dumpTables(store.db);
    for (const name of latestTables()) {
      const byId = (rows: Rows) => [...rows].sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1));
      expect(byId(dumped[name] as Rows), name).toEqual(byId(tables[name]!));
    }
  });
});
