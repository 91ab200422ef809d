// Journal and network forms give the focus back when they close (WCAG 2.4.3 focus order): to
// the button that opened the form, or, when that entry has left the list, to the list itself,
// never to the top of the page. (jsdom joins a button's hidden words without a space, so
// names are matched by their first word.)
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveCourse } from '../../../renderer/src/db/repositories/journal';
import { saveContact } from '../../../renderer/src/db/repositories/journal-network';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-03-10';
const SLOW = { timeout: 5000 };
const course: Omit<Course, 'id'> = {
  title: 'Leading agile teams',
  provider: 'Acme',
  format: 'virtual',
  status: 'planned',
  start: '2026-04-01',
  end: null,
  contactHours: 21,
  cost: null,
  link: '',
  topic: 'agile',
  split: null,
  notes: '',
};

let store: Store;
afterEach(() => {
  cleanup();
  store?.db.close();
});

function show(screenEl: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{screenEl}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** Focus a button the way a keyboard user reaches it, then press it. */
function press(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
}

describe('closing a journal form', { timeout: 20_000 }, () => {
  it('Cancel on a new course gives the focus back to "Add a course"', async () => {
    store = await openStore(freshName('focus-return'));
    show(<LearningScreen rest={['courses']} />);
    press(await screen.findByRole('button', { name: 'Add a course' }, SLOW));
    const form = screen.getByRole('form', { name: 'Add a course' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText('Course title')),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a course' })),
    );
  });

  it('saving an edited course gives the focus back to its Edit button', async () => {
    store = await openStore(freshName('focus-return'));
    const saved = await saveCourse(store, course, { asOf });
    if (!saved.ok) throw new Error('course not saved');
    show(<LearningScreen rest={['courses']} />);
    const edit = await screen.findByRole('button', { name: /^Edit/ }, SLOW);
    press(edit);
    const form = screen.getByRole('form', { name: 'Edit course' });
    fireEvent.change(within(form).getByLabelText('Provider'), { target: { value: 'Beta' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), SLOW);
    await waitFor(() => expect(document.activeElement).toBe(edit));
  });

  it('when the edited entry leaves the list, the list takes the focus', async () => {
    store = await openStore(freshName('focus-return'));
    const saved = await saveCourse(store, course, { asOf });
    if (!saved.ok) throw new Error('course not saved');
    show(<LearningScreen rest={['courses']} />);
    fireEvent.change(await screen.findByRole('searchbox', {}, SLOW), {
      target: { value: 'agile' },
    });
    press(await screen.findByRole('button', { name: /^Edit/ }, SLOW));
    const form = screen.getByRole('form', { name: 'Edit course' });
    fireEvent.change(within(form).getByLabelText('Course title'), {
      target: { value: 'Risk basics' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), SLOW);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Courses' })),
    );
  });
});

describe('closing a network form', { timeout: 20_000 }, () => {
  it('saving a new contact gives the focus back to "Add a contact"', async () => {
    store = await openStore(freshName('focus-return'));
    show(<NetworkScreen rest={['contacts']} />);
    press(await screen.findByRole('button', { name: 'Add a contact' }, SLOW));
    const form = screen.getByRole('form', { name: 'Add a contact' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Name')));
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Sam Lee' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), SLOW);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a contact' })),
    );
    expect(await screen.findByRole('rowheader', { name: 'Sam Lee' }, SLOW)).toBeDefined();
  });

  it('Cancel on an edited contact gives the focus back to its Edit button', async () => {
    store = await openStore(freshName('focus-return'));
    const saved = await saveContact(
      store,
      {
        name: 'Kim Park',
        organisation: '',
        role: '',
        howMet: '',
        tags: [],
        relation: 'contact',
        since: null,
        until: null,
        notes: '',
      },
      asOf,
    );
    if (!saved.ok) throw new Error('contact not saved');
    show(<NetworkScreen rest={['contacts']} />);
    const edit = await screen.findByRole('button', { name: /^Edit/ }, SLOW);
    press(edit);
    const form = screen.getByRole('form', { name: 'Edit contact' });
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(edit));
  });
});
