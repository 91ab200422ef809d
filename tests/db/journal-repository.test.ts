// The link between journal entries and their credit entries through edit and delete (issue 6
// tests: "db: … no orphans"). PMP earned 15 Jan 2025; today 22 Nov 2026.
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { claimRows } from '../../shared/domain/claims';
import type { HeldCredential } from '../../shared/domain/credentials';
import { planAuditPack } from '../../shared/domain/report';
import {
  courseCredits,
  eventCredits,
  interactionCredits,
  type Course,
} from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities, saveActivity } from '../../renderer/src/db/repositories/activities';
import {
  ATTACHMENT_MAX_BYTES,
  confirmCredits,
  deleteCourse,
  deleteEvent,
  linkedActivities,
  listAttachments,
  listSessions,
  restoreEntry,
  saveCourse,
  saveEvent,
} from '../../renderer/src/db/repositories/journal';
import {
  deleteContact,
  saveContact,
  saveInteraction,
} from '../../renderer/src/db/repositories/journal-network';
import { evidenceOfActivities } from '../../renderer/src/db/repositories/report';
import { zipAuditPack } from '../../renderer/src/features/reports/audit-zip';
import { evaluate, holding } from '../unit/domain/credits/fixtures';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
let store: Store;
afterEach(() => store?.db.close());

const course: Omit<Course, 'id'> = {
  title: 'Leading agile teams',
  provider: 'Acme',
  format: 'virtual',
  status: 'completed',
  start: '2026-03-01',
  end: '2026-03-04',
  contactHours: 21,
  cost: null,
  link: '',
  topic: 'agile',
  split: null,
  notes: '',
};

