import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import { computeChecksum } from '../../renderer/src/db/backup/checksum';
import type { RawContainer } from '../../renderer/src/db/backup/container';
import type { Problem } from '../../renderer/src/db/backup/problems';
import type { Store } from '../../renderer/src/db/database';
import { defaultLadderPlan } from '../../shared/catalog/ladder-requirements';
import {
  craftFile,
  craftedFrom,
  fixtureRecords,
  fixtureRows,
  storeWith,
  type Crafted,
  type Rows,
} from './backup-fixtures';
import { dumpTables } from './helpers';

let target: Store;
let good: Uint8Array;
beforeAll(async () => {
  target = await storeWith('rejections', fixtureRows());
  const source = await storeWith('rejections-src', fixtureRows());
  good = (await exportBackup(source, { appVersion: '0.3.0' })).bytes;
  source.db.close();
});
afterAll(() => target.db.close());

/** The user's flow: check the file, restore only if it passed. Returns the problems. */
async function attempt(bytes: Uint8Array): Promise<Problem[]> {
  const before = await dumpTables(target.db);
  const read = await readBackupFile(bytes);
  if (read.ok) await restoreBackup(target, read.value);
  expect(await dumpTables(target.db)).toEqual(before);
  expect(read.ok).toBe(false);
  return read.ok ? [] : read.problems;
}

