import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, expectAccessible, onboard, test, TODAY } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Areas' });

async function bookPmpExam(page: Page, examDate = '2027-01-25') {
  await bookExam(page, 'PMP — Project Management Professional', examDate);
}

async function bookExam(page: Page, credential: string, examDate: string) {
  await nav(page).getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByLabel('Credential').selectOption({ label: credential });
  await form.getByLabel('Stage').selectOption({ label: 'Exam booked' });
  await form.getByLabel('Exam date (optional)').fill(examDate);
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toBeHidden();
}

/** The page's clock on `iso` (local time), and the page loaded again so the app reads the day. */
async function openOn(page: Page, iso: string) {
  await page.clock.setFixedTime(new Date(iso));
  await page.reload();
}

/**
 * A 120-hour PMP plan made on its start day, Monday 2 Nov, and the planner opened again on
 * 22 Nov (today in these tests) with nothing studied since: three weeks of sittings missed.
 */
async function createPmpPlan(page: Page) {
  await nav(page).getByRole('link', { name: 'Study' }).click();
  await openOn(page, '2026-11-02T10:00:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Study planner' })).toBeVisible();
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
  await openOn(page, `${TODAY}T10:00:00`);
  await expect(page.getByRole('article', { name: 'PMP exam' })).toBeVisible();
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
  // Made on 2 Nov: three weeks planned before today and nothing studied yet.
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
  // The figures add up (review A6): the sittings already past are not counted as planned,
  // and today's half hour, logged before the re-plan, is not taken off twice.
  await expect(
    plan.getByText(
      '2 Nov 2026 to 25 Jan 2027 · 120 h needed · 2 h 15 min studied · 117 h 45 min still planned',
    ),
  ).toBeVisible();
  await expect(plan.getByText(/not on the calendar/)).toHaveCount(0);

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
  // The exam's alarms (RFC 5545 VALARM, DISPLAY): at 09:00 14 days ahead (the reminder lead in
  // Settings, by default) and the day before; study blocks have none.
  const alarms = (e: ICAL.Event) =>
    e.component
      .getAllSubcomponents('valarm')
      .map((a) => [
        String(a.getFirstPropertyValue('trigger')),
        a.getFirstPropertyValue('description'),
      ]);
  expect(alarms(events.find((e) => e.summary === 'PMP exam')!)).toEqual([
    ['-P13DT15H', 'PMP exam — in 14 days (25 Jan 2027)'],
    ['-PT15H', 'PMP exam — tomorrow (25 Jan 2027)'],
  ]);
  expect(study.flatMap(alarms)).toEqual([]);
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

/** Study › Export calendar (.ics): the file's events as a calendar app reads them (ical.js). */
async function exportCalendar(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const file = await download;
  const parsed = new ICAL.Component(ICAL.parse(await readFile((await file.path())!, 'utf8')));
  return parsed.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      day: e.startDate.toString(),
      sequence: e.sequence,
      status: v.getFirstPropertyValue('status'),
    };
  });
}

