import fc from 'fast-check';

// Values that no request field expects, shared by the bodies, the query strings and the headers
// the HTTP fuzzer sends.

/** Text no field expects: empty, control and lone surrogate characters, markup, SQL, huge. */
export const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\u202Eevil',
    '𝕽𝖆𝖕𝖕𝖔𝖗𝖙𝖊𝖚𝖗',
    '<script>alert(1)</script>',
    "'; DROP TABLE events; --",
    '../../etc/passwd',
    'null',
    'true',
    '-1',
    '1e309',
  ),
  fc.integer({ min: 1_000, max: 100_000 }).map((length) => 'x'.repeat(length)),
);

/** Numbers at the edges: negative, fractional, past 32 and 53 bits, denormal. */
export const oddNumber = fc.constantFrom(
  -1,
  -0,
  0.5,
  2 ** 31,
  2 ** 53 + 1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  1e-320,
);

/** JSON values of the wrong kind for any field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  oddText,
  oddNumber,
  fc.constantFrom(null, true, false, [], {}, [[]], { __proto__: null }),
  fc.jsonValue({ maxDepth: 3 }),
);
