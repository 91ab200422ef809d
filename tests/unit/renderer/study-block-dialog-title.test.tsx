// The block dialog's heading, which is also its name, says which block it is: the plan, the
// day and the time, as the block was when the dialog opened ("Move or change: PMP study,
// Tue 8 Dec, 19:00–20:00"). The dash is read as "to".
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { ClockChoice } from '../../../renderer/src/db/repositories/settings';
import type { StudyBlockRow } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { BlockDialog } from '../../../renderer/src/features/study/BlockDialog';
import { blockTimesText, shortDayText } from '../../../renderer/src/features/study/messages';
import { freshName } from '../../db/helpers';

let store: Store;
beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('block-dialog-title'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

const block: StudyBlockRow = {
  id: 'b1',
  planId: 'p1',
  date: '2026-12-08',
  start: '19:00',
  minutes: 60,
  edited: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const plan = {
  title: 'PMP study',
  deadline: '2027-02-15',
  target: { kind: 'exam' as const, heldId: 'h1' },
};

describe('a study block’s start and end in words', () => {
  it.each([
    ['19:00', 60, '24h', ['19:00', '20:00']],
    ['19:00', 60, '12h', ['7:00 PM', '8:00 PM']],
    ['11:30', 45, '12h', ['11:30 AM', '12:15 PM']],
    ['23:00', 60, '24h', ['23:00', '24:00']],
    ['23:00', 60, '12h', ['11:00 PM', '12:00 AM']],
    ['00:00', 15, '24h', ['00:00', '00:15']],
  ] as const)('%s for %i min, %s clock', (start, minutes, clock, times) => {
    expect(blockTimesText(start, minutes, clock as ClockChoice)).toEqual(times);
  });

  it('names the day shortly, weekday first', () => {
    expect(shortDayText('2026-12-08', 'en-GB')).toBe('Tue 8 Dec');
  });
});

describe('the block dialog’s heading', () => {
  function show(props: { clock?: ClockChoice; withPlan?: boolean; of?: StudyBlockRow }) {
    render(
      <StoreProvider store={store}>
        <BlockDialog
          block={props.of ?? block}
          today="2026-11-22"
          plan={props.withPlan === false ? undefined : plan}
          clock={props.clock}
          onClose={() => {}}
        />
      </StoreProvider>,
    );
  }
  const day = shortDayText('2026-12-08');

  it('names the plan, the day and the time, and is the dialog’s name', () => {
    show({ clock: '24h' });
    const name = `Move or change: PMP study, ${day}, 19:00 to 20:00`;
    const dialog = screen.getByRole('dialog', { name });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(dialog.contains(heading)).toBe(true);
    // What shows: the times joined by a dash, not read out; what is read: "to", not shown.
    const shown = heading.cloneNode(true) as HTMLElement;
    shown.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
    expect(shown.textContent).toBe(`Move or change: PMP study, ${day}, 19:00–20:00`);
    expect(heading.querySelector('[aria-hidden="true"]')?.textContent).toBe('19:00–20:00');
  });

  it('follows the user’s clock', () => {
    show({ clock: '12h' });
    expect(
      screen.getByRole('dialog', { name: `Move or change: PMP study, ${day}, 7:00 PM to 8:00 PM` }),
    ).toBeTruthy();
  });

  it('names a block without its plan at hand a study block', () => {
    show({ withPlan: false });
    expect(
      screen.getByRole('dialog', {
        name: `Move or change: a study block, ${day}, 19:00 to 20:00`,
      }),
    ).toBeTruthy();
  });

  it('keeps naming the block as it was opened while the fields change', () => {
    show({ clock: '24h' });
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '07:30' } });
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-12-09' } });
    expect(
      screen.getByRole('dialog', { name: `Move or change: PMP study, ${day}, 19:00 to 20:00` }),
    ).toBeTruthy();
  });
});