const rezip = (change: (entries: Record<string, Uint8Array>) => void) => {
  const entries = unzipSync(good);
  change(entries);
  return zipSync(entries);
};
const manifestOf = (bytes: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json']));
const withManifest = (patch: Record<string, unknown>) =>
  rezip((e) => (e['manifest.json'] = strToU8(JSON.stringify({ ...manifestOf(good), ...patch }))));

describe('a file that is not a usable backup is refused with the reason, and nothing is written', () => {
  it.each([
    ['a text file', () => strToU8('Date,Title\n2025-01-01,Course\n'), 'NOT_A_ZIP'],
    ['an empty file', () => new Uint8Array(), 'NOT_A_ZIP'],
    ['a truncated backup', () => good.slice(0, good.length - 30), 'NOT_A_ZIP'],
    ['another zip', () => zipSync({ 'report.pdf': strToU8('%PDF') }), 'NOT_A_BACKUP'],
    ['another app’s manifest', () => withManifest({ format: 'other' }), 'NOT_A_BACKUP'],
    ['a newer format', () => withManifest({ formatVersion: 2 }), 'NEWER_FORMAT'],
    ['an unknown older format', () => withManifest({ formatVersion: 0 }), 'UNSUPPORTED_FORMAT'],
    ['a newer schema', () => withManifest({ schemaVersion: 99 }), 'NEWER_SCHEMA'],
    [
      'a manifest without its time',
      () => withManifest({ exportedAt: undefined }),
      'MANIFEST_INVALID',
    ],
    [
      'a changed export time',
      () => withManifest({ exportedAt: '2020-01-01T00:00:00Z' }),
      'CHECKSUM_MISMATCH',
    ],
    [
      'an edited table',
      () =>
        rezip(
          (e) =>
            (e['tables/profile.json'] = strToU8(
              new TextDecoder().decode(e['tables/profile.json']).replace('Dana', 'Dina'),
            )),
        ),
      'CHECKSUM_MISMATCH',
    ],
    [
      'a changed evidence byte',
      () => rezip((e) => (e['files/evidence/000001.bin']![0] = 0)),
      'CHECKSUM_MISMATCH',
    ],
  ])('%s', async (_name, make, code) => {
    const problems = await attempt(make());
    expect(problems[0]?.code).toBe(code);
  });
});

/** Spoils a well-formed crafted backup; the checksum is right, so the later checks must catch it. */
async function crafted(spoil: (rows: Rows, c: Crafted) => void, recraft = true) {
  const rows = fixtureRows();
  if (recraft) spoil(rows, craftedFrom(rows));
  const c = craftedFrom(rows);
  if (!recraft) spoil(rows, c);
  return craftFile(c);
}

describe('rows and entries are checked after the checksum, each problem located', () => {
  it.each<[string, (r: Rows, c: Crafted) => void, Partial<Problem>, boolean?]>([
    [
      'a date that is not a date',
      (r) => (r.activities![1]!.date = 'last week'),
      { code: 'ROW_INVALID', table: 'activities', row: 2, field: 'date' },
    ],
    [
      'a row without its key',
      (r) => delete r.credentials![0]!.id,
      { code: 'ROW_INVALID', table: 'credentials', row: 1, field: 'id' },
    ],
    [
      'a key used twice',
      (r) => r.activities!.push({ ...r.activities![0]! }),
      { code: 'DUPLICATE_KEY', table: 'activities', row: 3 },
    ],
    [
      'evidence of a missing activity',
      (r) => (r.evidence![0]!.activityId = 'gone'),
      { code: 'BROKEN_REFERENCE', table: 'evidence', row: 1 },
    ],
    [
      'evidence whose size is wrong',
      (r) => (r.evidence![0]!.size = 5),
      { code: 'ROW_INVALID', table: 'evidence', field: 'size' },
    ],
    [
      'an unknown stage',
      (r) => (r.credentials![0]!.stage = 'lost'),
      { code: 'ROW_INVALID', table: 'credentials', field: 'stage' },
    ],
    [
      'a row that is not an object',
      (_r, c) => (c.entries['tables/settings.json'] = '[1]'),
      { code: 'ROW_INVALID', table: 'settings', row: 1 },
      false,
    ],
    [
      'a table that is not a list',
      (_r, c) => (c.entries['tables/settings.json'] = '{}'),
      { code: 'TABLE_INVALID', table: 'settings' },
      false,
    ],
    [
      'a missing evidence file',
      (_r, c) => delete c.entries['files/evidence/000001.bin'],
      { code: 'ROW_INVALID', table: 'evidence', field: 'data' },
      false,
    ],
    [
      'an unknown table',
      (_r, c) => (c.manifest.tables!.secrets = { rows: 0, files: 0 }),
      { code: 'UNKNOWN_TABLE', table: 'secrets' },
      false,
    ],
    [
      'a missing table',
      (_r, c) => delete c.manifest.tables!.activities,
      { code: 'MISSING_ENTRY', table: 'activities' },
      false,
    ],
    [
      'an extra entry',
      (_r, c) => (c.entries['notes.txt'] = 'hi'),
      { code: 'UNEXPECTED_ENTRY', detail: 'notes.txt' },
      false,
    ],
    [
      'wrong counts',
      (_r, c) => (c.manifest.tables!.activities = { rows: 3, files: 0 }),
      { code: 'COUNT_MISMATCH', table: 'activities' },
      false,
    ],
  ])('%s', async (_name, spoil, expected, recraft) => {
    const problems = await attempt(await crafted(spoil, recraft ?? true));
    expect(problems).toContainEqual(expect.objectContaining(expected));
  });

  it('reports at most 25 problems and counts the rest', async () => {
    const rows = fixtureRows();
    rows.activities = Array.from({ length: 40 }, (_, i) => ({
      ...rows.activities![0]!,
      id: `a${i}`,
      date: 'x',
    }));
    rows.evidence = [];
    const read = await readBackupFile(await craftFile(craftedFrom(rows)));
    expect(read.ok ? null : [read.problems.length, read.omitted]).toEqual([25, 15]);
  });
});

/** A second row of `table`, a copy of the fixture's first with its own key, to be spoiled. */
const second = (r: Rows, table: string) => {
  const row: Record<string, unknown> = { ...structuredClone(r[table]![0]!), id: `${table}-2` };
  r[table]!.push(row);
  return row;
};

describe('journal and study planner rows are complete records, or the file is refused', () => {
  it.each<[string, (r: Rows) => void, Partial<Problem>]>([
    [
      'a course without notes',
      (r) => delete r.courses![0]!.notes,
      { table: 'courses', row: 1, field: 'notes' },
    ],
    [
      'a course whose end is missing rather than null',
      (r) => delete r.courses![0]!.end,
      { table: 'courses', row: 1, field: 'end' },
    ],
    [
      'a course with an unknown training topic',
      (r) => (r.courses![0]!.topic = 'cooking'),
      { table: 'courses', row: 1, field: 'topic' },
    ],
    [
      'a course split that leaves out an area',
      (r) => (r.courses![0]!.split = { waysOfWorking: 21 }),
      { table: 'courses', row: 1, field: 'split.powerSkills' },
    ],
    [
      'a course costing a negative amount',
      (r) => (r.courses![0]!.cost = { amount: -5, currency: 'EUR' }),
      { table: 'courses', row: 1, field: 'cost.amount' },
    ],
    [
      'a reflection that is not text',
      (r) => (r.courses![0]!.reflection = { learned: 3, apply: '' }),
      { table: 'courses', row: 1, field: 'reflection.learned' },
    ],
    [
      'an event whose contacts are not a list',
      (r) => (r.events![0]!.contactIds = 'contact-1'),
      { table: 'events', row: 1, field: 'contactIds' },
    ],
    [
      'an event without its kind',
      (r) => delete r.events![0]!.kind,
      { table: 'events', row: 1, field: 'kind' },
    ],
    [
      'an event session in an unknown area',
      (r) => (second(r, 'eventSessions').area = 'cooking'),
      { table: 'eventSessions', row: 2, field: 'area' },
    ],
    [
      'a podcast with hours as text',
      (r) => (r.media![0]!.hours = '1'),
      { table: 'media', row: 1, field: 'hours' },
    ],
    [
      'a contact without a relation',
      (r) => delete r.contacts![0]!.relation,
      { table: 'contacts', row: 1, field: 'relation' },
    ],
    [
      'an interaction with a bad date',
      (r) => (r.interactions![0]!.date = '2026-02-30'),
      { table: 'interactions', row: 1, field: 'date' },
    ],
    [
      'an interaction of an unknown kind',
      (r) => (second(r, 'interactions').kind = 'lunch'),
      { table: 'interactions', row: 2, field: 'kind' },
    ],
    [
      'a membership without the day it began',
      (r) => (r.memberships![0]!.since = null),
      { table: 'memberships', row: 1, field: 'since' },
    ],
    [
      'a certificate whose size differs from its bytes',
      (r) =>
        r.attachments!.push({
          id: 'att-1',
          ownerId: 'course-1',
          name: 'certificate.pdf',
          mimeType: 'application/pdf',
          size: 9,
          data: new Uint8Array([1, 2, 3]),
          addedAt: '2026-10-07T08:00:00.000Z',
        }),
      { table: 'attachments', row: 1, field: 'size' },
    ],
    [
      'a study plan of an unknown status',
      (r) => (r.studyPlans![0]!.status = 'done'),
      { table: 'studyPlans', row: 1, field: 'status' },
    ],
    [
      'a study plan whose exam target has no credential',
      (r) => (r.studyPlans![0]!.target = { kind: 'exam' }),
      { table: 'studyPlans', row: 1, field: 'target.heldId' },
    ],
    [
      'a study plan with a blackout that is not a day',
      (r) => (r.studyPlans![0]!.blackouts = ['2026-12-25', 'Christmas']),
      { table: 'studyPlans', row: 1, field: 'blackouts.1' },
    ],
    [
      'a study block without minutes',
      (r) => delete r.studyBlocks![0]!.minutes,
      { table: 'studyBlocks', row: 1, field: 'minutes' },
    ],
    [
      'a study block starting at 25:00',
      (r) => (second(r, 'studyBlocks').start = '25:00'),
      { table: 'studyBlocks', row: 2, field: 'start' },
    ],
    [
      'a study session with negative minutes',
      (r) => (r.studySessions![0]!.minutes = -30),
      { table: 'studySessions', row: 1, field: 'minutes' },
    ],
    [
      'a study session in fractions of a minute',
      (r) => (second(r, 'studySessions').minutes = 12.5),
      { table: 'studySessions', row: 2, field: 'minutes' },
    ],
    [
      'a study session from an unknown source',
      (r) => (r.studySessions![0]!.source = 'guess'),
      { table: 'studySessions', row: 1, field: 'source' },
    ],
    [
      'a focus timer with negative time counted',
      (r) => (r.timer![0]!.accumulatedMs = -1),
      { table: 'timer', row: 1, field: 'accumulatedMs' },
    ],
    [
      'a shown reminder without its day',
      (r) => delete r.notified![0]!.day,
      { table: 'notified', row: 1, field: 'day' },
    ],
  ])('%s', async (_name, spoil, expected) => {
    const problems = await attempt(await crafted(spoil));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'ROW_INVALID', ...expected }));
  });

  it('accepts the fields the stored types mark optional left out, and keeps extra fields', async () => {
    const rows = fixtureRows();
    delete rows.courses![0]!.reflection;
    expect(rows.studyPlans![0]).not.toHaveProperty('replannedOn');
    second(rows, 'studyPlans').replannedOn = null;
    rows.contacts![0]!.favouriteColour = 'teal';
    const read = await readBackupFile(await craftFile(craftedFrom(rows)));
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
    expect(read.value.tables.courses![0]).not.toHaveProperty('reflection');
    expect(read.value.tables.contacts![0]!.favouriteColour).toBe('teal');
  });
});

