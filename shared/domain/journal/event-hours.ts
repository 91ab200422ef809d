/**
 * The hours of an event as the Learning screen's list shows them: its sessions' hours added up,
 * talks the person gave included (they are time spent at the event too). Added in quarter hours
 * so the total is exact (DESIGN.md §4; hours are recorded in 0.25 steps, domain-facts §1 A).
 */
import { toHours, toQuarters } from '../credits/quarters';
import type { EventSession } from './types';

/** The hours of `sessions` together; 0 for an event with no sessions yet. */
export function eventHours(sessions: readonly Pick<EventSession, 'hours'>[]): number {
  return toHours(sessions.reduce((t, s) => t + toQuarters(s.hours), 0));
}
