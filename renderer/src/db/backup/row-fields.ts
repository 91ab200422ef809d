/**
 * The field shapes the backup's row checks are built from, and `recordOf`, which ties a row
 * schema to the type the app stores so the two cannot drift apart: a field added to a stored
 * type fails to compile here until the backup checks it too.
 */
import { z } from 'zod';
import { areas } from '../../../../shared/catalog/credentials/types';
import { isLocalDate, type LocalDate } from '../../../../shared/dates';
import type { AreaSplit } from '../../../../shared/domain/credits/activity';
import type { Cost, Reflection } from '../../../../shared/domain/journal/types';
import { isClockTime } from '../../../../shared/domain/study/clock';
import { isBytes } from './values';

export const id = z.string().min(1).max(200);
export const text = z.string().max(100_000);
export const timestamp = z.string().min(1).max(40);
/** A real calendar day, yyyy-MM-dd (the same test the forms use: no 30 February). */
export const localDate = z.custom<LocalDate>(isLocalDate, 'not a calendar day (yyyy-MM-dd)');
/** A time of day, HH:mm (the planner's floating local time). */
export const clockTime = z.custom<string>(isClockTime, 'not a time of day (HH:mm)');
export const bytes = z.custom<Uint8Array>(isBytes, 'bytes expected');
/** Hours, minutes, amounts: finite and never negative. */
export const amount = z.number().min(0);
export const wholeCount = z.number().int().min(0);

export const cost = z.looseObject({ amount, currency: text }) satisfies z.ZodType<Cost>;
export const reflection = z.looseObject({
  learned: text,
  apply: text,
}) satisfies z.ZodType<Reflection>;
/** Hours per Talent Triangle area: every area present. */
export const areaSplit = z.record(z.enum(areas), amount) satisfies z.ZodType<AreaSplit>;

/** createdAt/updatedAt, stamped by the repositories on every journal and planner row. */
export const stamps = { createdAt: timestamp, updatedAt: timestamp };

/**
 * A row schema for the stored type `T`: one schema per field of `T` (optional where `T` says
 * `?`), no field that `T` lacks. Extra fields in a row are kept (looseObject): a user's
 * override or a later step may have put them there.
 */
export const recordOf =
  <T extends object>() =>
  <S extends { [K in keyof Required<T>]: z.ZodType<T[K]> }>(
    shape: S & Record<Exclude<keyof S, keyof T>, never>,
  ) =>
    z.looseObject(shape);
