import fc from 'fast-check';
import { wrongValue } from './hostile-values.js';

/** A JSON body: the route's own sample, then damaged; raw text where JSON.stringify cannot say it. */
export function jsonBody(sample: unknown): fc.Arbitrary<string> {
  const fields =
    sample !== null && typeof sample === 'object' && !Array.isArray(sample)
      ? Object.keys(sample)
      : [];
  const base = (sample ?? {}) as Record<string, unknown>;
  const field = fields.length > 0 ? fc.constantFrom(...fields) : fc.string({ maxLength: 8 });
  return fc.oneof(
    { arbitrary: fc.constant(JSON.stringify(sample ?? {})), weight: 3 },
    { arbitrary: field.map((key) => JSON.stringify({ ...base, [key]: undefined })), weight: 2 },
    {
      arbitrary: fc
        .tuple(field, wrongValue)
        .map(([key, value]) => JSON.stringify({ ...base, [key]: value })),
      weight: 6,
    },
    {
      // Keys that pollute prototypes where objects are merged carelessly; raw, so they stay own keys.
      arbitrary: fc
        .constantFrom('__proto__', 'constructor', 'prototype')
        .map((key) => `{"${key}":{"admin":true,"polluted":true},${JSON.stringify(base).slice(1)}`),
      weight: 2,
    },
    {
      arbitrary: fc
        .integer({ min: 1_000, max: 20_000 })
        .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
      weight: 1,
    },
    {
      arbitrary: fc
        .integer({ min: 100, max: 2_000 })
        .map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
      weight: 1,
    },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 2 },
    {
      arbitrary: fc.nat().map((cut) => {
        const text = JSON.stringify(sample ?? {});
        return text.slice(0, cut % Math.max(1, text.length));
      }),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom('', 'null', '{', '{"a":1,}', "{'single':1}", 'NaN', '\uFEFF{}'),
      weight: 1,
    },
  );
}

/** What the import route takes: text and Markdown of every kind, some not UTF-8, a few too large. */
export const importBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 4 },
  {
    arbitrary: fc
      .array(
        fc.constantFrom(
          '# Title\n',
          '## 8.2.1.1 Item\n',
          '- list\n',
          '1. one\n',
          '> quote\n',
          '| a | b |\n|---|---|\n',
          '```\ncode\n```\n',
          '[link](javascript:alert(1))\n',
          '![img](x)\n',
          'plain text. ',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join('')),
    weight: 4,
  },
  { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 2 },
  {
    arbitrary: fc.integer({ min: 1, max: 4 }).map((depth) => '>'.repeat(depth * 500) + ' deep'),
    weight: 1,
  },
);
