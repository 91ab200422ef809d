import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { formatDate } from '../../../renderer/src/components/format';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import type { StudyBlockRow } from '../../../renderer/src/db/repositories/study-plans';
import { BlockDialog } from '../../../renderer/src/features/study/BlockDialog';
import { freshName } from '../../db/helpers';

/**
 * Moving a study block: a change not saved yet holds the screen like any other form, and Cancel
 * or Escape ask "Discard your changes?" first, in the same words as the app's other forms.
 */
let store: Store;
beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('block-dialog'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

const block: StudyBlockRow = {
  id: 'b1',
  planId: 'p1',
  date: '2026-11-23',
  start: '18:00',
  minutes: 60,
  edited: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('BlockDialog', () => {
  it('guards a changed start time until it is saved or cancelled', () => {
    const view = render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={() => view.unmount()} />
      </StoreProvider>,
    );
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '07:30' } });
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '18:00' } });
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(screen.getByLabelText('Length (minutes)'), { target: { value: '45' } });
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const question = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(within(question).getByRole('button', { name: 'Discard changes' }));
    expect(hasUnsavedChanges()).toBe(false);
  });

  // Rule (review A14): a block cannot be planned on a day already gone.
  it('refuses a day already gone, says why, and keeps what was typed', async () => {
    await store.db.table('studyBlocks').put(block);
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'That day has passed: a block plans study still to come. Choose today or a later day.',
    );
    expect(closed).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Day')).toHaveProperty('value', '2026-11-10');
    expect(await store.db.table('studyBlocks').get('b1')).toMatchObject({ date: '2026-11-23' });

    // Today is still to come: saved, and the week is told where the block now is.
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-22' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    await waitFor(() =>
      expect(closed).toHaveBeenCalledWith({ date: '2026-11-22', start: '18:00' }),
    );
    expect(await store.db.table('studyBlocks').get('b1')).toMatchObject({
      date: '2026-11-22',
      edited: true,
    });
  });

  // Rule (study planner): no study is planned on or after the exam date, so a block is not
  // moved there; and a block is one sitting on one day, so it ends by midnight.
  it('refuses the exam day and a block running past midnight, says what to do, keeps both', async () => {
    await store.db.table('studyBlocks').put(block);
    const plan = { deadline: '2027-02-15', target: { kind: 'exam' as const, heldId: 'h1' } };
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" plan={plan} onClose={closed} />
      </StoreProvider>,
    );
    const day = screen.getByLabelText('Day');
    expect(day).toHaveProperty('max', '2027-02-14');
    expect(day).toHaveProperty('min', '2026-11-22');
    expect(
      screen.getByText(`Today or a later day, until ${formatDate('2027-02-14')}.`),
    ).toBeTruthy();
    for (const date of ['2027-02-15', '2027-02-16']) {
      fireEvent.change(day, { target: { value: date } });
      fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
      expect(await screen.findByRole('alert')).toHaveProperty(
        'textContent',
        `Pick a day before the exam on ${formatDate('2027-02-15')}: no study is planned on or after it.`,
      );
    }
    fireEvent.change(day, { target: { value: '2026-11-30' } });
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '23:00' } });
    fireEvent.change(screen.getByLabelText('Length (minutes)'), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveProperty(
        'textContent',
        'This block would run past midnight. Start it earlier or make it shorter, so it ends by midnight.',
      ),
    );
    expect(closed).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Start time')).toHaveProperty('value', '23:00');
    expect(await store.db.table('studyBlocks').get('b1')).toMatchObject({
      date: '2026-11-23',
      start: '18:00',
      minutes: 60,
    });

    // The day before the exam, ending at midnight: saved.
    fireEvent.change(day, { target: { value: '2027-02-14' } });
    fireEvent.change(screen.getByLabelText('Length (minutes)'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    await waitFor(() =>
      expect(closed).toHaveBeenCalledWith({ date: '2027-02-14', start: '23:00' }),
    );
  });

  it('says when no day is left before a goal target date', async () => {
    const plan = { deadline: '2026-11-22', target: { kind: 'goal' as const, goalId: 'g1' } };
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" plan={plan} onClose={vi.fn()} />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      `No day is left to study before the target date, ${formatDate('2026-11-22')}. To plan more study, change the plan's target date.`,
    );
  });

  // Review: once the exam day had come the hint read "Today or a later day, until <yesterday>."
  // and the date field's max fell before its min. No day is left: the hint says so.
  it.each([
    ['today', '2026-11-22'],
    ['already gone', '2026-11-20'],
  ])('with the exam %s: the hint says no day is left, and the field has no max', (_n, exam) => {
    const plan = { deadline: exam, target: { kind: 'exam' as const, heldId: 'h1' } };
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" plan={plan} onClose={vi.fn()} />
      </StoreProvider>,
    );
    const day = screen.getByLabelText('Day');
    expect(day.getAttribute('max')).toBeNull();
    expect(day).toHaveProperty('min', '2026-11-22');
    const hint = document.getElementById(day.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      `No day is left to study before the exam on ${formatDate(exam)}. To plan more study, change the plan's exam date.`,
    );
    expect(screen.queryByText(/Today or a later day/)).toBeNull();
  });

  it('tells the week nothing changed on Cancel, so focus goes back to the same block', () => {
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closed).toHaveBeenCalledWith();
  });

  it('closes at once on Escape when nothing was changed', () => {
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    const day = screen.getByLabelText('Day');
    day.focus();
    fireEvent.keyDown(day, { key: 'Escape' });
    expect(closed).toHaveBeenCalledTimes(1);
    expect(closed).toHaveBeenCalledWith();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before Escape drops a change; Keep editing keeps it, Discard closes', () => {
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    const start = screen.getByLabelText('Start time');
    fireEvent.change(start, { target: { value: '07:30' } });
    start.focus();
    const escape = fireEvent.keyDown(start, { key: 'Escape' });
    // Stopped at the keydown, so the browser does not close the dialog itself.
    expect(escape).toBe(false);
    const question = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    expect(question.textContent).toContain(
      'You have changes in this form that are not saved. If you close it now, they are lost.',
    );
    expect(closed).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Keep editing');

    fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByLabelText('Start time')).toHaveProperty('value', '07:30');
    expect(document.activeElement).toBe(screen.getByLabelText('Start time'));
    expect(closed).not.toHaveBeenCalled();
    expect(hasUnsavedChanges()).toBe(true);

    fireEvent.keyDown(screen.getByLabelText('Start time'), { key: 'Escape' });
    const again = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(closed).toHaveBeenCalledTimes(1);
    expect(closed).toHaveBeenCalledWith();
  });

  it('asks on Cancel after a change; Keep editing puts focus back on Cancel', () => {
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByLabelText('Length (minutes)'), { target: { value: '90' } });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.click(cancel);
    const question = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    expect(closed).not.toHaveBeenCalled();
    fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(document.activeElement).toBe(cancel);
    expect(screen.getByLabelText('Length (minutes)')).toHaveProperty('value', '90');
    expect(closed).not.toHaveBeenCalled();
  });

  it('keeps the dialog open on a close request from the browser while a change is held', () => {
    const closed = vi.fn();
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today="2026-11-22" onClose={closed} />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-30' } });
    const dialog = screen.getByRole('dialog', { name: /^Move or change: a study block, / });
    const request = new Event('cancel', { cancelable: true });
    fireEvent(dialog, request);
    expect(request.defaultPrevented).toBe(true);
    expect(screen.getByRole('alertdialog', { name: 'Discard your changes?' })).toHaveProperty(
      'open',
      true,
    );
    expect(closed).not.toHaveBeenCalled();
  });
});
