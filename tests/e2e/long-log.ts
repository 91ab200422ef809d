/**
 * A long credit log for the e2e specs (issue 9): `count` activities written straight into
 * IndexedDB, one a day back from 2026-11-20 (newest first), then a reload.
 */
import type { Page } from '@playwright/test';

export async function seedLongLog(page: Page, count: number) {
  await page.evaluate(async (count) => {
    const now = new Date().toISOString();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('ascent');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['activities'], 'readwrite');
        for (let i = 0; i < count; i++) {
          const day = new Date(Date.UTC(2026, 10, 20 - i)).toISOString().slice(0, 10);
          tx.objectStore('activities').put({
            id: `act-${String(i).padStart(4, '0')}`,
            date: day,
            title: `Long log entry ${i + 1}`,
            type: 'read',
            amount: 1,
            unit: 'hours',
            split: { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 },
            status: 'earned',
            createdAt: now,
            updatedAt: now,
          });
        }
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
  }, count);
  await page.reload();
}
