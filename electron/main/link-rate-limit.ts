/**
 * A ceiling on links handed to the system browser. Every link passes isSafeExternalUrl, but a
 * page gone wrong (a loop, a script that got in) could still open hundreds of browser tabs in a
 * second. A person clicks a link once and perhaps again; so the same link opens at most once a
 * second, and at most 5 links open in any 10 seconds. The rest are dropped with a line in the
 * log and no word on screen: there is nothing the person should do about them.
 */

export interface LinkRateLimits {
  /** The same URL opens at most once in this many milliseconds. */
  sameUrlMs: number;
  /** At most `maxInWindow` links open in any `windowMs` milliseconds. */
  windowMs: number;
  maxInWindow: number;
}

export const defaultLinkRateLimits: LinkRateLimits = {
  sameUrlMs: 1_000,
  windowMs: 10_000,
  maxInWindow: 5,
};

/**
 * Answers, for each link about to open, whether it may. Only links let through count: a flood
 * that is refused does not keep the person's next click waiting. `now` is a monotonic clock in
 * milliseconds (a wall clock set back would hold every link back until it caught up).
 */
export function createLinkRateLimiter(
  now: () => number,
  limits: LinkRateLimits = defaultLinkRateLimits,
): (url: string) => boolean {
  let opened: { url: string; at: number }[] = [];
  return (url) => {
    const at = now();
    // Only the last window matters, so this never holds more than `maxInWindow` entries.
    opened = opened.filter((o) => at - o.at < limits.windowMs);
    if (opened.some((o) => o.url === url && at - o.at < limits.sameUrlMs)) return false;
    if (opened.length >= limits.maxInWindow) return false;
    opened.push({ url, at });
    return true;
  };
}

/** The host only: enough to recognise the flood in the log, without the page's address. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an unreadable address';
  }
}

/**
 * `open`, limited: a link over the limit is not opened, and the promise resolves all the same
 * (to the page, a link held back looks like one opened). The one limiter covers every way a
 * link leaves the app (the link:open-external channel and window.open), so pass it to both.
 */
export function limitOpenExternal(
  open: (url: string) => Promise<void>,
  now: () => number = () => performance.now(),
  limits: LinkRateLimits = defaultLinkRateLimits,
): (url: string) => Promise<void> {
  const allow = createLinkRateLimiter(now, limits);
  return async (url) => {
    if (!allow(url)) {
      console.warn(`[links] too many links opened at once; not opened: ${hostOf(url)}`);
      return;
    }
    await open(url);
  };
}
