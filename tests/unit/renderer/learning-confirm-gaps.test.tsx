// Gaps of the Learning screen's "Credit entries to confirm" panel and forms:
// - a course whose credit entry was kept unlinked proposes its credit again: the panel names the
//   unlinked entry (rule "avoid counting the same learning twice") and offers to link it
//   instead of adding a second, with an Undo; linking is refused, nothing written, when the
//   entry or the credit entry changed since;
// - an area split refused names the proposed entry and the area, and focus goes to that field;
// - course and reading titles are saved without the spaces around them, and spaces alone are
//   refused as an empty title is;
// - the panel closes when its entry is deleted;
// - an event's place too long is shown at the field too.
// PMP earned 15 Jan 2025; today 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { courseCredits, type Course } from '../../../shared/domain/journal';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import {
  confirmCredits,
  deleteCourse,
  deleteMedia,
  linkCreditEntry,
  saveCourse,
  saveEvent,
  saveMedia,
  unlinkCreditEntry,
} from '../../../renderer/src/db/repositories/journal';
import { CreditConfirm } from '../../../renderer/src/features/learning/CreditConfirm';
import { EventForm } from '../../../renderer/src/features/learning/EventForm';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { follow, focusedSummary } from './error-summary-helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
const TEST = { timeout: 30_000 };
const PANEL = 'Credit entries to confirm';
const TITLE = 'PMO set-up and operations';
const nothing = () => undefined;

