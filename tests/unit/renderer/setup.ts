// The renderer project's files share one module graph and one jsdom window per worker
// (vitest.config.ts, isolate: false). After every test, whatever a test can leave behind in
// them is put back, so that no file depends on the one run before it: what is drawn, the
// address and the screen before it, menu requests not taken, a form's unsaved-changes guard,
// the credit log's remembered filter, the report's remembered choices, the storage status,
// local storage and the sample database (the one database with a fixed name). Animation
// frames still waiting are cancelled: a focus search (focusSoon) left running would otherwise
// go on looking for its element in the next test's page, and focus one there.
import { cleanup, configure, getConfig } from '@testing-library/react';
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
 * jsdom finds a form control's labels (`input.labels`) by walking the whole page and, for
 * every element, walking the page again for the label's `for` (jsdom 27): a label query or an
 * accessible name costs labels × elements, and on a page of a few hundred rows (an import's
 * preview) one `getByLabelText` took seconds. The same answer, as the HTML standard defines
 * it, from the document's id index: labels whose `for` names the control (when the control is
 * the first element with that id), and labels around it that have no `for` and whose first
 * labelable descendant it is, in page order. Outside a document jsdom's own answer is kept.
 */
const LABELABLE = 'button, input, meter, output, progress, select, textarea';
const isLabelable = (el: Element) =>
  el.matches(LABELABLE) && !(el instanceof HTMLInputElement && el.type === 'hidden');
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
function fastLabels(this: HTMLElement, jsdomLabels: () => NodeListOf<HTMLLabelElement> | null) {
  if (!isLabelable(this)) return null;
  const root = this.getRootNode();
  if (!(root instanceof Document)) return jsdomLabels.call(this);
  const found: HTMLLabelElement[] = [];
  if (this.id !== '' && root.getElementById(this.id) === this)
    found.push(...root.querySelectorAll<HTMLLabelElement>(`label[for=${quoted(this.id)}]`));
  for (let up = this.parentElement; up; up = up.parentElement)
    if (
      up instanceof HTMLLabelElement &&
      !up.hasAttribute('for') &&
      [...up.querySelectorAll(LABELABLE)].find(isLabelable) === this
    )
      found.push(up);
  return found.sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}
const LABELS_PATCHED = Symbol.for('ascent.tests.labels');
for (const type of [
  HTMLButtonElement,
  HTMLInputElement,
  HTMLMeterElement,
  HTMLOutputElement,
  HTMLProgressElement,
  HTMLSelectElement,
  HTMLTextAreaElement,
]) {
  const proto = type.prototype as unknown as Record<symbol, boolean>;
  const jsdom = Object.getOwnPropertyDescriptor(type.prototype, 'labels')?.get;
  if (!jsdom || proto[LABELS_PATCHED]) continue;
  proto[LABELS_PATCHED] = true;
  Object.defineProperty(type.prototype, 'labels', {
    configurable: true,
    enumerable: true,
    get(this: HTMLElement) {
      return fastLabels.call(this, jsdom as () => NodeListOf<HTMLLabelElement> | null);
    },
  });
}

/**
 * jsdom works out a computed style afresh on every call (its default style sheet matched
 * against the element, then each inherited value from the ancestors), and a role query asks
 * for the style of every element inside every candidate it names ("is it hidden?"): most of a
 * query on a screen of tables. jsdom already keeps each element's matched declarations until
 * the page changes (any node, attribute or text: it then drops its cache). The finished style
 * is kept here for exactly as long, so an element's style is read again after any change.
 */
const STYLES_KEPT = Symbol.for('ascent.tests.computedStyles');
const win = window as unknown as Window & { [STYLES_KEPT]?: true };
const impl = Object.getOwnPropertySymbols(document).find((s) => s.description === 'impl');
if (impl && !win[STYLES_KEPT]) {
  win[STYLES_KEPT] = true;
  const jsdomStyle = window.getComputedStyle.bind(window);
  const page = (document as unknown as Record<symbol, { _styleCache?: object | null }>)[impl]!;
  let basis: object | null | undefined = null;
  let kept = new WeakMap<Element, CSSStyleDeclaration>();
  window.getComputedStyle = (element, pseudo) => {
    if (pseudo) return jsdomStyle(element, pseudo);
    if (!basis || page._styleCache !== basis) kept = new WeakMap();
    let style = kept.get(element);
    if (!style) {
      style = jsdomStyle(element);
      kept.set(element, style);
      basis = page._styleCache;
    }
    return style;
  };
}

/**
 * A query that finds nothing prints the whole page into its error; `findBy…` and `waitFor`
 * make one such error every 50 ms while they wait, and on a large page the printing took most
 * of the time waited (slowing the app being waited for). While they wait (Testing Library's
 * "expensive diagnostics disabled"), the error says only what was not found; the error a test
 * fails with is made again once time is up, with the page printed as before.
 */
const QUIET = Symbol.for('ascent.tests.quietWhileWaiting');
type Config = ReturnType<typeof getConfig> & {
  _disableExpensiveErrorDiagnostics?: boolean;
  [QUIET]?: true;
};
const current = () => getConfig() as Config;
const testingLibraryError = current().getElementError;
if (!current()[QUIET])
  configure({
    [QUIET]: true,
    getElementError(message, container) {
      if (!current()._disableExpensiveErrorDiagnostics)
        return testingLibraryError(message, container);
      const error = new Error(message ?? '');
      error.name = 'TestingLibraryElementError';
      return error;
    },
  } as Parameters<typeof configure>[0]);

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
