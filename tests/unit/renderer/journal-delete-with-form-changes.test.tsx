// Deleting a journal or network record while its edit form holds changes not yet saved (README,
// Decisions: a delete with an edit form open), as for goals and roles: the delete goes ahead at
// once, the form closes and the toast says its changes went with it; Undo puts the record back
// as stored and opens its form again with what was typed, still unsaved (leaving it asks first,
// Save saves it), focus in its first field. A form with no changes closes as before, and Undo
// puts back the record alone. (The typing was dropped without a word.) Courses, events, reading,
// contacts, interactions and memberships alike. Today is 22 Nov 2026.
// jsdom joins a button's hidden words without a space, so buttons are found by their first words.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { DiscardDialog } from '../../../renderer/src/components/DiscardDialog';
import { firstField } from '../../../renderer/src/components/focus-soon';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listCourses,
  listEvents,
  listMedia,
  saveCourse,
  saveEvent,
  saveMedia,
} from '../../../renderer/src/db/repositories/journal';
import {
  listContacts,
  listInteractions,
  listMemberships,
  saveContact,
  saveInteraction,
  saveMembership,
} from '../../../renderer/src/db/repositories/journal-network';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
const asOf = '2026-11-22';
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('journal-delete-with-form-changes'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

/** Draws `element` inside the app's providers; `again` draws something else in its place. */
function show(element: ReactElement) {
  const wrap = (child: ReactElement) => (
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          {child}
          <DiscardDialog />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>
  );
  const { rerender } = render(wrap(element));
  return { again: (other: ReactElement) => rerender(wrap(other)) };
}

function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

function type(field: HTMLElement, value: string) {
  field.focus();
  fireEvent.change(field, { target: { value } });
}

/** The toast's words (the notice with Undo). */
const toast = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent ?? '')
    .join(' ');

/** Every alert shown from now on, even for a moment (a conflict said while a row is read back). */
function alertsSeen(): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    for (const el of document.querySelectorAll('[role="alert"]')) seen.push(el.textContent ?? '');
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  onTestFinished(() => observer.disconnect());
  return seen;
}

async function ok(saved: Promise<{ ok: boolean }>) {
  if (!(await saved).ok) throw new Error('not saved');
}

const contactInput = {
  organisation: '',
  role: '',
  howMet: '',
  tags: [],
  relation: 'contact' as const,
  since: null,
  until: null,
  notes: '',
};

interface Case {
  /** The tab, and how its record is named in its row's buttons and in the toast. */
  tab: string;
  screen: (rest: string[]) => ReactElement;
  rest: string[];
  seed: () => Promise<void>;
  row: string;
  deleted: string;
  noun: string;
  form: string;
  field: string;
  typed: string;
  save: string;
  /** The value of `field` as stored, for every record of the tab. */
  stored: () => Promise<string[]>;
  was: string;
}

const learning = (rest: string[]) => <LearningScreen rest={rest} />;
const network = (rest: string[]) => <NetworkScreen rest={rest} />;

const cases: Case[] = [
  {
    tab: 'courses',
    screen: learning,
    rest: ['courses'],
    seed: () =>
      ok(
        saveCourse(
          store,
          {
            title: 'Agile basics',
            provider: '',
            format: 'virtual',
            status: 'planned',
            start: null,
            end: null,
            contactHours: 7,
            cost: null,
            link: '',
            topic: 'general',
            split: null,
            notes: '',
          },
          { asOf },
        ),
      ),
    row: 'Agile basics',
    deleted: 'Deleted “Agile basics”.',
    noun: 'course',
    form: 'Edit course',
    field: 'Course title',
    typed: 'Agile in practice',
    save: 'Save course',
    stored: async () => (await listCourses(store)).map((c) => c.title),
    was: 'Agile basics',
  },
  {
    tab: 'events',
    screen: learning,
    rest: ['events'],
    seed: () =>
      ok(
        saveEvent(
          store,
          {
            name: 'PMO Summit',
            kind: 'conference',
            organiser: '',
            start: '2026-10-01',
            end: '2026-10-01',
            place: '',
            virtual: false,
            cost: null,
            link: '',
            notes: '',
            contactIds: [],
          },
          [],
          { asOf },
        ),
      ),
    row: 'PMO Summit',
    deleted: 'Deleted “PMO Summit”.',
    noun: 'event',
    form: 'Edit event',
    field: 'Event name',
    typed: 'PMO Summit Europe',
    save: 'Save event',
    stored: async () => (await listEvents(store)).map((e) => e.name),
    was: 'PMO Summit',
  },
  {
    tab: 'reading',
    screen: learning,
    rest: ['reading'],
    seed: () =>
      ok(
        saveMedia(
          store,
          {
            kind: 'reading',
            title: 'The PMO handbook',
            author: '',
            date: '2026-11-01',
            hours: 2,
            area: 'waysOfWorking',
            link: '',
            notes: '',
          },
          { asOf },
        ),
      ),
    row: 'The PMO handbook',
    deleted: 'Deleted “The PMO handbook”.',
    noun: 'entry',
    form: 'Edit reading or listening',
    field: 'Title',
    typed: 'The PMO handbook, 2nd edition',
    save: 'Save entry',
    stored: async () => (await listMedia(store)).map((m) => m.title),
    was: 'The PMO handbook',
  },
  {
    tab: 'contacts',
    screen: network,
    rest: ['contacts'],
    seed: () => ok(saveContact(store, { name: 'Ana Lima', ...contactInput }, asOf)),
    row: 'Ana Lima',
    deleted: 'Deleted Ana Lima.',
    noun: 'contact',
    form: 'Edit contact',
    field: 'Name',
    typed: 'Ana Lima-Santos',
    save: 'Save contact',
    stored: async () => (await listContacts(store)).map((c) => c.name),
    was: 'Ana Lima',
  },
  {
    tab: 'interactions',
    screen: network,
    rest: ['interactions'],
    seed: async () => {
      await ok(saveContact(store, { id: 'ana', name: 'Ana Lima', ...contactInput }, asOf));
      await ok(
        saveInteraction(
          store,
          {
            contactId: 'ana',
            date: '2026-11-20',
            kind: 'call',
            notes: 'Exam tips',
            hours: 0,
            area: 'powerSkills',
            followUp: null,
          },
          { asOf },
        ),
      );
    },
    row: `Call with Ana Lima, ${formatDate('2026-11-20')}`,
    deleted: `Deleted “Call with Ana Lima, ${formatDate('2026-11-20')}”.`,
    noun: 'interaction',
    form: 'Edit interaction',
    field: 'Notes',
    typed: 'Exam tips and a study plan',
    save: 'Save interaction',
    stored: async () => (await listInteractions(store)).map((i) => i.notes),
    was: 'Exam tips',
  },
  {
    tab: 'memberships',
    screen: network,
    rest: ['memberships'],
    seed: () =>
      ok(
        saveMembership(
          store,
          {
            organisation: 'PMI',
            since: '2024-01-01',
            renewal: '2027-01-01',
            endedOn: null,
            cost: null,
            notes: '',
          },
          asOf,
        ),
      ),
    row: 'PMI',
    deleted: 'Deleted “PMI”.',
    noun: 'membership',
    form: 'Edit membership',
    field: 'Association or chapter',
    typed: 'PMI Netherlands Chapter',
    save: 'Save membership',
    stored: async () => (await listMemberships(store)).map((m) => m.organisation),
    was: 'PMI',
  },
];

