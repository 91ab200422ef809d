import { act, render } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acceptHashChange,
  cancelLeave,
  confirmLeave,
  hasUnsavedChanges,
  leaveTo,
  moveWithoutAsking,
  pendingMove,
  pendingSwitch,
  resetUnsavedChanges,
  sameDraft,
  switchForm,
  useDraftGuard,
} from '../../../renderer/src/components/unsaved-changes';

function Form({ draft }: { draft: unknown }) {
  useDraftGuard(draft);
  return null;
}

beforeEach(() => {
  window.location.hash = '#/credit-log/new';
  resetUnsavedChanges();
});
afterEach(() => resetUnsavedChanges());

describe('sameDraft', () => {
  it.each([
    [{ a: '1', b: ['x'] }, { b: ['x'], a: '1' }, true],
    [{ a: '1' }, { a: '2' }, false],
    [{ a: '1', b: undefined }, { a: '1' }, true],
    [['a', 'b'], ['a'], false],
    [{ a: [] }, { a: {} }, false],
    ['', '', true],
  ])('%j and %j: %s', (a, b, same) => expect(sameDraft(a, b)).toBe(same));
});

describe('the unsaved-changes guard', () => {
  it('a save that empties the form leaves nothing unsaved', () => {
    let save: (saved?: { minutes: string }) => void = () => {};
    function Emptying({ draft }: { draft: { minutes: string } }) {
      save = useDraftGuard(draft);
      return null;
    }
    const view = render(<Emptying draft={{ minutes: '' }} />);
    view.rerender(<Emptying draft={{ minutes: '45' }} />);
    expect(hasUnsavedChanges()).toBe(true);
    // Saved, and the form is emptied in the same step.
    act(() => save({ minutes: '' }));
    view.rerender(<Emptying draft={{ minutes: '' }} />);
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('registers a form only while its draft differs from the first value', () => {
    const view = render(<Form draft={{ title: '' }} />);
    expect(hasUnsavedChanges()).toBe(false);
    view.rerender(<Form draft={{ title: 'Webinar' }} />);
    expect(hasUnsavedChanges()).toBe(true);
    view.rerender(<Form draft={{ title: '' }} />);
    expect(hasUnsavedChanges()).toBe(false);
    view.rerender(<Form draft={{ title: 'Webinar' }} />);
    view.unmount();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('moves at once when nothing is unsaved', () => {
    leaveTo('#/goals');
    expect(pendingMove()).toBeNull();
    expect(window.location.hash).toBe('#/goals');
  });

  it('asks first with changes: cancel stays, confirm moves', () => {
    render(<Form draft={{ title: 'x' }} />).rerender(<Form draft={{ title: 'xy' }} />);
    leaveTo('#/goals');
    expect(pendingMove()).toBe('#/goals');
    expect(window.location.hash).toBe('#/credit-log/new');
    act(() => cancelLeave());
    expect(pendingMove()).toBeNull();
    expect(window.location.hash).toBe('#/credit-log/new');
    leaveTo('#/goals');
    act(() => confirmLeave());
    expect(window.location.hash).toBe('#/goals');
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('holds a hash change made elsewhere (Back, a typed address) and puts the address back', () => {
    render(<Form draft={{ title: 'x' }} />).rerender(<Form draft={{ title: 'xy' }} />);
    window.history.pushState(null, '', '#/settings');
    let accepted = true;
    act(() => void (accepted = acceptHashChange()));
    expect(accepted).toBe(false);
    expect(window.location.hash).toBe('#/credit-log/new');
    expect(pendingMove()).toBe('#/settings');
  });

  it('lets the app’s own moves (after a save) through', () => {
    render(<Form draft={{ title: 'x' }} />).rerender(<Form draft={{ title: 'xy' }} />);
    moveWithoutAsking('#/credit-log');
    expect(acceptHashChange()).toBe(true);
    expect(pendingMove()).toBeNull();
  });
});

describe('a move asked for while the form was being saved', () => {
  function Saving({ draft, saved }: { draft: { title: string }; saved: { title: string } }) {
    const markSaved = useDraftGuard(draft);
    const [done, setDone] = useState(false);
    useEffect(() => {
      if (!done && sameDraft(saved, draft)) {
        markSaved(saved);
        setDone(true);
      }
    }, [done, draft, saved, markSaved]);
    return null;
  }

  it('goes ahead once the save has landed: nothing is left to lose', async () => {
    const view = render(<Saving draft={{ title: '' }} saved={{ title: 'none yet' }} />);
    view.rerender(<Saving draft={{ title: 'Webinar' }} saved={{ title: 'none yet' }} />);
    // "Save" pressed; before the store answers, the person clicks a link.
    leaveTo('#/goals');
    expect(pendingMove()).toBe('#/goals');
    // The save lands: the form's draft is now its saved value.
    view.rerender(<Saving draft={{ title: 'Webinar' }} saved={{ title: 'Webinar' }} />);
    await act(async () => {});
    expect(hasUnsavedChanges()).toBe(false);
    expect(pendingMove()).toBeNull();
    expect(window.location.hash).toBe('#/goals');
  });

  it('still asks while another form holds changes', async () => {
    render(<Form draft={{ note: 'a' }} />).rerender(<Form draft={{ note: 'ab' }} />);
    const view = render(<Saving draft={{ title: '' }} saved={{ title: 'none yet' }} />);
    view.rerender(<Saving draft={{ title: 'Webinar' }} saved={{ title: 'none yet' }} />);
    leaveTo('#/goals');
    view.rerender(<Saving draft={{ title: 'Webinar' }} saved={{ title: 'Webinar' }} />);
    await act(async () => {});
    expect(pendingMove()).toBe('#/goals');
    expect(window.location.hash).toBe('#/credit-log/new');
  });

  it('a record switch waiting on the form is made once it is saved', async () => {
    let switched = 0;
    const view = render(<Saving draft={{ title: '' }} saved={{ title: 'none yet' }} />);
    view.rerender(<Saving draft={{ title: 'Webinar' }} saved={{ title: 'none yet' }} />);
    switchForm(() => (switched += 1));
    expect(pendingSwitch()).not.toBeNull();
    expect(switched).toBe(0);
    view.rerender(<Saving draft={{ title: 'Webinar' }} saved={{ title: 'Webinar' }} />);
    await act(async () => {});
    expect(pendingSwitch()).toBeNull();
    expect(switched).toBe(1);
  });
});
