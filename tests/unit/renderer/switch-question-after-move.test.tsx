// A form with changes, another row's Edit: "Discard your changes?" waits to switch the form.
// Then Back (or a link) moves to another screen: that question takes over, and after "Discard
// changes" the new screen showed the old switch question again, for a form no longer there.
// A move to another screen, waiting or made, now ends the waiting switch.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DiscardDialog,
  closeFormText,
  leaveScreenText,
} from '../../../renderer/src/components/DiscardDialog';
import {
  acceptHashChange,
  cancelLeave,
  confirmLeave,
  leaveTo,
  pendingSwitch,
  resetUnsavedChanges,
  switchForm,
  useDraftGuard,
} from '../../../renderer/src/components/unsaved-changes';

function Form({ draft }: { draft: unknown }) {
  useDraftGuard(draft);
  return null;
}

let switched = 0;

/** A form holding changes, and another row's Edit pressed: the switch question waits. */
function switchWaiting() {
  const view = render(
    <>
      <Form draft={{ title: 'x' }} />
      <DiscardDialog />
    </>,
  );
  view.rerender(
    <>
      <Form draft={{ title: 'xy' }} />
      <DiscardDialog />
    </>,
  );
  act(() => switchForm(() => void (switched += 1)));
  return view;
}

beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  window.location.hash = '#/experience';
  resetUnsavedChanges();
  switched = 0;
});
afterEach(() => {
  cleanup();
  resetUnsavedChanges();
});

const question = () => screen.queryByRole('alertdialog')?.textContent ?? null;

describe('a waiting switch of record, then a move to another screen', () => {
  it('Back, then "Discard changes": the new screen asks nothing more', () => {
    switchWaiting();
    expect(question()).toContain(closeFormText);
    window.history.pushState(null, '', '#/goals');
    act(() => void acceptHashChange());
    expect(question()).toContain(leaveScreenText);
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(window.location.hash).toBe('#/goals');
    expect(question()).toBeNull();
    expect(pendingSwitch()).toBeNull();
    expect(switched).toBe(0);
  });

  it('a link, then "Discard changes": the switch is not asked again, nor made', () => {
    switchWaiting();
    act(() => leaveTo('#/settings'));
    expect(question()).toContain(leaveScreenText);
    act(() => confirmLeave());
    expect(window.location.hash).toBe('#/settings');
    expect(question()).toBeNull();
    expect(switched).toBe(0);
  });

  it('a link, then "Keep editing": the form stays, and no question is left open', () => {
    switchWaiting();
    act(() => leaveTo('#/settings'));
    act(() => cancelLeave());
    expect(window.location.hash).toBe('#/experience');
    expect(question()).toBeNull();
    expect(switched).toBe(0);
  });
});
