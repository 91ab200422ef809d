/**
 * Validation results as codes, never English (DESIGN.md §4: the UI turns codes into words).
 */
import type { z } from 'zod';

export interface FieldError<Code extends string = string> {
  /** Dotted path of the offending field, e.g. 'categories.1.cap'. */
  field: string;
  code: Code;
  expected?: number;
  actual?: number;
}

export type Validated<T, Code extends string = string> =
  { ok: true; value: T } | { ok: false; errors: FieldError<Code>[] };

/** Credit quantities are kept in quarter hours (DESIGN.md §4; PDUs in 0.25 steps, §1 A). */
export function isQuarterStep(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const quarters = value * 4;
  return Math.abs(quarters - Math.round(quarters)) < 1e-9;
}

const CODE = /^[A-Z][A-Z_]*$/;

/** zod issues → field error codes: our schemas put a code in every message. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: CODE.test(issue.message)
      ? issue.message
      : issue.code === 'unrecognized_keys'
        ? 'UNKNOWN_FIELD'
        : 'INVALID',
    ...numbersOf(issue),
  }));
}

/** A custom issue's numbers (`params: { expected, actual }`), so a form can name them. */
function numbersOf(issue: z.core.$ZodIssue): Pick<FieldError, 'expected' | 'actual'> {
  if (issue.code !== 'custom' || !issue.params) return {};
  const { expected, actual } = issue.params as Record<string, unknown>;
  return {
    ...(typeof expected === 'number' ? { expected } : {}),
    ...(typeof actual === 'number' ? { actual } : {}),
  };
}

/**
 * TOO_LONG with the limit (`expected`) and the text's length (`actual`), so a form can say
 * both. Characters as a person counts them (an emoji is one), not UTF-16 units, as the credit
 * log's titles are counted (validate-activity.ts).
 */
export function checkLength(
  text: string,
  max: number,
  field: string,
  errors: { push: (error: FieldError<'TOO_LONG'>) => unknown },
): void {
  if (text.length <= max) return;
  const actual = [...text].length;
  if (actual > max) errors.push({ field, code: 'TOO_LONG', expected: max, actual });
}
