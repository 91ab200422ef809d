/**
 * A role's team size as people type it: a plain whole number of people, digits only ("8",
 * "12"). Read with `Number()`, "0x10" was a team of 16, "1e1" one of 10 and "1.000" (a
 * thousand, written the European way) one of 1: anything but digits is not read at all, and
 * the form says what to type.
 */

/** The team size typed: null when blank, NaN when not digits only (for validateRole to refuse). */
export function parseTeamSize(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
