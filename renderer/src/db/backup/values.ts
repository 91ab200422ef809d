/**
 * Rows to JSON and back, losslessly. Binary values (any Uint8Array, wherever it sits in a
 * row) leave the JSON and become zip entries, referenced as {"$binary": "<entry>"}. Object
 * keys are sorted so the same data always gives the same text. A key of the data that starts
 * with "$" gets one more "$" so it can never be mistaken for a reference.
 */
import { fileEntry } from './format';

export class UnsupportedValueError extends Error {
  constructor(
    readonly table: string,
    readonly path: string,
    readonly kind: string,
  ) {
    super(`A ${kind} at ${table}.${path} cannot be kept in a backup.`);
    this.name = 'UnsupportedValueError';
  }
}

const tagOf = (v: unknown) => Object.prototype.toString.call(v).slice(8, -1);
// Tag checks rather than instanceof: rows may come from another realm (a test's IndexedDB).
export const isBytes = (v: unknown): v is Uint8Array => tagOf(v) === 'Uint8Array';
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && tagOf(v) === 'Object';

const escapeKey = (k: string) => (k.startsWith('$') ? `$${k}` : k);
const unescapeKey = (k: string) => (k.startsWith('$$') ? k.slice(1) : k);

export interface EncodedTable {
  /** tables/<name>.json: one row per line, keys sorted. */
  json: string;
  /** Binary values in reference order; entry i is fileEntry(table, i + 1). */
  files: Uint8Array[];
}

export function encodeTable(table: string, rows: readonly unknown[]): EncodedTable {
  const files: Uint8Array[] = [];
  const encodeValue = (v: unknown, path: string): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) return v;
      throw new UnsupportedValueError(table, path, `number ${v}`);
    }
    if (isBytes(v)) {
      files.push(v);
      return { $binary: fileEntry(table, files.length) };
    }
    if (Array.isArray(v)) {
      return v.map((item, i) => {
        if (item === undefined) throw new UnsupportedValueError(table, `${path}[${i}]`, 'hole');
        return encodeValue(item, `${path}[${i}]`);
      });
    }
    if (isPlainObject(v)) {
      // undefined fields are dropped, as JSON would: reading them back gives the same row.
      const keys = Object.keys(v)
        .filter((k) => v[k] !== undefined)
        .sort();
      return Object.fromEntries(keys.map((k) => [escapeKey(k), encodeValue(v[k], `${path}.${k}`)]));
    }
    throw new UnsupportedValueError(table, path, typeof v === 'object' ? tagOf(v) : typeof v);
  };
  const lines = rows.map((row, i) => JSON.stringify(encodeValue(row, `[${i}]`)));
  return { json: lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n', files };
}

export type FileLookup = (entry: string) => Uint8Array | undefined;

export class BadValueError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'MISSING_FILE' | 'UNKNOWN_TAG',
    readonly detail: string,
  ) {
    super(`${reason} at ${path}: ${detail}`);
    this.name = 'BadValueError';
  }
}

/** The inverse of encodeTable for one parsed row; throws BadValueError on a broken reference. */
export function decodeValue(v: unknown, lookup: FileLookup, path = ''): unknown {
  if (Array.isArray(v)) return v.map((item, i) => decodeValue(item, lookup, `${path}[${i}]`));
  if (!isPlainObject(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === '$binary') {
    const entry = v.$binary;
    const bytes = typeof entry === 'string' ? lookup(entry) : undefined;
    if (!bytes) throw new BadValueError(path, 'MISSING_FILE', String(entry));
    return bytes;
  }
  const tag = keys.find((k) => k.startsWith('$') && !k.startsWith('$$'));
  if (tag !== undefined) throw new BadValueError(`${path}.${tag}`, 'UNKNOWN_TAG', tag);
  // fromEntries makes own properties, so a key such as "__proto__" stays plain data.
  return Object.fromEntries(
    keys.map((k) => [unescapeKey(k), decodeValue(v[k], lookup, path ? `${path}.${k}` : k)]),
  );
}
