// After "Add a milestone" a keyboard user types the new milestone's title straight away, and
// after "Remove milestone N" they stay among the milestones instead of falling to the page
// (WCAG 2.4.3 focus order).
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../shared/domain/goals';
import { MilestoneFields } from '../../../renderer/src/features/goals/MilestoneFields';

const milestone = (id: string, title: string): Milestone => ({
  id,
  title,
  due: '2026-12-01',
  doneOn: null,
});

function Milestones({ start }: { start: Milestone[] }) {
  const [milestones, setMilestones] = useState(start);
  return (
    <form aria-label="Goal">
      <MilestoneFields
        milestones={milestones}
        errors={{}}
        asOf="2026-11-22"
        onChange={setMilestones}
      />
    </form>
  );
}

/** Presses a button as a keyboard user does: it has the focus first. */
function press(name: string) {
  const button = screen.getByRole('button', { name });
  act(() => button.focus());
  fireEvent.click(button);
}

/** The label of the field that has the focus, or what else has it. */
function focused(): string {
  const el = document.activeElement;
  if (el instanceof HTMLInputElement) return el.labels?.[0]?.textContent ?? 'an unlabelled input';
  return el?.textContent || el?.tagName || 'nothing';
}

const three = [milestone('a', 'Draft'), milestone('b', 'Review'), milestone('c', 'Publish')];

describe('focus among a goal’s milestones', () => {
  it('goes to the new milestone’s title after Add, ready to type', async () => {
    render(<Milestones start={[milestone('a', 'Draft')]} />);
    press('Add a milestone');
    await waitFor(() => expect(focused()).toBe('Milestone 2'));
    expect(screen.getByLabelText('Milestone 2')).toHaveProperty('value', '');
  });

  it('goes to the first milestone’s title when the first is added', async () => {
    render(<Milestones start={[]} />);
    press('Add a milestone');
    await waitFor(() => expect(focused()).toBe('Milestone 1'));
  });

  it('goes to the next milestone’s title after Remove', async () => {
    render(<Milestones start={three} />);
    press('Remove milestone 1');
    // "Review" moved up and is now milestone 1.
    await waitFor(() => expect(focused()).toBe('Milestone 1'));
    expect((document.activeElement as HTMLInputElement).value).toBe('Review');
  });

  it('goes to the previous milestone’s title after removing the last one', async () => {
    render(<Milestones start={three} />);
    press('Remove milestone 3');
    await waitFor(() => expect(focused()).toBe('Milestone 2'));
    expect((document.activeElement as HTMLInputElement).value).toBe('Review');
  });

  it('goes to "Add a milestone" after removing the only one', async () => {
    render(<Milestones start={[milestone('a', 'Draft')]} />);
    press('Remove milestone 1');
    await waitFor(() => expect(focused()).toBe('Add a milestone'));
  });
});