const course: Omit<Course, 'id'> = {
  title: TITLE,
  provider: 'Acme Training',
  format: 'virtual',
  status: 'completed',
  start: '2026-09-01',
  end: '2026-09-03',
  contactHours: 16,
  cost: null,
  link: '',
  topic: 'general',
  split: null,
  notes: '',
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('learning-confirm-gaps'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function pmp() {
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
  return held.value;
}

/** PMP earned, the course saved and its credit entry confirmed; returns the course's id. */
async function seedConfirmedCourse(): Promise<string> {
  const held = await pmp();
  const saved = await saveCourse(store, course, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  const list = courseCredits(saved.value, [held]).suggestions.map((s) => s.activity);
  if (!(await confirmCredits(store, 'courses', saved.value.id, list, asOf)).ok)
    throw new Error('credit entry not confirmed');
  return saved.value.id;
}

const panel = () => screen.queryByRole('region', { name: PANEL });

/** Edits the course's hours and keeps its credit entry unlinked, as the dialog offers. */
async function keepUnlinkedAfterEdit(hours: string) {
  const row = await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
  await within(row).findByText('1 in the credit log', {}, SLOW);
  fireEvent.click(within(row).getByRole('button', { name: /^Edit/ }));
  const form = screen.getByRole('form', { name: 'Edit course' });
  fireEvent.change(within(form).getByLabelText('Contact hours'), { target: { value: hours } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
  const dialog = await screen.findByRole('dialog', { name: 'This entry has credit entries' }, SLOW);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Keep them as they are, unlinked' }));
  await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit course' })).toBeNull(), SLOW);
}

describe('a course whose credit entry was kept unlinked', TEST, () => {
  const warning = `Your credit log already has “${TITLE}”, ${formatDate('2026-09-03')}, 16 hours, not linked to this course. Confirming adds a second entry, and the same learning counts twice.`;

  it('proposes its credit again with a warning naming the unlinked entry; linking it adds nothing, Undo unlinks it', async () => {
    const courseId = await seedConfirmedCourse();
    show(<LearningScreen rest={['courses']} />);
    await keepUnlinkedAfterEdit('20');
    const [kept] = await listActivities(store);
    expect(kept!.sourceId).toBeUndefined();

    const row = await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
    fireEvent.click(
      await within(row).findByRole('button', { name: /^Propose credit entries/ }, SLOW),
    );
    const region = await screen.findByRole('region', { name: PANEL }, SLOW);
    expect(await within(region).findByText(warning, {}, SLOW)).not.toBeNull();

    const link = within(region).getByRole('button', {
      name: 'Link that entry to this course instead',
    });
    fireEvent.click(link);
    await waitFor(() => expect(panel()).toBeNull(), SLOW);
    const after = await listActivities(store);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(kept!.id);
    expect(after[0]!.sourceId).toBe(courseId);
    // The entry is kept as it was: its hours stay 16 (the person chose to keep it so).
    expect(after[0]!.amount).toBe(16);
    expect(
      await screen.findByText(
        `“${TITLE}” in your credit log is now linked to the entry of the same name, so it counts once. Nothing was added.`,
        {},
        SLOW,
      ),
    ).not.toBeNull();
    await within(row).findByText('1 in the credit log', {}, SLOW);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(
      async () => expect((await listActivities(store))[0]!.sourceId).toBeUndefined(),
      SLOW,
    );
    expect(await listActivities(store)).toHaveLength(1);
  });

  it('still lets the person confirm a second entry (it may be a second time through the course)', async () => {
    await seedConfirmedCourse();
    show(<LearningScreen rest={['courses']} />);
    await keepUnlinkedAfterEdit('20');
    const row = await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
    fireEvent.click(
      await within(row).findByRole('button', { name: /^Propose credit entries/ }, SLOW),
    );
    const region = await screen.findByRole('region', { name: PANEL }, SLOW);
    await within(region).findByText(warning, {}, SLOW);
    fireEvent.click(within(region).getByRole('button', { name: 'Confirm credit entries' }));
    await waitFor(() => expect(panel()).toBeNull(), SLOW);
    expect((await listActivities(store)).map((a) => a.amount).sort()).toEqual([16, 20]);
  });

  it('says nothing when the credit log has no such entry', async () => {
    await pmp();
    await saveCourse(store, course, { asOf });
    show(<LearningScreen rest={['courses']} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Propose credit entries/ }, SLOW));
    const region = await screen.findByRole('region', { name: PANEL }, SLOW);
    expect(within(region).queryByText(/already has/)).toBeNull();
    expect(within(region).queryByRole('button', { name: /^Link that entry/ })).toBeNull();
  });
});

describe('linkCreditEntry', TEST, () => {
  async function seedUnlinked() {
    const courseId = await seedConfirmedCourse();
    const [a] = await listActivities(store);
    const { sourceId: _gone, ...unlinked } = a!;
    await store.db.table('activities').put(unlinked);
    return { courseId, activityId: a!.id };
  }

  it('links only the credit entry, and its Undo takes only the link back', async () => {
    const { courseId, activityId } = await seedUnlinked();
    const result = await linkCreditEntry(store, 'courses', courseId, activityId);
    expect(result.ok).toBe(true);
    expect((await listActivities(store))[0]!.sourceId).toBe(courseId);
    // An edit in the credit log since is kept by the Undo.
    await store.db.table('activities').update(activityId, { notes: 'Claimed in March' });
    if (!result.ok) throw new Error('not linked');
    expect(await unlinkCreditEntry(store, result.value)).toBe(true);
    const [back] = await listActivities(store);
    expect(back!.sourceId).toBeUndefined();
    expect(back!.notes).toBe('Claimed in March');
    // Nothing left to take back: refused.
    expect(await unlinkCreditEntry(store, result.value)).toBe(false);
  });

  it('refuses, writing nothing, when the entry is gone, already has credit, or the credit entry is taken', async () => {
    const { courseId, activityId } = await seedUnlinked();
    const codes = async (id: string, activity: string) => {
      const r = await linkCreditEntry(store, 'courses', id, activity);
      return r.ok ? 'ok' : r.errors.map((e) => e.code).join();
    };
    expect(await codes(courseId, 'no-such-activity')).toBe('CREDIT_TAKEN');
    const other = await saveCourse(store, { ...course, title: 'Agile coaching' }, { asOf });
    if (!other.ok) throw new Error('course not saved');
    await store.db.table('activities').update(activityId, { sourceId: other.value.id });
    expect(await codes(courseId, activityId)).toBe('CREDIT_TAKEN');
    expect((await listActivities(store))[0]!.sourceId).toBe(other.value.id);
    expect(await codes(other.value.id, activityId)).toBe('ALREADY_CONFIRMED');
    await deleteCourse(store, courseId, 'delete');
    expect(await codes(courseId, activityId)).toBe('ENTRY_GONE');
  });
});

describe('an area split the panel refuses', TEST, () => {
  function showPanel() {
    const suggestions = [
      {
        key: 'course',
        activity: {
          sourceId: 'c1',
          date: '2026-11-01',
          startDate: null,
          title: 'Leading agile teams',
          provider: 'Acme',
          type: 'course-or-training' as const,
          amount: 3,
          unit: 'hours' as const,
          split: { waysOfWorking: 3, powerSkills: 0, businessAcumen: 0 },
          status: 'earned' as const,
        },
      },
    ];
    show(
      <CreditConfirm
        pending={{
          table: 'courses',
          sourceId: 'c1',
          title: 'Leading agile teams',
          suggestions,
          countsFor: ['PMP'],
        }}
        onDone={nothing}
      />,
    );
    return screen.getByRole('region', { name: PANEL });
  }

  it('names the entry and the area with hours that are not a number, and focuses that area', async () => {
    const region = showPanel();
    const power = within(region).getByLabelText('Power Skills');
    fireEvent.change(power, { target: { value: 'two' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Confirm credit entries' }));
    const alert = await within(region).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toMatch(/^“Leading agile teams”, Power Skills: /);
    await waitFor(() => expect(document.activeElement).toBe(power), SLOW);
    expect(power.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(region).getByLabelText('Ways of Working').getAttribute('aria-invalid'),
    ).toBeNull();
    expect(await store.db.table('activities').count()).toBe(0);
  });

  it('names the entry and what the areas add up to, and focuses its first area', async () => {
    const region = showPanel();
    fireEvent.change(within(region).getByLabelText('Ways of Working'), {
      target: { value: '1' },
    });
    fireEvent.change(within(region).getByLabelText('Power Skills'), { target: { value: '1' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Confirm credit entries' }));
    const alert = await within(region).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe(
      '“Leading agile teams”: the hours per area add up to 2; they must add up to 3.',
    );
    const ways = within(region).getByLabelText('Ways of Working');
    await waitFor(() => expect(document.activeElement).toBe(ways), SLOW);
    expect(ways.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('titles are saved without the spaces around them', TEST, () => {
  it('trims a course’s and a reading’s title, and refuses one of spaces only', async () => {
    const saved = await saveCourse(
      store,
      { ...course, title: '  Leading agile teams \t' },
      { asOf },
    );
    expect(saved.ok && saved.value.title).toBe('Leading agile teams');
    expect((await store.db.table('courses').toArray())[0].title).toBe('Leading agile teams');
    const blank = await saveCourse(store, { ...course, title: '    ' }, { asOf });
    expect(blank.ok ? [] : blank.errors).toEqual([{ field: 'title', code: 'REQUIRED' }]);

    const book = {
      kind: 'reading' as const,
      title: ' The PMO Handbook  ',
      author: 'J. Smith',
      date: '2026-06-01',
      hours: 2,
      area: 'waysOfWorking' as const,
      link: '',
      notes: '',
    };
    const media = await saveMedia(store, book, { asOf });
    expect(media.ok && media.value.title).toBe('The PMO Handbook');
    const none = await saveMedia(store, { ...book, title: '  ' }, { asOf });
    expect(none.ok ? [] : none.errors).toEqual([{ field: 'title', code: 'REQUIRED' }]);
  });

  it('shows the trimmed title in the list, and “This is needed.” for spaces only', async () => {
    show(<LearningScreen rest={['courses']} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a course' }, SLOW));
    const form = screen.getByRole('form', { name: 'Add a course' });
    fireEvent.change(within(form).getByLabelText('Course title'), { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    const { links } = await focusedSummary(form);
    expect(links).toEqual(['Course title: This is needed.']);
    fireEvent.change(within(form).getByLabelText('Course title'), {
      target: { value: '  Leading agile teams  ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Add a course' })).toBeNull(),
      SLOW,
    );
    const row = await screen.findByRole('row', { name: /Leading agile teams/ }, SLOW);
    expect(row.querySelector('th')!.textContent).toBe('Leading agile teams');
  });
});

describe('the panel when its entry is deleted', TEST, () => {
  async function seedBook() {
    await pmp();
    const saved = await saveMedia(
      store,
      {
        kind: 'reading',
        title: 'The PMO Handbook',
        author: 'J. Smith',
        date: '2026-06-01',
        hours: 2,
        area: 'waysOfWorking',
        link: '',
        notes: '',
      },
      { asOf },
    );
    if (!saved.ok) throw new Error('book not saved');
    return saved.value.id;
  }

  it('closes when the entry is deleted from its row', async () => {
    await seedBook();
    show(<LearningScreen rest={['reading']} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Propose credit entries/ }, SLOW));
    await screen.findByRole('region', { name: PANEL }, SLOW);
    const row = screen.getByRole('row', { name: /PMO Handbook/ });
    const del = within(row).getByRole('button', { name: /^Delete/ });
    del.focus();
    fireEvent.click(del);
    await waitFor(() => expect(panel()).toBeNull(), SLOW);
    expect(await store.db.table('media').count()).toBe(0);
  });

  it('closes when the entry goes elsewhere, and focus in it goes to the list', async () => {
    const id = await seedBook();
    show(<LearningScreen rest={['reading']} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Propose credit entries/ }, SLOW));
    const region = await screen.findByRole('region', { name: PANEL }, SLOW);
    within(region).getByLabelText('Power Skills').focus();
    await deleteMedia(store, id, 'delete');
    await waitFor(() => expect(panel()).toBeNull(), SLOW);
    await waitFor(
      () =>
        expect(document.activeElement).toBe(
          screen.getByRole('region', { name: 'Reading and listening' }),
        ),
      SLOW,
    );
  });
});

describe('an event’s place too long', TEST, () => {
  it('is shown at the Place field, and the summary’s button goes there', async () => {
    show(
      <EventForm
        event={null}
        sessions={[]}
        contacts={[]}
        held={[]}
        onSaved={nothing}
        onCancel={nothing}
      />,
    );
    const form = screen.getByRole('form', { name: 'Add an event' });
    fireEvent.change(within(form).getByLabelText('Event name'), {
      target: { value: 'PMO Summit' },
    });
    fireEvent.change(within(form).getByLabelText('First day'), {
      target: { value: '2026-10-06' },
    });
    const place = within(form).getByLabelText('Place');
    fireEvent.change(place, { target: { value: 'x'.repeat(10_001) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));
    const { summary, links } = await focusedSummary(form);
    const message = 'This is too long: 10,001 characters, at most 10,000 fit. Shorten it by 1.';
    expect(links).toEqual([`Place: ${message}`]);
    expect(place.getAttribute('aria-invalid')).toBe('true');
    const described = (place.getAttribute('aria-describedby') ?? '').split(' ');
    const error = described
      .map((id) => document.getElementById(id))
      .find((el) => el?.className === 'error');
    expect(error?.textContent).toBe(message);
    expect(follow(summary, 'Place')).toBe(place);
    expect(await store.db.table('events').count()).toBe(0);
  });
});

describe('an event’s name', TEST, () => {
  it('is saved without the spaces around it', async () => {
    const saved = await saveEvent(
      store,
      {
        name: '  PMO Summit ',
        kind: 'conference',
        organiser: '',
        start: '2026-10-06',
        end: '2026-10-06',
        place: '',
        virtual: false,
        cost: null,
        link: '',
        notes: '',
        contactIds: [],
      },
      [],
      { asOf },
    );
    expect(saved.ok && saved.value.name).toBe('PMO Summit');
  });
});
