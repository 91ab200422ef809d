import { describe, expect, it } from 'vitest';
import { hoursText } from '../../../renderer/src/features/reports/messages';

describe('report study time, as the Study screens say it', () => {
  it.each([
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [1275, '21 h 15 min'],
    // Fractions of a minute are rounded to whole minutes first: never "1 h 60 min".
    [119.6, '2 h'],
    [59.7, '1 h'],
    [0, '0 min'],
  ])('%s minutes: %s', (minutes, text) => {
    expect(hoursText(minutes)).toBe(text);
  });
});
