import { describe, expect, it } from 'vitest';
import { fieldErrorText } from '../../../renderer/src/features/credentials/messages';

describe('a text that is too long', () => {
  it('says the limit when it is known', () => {
    expect(fieldErrorText('TOO_LONG', { expected: 200 })).toBe(
      'This is too long: at most 200 characters. Shorten it.',
    );
  });

  it('says how long it is and by how much to shorten it, when that is known', () => {
    expect(fieldErrorText('TOO_LONG', { expected: 200, actual: 207 })).toBe(
      'This is too long: 207 characters, at most 200 fit. Shorten it by 7.',
    );
  });

  it('still says what to do without one', () => {
    expect(fieldErrorText('TOO_LONG')).toBe('This is too long; shorten it.');
  });
});
