// Reading the shared error summary (renderer/src/components/ErrorSummary.tsx) as a person
// would: it has focus after a failed save, is a region named by its heading line ("2 things
// need your attention; …"), and lists each problem as a button that goes to its field. It is
// announced by taking focus, so it is never a live region.
import { fireEvent, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

const SLOW = { timeout: 15_000 };

/** The summary's accessible name, as its heading line says it. */
export const SUMMARY_NAME =
  /^(One thing needs|\d+ things need) your attention; nothing was saved:$/;

/** The summary inside `root`, found as a screen reader user meets it: a region by its name. */
export function getSummary(root: HTMLElement = document.body) {
  return within(root).getByRole('region', { name: SUMMARY_NAME });
}

/** The summary inside `root`, or null when there is none (nothing left to fix). */
export function querySummary(root: HTMLElement = document.body) {
  return within(root).queryByRole('region', { name: SUMMARY_NAME });
}

const LIVE =
  '[role="alert"], [role="status"], [role="log"], [role="marquee"], [role="timer"], [aria-live]';
const isLive = (el: Element) => el.matches(LIVE) && el.getAttribute('aria-live') !== 'off';

/**
 * What would make a screen reader read `el` out by itself when it changes: `el`, a box around
 * it or a part of it that is an alert, a status, a log or has aria-live (other than "off").
 * Each is given as its tag and the attribute that makes it live.
 */
export function liveAround(el: HTMLElement): string[] {
  const around: Element[] = [];
  for (let at: Element | null = el; at; at = at.parentElement) around.push(at);
  return [...around, ...Array.from(el.querySelectorAll(LIVE))]
    .filter(isLive)
    .map(
      (at) =>
        `${at.tagName.toLowerCase()} role=${at.getAttribute('role') ?? '-'} aria-live=${at.getAttribute('aria-live') ?? '-'}`,
    );
}

/** The summary's heading line and the words of each of its buttons. */
export function summaryText(summary: HTMLElement) {
  return {
    heading: summary.querySelector('p')?.textContent,
    links: within(summary)
      .queryAllByRole('button')
      .map((b) => b.textContent),
  };
}

/**
 * The summary once it has focus (inside `root`, the form by default the whole page): focus is
 * on the region named by its heading, which is what a screen reader reads out.
 */
export async function focusedSummary(root: HTMLElement = document.body) {
  await waitFor(() => expect(document.activeElement).toBe(getSummary(root)), SLOW);
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