const rowButton = (verb: string, name: string) =>
  screen.findByRole(
    'button',
    { name: new RegExp(`^${verb}\\s*${name.replace(/[(),]/g, '.')}$`) },
    SLOW,
  );

async function editAndDelete(c: Case, typed?: string) {
  press(await rowButton('Edit', c.row));
  const form = await screen.findByRole('form', { name: c.form }, SLOW);
  if (typed !== undefined) type(within(form).getByLabelText(c.field), typed);
  press(await rowButton('Delete', c.row));
  await waitFor(() => expect(toast()).toContain(c.deleted), SLOW);
  await waitFor(() => expect(screen.queryByRole('form', { name: c.form })).toBeNull());
}

describe.each(cases)('$tab: deleting the record being edited', (c) => {
  it(
    'with changes: said in the toast; Undo opens the form again with them',
    { timeout: 30_000 },
    async () => {
      await c.seed();
      show(c.screen(c.rest));
      await editAndDelete(c, c.typed);
      expect(toast()).toContain(
        `${c.deleted} Its form closed with changes you had not saved: Undo brings the ${c.noun} back with them.`,
      );
      expect(hasUnsavedChanges()).toBe(false);
      expect(await c.stored()).toEqual([]);
      const alerts = alertsSeen();

      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      const form = await screen.findByRole('form', { name: c.form }, SLOW);
      expect(within(form).getByLabelText(c.field)).toHaveProperty('value', c.typed);
      await waitFor(() => expect(document.activeElement).toBe(firstField(form)));
      // Stored as it was before the delete; what was typed is still to be saved.
      await waitFor(async () => expect(await c.stored()).toEqual([c.was]));
      expect(hasUnsavedChanges()).toBe(true);
      expect(alerts.filter((a) => a.includes('another window'))).toEqual([]);

      fireEvent.click(within(form).getByRole('button', { name: c.save }));
      await waitFor(async () => expect(await c.stored()).toEqual([c.typed]), SLOW);
      await waitFor(() => expect(screen.queryByRole('form', { name: c.form })).toBeNull());
      expect(hasUnsavedChanges()).toBe(false);
    },
  );
});

describe('courses: the other ways a form with a deleted record goes', { timeout: 30_000 }, () => {
  const [course] = cases;
  const c = course!;

  it('without changes, as before: the toast says the delete only; Undo puts back the course alone', async () => {
    await c.seed();
    show(c.screen(c.rest));
    await editAndDelete(c);
    expect(toast()).not.toContain('Its form closed');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await rowButton('Edit', c.row);
    expect(screen.queryByRole('form', { name: c.form })).toBeNull();
  });

  it('the form brought back asks before Escape closes it', async () => {
    await c.seed();
    show(c.screen(c.rest));
    await editAndDelete(c, c.typed);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const form = await screen.findByRole('form', { name: c.form }, SLOW);
    fireEvent.keyDown(within(form).getByLabelText(c.field), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog', { name: 'Discard your changes?' })).not.toBeNull();
    expect(screen.queryByRole('form', { name: c.form })).not.toBeNull();
  });

  it('an Undo pressed on another tab: the form opens when the tab is back', async () => {
    await c.seed();
    const { again } = show(c.screen(c.rest));
    await editAndDelete(c, c.typed);
    again(c.screen(['events']));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await c.stored()).toEqual([c.was]));
    act(() => again(c.screen(c.rest)));
    const form = await screen.findByRole('form', { name: c.form }, SLOW);
    expect(within(form).getByLabelText(c.field)).toHaveProperty('value', c.typed);
    expect(hasUnsavedChanges()).toBe(true);
  });
});
