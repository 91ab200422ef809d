// useStoredDraft, the settings forms' draft: it follows the stored value while the person has
// changed nothing, keeps their typing otherwise (and says the stored value changed), and tells
// the form's own save landing apart from a change made elsewhere. The stored value is passed
// in by hand here, in the orders a save and the database's answer can arrive.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { useStoredDraft } from '../../../renderer/src/components/use-stored-draft';

function formOver(stored: string, guard = true) {
  return renderHook(({ start }) => useStoredDraft(start, { guard }), {
    initialProps: { start: stored },
  });
}

describe('useStoredDraft', () => {
  it('an untouched form takes each new stored value and stays unchanged', () => {
    const form = formOver('7');
    form.rerender({ start: '3' });
    expect(form.result.current.draft).toBe('3');
    expect(form.result.current.changedElsewhere).toBe(false);
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('a form with changes keeps them, says so, and is still unsaved against the new value', () => {
    const form = formOver('7');
    act(() => form.result.current.setDraft('10'));
    form.rerender({ start: '3' });
    expect(form.result.current.draft).toBe('10');
    expect(form.result.current.changedElsewhere).toBe(true);
    expect(hasUnsavedChanges()).toBe(true);

    // Typing back the value it first showed is still a change against what is stored now.
    act(() => form.result.current.setDraft('7'));
    expect(hasUnsavedChanges()).toBe(true);
    // Typing the stored value: nothing left to save.
    act(() => form.result.current.setDraft('3'));
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('its own save landing after more typing keeps the typing, without "changed elsewhere"', () => {
    const form = formOver('7');
    act(() => form.result.current.setDraft('10'));
    const markSaved = form.result.current.markSaved;
    act(() => form.result.current.setDraft('11'));
    act(() => markSaved('10'));
    form.rerender({ start: '10' });
    expect(form.result.current.draft).toBe('11');
    expect(form.result.current.changedElsewhere).toBe(false);
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('its own save seen before the save returns: the notice goes once it has', () => {
    const form = formOver('7');
    act(() => form.result.current.setDraft('10'));
    const markSaved = form.result.current.markSaved;
    act(() => form.result.current.setDraft('11'));
    form.rerender({ start: '10' });
    act(() => markSaved());
    expect(form.result.current.draft).toBe('11');
    expect(form.result.current.changedElsewhere).toBe(false);
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('without the guard, a choice being saved is never "unsaved"', () => {
    const form = formOver('light', false);
    act(() => form.result.current.setDraft('dark'));
    expect(hasUnsavedChanges()).toBe(false);
    form.rerender({ start: 'dark' });
    expect(form.result.current.draft).toBe('dark');
  });
});
