import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, expectAccessible, onboard, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Areas' });

async function bookPmpExam(page: Page, examDate = '2027-01-25') {
  await nav(page).getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form
    .getByLabel('Credential')
    .selectOption({ label: 'PMP — Project Management Professional' });
  await form.getByLabel('Stage').selectOption({ label: 'Exam booked' });
  await form.getByLabel('Exam date (optional)').fill(examDate);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

async function createPmpPlan(page: Page) {
  await nav(page).getByRole('link', { name: 'Study' }).click();
  await page.getByRole('link', { name: 'New study plan' }).click();
  const form = page.getByRole('form', { name: 'New study plan' });
  await form.getByLabel('Prepares for').selectOption({ index: 1 });
  await expect(form.getByLabel('Plan name')).toHaveValue('PMP exam');
  await expect(form.getByLabel(/Exam or target date/)).toHaveValue('2027-01-25');
  await form.getByLabel('Hours of study needed').fill('120');
  await form.getByLabel('Start date').fill('2026-11-02');
  // The profile gives 6.5 h a week: too little for 120 h in 12 weeks.
  await expect(form.getByText('The plan does not fit')).toBeVisible();
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    await form.getByLabel(day, { exact: true }).fill('2');
  await expect(form.getByText(/^The plan fits: 120 h needed/)).toBeVisible();
  await form.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study planner' })).toBeVisible();
}

async function logSession(page: Page, date: string, minutes: string, topic: string) {
  const form = page.getByRole('form', { name: 'Log a study session' });
  await form.getByLabel('Session date').fill(date);
  await form.getByLabel('Minutes studied').fill(minutes);
  await form.getByLabel('Topic (optional)').fill(topic);
  await form.getByRole('button', { name: 'Log session' }).click();
  await expect(form.getByRole('status')).toHaveText(/Logged/);
}

test('a 120-hour PMP plan over 12 weeks: log study, fall behind, re-plan, export the calendar', async ({
  page,
}) => {
  await onboard(page);
  await bookPmpExam(page);
  await createPmpPlan(page);
  const plan = page.getByRole('article', { name: 'PMP exam' });
  // Three weeks planned before today and nothing studied yet.
  await expect(plan.getByText('Behind schedule:')).toBeVisible();

  await logSession(page, '2026-11-20', '60', 'Risk management');
  await logSession(page, '2026-11-21', '45', 'Agile');
  // The third by the focus timer: 30 minutes pass between start and stop.
  await page.getByLabel('Timer topic (optional)').fill('Mock exam');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible(); // survived the reload
  await page.clock.setFixedTime(new Date('2026-11-22T10:30:00'));
  await page.getByRole('button', { name: 'Stop and log' }).click();
  await expect(page.getByText('Logged 30 min of study.')).toBeVisible();
  const logged = page.getByRole('table', { name: 'Logged study' });
  await expect(logged.getByRole('row')).toHaveCount(4);
  await expect(logged.getByText('30 min (timer)')).toBeVisible();

  await expect(plan.getByText('Behind schedule:')).toBeVisible();
  await plan.getByRole('button', { name: 'Re-plan the remaining hours' }).click();
  await expect(plan.getByText(/^Re-planned: /)).toBeVisible();
  await expect(plan.getByText('On schedule.')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ascent-study-2026-11-22.ics');
  const parsed = new ICAL.Component(ICAL.parse(await readFile((await file.path())!, 'utf8')));
  const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // Cancelled events (blocks a re-plan dropped) take nothing off the calendar's time.
  const live = events.filter((e) => e.component.getFirstPropertyValue('status') !== 'CANCELLED');
  const study = live.filter((e) => e.summary === 'Study: PMP exam');
  const minutes = study.reduce((s, e) => s + e.duration.toSeconds() / 60, 0);
  // 120 h less the 2 h 15 min studied, all from today on.
  expect(minutes).toBe(120 * 60 - 135);
  expect(events.find((e) => e.summary === 'PMP exam')?.startDate.toString()).toBe('2027-01-25');
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

  await nav(page).getByRole('link', { name: 'Dashboard' }).click();
  const card = page.getByRole('region', { name: 'This week’s study: plan vs actual' });
  await expect(card.getByText(/studied of .* planned this week/)).toBeVisible();
  // The exam is among the next deadlines, counted in days as everywhere else.
  const deadlines = page.getByRole('region', { name: 'Next deadlines' });
  await expect(deadlines.getByRole('listitem').first()).toHaveText(
    'PMP exam — 25 Jan 2027, in 64 days',
  );
  await expect(
    deadlines.getByRole('link', { name: 'See them on the week calendar' }),
  ).toHaveAttribute('href', '#/study');
});

test('a plan that cannot fit: no start in the past, and the card says what is true', async ({
  page,
}) => {
  // The profile gives Tue 2 h, Thu 1.5 h, Sat 3 h; today is 22 Nov 2026.
  await onboard(page);
  await bookPmpExam(page, '2027-03-14');
  await nav(page).getByRole('link', { name: 'Study' }).click();
  await page.getByRole('link', { name: 'New study plan' }).click();
  const form = page.getByRole('form', { name: 'New study plan' });
  await form.getByLabel('Prepares for').selectOption({ index: 1 });
  await form.getByLabel('Hours of study needed').fill('120');
  await expect(form.getByLabel('Start date')).toHaveValue('2026-11-22');
  const preview = form.getByRole('status').filter({ hasText: 'The plan does not fit' });
  await expect(preview).toContainText('120 h needed, 101 h available before the exam.');
  await expect(preview.getByText('You are 19 h short.', { exact: false })).toBeVisible();
  await expect(preview.getByText('Any one of these would make it fit:')).toBeVisible();
  await expect(preview.getByText('Study 1 h 15 min more every Tuesday.')).toBeVisible();
  await expect(preview.getByText(/^Move the exam to \d+ \w+ 2027 or later\.$/)).toBeVisible();
  // Starting earlier would mean starting in the past (3 Nov): not offered.
  await expect(preview.getByText(/Start (on or before|today)/)).toHaveCount(0);
  await form.getByRole('button', { name: 'Create plan' }).click();

  const plan = page.getByRole('article', { name: 'PMP exam' });
  await expect(
    plan.getByText(
      'The plan does not fit: 19 h of it do not fit in your study time before 14 Mar 2027, so they are not on the calendar.',
    ),
  ).toBeVisible();
  await expect(plan.getByText('Study 1 h 15 min more every Tuesday.')).toBeVisible();
  await expect(plan.getByText('On schedule.')).toHaveCount(0);
  // A re-plan cannot make room that does not exist: it is neither suggested nor offered.
  await expect(plan.getByText(/Re-plan/)).toHaveCount(0);
  await expect(plan.getByRole('button', { name: /Re-plan/ })).toHaveCount(0);
  await expectAccessible(page);

  // Taking one of the fixes: 2 h on Sundays for this plan, and the card is on schedule.
  await plan.getByRole('link', { name: 'Edit plan' }).click();
  const edit = page.getByRole('form', { name: 'Edit study plan' });
  await edit.getByLabel('Sunday', { exact: true }).fill('2');
  await expect(edit.getByText(/^The plan fits: 120 h needed/)).toBeVisible();
  await edit.getByRole('button', { name: 'Save and re-plan' }).click();
  await expect(plan.getByText('On schedule.')).toBeVisible();
  await expect(plan.getByText(/do not fit/)).toHaveCount(0);
});

test('the week calendar is usable from the keyboard', async ({ page }) => {
  await onboard(page);
  await bookPmpExam(page);
  await createPmpPlan(page);
  const week = page.getByRole('region', { name: /^Week of/ });
  await expect(week.getByText(/Keys: ← and →/)).toBeVisible();
  const title = week.getByRole('heading', { level: 2 });
  const thisWeek = await title.textContent();
  await week.getByRole('heading', { level: 3 }).first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(week.getByRole('heading', { level: 3 }).nth(1)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(title).not.toHaveText(thisWeek!);
  // Focus stays on the same weekday of the new week, so the keys go on working.
  await expect(week.getByRole('heading', { level: 3 }).nth(1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(title).toHaveText(thisWeek!);
  // The focus comes back to the weekday in the next frame; only then is a block chosen.
  await expect(week.getByRole('heading', { level: 3 }).nth(1)).toBeFocused();

  const block = week.getByRole('button', { name: /PMP exam/ }).first();
  await block.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(week.getByRole('status')).toHaveText(/Block moved to/);
  await week
    .getByRole('button', { name: /PMP exam/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Move or change this study block' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Start time').fill('07:30');
  await dialog.getByRole('button', { name: 'Save block' }).click();
  await expect(dialog).toBeHidden();
  await expect(week.getByRole('button', { name: /^07:30/ }).first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/study-light.png', fullPage: true });
});

test('Ctrl+K → “New study session” opens the study log form, ready to fill in', async ({
  page,
}) => {
  await onboard(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new study session');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { selected: true })).toHaveAccessibleName(
    'Create New study session',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/study\/sessions\/new$/);
  const form = page.getByRole('form', { name: 'Log a study session' });
  await expect(form.getByLabel('Session plan')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Session date')).toBeFocused();
  await expectAccessible(page);
});