async function completedCourseWithCredit() {
  store = await openStore(freshName('journal'));
  const saved = await saveCourse(store, course, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  const proposal = courseCredits(saved.value, held);
  const confirmed = await confirmCredits(
    store,
    'courses',
    saved.value.id,
    proposal.suggestions.map((s) => s.activity),
    asOf,
  );
  expect(confirmed.ok).toBe(true);
  return saved.value;
}

/** No activity may point at an entry that is gone. */
async function orphans(): Promise<string[]> {
  const ids = new Set<string>();
  for (const t of ['courses', 'events', 'media', 'interactions']) {
    for (const k of await store.db.table(t).toCollection().primaryKeys()) ids.add(String(k));
  }
  return (await listActivities(store))
    .filter((a) => a.sourceId && !ids.has(a.sourceId))
    .map((a) => a.id);
}

describe('confirming credit entries', () => {
  it('writes nothing before the user confirms, then links each entry to its source', async () => {
    store = await openStore(freshName('journal'));
    const saved = await saveCourse(store, course, { asOf });
    expect(saved.ok && (await listActivities(store))).toEqual([]);
    const c = await completedCourseWithCredit();
    const linked = await linkedActivities(store, c.id);
    expect(linked.map((a) => [a.type, a.amount, a.sourceId])).toEqual([
      ['course-or-training', 21, c.id],
    ]);
  });

  it('refuses an invalid credit entry and an entry that is gone', async () => {
    const c = await completedCourseWithCredit();
    const bad = await confirmCredits(
      store,
      'courses',
      c.id,
      [{ ...(await linkedActivities(store, c.id))[0]!, amount: 0 }],
      asOf,
    );
    expect(bad.ok).toBe(false);
    const gone = await confirmCredits(
      store,
      'courses',
      'nope',
      [(await linkedActivities(store, c.id))[0]!],
      asOf,
    );
    expect(gone).toEqual({ ok: false, errors: [{ field: 'source', code: 'ENTRY_GONE' }] });
    expect(await listActivities(store)).toHaveLength(1);
  });
});

describe('editing an entry with credit entries', () => {
  it('asks first: without an answer nothing is written', async () => {
    const c = await completedCourseWithCredit();
    const result = await saveCourse(store, { ...c, contactHours: 24 }, { asOf });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'credits', code: 'LINK_CHOICE_REQUIRED' }],
      question: { table: 'courses', linked: 1, update: null },
    });
    expect((await store.db.table('courses').get(c.id)).contactHours).toBe(21);
  });

  it('update: the credit entry follows the course and keeps its claim status', async () => {
    const c = await completedCourseWithCredit();
    const [a] = await linkedActivities(store, c.id);
    await saveActivity(store, { ...a!, status: 'reported' }, asOf);
    const edited = { ...c, contactHours: 24 };
    const fresh = courseCredits(edited, held).suggestions;
    expect((await saveCourse(store, edited, { asOf, link: { action: 'update', fresh } })).ok).toBe(
      true,
    );
    const after = await linkedActivities(store, c.id);
    expect(after.map((x) => [x.id, x.amount, x.status, x.split?.waysOfWorking])).toEqual([
      [a!.id, 24, 'reported', 24],
    ]);
  });

  it('update keeps the split the user gave when confirming, carried to new hours', async () => {
    store = await openStore(freshName('journal'));
    const saved = await saveCourse(store, course, { asOf });
    if (!saved.ok) throw new Error('course not saved');
    const c = saved.value;
    const mine = { waysOfWorking: 14, powerSkills: 7, businessAcumen: 0 };
    const [proposed] = courseCredits(c, held).suggestions;
    await confirmCredits(store, 'courses', c.id, [{ ...proposed!.activity, split: mine }], asOf);
    const previous = courseCredits(c, held).suggestions;
    const edit = async (changed: typeof c) => {
      const fresh = courseCredits(changed, held).suggestions;
      const link = { action: 'update' as const, fresh, previous };
      expect((await saveCourse(store, changed, { asOf, link })).ok).toBe(true);
      return (await linkedActivities(store, c.id)).map((a) => a.split);
    };
    expect(await edit({ ...c, notes: 'Good trainer.' })).toEqual([mine]);
    expect(await edit({ ...c, contactHours: 24 })).toEqual([
      { waysOfWorking: 16, powerSkills: 8, businessAcumen: 0 },
    ]);
  });

  it('unlink: the credit entry stays as an ordinary one; delete: it goes', async () => {
    const c = await completedCourseWithCredit();
    await saveCourse(store, { ...c, notes: 'x' }, { asOf, link: { action: 'unlink', fresh: [] } });
    expect(await linkedActivities(store, c.id)).toEqual([]);
    const all = await listActivities(store);
    expect(all).toHaveLength(1);
    expect('sourceId' in all[0]!).toBe(false);
  });

  it('an update that proposes nothing (course dropped) removes the credit entries', async () => {
    const c = await completedCourseWithCredit();
    const dropped = { ...c, status: 'dropped' as const };
    const fresh = courseCredits(dropped, held).suggestions;
    await saveCourse(store, dropped, { asOf, link: { action: 'update', fresh } });
    expect(await listActivities(store)).toEqual([]);
    expect(await orphans()).toEqual([]);
  });
});

