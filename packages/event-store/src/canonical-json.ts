import { ValidationError } from './errors.js';
import type { JsonValue } from './types.js';

/**
 * Encodes a value as canonical JSON: object keys sorted by code unit, no white space, numbers as
 * JavaScript prints them. The same value always gives the same bytes, so the hash chain can be
 * recomputed from what is stored. Anything that is not plain JSON is refused rather than
 * silently changed (JSON.stringify would drop `undefined` and turn NaN into null).
 */
export function canonicalJson(value: unknown, field = 'data'): string {
  return encodeQuickly(value, 0) ?? encode(value, field, new Set());
}

// Deeper than this, the quick encoder hands over to the careful one, which finds cycles.
const QUICK_DEPTH = 32;

/**
 * The same encoding without the bookkeeping that only an error message needs (the path of
 * every member, a set of ancestors): it runs for every event appended. On anything it is not
 * sure of, it returns undefined and the careful encoder below decides, and names the culprit.
 */
function encodeQuickly(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (depth >= QUICK_DEPTH) return undefined;
      return Array.isArray(value)
        ? encodeArrayQuickly(value, depth + 1)
        : encodeObjectQuickly(value, depth + 1);
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      return undefined;
  }
}

function encodeArrayQuickly(value: readonly unknown[], depth: number): string | undefined {
  let text = '[';
  for (let index = 0; index < value.length; index += 1) {
    // A hole reads as undefined and goes to the careful encoder, like every undefined.
    const item = encodeQuickly(value[index], depth);
    if (item === undefined) return undefined;
    text += index === 0 ? item : `,${item}`;
  }
  return `${text}]`;
}

function encodeObjectQuickly(value: object, depth: number): string | undefined {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const member = encodeQuickly(record[key], depth);
    if (member === undefined) return undefined;
    text += `${index === 0 ? '' : ','}${JSON.stringify(key)}:${member}`;
  }
  return `${text}}`;
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
