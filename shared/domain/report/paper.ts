/**
 * The paper a report starts on, from the user's locale, until the user chooses one.
 *
 * Source: the Unicode Common Locale Data Repository (CLDR), supplemental measurement data
 * (Unicode Technical Standard #35, Part 6, "Measurement System Data"): `paperSize` is A4 for
 * the world ("001") and US Letter for these territories. Everywhere else, and where the locale
 * names no country ("en", "es-419"), A4: the international size (ISO 216), and the report's
 * size before the locale was read.
 */
import type { ReportPageSize } from '../../ipc/contract';

/** CLDR `paperSize type="US-Letter"` territories, as ISO 3166 region codes. */
export const letterRegions: ReadonlySet<string> = new Set([
  'BZ', // Belize
  'CA', // Canada
  'CL', // Chile
  'CO', // Colombia
  'CR', // Costa Rica
  'GT', // Guatemala
  'MX', // Mexico
  'NI', // Nicaragua
  'PA', // Panama
  'PH', // the Philippines
  'PR', // Puerto Rico
  'SV', // El Salvador
  'US', // the United States
  'VE', // Venezuela
]);

/** The region a BCP 47 language tag names ("en-US" → "US"), or null (none, or not a tag). */
function regionOf(tag: string): string | null {
  try {
    return new Intl.Locale(tag).region?.toUpperCase() ?? null;
  } catch {
    return null;
  }
}

/**
 * The paper for a locale (`navigator.language`, say): US Letter for a tag naming a CLDR
 * Letter territory ("en-US", "fr-CA", "es-MX", "fil-PH"), A4 for any other, for a tag naming
 * no country, and for no tag or a malformed one.
 */
export function paperSizeForLocale(tag: string | null | undefined): ReportPageSize {
  const region = typeof tag === 'string' && tag !== '' ? regionOf(tag) : null;
  return region !== null && letterRegions.has(region) ? 'Letter' : 'A4';
}
