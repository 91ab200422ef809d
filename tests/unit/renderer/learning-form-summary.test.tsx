// The course, event and reading forms sum up a failed save as the goal and contact forms do:
// a list at the top naming each problem under its field's label, each a button that moves
// focus to that field, and the list itself focused. The fields keep their own messages and
// everything typed stays.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventCredits } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import {
  confirmCredits,
  saveEvent,
  type EventRow,
  type SessionRow,
} from '../../../renderer/src/db/repositories/journal';
import { CourseForm } from '../../../renderer/src/features/learning/CourseForm';
import { EventForm } from '../../../renderer/src/features/learning/EventForm';
import { MediaForm } from '../../../renderer/src/features/learning/MediaForm';
import { placeErrors } from '../../../renderer/src/features/learning/form-summary';
import { mediaLabels } from '../../../renderer/src/features/learning/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary, follow, getSummary, querySummary } from './error-summary-helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };
const nothing = () => undefined;

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('learning-form-summary'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: React.ReactElement, name: string) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** The message shown under a field (its `-error` description). */
const errorOf = (input: HTMLElement) =>
  document.getElementById(
    (input.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error')) ??
      '',
  )?.textContent;

describe('the course form', TEST, () => {
  it('lists each problem under its label, focuses the list, and each button goes to its field', async () => {
    const form = show(
      <CourseForm course={null} held={[]} onSaved={nothing} onCancel={nothing} />,
      'Add a course',
    );
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'completed' } });
    type(form, 'Contact hours', 'twenty');
    type(form, 'Link (optional)', 'http://example.com/course');
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('4 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Course title: This is needed.',
      'End date: This is needed.',
      'Contact hours: Enter a number, for example 1.5.',
      'Link (optional): Links must start with https:// so they open safely.',
    ]);
    expect(follow(summary, 'Contact hours')).toBe(within(form).getByLabelText('Contact hours'));
    expect(follow(summary, 'End date')).toBe(within(form).getByLabelText('End date'));
    expect(follow(summary, 'Course title')).toBe(within(form).getByLabelText('Course title'));
    // The fields keep their own messages and what was typed.
    const hours = within(form).getByLabelText('Contact hours');
    expect(errorOf(hours)).toBe('Enter a number, for example 1.5.');
    expect((hours as HTMLInputElement).value).toBe('twenty');
    expect((within(form).getByLabelText('Link (optional)') as HTMLInputElement).value).toBe(
      'http://example.com/course',
    );
    expect(await store.db.table('courses').count()).toBe(0);
  });

  it('names an empty certificate file under its group and goes to the file input', async () => {
    const form = show(
      <CourseForm course={null} held={[]} onSaved={nothing} onCancel={nothing} />,
      'Add a course',
    );
    const group = within(form).getByRole('group', { name: 'Certificate' });
    const file = group.querySelector<HTMLInputElement>('input[type="file"]')!;
    // jsdom's File has no arrayBuffer(); the browser's does.
    const empty = Object.assign(new File([], 'empty.pdf', { type: 'application/pdf' }), {
      arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
    });
    fireEvent.change(file, { target: { files: [empty] } });
    // The form knows of the file once it is read: save (refused, no title) until it does.
    const save = within(form).getByRole('button', { name: 'Save course' });
    await waitFor(() => {
      fireEvent.click(save);
      expect(getSummary(form).textContent).toContain('Certificate:');
    }, SLOW);

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('2 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Course title: This is needed.',
      'Certificate: This file is empty. Choose the certificate file again.',
    ]);
    expect(follow(summary, 'Certificate')).toBe(file);
    expect(errorOf(file)).toBe('This file is empty. Choose the certificate file again.');
  });
});

describe('the event form', TEST, () => {
  it('names each session’s fields as the form does, and goes to the right session', async () => {
    const form = show(
      <EventForm
        event={null}
        sessions={[]}
        contacts={[]}
        held={[]}
        onSaved={nothing}
        onCancel={nothing}
      />,
      'Add an event',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add a session' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add a session' }));
    type(form, 'Session 1 hours', '1.5');
    type(form, 'Session 2 title', 'Value cases');
    type(form, 'Session 2 hours', '0.3');
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('4 things need your attention; nothing was saved:');
    // The last day left empty is the first day: it is not asked for twice.
    expect(links).toEqual([
      'Event name: This is needed.',
      'First day: This is needed.',
      'Session 1 title: This is needed.',
      'Session 2 hours: Use quarter-hour steps: .25, .5 or .75.',
    ]);
    expect(errorOf(within(form).getByLabelText('Last day'))).toBeUndefined();
    expect(follow(summary, 'Session 2 hours')).toBe(within(form).getByLabelText('Session 2 hours'));
    expect(follow(summary, 'Session 1 title')).toBe(within(form).getByLabelText('Session 1 title'));
    expect(follow(summary, 'First day')).toBe(within(form).getByLabelText('First day'));
    expect((within(form).getByLabelText('Session 2 title') as HTMLInputElement).value).toBe(
      'Value cases',
    );
    expect(errorOf(within(form).getByLabelText('Session 2 hours'))).toBe(
      'Use quarter-hour steps: .25, .5 or .75.',
    );
    // A session removed takes its problem with it; none moves to another field.
    fireEvent.click(within(form).getByRole('button', { name: 'Remove session 2' }));
    expect(
      within(summary)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Event name: This is needed.',
      'First day: This is needed.',
      'Session 1 title: This is needed.',
    ]);
  });

  it('puts an end before the start under the last day', async () => {
    const form = show(
      <EventForm
        event={null}
        sessions={[]}
        contacts={[]}
        held={[]}
        onSaved={nothing}
        onCancel={nothing}
      />,
      'Add an event',
    );
    type(form, 'Event name', 'PMO Summit');
    type(form, 'First day', '2026-10-06');
    type(form, 'Last day', '2026-10-05');
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));
    const { summary, links } = await focusedSummary(form);
    expect(links).toEqual(['Last day: The end cannot be before the start.']);
    expect(follow(summary, 'Last day')).toBe(within(form).getByLabelText('Last day'));
  });
});

