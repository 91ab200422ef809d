// A role's title, organisation, industry and description are limited in characters, as their
// message says ("keep it to 120 characters"). They were counted in UTF-16 units, so a title of
// 100 characters with emoji in it (two units each) was refused, with a limit it was within.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/domain/experience/role';
import {
  ROLE_DESCRIPTION_MAX,
  ROLE_TEXT_MAX,
  validateRole,
} from '../../../../shared/domain/experience/validate-role';
import { role } from '../eligibility/fixtures';

const asOf = '2026-05-10';
const good = (extra: Partial<Role> = {}): Role =>
  role(['leading-projects'], '2022-01', '2023-06', extra);
const errors = (r: Role) => validateRole(r, asOf);

/** `n` characters, every other one an emoji (two UTF-16 units). */
const withEmoji = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? '🚀' : 'a')).join('');

describe('role text limits in characters', () => {
  it('accepts 100 characters with emoji in each field limited to 120', () => {
    const text = withEmoji(100);
    expect(text.length).toBeGreaterThan(ROLE_TEXT_MAX);
    expect(errors(good({ title: text, organisation: text, industry: text }))).toEqual([]);
  });

  it('accepts a description of 2000 characters with emoji', () => {
    expect(errors(good({ description: withEmoji(ROLE_DESCRIPTION_MAX) }))).toEqual([]);
  });

  it('refuses 121 characters with emoji, counting characters', () => {
    expect(errors(good({ title: withEmoji(ROLE_TEXT_MAX + 1) }))).toEqual([
      { field: 'title', code: 'TOO_LONG', expected: ROLE_TEXT_MAX, actual: ROLE_TEXT_MAX + 1 },
    ]);
  });
});