type Row = Record<string, unknown>;
/** The user's edited ladder: the default one, stored as the ladder editor saves it. */
const withLadder = (r: Rows) => {
  const rungs = structuredClone(defaultLadderPlan().rungs) as unknown as (Row & {
    requirements: Row[];
  })[];
  const row = { id: 'me', rungs, updatedAt: '2026-11-20T09:00:00.000Z' };
  r.ladderPlan = [row];
  return row;
};
const goalTarget = (r: Rows) => r.goals![0]!.target as Record<string, unknown>;

describe('career rows are complete records, or the file is refused', () => {
  it.each<[string, (r: Rows) => void, Partial<Problem>]>([
    [
      'an edited ladder without its rungs',
      (r) => delete (withLadder(r) as Row).rungs,
      { table: 'ladderPlan', row: 1, field: 'rungs' },
    ],
    [
      'a ladder rung without its requirements',
      (r) => delete (withLadder(r).rungs[1] as Row).requirements,
      { table: 'ladderPlan', row: 1, field: 'rungs.1.requirements' },
    ],
    [
      'a ladder requirement of an unknown kind',
      (r) => (withLadder(r).rungs[0]!.requirements[0]!.kind = 'luck'),
      { table: 'ladderPlan', row: 1, field: 'rungs.0.requirements.0.kind' },
    ],
    [
      'a ladder skill requirement at level 9',
      (r) => {
        const rung = withLadder(r).rungs[2]!;
        rung.requirements[0] = {
          ...rung.requirements[0],
          kind: 'skill',
          skill: 'leadership',
          level: 9,
        };
      },
      { table: 'ladderPlan', row: 1, field: 'rungs.2.requirements.0.level' },
    ],
    [
      'a ladder credential requirement whose count is text',
      (r) => {
        const rung = withLadder(r).rungs[1]!;
        rung.requirements[0] = {
          ...rung.requirements[0],
          kind: 'credential',
          anyOf: ['pmp'],
          count: 'two',
          standing: 'good',
        };
      },
      { table: 'ladderPlan', row: 1, field: 'rungs.1.requirements.0.count' },
    ],
    [
      'a ladder that is not the user’s single row',
      (r) => (withLadder(r).id = 'other'),
      { table: 'ladderPlan', row: 1, field: 'id' },
    ],
    [
      'a role ending in month 13',
      (r) => (r.roles![0]!.end = '2022-13'),
      { table: 'roles', row: 1, field: 'end' },
    ],
    [
      'a role that ends before it starts',
      (r) => {
        r.roles![0]!.start = '2022-05';
        r.roles![0]!.end = '2021-04';
      },
      { table: 'roles', row: 1, field: 'end' },
    ],
    [
      'a role whose start is a full day',
      (r) => (r.roles![1]!.start = '2022-03-01'),
      { table: 'roles', row: 2, field: 'start' },
    ],
    [
      'a role without its role types',
      (r) => delete r.roles![0]!.roleTypes,
      { table: 'roles', row: 1, field: 'roleTypes' },
    ],
    [
      'a role of an unknown type',
      (r) => (r.roles![1]!.roleTypes = ['agile', 'astronaut']),
      { table: 'roles', row: 2, field: 'roleTypes.1' },
    ],
    [
      'a role with a negative team',
      (r) => (r.roles![1]!.teamSize = -3),
      { table: 'roles', row: 2, field: 'teamSize' },
    ],
    [
      'a degree of an unknown level',
      (r) => (r.degrees![0]!.level = 'phd'),
      { table: 'degrees', row: 1, field: 'level' },
    ],
    [
      'a degree whose year is text',
      (r) => (r.degrees![0]!.year = '2019'),
      { table: 'degrees', row: 1, field: 'year' },
    ],
    [
      'contact hours below zero',
      (r) => (r.contactHours![0]!.hours = -12),
      { table: 'contactHours', row: 1, field: 'hours' },
    ],
    [
      'a contact-hours course on an unknown topic',
      (r) =>
        (r.contactHours![0]!.courses = [
          { title: 'Boot camp', hours: 35, date: '2024-01-20', topic: 'cooking' },
        ]),
      { table: 'contactHours', row: 1, field: 'courses.0.topic' },
    ],
    [
      'a skill assessed at level 7',
      (r) => (r.skillAssessments![1]!.level = 7),
      { table: 'skillAssessments', row: 2, field: 'level' },
    ],
    [
      'a skill that does not exist',
      (r) => (r.skillAssessments![0]!.skill = 'juggling'),
      { table: 'skillAssessments', row: 1, field: 'skill' },
    ],
    [
      'a skill assessment without its day',
      (r) => delete r.skillAssessments![0]!.date,
      { table: 'skillAssessments', row: 1, field: 'date' },
    ],
    [
      'a goal of an unknown kind',
      (r) => (r.goals![0]!.kind = 'wealth'),
      { table: 'goals', row: 1, field: 'kind' },
    ],
    [
      'a goal without its status',
      (r) => delete r.goals![0]!.status,
      { table: 'goals', row: 1, field: 'status' },
    ],
    [
      'a goal measured from an unknown record',
      (r) => (goalTarget(r).measure = { source: 'horoscope' }),
      { table: 'goals', row: 1, field: 'target.measure.source' },
    ],
    [
      'a goal target below zero',
      (r) => (goalTarget(r).value = -1),
      { table: 'goals', row: 1, field: 'target.value' },
    ],
    [
      'a goal linked to a requirement without its rung',
      (r) => (r.goals![0]!.target = { type: 'requirement', requirementId: 'pmp' }),
      { table: 'goals', row: 1, field: 'target.rungId' },
    ],
    [
      'a goal milestone without its due day',
      (r) => (r.goals![0]!.milestones = [{ id: 'm-1', title: 'Book the exam', doneOn: null }]),
      { table: 'goals', row: 1, field: 'milestones.0.due' },
    ],
  ])('%s', async (_name, spoil, expected) => {
    const problems = await attempt(await crafted(spoil));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'ROW_INVALID', ...expected }));
  });

  it('accepts an edited ladder and optional career fields, left out or set', async () => {
    const rows = fixtureRows();
    const ladder = withLadder(rows);
    ladder.rungs[0]!.requirements = [
      ...ladder.rungs[0]!.requirements,
      {
        kind: 'custom',
        title: 'Shadow a PMO lead',
        done: false,
        id: 'own-1',
        priority: 'recommended',
        basis: { source: 'user' },
        origin: 'user',
      },
    ];
    expect(rows.roles![0]).not.toHaveProperty('teamSize');
    Object.assign(rows.roles![1]!, { budget: null, description: 'Ran the PMO' });
    delete rows.contactHours![0]!.courses;
    rows.skillAssessments![0]!.note = 'After the 360 review';
    rows.goals![0]!.why = 'Roles ask for it';
    const read = await readBackupFile(await craftFile(craftedFrom(rows)));
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
    expect(read.value.tables.ladderPlan).toEqual([ladder]);
    expect(read.value.tables.contactHours![0]).not.toHaveProperty('courses');
  });
});

