// The course form (issue 6 part 1): `#/learning/courses/new` opens it ready to type, and the
// certificate kept with a course can be seen, saved as a copy and removed. (jsdom joins a
// button's hidden words without a space, so names are matched by their first word.)
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../../shared/domain/journal';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listAttachments, saveCourse } from '../../../renderer/src/db/repositories/journal';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-03-10';
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
const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2, 3]);
const SLOW = { timeout: 5000 };

let store: Store;
afterEach(() => {
  cleanup();
  store?.db.close();
});

function renderLearning(rest: string[], platform: Platform = fakePlatform(null)) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>
          <LearningScreen rest={rest} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** A platform that keeps what it was asked to save. */
function recording() {
  const saved: SaveRequest[] = [];
  const base = fakePlatform(null);
  const platform: Platform = {
    ...base,
    saveFile: async (req) => (saved.push(req), base.saveFile(req)),
  };
  return { platform, saved };
}

describe('the new course address', { timeout: 20_000 }, () => {
  it('opens the form for a new course with its first field focused', async () => {
    store = await openStore(freshName('course-form'));
    renderLearning(['courses', 'new']);
    const form = await screen.findByRole('form', { name: 'Add a course' }, SLOW);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText('Course title')),
    );
  });

  it('shows the list, not the form, on the courses address', async () => {
    store = await openStore(freshName('course-form'));
    renderLearning(['courses']);
    expect(await screen.findByRole('button', { name: 'Add a course' }, SLOW)).toBeDefined();
    expect(screen.queryByRole('form')).toBeNull();
  });
});

describe('a course certificate', { timeout: 20_000 }, () => {
  async function editCourseWithCertificate(platform?: Platform) {
    store = await openStore(freshName('course-form'));
    const file = { name: 'certificate.pdf', mimeType: 'application/pdf', data: bytes };
    const saved = await saveCourse(store, course, { asOf, certificate: file });
    if (!saved.ok) throw new Error('course not saved');
    renderLearning(['courses'], platform);
    fireEvent.click(await screen.findByRole('button', { name: /^Edit/ }, SLOW));
    const form = screen.getByRole('form', { name: 'Edit course' });
    const group = within(form).getByRole('group', { name: 'Certificate' });
    await within(group).findByRole('button', { name: /^Save a copy/ }, SLOW);
    expect(group.textContent).toContain('certificate.pdf');
    return { id: saved.value.id, form, group };
  }

  it('shows its name and size and saves a copy with the same bytes', async () => {
    const { platform, saved } = recording();
    const { group } = await editCourseWithCertificate(platform);
    expect(group.textContent).toContain('7 bytes');
    fireEvent.click(within(group).getByRole('button', { name: /^Save a copy/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toBe('certificate.pdf');
    expect(saved[0]?.mimeType).toBe('application/pdf');
    expect([...(saved[0]?.content as Uint8Array)]).toEqual([...bytes]);
  });

  it('Remove marks it, Keep takes that back, and saving removes it', async () => {
    const { id, form, group } = await editCourseWithCertificate();
    fireEvent.click(within(group).getByRole('button', { name: /^Remove/ }));
    expect(group.textContent).toContain('will be removed when you save');
    fireEvent.click(within(group).getByRole('button', { name: /^Keep/ }));
    expect(group.textContent).not.toContain('will be removed');
    expect(await listAttachments(store, id)).toHaveLength(1);

    fireEvent.click(within(group).getByRole('button', { name: /^Remove/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), SLOW);
    expect(await listAttachments(store, id)).toEqual([]);
    expect(await store.db.table('courses').count()).toBe(1);
  });

  it('Remove after picking a replacement drops both: saving leaves no certificate', async () => {
    const { id, form, group } = await editCourseWithCertificate();
    const newer = new Uint8Array([0x25, 0x50, 0x44, 0x46, 9]);
    // jsdom's File has no arrayBuffer(); the browser's does.
    const replacement = Object.assign(new File([newer], 'newer.pdf', { type: 'application/pdf' }), {
      arrayBuffer: () => Promise.resolve(newer.buffer),
    });
    fireEvent.change(within(group).getByLabelText('Replace with another file (optional)'), {
      target: { files: [replacement] },
    });
    await waitFor(() => expect(group.textContent).toContain('will be replaced when you save'));
    fireEvent.click(within(group).getByRole('button', { name: /^Remove/ }));
    expect(group.textContent).toContain('will be removed when you save');
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), SLOW);
    expect(await listAttachments(store, id)).toEqual([]);
  });

  it('says so when the copy cannot be saved', async () => {
    const base = fakePlatform(null);
    const failing: Platform = {
      ...base,
      saveFile: () => Promise.reject(new Error('the folder is not writable')),
    };
    const { group } = await editCourseWithCertificate(failing);
    fireEvent.click(within(group).getByRole('button', { name: /^Save a copy/ }));
    const alert = await within(group).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe(
      'The copy of certificate.pdf was not saved: the file could not be written there. Choose another folder, or check there is space on the disk, and try again.',
    );
  });
});