describe('deleting an entry', () => {
  it('delete takes its credit entries and certificate; Undo puts all back', async () => {
    const c = await completedCourseWithCredit();
    const file = { name: 'cert.pdf', mimeType: 'application/pdf', data: new Uint8Array([1, 2, 3]) };
    await saveCourse(store, c, {
      asOf,
      certificate: file,
      link: { action: 'update', fresh: courseCredits(c, held).suggestions },
    });
    const before = await listActivities(store);
    const removed = await deleteCourse(store, c.id, 'delete');
    expect(await listActivities(store)).toEqual([]);
    expect(await listAttachments(store, c.id)).toEqual([]);
    await restoreEntry(store, removed!);
    expect(await listActivities(store)).toEqual(before);
    expect((await listAttachments(store, c.id)).map((f) => f.name)).toEqual(['cert.pdf']);
  });

  it('unlink keeps the credit entries without a link: never an orphan', async () => {
    const c = await completedCourseWithCredit();
    await deleteCourse(store, c.id, 'unlink');
    expect(await listActivities(store)).toHaveLength(1);
    expect(await orphans()).toEqual([]);
  });

  it('a certificate too large is refused with nothing written', async () => {
    store = await openStore(freshName('journal'));
    const big = {
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      data: new Uint8Array(ATTACHMENT_MAX_BYTES + 1),
    };
    const result = await saveCourse(store, course, { asOf, certificate: big });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'certificate', code: 'FILE_TOO_LARGE' }],
    });
    expect(await store.db.table('courses').count()).toBe(0);
  });

  it('an event goes with its sessions and its credit entries', async () => {
    store = await openStore(freshName('journal'));
    const ev = {
      name: 'PMO Summit',
      kind: 'conference' as const,
      organiser: 'PMI',
      start: '2026-10-05',
      end: '2026-10-06',
      place: 'Utrecht',
      virtual: false,
      cost: null,
      link: '',
      notes: '',
      contactIds: [],
    };
    const sessions = [
      { title: 'One', speaker: 'A', hours: 1.5, area: 'powerSkills' as const, givenByMe: false },
      { title: 'Two', speaker: 'B', hours: 1, area: 'businessAcumen' as const, givenByMe: false },
    ];
    const saved = await saveEvent(store, ev, sessions, { asOf });
    if (!saved.ok) throw new Error('event not saved');
    const stored = await listSessions(store);
    const fresh = eventCredits(saved.value, stored, held, asOf).suggestions;
    await confirmCredits(
      store,
      'events',
      saved.value.id,
      fresh.map((s) => s.activity),
      asOf,
    );
    expect(await linkedActivities(store, saved.value.id)).toHaveLength(2);
    await deleteEvent(store, saved.value.id, 'delete');
    expect(await listSessions(store)).toEqual([]);
    expect(await listActivities(store)).toEqual([]);
  });

  it('a contact goes with its interactions, whose credit entries follow the answer', async () => {
    store = await openStore(freshName('journal'));
    const person = await saveContact(
      store,
      {
        name: 'Ana Lima',
        organisation: '',
        role: '',
        howMet: '',
        tags: [],
        relation: 'mentor',
        since: '2025-09-01',
        until: null,
        notes: '',
      },
      asOf,
    );
    if (!person.ok) throw new Error('contact not saved');
    const talk = await saveInteraction(
      store,
      {
        contactId: person.value.id,
        date: '2026-09-01',
        kind: 'mentoring-received',
        notes: '',
        hours: 1,
        area: 'powerSkills',
        followUp: '2026-12-01',
      },
      { asOf },
    );
    if (!talk.ok) throw new Error('interaction not saved');
    const fresh = interactionCredits(talk.value, 'Ana Lima', held).suggestions;
    await confirmCredits(
      store,
      'interactions',
      talk.value.id,
      fresh.map((s) => s.activity),
      asOf,
    );
    const removed = await deleteContact(store, person.value.id, 'delete');
    expect(await store.db.table('interactions').count()).toBe(0);
    expect(await listActivities(store)).toEqual([]);
    await restoreEntry(store, removed!);
    expect(await linkedActivities(store, talk.value.id)).toHaveLength(1);
    expect(await orphans()).toEqual([]);
  });

  it('an interaction with an unknown contact is refused', async () => {
    store = await openStore(freshName('journal'));
    const result = await saveInteraction(
      store,
      {
        contactId: 'nobody',
        date: '2026-09-01',
        kind: 'call',
        notes: '',
        hours: 0,
        area: 'powerSkills',
        followUp: null,
      },
      { asOf },
    );
    expect(result.ok).toBe(false);
  });
});