test('an exam date cleared after an export is taken out of the calendar by the next export', async ({
  page,
}) => {
  await onboard(page);
  await bookPmpExam(page);
  // A second exam stays booked throughout, so the second file has more than the cancellation.
  await bookExam(page, 'CAPM — Certified Associate in Project Management', '2027-02-10');
  await nav(page).getByRole('link', { name: 'Study' }).click();
  const first = await exportCalendar(page);
  const exam = first.find((e) => e.summary === 'PMP exam')!;
  expect(exam).toMatchObject({ day: '2027-01-25', status: null });
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toHaveText(
    `Saved ascent-study-2026-11-22.ics (${first.length} calendar ${first.length === 1 ? 'entry' : 'entries'}).`,
  );

  // The exam is no longer booked for a day: it is no longer a deadline.
  await nav(page).getByRole('link', { name: 'Credentials' }).click();
  const pmp = 'PMP — Project Management Professional';
  await page.getByRole('article', { name: pmp }).getByRole('link', { name: pmp }).click();
  await page.getByRole('button', { name: 'Edit stage and dates' }).click();
  const edit = page.getByRole('form', { name: 'Edit credential' });
  await edit.getByLabel('Exam date (optional)').fill('');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();

  await nav(page).getByRole('link', { name: 'Study' }).click();
  const second = await exportCalendar(page);
  // Same UID, STATUS:CANCELLED and a higher SEQUENCE: the calendar app removes the event.
  expect(second.filter((e) => e.uid === exam.uid)).toEqual([
    { ...exam, status: 'CANCELLED', sequence: expect.any(Number) },
  ]);
  expect(second.find((e) => e.uid === exam.uid)!.sequence).toBeGreaterThan(exam.sequence);
  expect(second.filter((e) => e.summary === 'PMP exam' && e.status !== 'CANCELLED')).toEqual([]);
  const capm = first.find((e) => e.day === '2027-02-10')!;
  expect(second.find((e) => e.uid === capm.uid)).toEqual(capm);
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toHaveText(
    // The cancellation is said apart: it takes an event away rather than adding one.
    `Saved ascent-study-2026-11-22.ics (${second.length - 1} calendar ${second.length - 1 === 1 ? 'entry' : 'entries'}; also removes a deadline no longer due).`,
  );
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

  // Review A13: a block moved by keyboard keeps the focus, so the keys go on working. Today
  // is Sunday 22 Nov, the last day of the week; its first block moves into next week.
  const today = week.locator('li[aria-current="date"]');
  const first = today.getByRole('button', { name: /PMP exam/ }).first();
  const id = (await first.getAttribute('data-block-id'))!;
  const moved = page.locator(`[data-block-id="${id}"]`);
  // The block, focused, in the week's column `day` (0 = Monday).
  const focusedOn = (day: number) =>
    expect(week.locator(`[data-day-col="${day}"] [data-block-id="${id}"]`)).toBeFocused();
  const status = week.getByRole('status');
  await first.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(status).toHaveText('Block moved to 23 Nov 2026.');
  await expect(title).toHaveText('Week of 23 Nov 2026');
  await focusedOn(0);
  await expect(moved).toHaveAccessibleName(/PMP exam \(moved by you\)$/);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(status).toHaveText('Block moved to 24 Nov 2026.');
  await focusedOn(1);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(status).toHaveText('Block moved to 23 Nov 2026.');
  await focusedOn(0);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(status).toHaveText('Block moved to 22 Nov 2026.');
  await expect(title).toHaveText(thisWeek!);
  await focusedOn(6);
  // Review A14: not into a day already gone; the block stays, and so does the focus.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(status).toHaveText(
    'Not moved: 21 Nov 2026 has passed. A block can go on today or a later day.',
  );
  await focusedOn(6);
  // The hint says ← and → move between days from a block too: Saturday's heading.
  await page.keyboard.press('ArrowLeft');
  await expect(week.getByRole('heading', { level: 3 }).nth(5)).toBeFocused();

  // The dialog refuses a day already gone and says why; after a save, focus is on the block.
  await moved.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Move or change: / });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Day').fill('2026-11-10');
  await dialog.getByRole('button', { name: 'Save block' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'That day has passed: a block plans study still to come. Choose today or a later day.',
  );
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Day').fill('2026-11-25');
  await dialog.getByLabel('Start time').fill('07:30');
  await dialog.getByRole('button', { name: 'Save block' }).click();
  await expect(dialog).toBeHidden();
  await expect(title).toHaveText('Week of 23 Nov 2026');
  await focusedOn(2);
  await expect(moved).toHaveAccessibleName(/^07:30 · /);
  // Escape closes the dialog; focus comes back to the block it was opened from. Its heading
  // names the block where it now is.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName(/^Move or change: PMP exam.*, 07:30 to \d\d:\d\d$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(moved).toBeFocused();
  // After a change, Escape asks first (as every other form does), from the keyboard alone.
  await page.keyboard.press('Enter');
  const length = dialog.getByLabel('Length (minutes)');
  await length.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('90');
  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(length).toBeFocused();
  await expect(length).toHaveValue('90');
  // Escape in the question is "Keep editing"; an Escape straight after (no other key between,
  // which the browser's own dialog close would no longer let the page refuse) asks again.
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(length).toBeFocused();
  await expect(length).toHaveValue('90');
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Discard changes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(moved).toBeFocused();
  await expect(moved).toHaveAccessibleName(/^07:30 · /);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(status).toHaveText('Block moved to 26 Nov 2026.');
  await focusedOn(3);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/artifacts/study-light.png', fullPage: true });
});

