// The Learning screen's review: the save notice names its entry and goes with it (a toast, as on
// the Network screen); the "Credit entries to confirm" panel takes the focus when a save opens
// it; an empty list says whether there is nothing yet or nothing matches, and what to do; Escape
// in a form acts as Cancel, asking "Discard your changes?" when something was typed.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Course } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveCourse, saveMedia } from '../../../renderer/src/db/repositories/journal';
import { EntryTable } from '../../../renderer/src/features/learning/EntryTable';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const course: Omit<Course, 'id'> = {
  title: 'PMO set-up and operations',
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
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  store = await openStore(freshName('learning-tab-review'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function renderLearning(rest: string[]) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <LearningScreen rest={rest} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function holdPmp() {
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
}

/** Opens "Add a course" and types a title (and the other fields given, by label). */
async function typeCourse(fields: Record<string, string>) {
  const add = await screen.findByRole('button', { name: 'Add a course' }, SLOW);
  // As a keyboard user presses it: the button has the focus.
  add.focus();
  fireEvent.click(add);
  const form = screen.getByRole('form', { name: 'Add a course' });
  for (const [label, value] of Object.entries(fields))
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  return form;
}

const toast = () => document.querySelector('.toast-region')?.textContent ?? '';
const focusedText = () => document.activeElement?.textContent ?? '';

describe('the notice after a save', { timeout: 20_000 }, () => {
  it('names the planned course it speaks of, once, in the toast', async () => {
    renderLearning(['courses']);
    const form = await typeCourse({ 'Course title': 'Agile basics' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(
      () =>
        expect(toast()).toContain(
          '“Agile basics” saved. Credit entries are proposed once it is finished.',
        ),
      SLOW,
    );
    // No bare line without its subject anywhere else on the tab.
    const tab = screen.getByRole('region', { name: 'Courses' });
    expect(tab.textContent).not.toContain('Credit entries are proposed once it is finished.');
  });

  it('goes when the course it names is deleted', async () => {
    renderLearning(['courses']);
    // Completed before any credential was earned: its hours count as exam contact hours.
    const form = await typeCourse({
      'Course title': 'Scrum in practice',
      Status: 'completed',
      'Start date': '2026-09-01',
      'End date': '2026-09-02',
      'Contact hours': '14',
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(
      () =>
        expect(toast()).toContain(
          '“Scrum in practice” saved. No credential was earned by then, so its hours count as exam contact hours instead.',
        ),
      SLOW,
    );
    const row = await screen.findByRole('row', { name: /Scrum in practice/ }, SLOW);
    fireEvent.click(within(row).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(toast()).toContain('Deleted “Scrum in practice”.'), SLOW);
    expect(document.body.textContent).not.toContain('No credential was earned by then');
    expect(document.body.textContent).not.toContain('“Scrum in practice” saved.');
  });
});

describe('the credit entries to confirm take the focus', { timeout: 20_000 }, () => {
  it('after saving a completed course with Enter', async () => {
    await holdPmp();
    renderLearning(['courses']);
    await screen.findByText(/No courses yet/, {}, SLOW);
    const form = await typeCourse({
      'Course title': 'Leading PMOs',
      Status: 'completed',
      'Start date': '2026-09-01',
      'End date': '2026-09-03',
      'Contact hours': '16',
    });
    // Enter in a field submits the form.
    fireEvent.submit(form);
    const panel = await screen.findByRole('region', { name: 'Credit entries to confirm' }, SLOW);
    await waitFor(() => expect(focusedText()).toBe('Credit entries to confirm'), SLOW);
    expect(panel.contains(document.activeElement)).toBe(true);
    expect(toast()).toContain('“Leading PMOs” saved.');
  });

  it('after "Propose credit entries" on a row', async () => {
    await holdPmp();
    await saveCourse(store, course, { asOf });
    renderLearning(['courses']);
    const row = await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
    const propose = within(row).getByRole('button', { name: /^Propose credit entries/ });
    propose.focus();
    fireEvent.click(propose);
    await screen.findByRole('region', { name: 'Credit entries to confirm' }, SLOW);
    await waitFor(() => expect(focusedText()).toBe('Credit entries to confirm'), SLOW);
  });

  it('a course with nothing to confirm gives the focus back to "Add a course"', async () => {
    renderLearning(['courses']);
    const form = await typeCourse({ 'Course title': 'Agile basics' });
    fireEvent.submit(form);
    await waitFor(() => expect(focusedText()).toBe('Add a course'), SLOW);
  });
});

describe('an empty list says what to do', { timeout: 20_000 }, () => {
  it('no courses yet: what to add, not "nothing matches"', async () => {
    renderLearning(['courses']);
    expect(
      await screen.findByText(
        'No courses yet. Add the courses you plan or have taken to count their hours.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(document.body.textContent).not.toContain('nothing matches');
    expect(screen.queryByRole('button', { name: 'Clear the search' })).toBeNull();
  });

  it('no events and no reading yet: what to add on each tab', async () => {
    renderLearning(['events']);
    expect(
      await screen.findByText(
        'No events yet. Add the conferences, chapter meetings and meetups you go to, with their sessions, to count their hours.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    cleanup();
    renderLearning(['reading']);
    expect(
      await screen.findByText(
        'No reading or listening yet. Add the books, articles, webinars and podcasts you finish to count their hours.',
        {},
        SLOW,
      ),
    ).toBeDefined();
  });

  it('a search that hides every course says so, and "Clear the search" brings them back', async () => {
    await saveCourse(store, course, { asOf });
    renderLearning(['courses']);
    await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'kanban' } });
    expect(
      screen.getByText('No courses match “kanban”. Clear the search to see them all.'),
    ).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(await screen.findByRole('row', { name: /PMO set-up/ }, SLOW)).toBeDefined();
    expect((search as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search);
  });

  it('a "Show" choice that hides every entry names it, and "Show all" brings them back', async () => {
    const saved = await saveMedia(
      store,
      {
        id: 'book-1',
        kind: 'reading',
        title: 'The PMO handbook',
        author: 'A. Writer',
        date: '2026-10-01',
        hours: 3,
        area: 'businessAcumen',
        link: '',
        notes: '',
      },
      { asOf },
    );
    if (!saved.ok) throw new Error(`not saved: ${JSON.stringify(saved)}`);
    renderLearning(['reading']);
    await screen.findByRole('row', { name: /PMO handbook/ }, SLOW);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'podcast' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: 'handbook' },
    });
    expect(
      screen.getByText(
        'No reading or listening of the kind “Podcast” match “handbook”. Choose “Show all reading or listening” to see them all.',
      ),
    ).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Show all reading or listening' }));
    expect(await screen.findByRole('row', { name: /PMO handbook/ }, SLOW)).toBeDefined();
    expect((screen.getByLabelText('Show') as HTMLSelectElement).value).toBe('');
  });
});

describe('EntryTable without the new words (as the Network tabs call it today)', () => {
  const table = (extra: Partial<Parameters<typeof EntryTable>[0]>) => (
    <EntryTable
      caption="Your interactions, latest first"
      headers={['Contact']}
      lines={[]}
      {...extra}
    />
  );

  it('names what is missing from the caption and says what to do', () => {
    render(table({}));
    expect(
      screen.getByText(
        'No interactions to show. Add one with the button above, or clear the search if you typed one.',
      ),
    ).toBeDefined();
  });

  it('with a count, tells nothing yet from nothing matching', () => {
    const { rerender } = render(table({ total: 0 }));
    expect(screen.getByText('No interactions yet. Add one with the button above.')).toBeDefined();
    const clear = vi.fn();
    rerender(table({ total: 3, clear: { label: 'Clear the search', onClick: clear } }));
    expect(
      screen.getByText('No interactions match the search. Clear the search to see them all.'),
    ).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('says the caller’s own sentences when given', () => {
    render(
      table({
        noun: 'contacts',
        total: 0,
        emptyText: 'No contacts yet. Add the people you work with and learn from.',
      }),
    );
    expect(
      screen.getByText('No contacts yet. Add the people you work with and learn from.'),
    ).toBeDefined();
  });
});

describe('Escape in a Learning form acts as Cancel', { timeout: 20_000 }, () => {
  it('closes an untouched form at once and gives the focus back to "Add a course"', async () => {
    renderLearning(['courses']);
    const add = await screen.findByRole('button', { name: 'Add a course' }, SLOW);
    add.focus();
    fireEvent.click(add);
    const form = screen.getByRole('form', { name: 'Add a course' });
    fireEvent.keyDown(within(form).getByLabelText('Course title'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a course' })).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(focusedText()).toBe('Add a course'));
  });

  it('asks "Discard your changes?" when something was typed; Keep editing keeps it all', async () => {
    renderLearning(['courses']);
    const form = await typeCourse({ 'Course title': 'Agile basics' });
    const title = within(form).getByLabelText('Course title');
    title.focus();
    fireEvent.keyDown(title, { key: 'Escape' });
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((within(form).getByLabelText('Course title') as HTMLInputElement).value).toBe(
      'Agile basics',
    );
    expect(document.activeElement).toBe(within(form).getByLabelText('Course title'));

    fireEvent.keyDown(within(form).getByLabelText('Course title'), { key: 'Escape' });
    const again = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a course' })).toBeNull());
    expect(await store.db.table('courses').count()).toBe(0);
  });

  it('works in the event and the reading forms too', async () => {
    renderLearning(['events']);
    fireEvent.click(await screen.findByRole('button', { name: 'Add an event' }, SLOW));
    const event = screen.getByRole('form', { name: 'Add an event' });
    fireEvent.keyDown(within(event).getByLabelText('Event name'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add an event' })).toBeNull());
    cleanup();

    renderLearning(['reading']);
    fireEvent.click(await screen.findByRole('button', { name: 'Add reading or listening' }, SLOW));
    const media = screen.getByRole('form', { name: 'Add reading or listening' });
    fireEvent.change(within(media).getByLabelText('Title'), { target: { value: 'PMO book' } });
    fireEvent.keyDown(within(media).getByLabelText('Title'), { key: 'Escape' });
    expect(await screen.findByRole('alertdialog', { name: 'Discard your changes?' })).toBeDefined();
  });

  it('leaves Escape in a question the form asks to that question', async () => {
    renderLearning(['courses']);
    const form = await typeCourse({ 'Course title': 'Agile basics' });
    // A <dialog> inside the form (as the credit-entries question is): its Escape is its own.
    const inner = document.createElement('dialog');
    const button = document.createElement('button');
    inner.append(button);
    form.append(inner);
    act(() => {
      fireEvent.keyDown(button, { key: 'Escape' });
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('form', { name: 'Add a course' })).toBe(form);
  });
});