describe('a course certificate', () => {
  const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255, 7, 128]);
  const file = { name: 'cert: agile.pdf', mimeType: 'application/pdf', data: bytes };

  async function courseWithCertificate() {
    const c = await completedCourseWithCredit();
    const link = { action: 'update' as const, fresh: courseCredits(c, held).suggestions };
    expect((await saveCourse(store, c, { asOf, certificate: file, link })).ok).toBe(true);
    return c;
  }

  it('can be read back and removed; the course stays', async () => {
    const c = await courseWithCertificate();
    const [kept] = await listAttachments(store, c.id);
    expect([kept?.name, kept?.size, kept?.mimeType]).toEqual([
      'cert: agile.pdf',
      8,
      'application/pdf',
    ]);
    expect(Buffer.from(kept!.data).equals(Buffer.from(bytes))).toBe(true);
    const link = { action: 'update' as const, fresh: courseCredits(c, held).suggestions };
    await saveCourse(store, c, { asOf, removeCertificate: true, link });
    expect(await listAttachments(store, c.id)).toEqual([]);
    expect(await store.db.table('courses').count()).toBe(1);
  });

  it('goes into the audit pack with the credit entry its course earned, byte for byte', async () => {
    const c = await courseWithCertificate();
    const pmp = holding('pmp', '2025-01-15');
    const activities = await listActivities(store);
    const evaluation = evaluate(pmp, activities, asOf);
    const rows = claimRows(evaluation, activities);
    const evidence = await evidenceOfActivities(
      store,
      rows.map((r) => r.activityId),
    );
    expect(evidence.map((e) => [e.activityId, e.origin])).toEqual([
      [activities[0]!.id, 'course-certificate'],
    ]);
    const plan = planAuditPack(pmp.rule, evaluation, rows, evidence);
    expect(plan.withoutEvidence).toEqual([]);
    const zip = unzipSync(zipAuditPack(plan, 'csv', 'readme', evidence));
    const path = `evidence/001-2026-03-04-${c.title}/Course certificate - cert- agile.pdf`;
    expect(new TextDecoder().decode(zip['index.csv'])).toContain(path);
    expect(Buffer.from(zip[path]!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stays out of the pack once the credit entry is unlinked from the course', async () => {
    const c = await courseWithCertificate();
    await saveCourse(store, c, { asOf, link: { action: 'unlink', fresh: [] } });
    const ids = (await listActivities(store)).map((a) => a.id);
    expect(await evidenceOfActivities(store, ids)).toEqual([]);
  });
});

describe('deleting a contact met at events', () => {
  const person = (name: string) => ({
    name,
    organisation: '',
    role: '',
    howMet: '',
    tags: [],
    relation: 'contact' as const,
    since: null,
    until: null,
    notes: '',
  });
  const summit = (contactIds: string[]) => ({
    name: 'PMO Summit',
    kind: 'conference' as const,
    organiser: 'PMI',
    start: '2026-10-05',
    end: '2026-10-06',
    place: 'Utrecht',
    virtual: false,
    cost: null,
    link: '',
    notes: '',
    contactIds,
  });

  it('takes them out of every event’s contacts met, in the same delete; Undo puts them back', async () => {
    store = await openStore(freshName('journal'));
    const ana = await saveContact(store, person('Ana Lima'), asOf);
    const bo = await saveContact(store, person('Bo Chen'), asOf);
    if (!ana.ok || !bo.ok) throw new Error('contacts not saved');
    const both = await saveEvent(store, summit([ana.value.id, bo.value.id]), [], { asOf });
    const other = await saveEvent(store, { ...summit([bo.value.id]), name: 'Meetup' }, [], {
      asOf,
    });
    if (!both.ok || !other.ok) throw new Error('events not saved');
    const met = async () =>
      (await store.db.table('events').toArray())
        .map((e: { name: string; contactIds: string[] }) => [e.name, e.contactIds])
        .sort();

    const removed = await deleteContact(store, ana.value.id, 'delete');
    expect(await met()).toEqual([
      ['Meetup', [bo.value.id]],
      ['PMO Summit', [bo.value.id]],
    ]);
    await restoreEntry(store, removed!);
    expect(await met()).toEqual([
      ['Meetup', [bo.value.id]],
      ['PMO Summit', [ana.value.id, bo.value.id]],
    ]);
  });
});
