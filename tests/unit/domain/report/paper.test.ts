// The paper a report starts on, from the user's locale (shared/domain/report/paper.ts): US
// Letter for the CLDR Letter territories, A4 everywhere else and when the locale names none.
import { describe, expect, it } from 'vitest';
import { letterRegions, paperSizeForLocale } from '../../../../shared/domain/report';

describe('paperSizeForLocale', () => {
  it.each<[string | null | undefined, 'A4' | 'Letter']>([
    ['en-US', 'Letter'],
    ['es-US', 'Letter'],
    ['en-CA', 'Letter'],
    ['fr-CA', 'Letter'],
    ['es-MX', 'Letter'],
    ['fil-PH', 'Letter'],
    ['en-PH', 'Letter'],
    ['es-CL', 'Letter'],
    ['es-CO', 'Letter'],
    ['es-PR', 'Letter'],
    ['es-VE', 'Letter'],
    ['en-us', 'Letter'], // a tag's case does not matter
    ['en-Latn-US', 'Letter'], // a script between language and region
    ['en-US-u-ca-gregory', 'Letter'], // with Unicode extensions
    ['en-GB', 'A4'],
    ['en-AU', 'A4'],
    ['en-IN', 'A4'],
    ['en-IE', 'A4'],
    ['de-DE', 'A4'],
    ['fr-FR', 'A4'],
    ['es-ES', 'A4'],
    ['pt-BR', 'A4'],
    ['es-AR', 'A4'],
    ['ja-JP', 'A4'],
    ['zh-Hant-TW', 'A4'],
    ['es-419', 'A4'], // Latin America as a whole: no one country
    ['en', 'A4'], // no country named
    ['fr', 'A4'],
    ['', 'A4'],
    [null, 'A4'],
    [undefined, 'A4'],
    ['not a tag!', 'A4'],
  ])('%s → %s', (tag, paper) => {
    expect(paperSizeForLocale(tag)).toBe(paper);
  });

  it('takes the CLDR Letter territories and no others', () => {
    expect([...letterRegions].sort()).toEqual(
      'BZ CA CL CO CR GT MX NI PA PH PR SV US VE'.split(' '),
    );
    for (const region of letterRegions) expect(paperSizeForLocale(`es-${region}`)).toBe('Letter');
  });
});
