import { ValidationError } from './errors.js';
import type { JsonValue } from './types.js';

/**
 * Encodes a value as canonical JSON: object keys sorted by code unit, no white space, numbers as
 * JavaScript prints them. The same value always gives the same bytes, so the hash chain can be
 * recomputed from what is stored. Anything that is not plain JSON is refused rather than
 * silently changed (JSON.stringify would drop `undefined` and turn NaN into null).
 */
export function canonicalJson(value: unknown, field = 'data'): string {
  return encode(value, field, new Set());
}

function encode(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notJson(path, `the number ${String(value)}`);
    return JSON.stringify(value);
  }
  if (typeof value === 'object') return encodeObject(value, path, ancestors);
  throw notJson(path, `a value of type ${typeof value}`);
}

function encodeObject(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw notJson(path, 'a circular reference');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value.map((item, index) => encode(item, `${path}[${index}]`, ancestors)).join(',')}]`;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw notJson(path, `an instance of ${value.constructor.name}`);
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    const members = keys.map(
      (key) => `${JSON.stringify(key)}:${encode(record[key], `${path}.${key}`, ancestors)}`,
    );
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

function notJson(path: string, what: string): ValidationError {
  return new ValidationError(
    `${path} holds ${what}, which is not JSON: send plain objects, arrays, strings, finite numbers, booleans and null.`,
    path,
  );
}

/** Parses bytes that `canonicalJson` produced. */
export function parseJson(bytes: Uint8Array): JsonValue {
  return JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
  ) as JsonValue;
}
