import { describe, expect, it } from 'vitest';
import { fieldErrorText } from '../../../renderer/src/features/credentials/messages';

describe('a text that is too long', () => {
  it('says the limit when it is known', () => {
    expect(fieldErrorText('TOO_LONG', { expected: 200 })).toBe(
      'This is too long: at most 200 characters. Shorten it.',
    );
  });

  it('still says what to do without one', () => {
    expect(fieldErrorText('TOO_LONG')).toBe('This is too long; shorten it.');
  });
});
