/**
 * Issue 9: one read shared by every component that shows the same data (shared-read.ts). It
 * starts with the first reader, lingers after the last one leaves (so moving between screens
 * keeps the figures), and the start-up summary's is kept until told to stop.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Observer, Subscribable } from '../../../renderer/src/db/patched-rows';
import { sharedRead } from '../../../renderer/src/db/shared-read';
import { freshName } from '../../db/helpers';

/** A source that counts its subscriptions and lets the test send values. */
function source() {
  const observers = new Set<Observer<number>>();
  let subscriptions = 0;
  const s: Subscribable<number> = {
    subscribe(o) {
      subscriptions++;
      observers.add(o);
      return { unsubscribe: () => observers.delete(o) };
    },
  };
  return {
    observe: () => s,
    send: (n: number) => observers.forEach((o) => o.next(n)),
    fail: (e: Error) => observers.forEach((o) => o.error(e)),
    open: () => observers.size,
    subscriptions: () => subscriptions,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('sharedRead', () => {
  it('reads once for every reader, tells each of them, and keeps after telling', () => {
    const src = source();
    const order: string[] = [];
    const read = sharedRead(src, (n: number) => ({
      value: n * 2,
      keep: () => order.push(`keep ${n}`),
    }));
    read.subscribe(() => order.push('a'));
    read.subscribe(() => order.push('b'));
    expect(src.subscriptions()).toBe(1);
    expect(read.current()).toBeUndefined();
    src.send(21);
    expect(read.current()).toBe(42);
    expect(order).toEqual(['a', 'b', 'keep 21']);
  });

  it('lingers a second after the last reader leaves, then stops and forgets', () => {
    const src = source();
    const stopped = vi.fn();
    const read = sharedRead(src, (n: number) => ({ value: n }), stopped);
    const leave = read.subscribe(() => undefined);
    src.send(1);
    leave();
    vi.advanceTimersByTime(900);
    // Back within the second: the same read goes on, nothing read again.
    const leaveAgain = read.subscribe(() => undefined);
    vi.advanceTimersByTime(2_000);
    expect(src.subscriptions()).toBe(1);
    expect(read.current()).toBe(1);
    leaveAgain();
    vi.advanceTimersByTime(1_000);
    expect(src.open()).toBe(0);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(read.current()).toBeUndefined();
  });

  it('kept while the app runs (Infinity) until told to stop', () => {
    const src = source();
    const stopped = vi.fn();
    const read = sharedRead(src, (n: number) => ({ value: n }), stopped, Infinity);
    read.subscribe(() => undefined)();
    vi.advanceTimersByTime(60 * 60_000);
    expect(src.open()).toBe(1);
    src.send(5);
    expect(read.current()).toBe(5);
    read.stop();
    expect(src.open()).toBe(0);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(read.current()).toBeUndefined();
    // A reader after the stop starts it again.
    read.subscribe(() => undefined);
    expect(src.subscriptions()).toBe(2);
  });

  it("throws the read's error to readers until a value comes again", () => {
    const src = source();
    const read = sharedRead(src, (n: number) => ({ value: n }));
    const told = vi.fn();
    read.subscribe(told);
    src.fail(new Error('disk gone'));
    expect(() => read.current()).toThrow('disk gone');
    src.send(3);
    expect(read.current()).toBe(3);
    expect(told).toHaveBeenCalledTimes(2);
  });

  it('stops listening when its database closes; readers on screen keep what they were shown', () => {
    const src = source();
    const db = new Dexie(freshName('shared-read-close'));
    const stopped = vi.fn();
    const read = sharedRead(src, (n: number) => ({ value: n }), stopped, Infinity, db);
    read.subscribe(() => undefined);
    src.send(5);
    db.close();
    // Nothing listens to a closed database any more (it would keep it in memory).
    expect(src.open()).toBe(0);
    expect(read.current()).toBe(5);
    // A screen opened after the close is shown the same, without starting the read again.
    read.subscribe(() => undefined);
    expect(src.subscriptions()).toBe(1);
    expect(read.current()).toBe(5);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('with no reader left, a close of its database stops it at once, without lingering', () => {
    const src = source();
    const db = new Dexie(freshName('shared-read-close'));
    const stopped = vi.fn();
    const read = sharedRead(src, (n: number) => ({ value: n }), stopped, 10 * 60_000, db);
    read.subscribe(() => undefined)();
    src.send(5);
    expect(src.open()).toBe(1);
    db.close();
    expect(src.open()).toBe(0);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(read.current()).toBeUndefined();
    vi.advanceTimersByTime(10 * 60_000);
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('a read of another database is not stopped by this one closing', () => {
    const src = source();
    const mine = new Dexie(freshName('shared-read-close'));
    const other = new Dexie(freshName('shared-read-close'));
    const read = sharedRead(src, (n: number) => ({ value: n }), undefined, Infinity, mine);
    read.subscribe(() => undefined);
    other.close();
    expect(src.open()).toBe(1);
    mine.close();
    expect(src.open()).toBe(0);
  });
});
