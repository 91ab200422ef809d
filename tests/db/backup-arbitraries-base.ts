/**
 * The building blocks of the backup properties' random rows: keys, calendar days, instants,
 * text, and random extra fields (nested JSON, binary values anywhere, keys that look like
 * file references or "__proto__") that a backup must carry through unchanged.
 */
import fc from 'fast-check';

export const id = fc.string({ minLength: 1, maxLength: 12 });
export const day = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
export const time = fc
  .date({ noInvalidDate: true, min: new Date(0), max: new Date('2999-01-01') })
  .map((d) => d.toISOString());
export const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);
export const quarter = fc.integer({ min: 0, max: 400 }).map((n) => n / 4);

const extraKey = fc.oneof(
  fc.string({ maxLength: 8 }).map((k) => `x${k}`),
  fc.constantFrom('$binary', '$$x', '$', '__proto__', 'constructor', '10', '2'),
);
const extraValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.uint8Array({ maxLength: 48 }),
  fc.array(fc.uint8Array({ maxLength: 8 }), { maxLength: 2 }),
  fc.record({ inner: fc.uint8Array({ maxLength: 8 }), label: text }),
);
export const extras = fc.dictionary(extraKey, extraValue, { maxKeys: 3 });

/** Known fields win over extras with the same name; spreading keeps "__proto__" an own key. */
export const withExtras = <T extends object>(base: fc.Arbitrary<T>) =>
  fc.tuple(base, extras).map(([b, x]) => ({ ...x, ...b }) as Record<string, unknown>);

export const rows = (row: fc.Arbitrary<Record<string, unknown>>, maxLength = 4) =>
  fc.uniqueArray(row, { maxLength, selector: (r) => r.id as string });

export const oneOf = <T>(list: readonly T[]) => fc.constantFrom(...list);

type Model = Record<string, fc.Arbitrary<unknown>>;

/** A table's rows: `model` always present, `optional` sometimes left out, extras on top. */
export const table = (model: Model, optional: Model = {}, maxLength = 3) =>
  rows(
    withExtras(
      fc
        .tuple(fc.record(model), fc.record(optional, { requiredKeys: [] }))
        .map(([m, o]) => ({ ...o, ...m })),
    ),
    maxLength,
  );
