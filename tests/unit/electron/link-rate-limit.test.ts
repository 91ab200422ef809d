/**
 * Links handed to the system browser are rate-limited: the same link at most once a second,
 * and at most 5 links in any 10 seconds. The rest are dropped quietly (a line in the log, the
 * page answered as if opened), so a page gone wrong cannot open a flood of browser tabs. Main
 * gives the one limited opener to both ways out (main-lifecycle.test.ts checks they share it).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createLinkRateLimiter,
  defaultLinkRateLimits,
  limitOpenExternal,
} from '../../../electron/main/link-rate-limit';
import { createExternalLinkChannel } from '../../../electron/main/ipc/external-links';
import { wrapHandler } from '../../../electron/main/ipc/handle';

/** A clock the test moves by hand, in milliseconds. */
function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

const url = (n: number) => `https://example.com/page-${n}`;

describe('createLinkRateLimiter', () => {
  it('limits to one a second per link and 5 in 10 seconds', () => {
    expect(defaultLinkRateLimits).toEqual({ sameUrlMs: 1_000, windowMs: 10_000, maxInWindow: 5 });
  });

  it('lets the same link open again only a full second later', () => {
    const c = clock();
    const allow = createLinkRateLimiter(c.now);
    expect(allow(url(1))).toBe(true);
    expect(allow(url(1))).toBe(false);
    c.advance(999);
    expect(allow(url(1))).toBe(false);
    c.advance(1);
    expect(allow(url(1))).toBe(true);
  });

  it('another link is not held back by the first', () => {
    const c = clock();
    const allow = createLinkRateLimiter(c.now);
    expect(allow(url(1))).toBe(true);
    expect(allow(url(2))).toBe(true);
  });

  it('opens at most 5 links in any 10 seconds, then one more as each falls out', () => {
    const c = clock();
    const allow = createLinkRateLimiter(c.now);
    for (let n = 1; n <= 5; n++) {
      expect(allow(url(n))).toBe(true);
      c.advance(1_000);
    }
    // t = 5 s: five opened at 0, 1, 2, 3 and 4 s.
    expect(allow(url(6))).toBe(false);
    c.advance(4_999); // t = 9.999 s
    expect(allow(url(6))).toBe(false);
    c.advance(1); // t = 10 s: the one at 0 s is out of the window
    expect(allow(url(6))).toBe(true);
    expect(allow(url(7))).toBe(false);
  });

  it('links refused do not count: a flood does not keep the next click waiting', () => {
    const c = clock();
    const allow = createLinkRateLimiter(c.now);
    expect(allow(url(0))).toBe(true);
    for (let n = 0; n < 1000; n++) allow(url(0));
    c.advance(1_000);
    expect(allow(url(0))).toBe(true);
  });
});

describe('limitOpenExternal', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('opens what the limit allows and drops the rest quietly, with a line in the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const open = vi.fn(async (_url: string) => undefined);
    const c = clock();
    const limited = limitOpenExternal(open, c.now);
    for (let n = 1; n <= 8; n++) await expect(limited(url(n))).resolves.toBeUndefined();
    expect(open.mock.calls.map(([u]) => u)).toEqual([1, 2, 3, 4, 5].map(url));
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenCalledWith(
      '[links] too many links opened at once; not opened: example.com',
    );
    // The log names the host only, never the page's address.
    expect(String(warn.mock.calls[0]![0])).not.toContain('page-6');
  });
});

describe('the link:open-external channel over the limited opener', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('answers ok for a link held back: the page has nothing to show for it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const open = vi.fn(async (_url: string) => undefined);
    const channel = createExternalLinkChannel({
      openExternal: limitOpenExternal(open, clock().now),
    });
    const call = wrapHandler(channel, (u) => u.startsWith('app://ascent/'));
    const event = { senderFrame: { url: 'app://ascent/' }, sender: {} };
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await call(event, { url: url(1) }));
    expect(answers).toEqual(Array(5).fill({ ok: true, value: undefined }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(4);
  });
});
