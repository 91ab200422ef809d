// Numbers typed in the learning and network forms (reviewer's finding: a course's cost "1,995"
// was saved as 1.995, a membership's "1,200" as 1.2). A cost is read as a role's budget is —
// "1,995" is 1995 — with cents allowed ("19,99"); hours are read as the credit log reads them,
// so "1,500" (1500 or 1.5?) is refused at its field with the credit log's words, and nothing
// is saved. Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  listCourses,
  listEvents,
  listMedia,
  saveCourse,
} from '../../../renderer/src/db/repositories/journal';
import {
  listMemberships,
  saveContact,
  type ContactRow,
} from '../../../renderer/src/db/repositories/journal-network';
import { CourseForm } from '../../../renderer/src/features/learning/CourseForm';
import { CreditConfirm } from '../../../renderer/src/features/learning/CreditConfirm';
import { EventForm } from '../../../renderer/src/features/learning/EventForm';
import { MediaForm } from '../../../renderer/src/features/learning/MediaForm';
import { InteractionForm } from '../../../renderer/src/features/network/InteractionForm';
import { MembershipForm } from '../../../renderer/src/features/network/MembershipForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const UNCLEAR = '“1,500” could be 1500 or 1.5: type the one you mean, 1500 or 1.5.';
let store: Store;

beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('journal-typed-numbers'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
const save = (form: HTMLElement, name: string) =>
  fireEvent.click(within(form).getByRole('button', { name }));

/** The message shown at a field itself, once the refused save has put it there. */
async function messageAt(form: HTMLElement, label: string): Promise<string | undefined> {
  const input = within(form).getByLabelText(label);
  return waitFor(() => {
    const text = document.getElementById(`${input.id}-error`)?.textContent;
    expect(typeof text).toBe('string');
    return text ?? undefined;
  });
}

function courseForm() {
  show(<CourseForm course={null} held={[]} onSaved={() => undefined} onCancel={() => undefined} />);
  const form = screen.getByRole('form', { name: 'Add a course' });
  type(form, 'Course title', 'Leading agile teams');
  type(form, 'Provider', 'Acme');
  return form;
}

describe('a course', TEST, () => {
  it.each([
    ['1,995', 1995],
    ['1.995', 1995],
    ['1 995', 1995],
    ['19,99', 19.99],
    ['1,995.50', 1995.5],
  ])('cost “%s” is saved as %s', async (typed, amount) => {
    const form = courseForm();
    type(form, 'Cost (optional)', typed);
    type(form, 'Currency', 'EUR');
    save(form, 'Save course');
    await waitFor(async () =>
      expect((await listCourses(store)).map((c) => c.cost)).toEqual([{ amount, currency: 'EUR' }]),
    );
  });

  it('a cost it cannot read says what to type, and nothing is saved', async () => {
    const form = courseForm();
    type(form, 'Cost (optional)', '1,000,50');
    save(form, 'Save course');
    expect(await messageAt(form, 'Cost (optional)')).toBe(
      'Enter the cost as a number, for example 1995 or 19.99.',
    );
    expect(await listCourses(store)).toEqual([]);
  });

  it('contact hours “1,500” are refused with the two numbers they could be', async () => {
    const form = courseForm();
    type(form, 'Contact hours', '1,500');
    save(form, 'Save course');
    expect(await messageAt(form, 'Contact hours')).toBe(UNCLEAR);
    expect(await listCourses(store)).toEqual([]);
  });
});

describe('a cost stored before costs were read this way', TEST, () => {
  // The old reading saved a typed "1,995" as 1.995; the form shows "1.995", which the new
  // reading would take for 1995: an edit of another field must keep the stored amount.
  async function storedCourse() {
    const saved = await saveCourse(
      store,
      {
        title: 'Leading agile teams',
        provider: 'Acme',
        format: 'virtual',
        status: 'completed',
        start: null,
        end: '2026-10-01',
        contactHours: 7,
        cost: { amount: 1.995, currency: 'EUR' },
        link: '',
        topic: 'general',
        notes: '',
        reflection: { learned: '', apply: '' },
        split: null,
      } as unknown as Parameters<typeof saveCourse>[1],
      { asOf: '2026-11-22' },
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    show(
      <CourseForm
        course={saved.value}
        held={[]}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const form = screen.getByRole('form', { name: /course/i });
    expect(within(form).getByLabelText('Cost (optional)')).toHaveProperty('value', '1.995');
    return form;
  }

  it('an edit of the title keeps the stored 1.995 as it is', async () => {
    const form = await storedCourse();
    type(form, 'Course title', 'Leading agile teams well');
    save(form, 'Save course');
    await waitFor(async () =>
      expect((await listCourses(store)).map((c) => [c.title, c.cost])).toEqual([
        ['Leading agile teams well', { amount: 1.995, currency: 'EUR' }],
      ]),
    );
  });

  it('the cost typed again is read as typed', async () => {
    const form = await storedCourse();
    type(form, 'Cost (optional)', '1,995');
    save(form, 'Save course');
    await waitFor(async () =>
      expect((await listCourses(store)).map((c) => c.cost)).toEqual([
        { amount: 1995, currency: 'EUR' },
      ]),
    );
  });
});

describe('an event', TEST, () => {
  it('reads its cost “1,200” as 1200 and refuses session hours “1,500”', async () => {
    show(
      <EventForm
        event={null}
        sessions={[]}
        contacts={[]}
        held={[]}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const form = screen.getByRole('form', { name: 'Add an event' });
    type(form, 'Event name', 'PMI Summit');
    type(form, 'First day', '2026-10-01');
    type(form, 'Cost (optional)', '1,200');
    fireEvent.click(within(form).getByRole('button', { name: 'Add a session' }));
    type(form, 'Session 1 title', 'Keynote');
    type(form, 'Session 1 hours', '1,500');
    save(form, 'Save event');
    expect(await messageAt(form, 'Session 1 hours')).toBe(UNCLEAR);
    expect(await listEvents(store)).toEqual([]);

    type(form, 'Session 1 hours', '1,5');
    save(form, 'Save event');
    await waitFor(async () =>
      expect((await listEvents(store)).map((e) => e.cost)).toEqual([
        { amount: 1200, currency: 'EUR' },
      ]),
    );
  });
});

describe('reading or listening', TEST, () => {
  it('refuses hours “1,500” and saves “1,5” as 1.5', async () => {
    show(<MediaForm entry={null} held={[]} onSaved={() => undefined} onCancel={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add reading or listening' });
    type(form, 'Title', 'The PMO handbook');
    type(form, 'Finished on', '2026-11-01');
    type(form, 'Hours', '1,500');
    save(form, 'Save entry');
    expect(await messageAt(form, 'Hours')).toBe(UNCLEAR);
    expect(await listMedia(store)).toEqual([]);

    type(form, 'Hours', '1,5');
    save(form, 'Save entry');
    await waitFor(async () => expect((await listMedia(store)).map((m) => m.hours)).toEqual([1.5]));
  });
});

describe('a membership', TEST, () => {
  it('saves a yearly cost of “1,200” as 1200', async () => {
    show(<MembershipForm membership={null} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a membership' });
    type(form, 'Association or chapter', 'PMI Netherlands');
    type(form, 'Member since', '2025-01-01');
    type(form, 'Yearly cost (optional)', '1,200');
    save(form, 'Save membership');
    await waitFor(async () =>
      expect((await listMemberships(store)).map((m) => m.cost)).toEqual([
        { amount: 1200, currency: 'EUR' },
      ]),
    );
  });
});

describe('an interaction', TEST, () => {
  it('refuses hours “1,500” with the two numbers they could be', async () => {
    const saved = await saveContact(
      store,
      {
        name: 'Priya Shah',
        organisation: '',
        role: '',
        howMet: '',
        tags: [],
        relation: 'contact',
        since: null,
        until: null,
        notes: '',
      },
      '2026-11-22',
    );
    if (!saved.ok) throw new Error('contact not saved');
    const contact: ContactRow = saved.value;
    show(
      <InteractionForm
        interaction={null}
        contacts={[contact]}
        held={[]}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const form = screen.getByRole('form', { name: 'Log an interaction' });
    type(form, 'Date', '2026-11-20');
    type(form, 'Hours', '1,500');
    save(form, 'Save interaction');
    expect(await messageAt(form, 'Hours')).toBe(UNCLEAR);
    expect(await store.db.table('interactions').count()).toBe(0);
  });
});

describe('credit entries to confirm', TEST, () => {
  it('refuses an area’s hours “1,500” with the two numbers they could be', async () => {
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
    const onDone = vi.fn();
    show(
      <CreditConfirm
        pending={{
          table: 'courses',
          sourceId: 'c1',
          title: 'Leading agile teams',
          suggestions,
          countsFor: ['PMP'],
        }}
        onDone={onDone}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Credit entries to confirm' });
    fireEvent.change(within(panel).getByLabelText('Ways of Working'), {
      target: { value: '1,500' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Confirm credit entries' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain(UNCLEAR);
    expect(onDone).not.toHaveBeenCalled();
    expect(await store.db.table('activities').count()).toBe(0);
  });
});
