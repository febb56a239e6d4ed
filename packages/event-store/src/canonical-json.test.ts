import { describe, expect, it } from 'vitest';
import { canonicalJson, parseJson } from './canonical-json.js';
import { ValidationError } from './errors.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth so equal values give equal bytes', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('writes strings and numbers as JSON does', () => {
    expect(canonicalJson(['é\n"', 1.5, -0, 1e21])).toBe('["é\\n\\"",1.5,0,1e+21]');
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.create(null) as Record<string, number>;
    bare.n = 1;
    expect(canonicalJson(bare)).toBe('{"n":1}');
  });

  it('refuses what JSON cannot hold instead of changing it, naming where it is', () => {
    expect(() => canonicalJson({ list: [1, undefined] })).toThrow(
      /data\.list\[1\] holds a value of type undefined/,
    );
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(ValidationError);
    expect(() => canonicalJson({ n: 10n })).toThrow(/bigint/);
    expect(() => canonicalJson(new Map())).toThrow(/instance of Map/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('parses back what it wrote', () => {
    const value = { a: [1, 'two', null, { three: false }] };
    expect(parseJson(Buffer.from(canonicalJson(value)))).toEqual(value);
  });

  it('encodes values nested deeper than its quick path the same way, and still refuses cycles', () => {
    let deep: unknown = { leaf: [1, 'two'] };
    let expected = '{"leaf":[1,"two"]}';
    for (let depth = 0; depth < 40; depth += 1) {
      deep = { z: depth, a: [deep] };
      expected = `{"a":[${expected}],"z":${depth}}`;
    }
    expect(canonicalJson(deep)).toBe(expected);
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = { back: cycle };
    expect(() => canonicalJson(cycle)).toThrow(/data\.self\.back holds a circular reference/);
  });
});
