// The renderer project's files share one module graph and one jsdom window per worker
// (vitest.config.ts, isolate: false). After every test, whatever a test can leave behind in
// them is put back, so that no file depends on the one run before it: what is drawn, the
// address and the screen before it, menu requests not taken, a form's unsaved-changes guard,
// the credit log's remembered filter, the report's remembered choices, the storage status,
// local storage and the sample database (the one database with a fixed name). Animation
// frames still waiting are cancelled: a focus search (focusSoon) left running would otherwise
// go on looking for its element in the next test's page, and focus one there.
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { afterAll, afterEach } from 'vitest';
import { forgetPreviousRoute } from '../../../renderer/src/app/use-route';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { setStoreStatus } from '../../../renderer/src/db/status';
import { takeExportRequest } from '../../../renderer/src/features/backup/export-controller';
import { forgetLogView } from '../../../renderer/src/features/credit-log/LogView';
import { takePrintRequest } from '../../../renderer/src/features/reports/print-request';
import { forgetReportChoices } from '../../../renderer/src/features/reports/ReportsScreen';
import { SAMPLE_DATABASE_NAME } from '../../../renderer/src/features/sample/sample-mode';

// jsdom has no <dialog> methods, no matchMedia and no layout. The stand-ins many files set
// for themselves are set here first, so a file behaves the same alone as after another.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
window.matchMedia ??= ((media: string) => ({
  matches: false,
  media,
  addEventListener() {},
  removeEventListener() {},
})) as unknown as typeof window.matchMedia;
Element.prototype.scrollIntoView ??= function () {};

/**
 * Animation frames asked for and not yet run. Installed once per window: this file runs again
 * before every test file.
 */
interface Frames {
  waiting: Set<number>;
  cancel: (id: number) => void;
}
const FRAMES = Symbol.for('ascent.tests.frames');
function trackFrames(): Frames {
  const waiting = new Set<number>();
  const request = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    const id = request((time) => {
      waiting.delete(id);
      callback(time);
    });
    waiting.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    waiting.delete(id);
    cancel(id);
  };
  return { waiting, cancel };
}
const held = window as unknown as { [FRAMES]?: Frames };
const frames = (held[FRAMES] ??= trackFrames());

afterEach(async () => {
  cleanup();
  for (const id of frames.waiting) frames.cancel(id);
  frames.waiting.clear();
  resetUnsavedChanges();
  takePrintRequest();
  takeExportRequest();
  forgetLogView();
  forgetReportChoices();
  forgetPreviousRoute();
  window.history.replaceState(null, '', window.location.pathname);
  window.localStorage.clear();
  setStoreStatus({ kind: 'ready' });
  await Dexie.delete(SAMPLE_DATABASE_NAME);
});

/**
 * After each file, every database its tests opened is closed and deleted. Files share one
 * worker (isolate: false) and its in-memory IndexedDB: databases left open are kept by
 * Dexie's list of connections, and a worker that had run a few hundred files held about 2 GB
 * of them, spent its time collecting garbage and ran tests out of their time.
 */
afterAll(async () => {
  for (const db of [...(Dexie as unknown as { connections: readonly Dexie[] }).connections])
    db.close();
  const names = (await indexedDB.databases()).map((d) => d.name);
  await Promise.all(names.map((name) => (name === undefined ? null : Dexie.delete(name))));
});
