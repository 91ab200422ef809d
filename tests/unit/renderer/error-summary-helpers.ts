// Reading the shared error summary (renderer/src/components/ErrorSummary.tsx) as a person
// would: it has focus after a failed save, says how many things need attention, and lists each
// problem as a button that goes to its field.
import { fireEvent, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

const SLOW = { timeout: 15_000 };

/** The summary's heading line and the words of each of its buttons. */
export function summaryText(summary: HTMLElement) {
  return {
    heading: summary.querySelector('p')?.textContent,
    links: within(summary)
      .queryAllByRole('button')
      .map((b) => b.textContent),
  };
}

/** The summary once it has focus (inside `root`, the form by default the whole page). */
export async function focusedSummary(root: HTMLElement = document.body) {
  await waitFor(() => {
    const active = document.activeElement;
    expect(active?.classList.contains('error-summary') === true && root.contains(active)).toBe(
      true,
    );
  }, SLOW);
  const summary = document.activeElement as HTMLElement;
  return { summary, ...summaryText(summary) };
}

/** Follows the summary's button that starts with `label` and says which element has focus. */
export function follow(summary: HTMLElement, label: string) {
  const link = within(summary)
    .getAllByRole('button')
    .find((b) => b.textContent?.startsWith(`${label}:`));
  if (!link) throw new Error(`no button for ${label}`);
  fireEvent.click(link);
  return document.activeElement;
}