test('a second plan on the sample data: sittings of 30 minutes or more, figures that add up', async ({
  page,
}) => {
  // Review A7: a 40-hour goal plan in 60-minute sittings laid 15- and 30-minute sittings.
  await onboard(page);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('region', { name: 'Sample data' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Study' }).click();
  await page.getByRole('link', { name: 'New study plan' }).click();
  const form = page.getByRole('form', { name: 'New study plan' });
  const goal = form.getByLabel('Prepares for').locator('option', { hasText: 'Earn the PMI-PMOCP' });
  await form.getByLabel('Prepares for').selectOption({ label: (await goal.textContent())! });
  await expect(form.getByLabel('Plan name')).toHaveValue('Earn the PMI-PMOCP');
  await form.getByLabel('Hours of study needed').fill('40');
  await expect(form.getByLabel('Sitting length (minutes)')).toHaveValue('60');
  // The profile hint reads as the sample profile is (review B8).
  await expect(
    form.getByText(
      'Leave a day empty to use your profile: Tuesday 1.5 h, Thursday 1.5 h and Saturday 3 h; no study time on the other days.',
    ),
  ).toBeVisible();
  await form.getByRole('button', { name: 'Create plan' }).click();

  const plan = page.getByRole('article', { name: 'Earn the PMI-PMOCP' });
  await expect(plan).toContainText('40 h needed · 0 min studied · 40 h still planned');
  const week = page.getByRole('region', { name: /^Week of/ });
  const sittings = week.getByRole('button', { name: /Earn the PMI-PMOCP/ });
  let seen = 0;
  const weekTitle = week.getByRole('heading', { level: 2 });
  for (let i = 0; i < 4; i++) {
    const shown = (await weekTitle.textContent())!;
    await week.getByRole('button', { name: 'Next week' }).click();
    await expect(weekTitle).not.toHaveText(shown);
    for (const name of await sittings.allTextContents()) {
      seen += 1;
      expect(name).not.toMatch(/ · (15|30) min · /);
    }
  }
  expect(seen).toBeGreaterThan(3);
  await expectAccessible(page);
});

test('Ctrl+K → “New study session” opens the study log form, ready to fill in', async ({
  page,
}) => {
  await onboard(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new study session');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { selected: true })).toHaveAccessibleName(
    'New study session',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/study\/sessions\/new$/);
  const form = page.getByRole('form', { name: 'Log a study session' });
  await expect(form.getByLabel('Session plan')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Session date')).toBeFocused();
  await expectAccessible(page);
});

test('an exam deleted under its plan: the delete names the plan, Undo puts it back, and the plan asks what it prepares for', async ({
  page,
}) => {
  await onboard(page);
  await bookPmpExam(page);
  await createPmpPlan(page);
  const plan = page.getByRole('article', { name: 'PMP exam' });
  // Made and started on 2 Nov with nothing studied since: behind.
  await expect(plan).toContainText('Behind schedule');

  await nav(page).getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('link', { name: 'PMP — Project Management Professional' }).click();
  await page.getByRole('button', { name: 'Delete credential' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'PMP deleted.' })).toContainText(
    'PMP deleted. Its study plan “PMP exam” stays, without an exam to prepare for.',
  );
  // Undo puts the credential back, and the plan prepares for it as before.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('article', { name: 'PMP — Project Management Professional' }),
  ).toBeVisible();
  await nav(page).getByRole('link', { name: 'Study' }).click();
  await expect(plan).toContainText('Behind schedule');
  await expect(plan).not.toContainText('deleted');

  // Deleted for good: the card says so and leads to the form, which keeps the plan's own
  // fields and asks what it prepares for.
  await nav(page).getByRole('link', { name: 'Credentials' }).click();
  await page.getByRole('link', { name: 'PMP — Project Management Professional' }).click();
  await page.getByRole('button', { name: 'Delete credential' }).click();
  await expect(page.getByRole('heading', { name: 'No credentials yet' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Study' }).click();
  await expect(plan).toContainText(
    'Prepared for an exam that was deleted: choose what it prepares for.',
  );
  // Where it stands towards an exam that is gone is not said, nor a re-plan offered.
  await expect(plan.getByText(/Behind schedule/)).toHaveCount(0);
  await expect(plan.getByRole('button', { name: /Re-plan/ })).toHaveCount(0);
  await expectAccessible(page);
  await plan.getByRole('link', { name: 'choose what it prepares for' }).click();
  const edit = page.getByRole('form', { name: 'Edit study plan' });
  await expect(edit.getByLabel('Prepares for')).toHaveValue('');
  await expect(edit).toContainText(
    'The exam this plan prepared for was deleted. Choose what it prepares for now.',
  );
  await expect(edit.getByLabel('Plan name')).toHaveValue('PMP exam');
  await expect(edit.getByLabel('Hours of study needed')).toHaveValue('120');
});

test('a focus timer left running for days is asked about and logged on the day it started; Discard can be undone', async ({
  page,
}) => {
  await onboard(page);
  await nav(page).getByRole('link', { name: 'Study' }).click();
  const timer = page.getByRole('region', { name: 'Focus timer' });
  await timer.getByLabel('Timer topic (optional)').fill('Mock exam');
  await timer.getByRole('button', { name: 'Start timer' }).click();
  await expect(timer.getByRole('button', { name: 'Pause' })).toBeFocused();

  // Forgotten from 22 Nov, 10:00 until 25 Nov, 09:03: nothing is logged before the question.
  await page.clock.setFixedTime(new Date('2026-11-25T09:03:00'));
  await timer.getByRole('button', { name: 'Stop and log' }).click();
  await expect(
    timer.getByText(
      'The timer ran 71 h 3 min since 22 Nov 2026, 10:00. How many minutes did you study?',
    ),
  ).toBeVisible();
  await expect(
    timer.getByText('The session goes on 22 Nov 2026, the day the timer started.'),
  ).toBeVisible();
  const minutes = timer.getByLabel('Minutes to log');
  await expect(minutes).toBeFocused();
  await expect(minutes).toHaveValue('960');
  await expect(page.getByText('No study logged yet.')).toBeVisible();
  await expectAccessible(page);
  await minutes.fill('1000');
  await minutes.press('Enter');
  await expect(timer.getByText('Type whole minutes between 1 and 960.')).toBeVisible();
  await minutes.fill('120');
  await minutes.press('Enter');
  await expect(timer.getByRole('status')).toHaveText('Logged 2 h of study on 22 Nov 2026.');
  await expect(timer.getByRole('button', { name: 'Start timer' })).toBeFocused();
  const row = page.getByRole('row').filter({ hasText: '2 h (timer)' });
  await expect(row.getByRole('cell').first()).toHaveText('22 Nov 2026');

  // Discard throws the running time away, and Undo puts the timer back from its start.
  await timer.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.setFixedTime(new Date('2026-11-25T09:43:00'));
  await expect(timer.getByRole('timer')).toHaveText('00:40:00');
  await timer.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByText('Timer discarded; nothing was logged.')).toBeVisible();
  await expect(timer.getByRole('timer')).toHaveText('00:00:00');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(timer.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect(timer.getByRole('timer')).toHaveText('00:40:00');
});