describe('older formats are lifted by migration steps', () => {
  /** A made-up format 0: the same zip, but tables under data/ and no counts in the manifest. */
  async function formatZero() {
    const c = craftedFrom(fixtureRows());
    const entries = Object.fromEntries(
      Object.entries(c.entries).map(([k, v]) => [k.replace(/^tables\//, 'data/'), v]),
    );
    const { tables, ...rest } = c.manifest;
    return craftFile({
      manifest: { ...rest, formatVersion: 0, tableNames: Object.keys(tables!) },
      entries,
    });
  }
  const liftZero = async (raw: RawContainer): Promise<RawContainer> => {
    const old = raw.manifest as Record<string, unknown> & { tableNames: string[] };
    const entries = new Map([...raw.entries].map(([k, v]) => [k.replace(/^data\//, 'tables/'), v]));
    const tables = Object.fromEntries(
      old.tableNames.map((t) => {
        const rows = JSON.parse(new TextDecoder().decode(entries.get(`tables/${t}.json`)));
        const files = [...entries.keys()].filter((k) => k.startsWith(`files/${t}/`)).length;
        return [t, { rows: rows.length, files }];
      }),
    );
    const { tableNames: _t, checksum: _c, ...rest } = old;
    const core = { ...rest, formatVersion: 1, tables } as never;
    return {
      manifest: {
        ...(core as object),
        checksum: { algorithm: 'SHA-256', value: await computeChecksum(core, entries) },
      },
      entries,
    };
  };

  it('restores a format-0 file through its step', async () => {
    const read = await readBackupFile(await formatZero(), { migrations: { 0: liftZero } });
    expect(read.ok && read.value.preview.records).toBe(fixtureRecords());
  });

  it('refuses a format-0 file when no step exists', async () => {
    expect(await attempt(await formatZero())).toEqual([
      { code: 'UNSUPPORTED_FORMAT', detail: '0' },
    ]);
  });
});