describe('the reading and listening form', TEST, () => {
  it('lists each problem under its label, focuses the list, and each button goes to its field', async () => {
    const form = show(
      <MediaForm entry={null} held={[]} onSaved={nothing} onCancel={nothing} />,
      'Add reading or listening',
    );
    type(form, 'Finished on', '2026-12-01');
    type(form, 'Hours', '-1');
    fireEvent.click(within(form).getByRole('button', { name: 'Save entry' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('3 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Title: This is needed.',
      'Finished on: This date is in the future. Use the day it really happened.',
      // "-1" is read as the credit log reads hours (parseHours), so it is said to be negative.
      'Hours: This cannot be negative.',
    ]);
    expect(follow(summary, 'Finished on')).toBe(within(form).getByLabelText('Finished on'));
    expect(follow(summary, 'Hours')).toBe(within(form).getByLabelText('Hours'));
    expect(follow(summary, 'Title')).toBe(within(form).getByLabelText('Title'));
    expect((within(form).getByLabelText('Finished on') as HTMLInputElement).value).toBe(
      '2026-12-01',
    );
  });
});

describe('a problem of a credit entry made from the entry', TEST, () => {
  /** 185 characters: with ": Q&A" its first session's entry title fits in 200, not with more. */
  const longName = 'Annual Summit of the Project Management Offices of the Northern Chapters, '
    .repeat(3)
    .slice(0, 185);

  /** PMP earned; an event of two sessions saved, its two credit entries confirmed. */
  async function seedEvent(): Promise<{ event: EventRow; sessions: SessionRow[] }> {
    const asOf = '2026-11-22';
    const held = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
      asOf,
    );
    if (!held.ok) throw new Error('credential not saved');
    const event = {
      name: 'PMO Summit',
      kind: 'conference' as const,
      organiser: 'PMI Chapter',
      start: '2026-10-06',
      end: '2026-10-06',
      place: '',
      virtual: false,
      cost: null,
      link: '',
      notes: '',
      contactIds: [],
    };
    const talks = [
      { title: 'Q&A', speaker: '', hours: 1, area: 'waysOfWorking' as const, givenByMe: false },
      {
        title: 'Keynote on value',
        speaker: '',
        hours: 1.5,
        area: 'businessAcumen' as const,
        givenByMe: false,
      },
    ];
    const saved = await saveEvent(store, event, talks, { asOf });
    if (!saved.ok) throw new Error('event not saved');
    const sessions = await store.db.table<SessionRow>('eventSessions').toArray();
    const order = (s: SessionRow) => talks.findIndex((t) => t.title === s.title);
    sessions.sort((a, b) => order(a) - order(b));
    const list = eventCredits(saved.value, sessions, [held.value], asOf).suggestions;
    const done = await confirmCredits(
      store,
      'events',
      saved.value.id,
      list.map((x) => x.activity),
      asOf,
    );
    if (!done.ok) throw new Error('credit entries not confirmed');
    return { event: saved.value, sessions };
  }

  it('an event name that makes an entry title too long: that title is shortened, and the save goes through', async () => {
    // It used to be refused ("… 203 characters in all; at most 200 fit. Shorten this title or
    // the event name."): the credit entry's title is now cut to fit (creditTitle), and the
    // event keeps its full name.
    const { event, sessions } = await seedEvent();
    const held = [
      { id: 'held', credentialId: 'pmp', stage: 'earned' as const, earnedDate: '2025-01-15' },
    ];
    const form = show(
      <EventForm
        event={event}
        sessions={sessions}
        contacts={[]}
        held={held}
        onSaved={nothing}
        onCancel={nothing}
      />,
      'Edit event',
    );
    type(form, 'Event name', longName);
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'This entry has credit entries' },
      SLOW,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Update them to match' }));

    await waitFor(async () => {
      const stored = await store.db.table<EventRow>('events').get(event.id);
      expect(stored?.name).toBe(longName);
    }, SLOW);
    const titles = (await store.db.table<{ title: string }>('activities').toArray())
      .map((a) => a.title)
      .sort();
    expect(titles).toHaveLength(2);
    expect(titles).toContain(`${longName}: Q&A`);
    const cut = titles.find((t) => t.endsWith('…'))!;
    expect([...cut].length).toBeLessThanOrEqual(200);
    expect(cut.startsWith(longName)).toBe(true);
    expect(querySummary(form)).toBeNull();
  });

  it('a reading entry’s: its title at the title, anything else said in words, never under “Kind”', () => {
    const { shown, items } = placeErrors(
      {
        'credits.0.title': 'This is too long: at most 200 characters. Shorten it.',
        'credits.0.unit': 'Choose one of the options in the list.',
        sourceId: 'This is needed.',
      },
      Object.entries(mediaLabels),
    );
    expect(items.map((x) => `${x.label}: ${x.message}`)).toEqual([
      'Title: This is too long: at most 200 characters. Shorten it.',
      'The unit of credit entry 1: Choose one of the options in the list.',
      'Something this form does not show: This is needed.',
    ]);
    expect(shown).toEqual({ title: 'This is too long: at most 200 characters. Shorten it.' });
  });
});
