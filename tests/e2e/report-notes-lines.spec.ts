/**
 * Notes and reflections are printed in the lines they were written in: a reflection written as
 * a list of points on their own lines stays a list on the report (the only place reflections
 * are read back), not one run-on sentence. (A review found the lines run together.)
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { restoreSeedBackup } from './report-restore';

/** Writes the seeded course's notes and reflection as typed in its form's text boxes. */
async function writeCourseText(page: Page, text: { notes: string; learned: string }) {
  await page.evaluate(
    (t) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ascent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('courses', 'readwrite');
          const courses = tx.objectStore('courses');
          const get = courses.get('course-1');
          get.onsuccess = () => {
            const row = get.result as { notes: string; reflection: { learned: string } };
            courses.put({
              ...row,
              notes: t.notes,
              reflection: { ...row.reflection, learned: t.learned },
            });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    text,
  );
}

test('a course’s notes and reflection keep their lines, on screen and in the PDF', async ({
  page,
}, testInfo) => {
  await restoreSeedBackup(page);
  await writeCourseText(page, {
    notes: 'Benefits need owners from day one.\nMeasure them after go-live.',
    learned: 'Three things:\n- benefit maps\n- owners\n- reviews',
  });
  await page.goto('/#/reports');
  await page.reload();
  const journal = page.getByRole('region', { name: 'Journal highlights and reflections' });
  const notes = journal.getByText('Benefits need owners from day one.');
  await expect(notes).toBeVisible();
  // innerText is the text as laid out: lines run together read as one.
  expect(await notes.innerText()).toBe(
    'Benefits need owners from day one.\nMeasure them after go-live.',
  );
  const learned = journal.getByText('Three things:');
  expect(await learned.innerText()).toBe(
    'What I learned: Three things:\n- benefit maps\n- owners\n- reviews',
  );

  const path = testInfo.outputPath('report-notes-lines.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8');
  const lines = text.split('\n').map((l) => l.trim());
  expect(lines).toContain('Measure them after go-live.');
  expect(lines).toContain('- benefit maps');
});
