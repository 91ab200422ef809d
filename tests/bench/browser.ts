/**
 * Chromium for the benchmark: Debian's /usr/bin/chromium where it is installed, each profile
 * in its own folder so that closing and relaunching is a true cold start with the data kept.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

export async function launchProfile(dir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    ...(systemChromium ? { executablePath: systemChromium } : {}),
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Installed before the app's own scripts: once every dashboard card is in the page, one task
 * later (the main thread is free to answer input), the time since navigation start is kept.
 */
export const READY_PROBE = () => {
  const cards = ['#dash-credentials', '#dash-recent', '#readiness-title', '#study-title'];
  const w = window as unknown as { __benchReady?: number };
  const look = () => {
    if (cards.every((c) => document.querySelector(c))) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__benchReady = performance.now());
      channel.port2.postMessage(0);
    } else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

/** Milliseconds from navigation start to the dashboard answering. */
export async function dashboardReady(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __benchReady?: number }).__benchReady,
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Installed in the page: `__benchUntil(check)` waits frame by frame until `check()` holds and
 * gives the time since `t0`, measured in the page so no driver round trip is counted. (The
 * app's Content-Security-Policy forbids building functions from strings, so checks are
 * real functions passed inside page.evaluate.)
 */
export const UNTIL_PROBE = () => {
  (window as unknown as Record<string, unknown>).__benchUntil = (
    t0: number,
    check: () => boolean,
  ) =>
    new Promise<number>((resolve, reject) => {
      const limit = t0 + 60_000;
      const look = () => {
        if (check()) resolve(performance.now() - t0);
        else if (performance.now() > limit) reject(new Error('the page never got there'));
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
};

export type Until = (t0: number, check: () => boolean) => Promise<number>;

/** The renderer's live JS heap after a full garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}
