import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { HUGE_VARUINTS, hugeVarUint } from './wire-bytes.js';

/** One entry of an awareness update, with its state as the JSON text that is sent. */
interface AwarenessEntry {
  readonly client: number;
  readonly clock: number;
  readonly json: string;
}

/** An awareness update as y-protocols encodes it: a count, then (client, clock, JSON) each. */
export function encodeAwareness(
  entries: readonly AwarenessEntry[],
  count = entries.length,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  for (const { client, clock, json } of entries) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

const awarenessClient = fc.oneof(
  { arbitrary: fc.nat({ max: 2 ** 32 - 1 }), weight: 4 },
  // Ids a JavaScript number barely holds, and that a Map or an Array index may treat oddly.
  { arbitrary: fc.constantFrom(0, 2 ** 31, 2 ** 32, 2 ** 53 - 1), weight: 1 },
);

const presence = fc.record({
  user: fc.record({
    name: fc.string({ maxLength: 20 }),
    color: fc.constantFrom('#1e88e5', 'red', ''),
  }),
  cursor: fc.option(
    fc.record({ anchor: fc.jsonValue({ maxDepth: 1 }), head: fc.jsonValue({ maxDepth: 1 }) }),
  ),
});

const state: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: presence.map((value) => JSON.stringify(value)), weight: 4 },
  // A client that leaves sends null.
  { arbitrary: fc.constant('null'), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)), weight: 2 },
  // Not JSON at all.
  {
    arbitrary: fc.constantFrom('{', '{"user":', 'undefined', 'NaN', '\u0000', '{"a":1}}'),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  // Deep nesting: JSON.parse manages, but whoever walks it recursively may not.
  {
    arbitrary: fc
      .integer({ min: 100, max: 5_000 })
      .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
    weight: 1,
  },
);

const entry: fc.Arbitrary<AwarenessEntry> = fc.record({
  client: awarenessClient,
  clock: fc.oneof(fc.nat(10), fc.constant(2 ** 53 - 1)),
  json: state,
});

/** Awareness updates: valid, garbled, lying about their count, and floods of many clients. */
export const awarenessUpdate: fc.Arbitrary<{ readonly kind: string; readonly update: Uint8Array }> =
  fc.oneof(
    {
      arbitrary: fc
        .array(entry, { minLength: 1, maxLength: 4 })
        .map((entries) => ({ kind: 'awareness', update: encodeAwareness(entries) })),
      weight: 6,
    },
    {
      // A count far above the entries that follow.
      arbitrary: fc
        .tuple(fc.array(entry, { maxLength: 2 }), fc.constantFrom(1_000, 2 ** 32, 2 ** 53 - 1))
        .map(([entries, count]) => ({
          kind: 'awareness-lying-count',
          update: encodeAwareness(entries, count),
        })),
      weight: 1,
    },
    {
      // Many clients at once, as a flood from one socket.
      arbitrary: fc
        .record({ first: fc.nat({ max: 2 ** 31 }), count: fc.integer({ min: 200, max: 1_500 }) })
        .map(({ first, count }) => ({
          kind: 'awareness-flood',
          update: encodeAwareness(
            Array.from({ length: count }, (_, index) => ({
              client: first + index,
              clock: 1,
              json: `{"user":{"name":"flood ${index}"}}`,
            })),
          ),
        })),
      weight: 1,
    },
    {
      arbitrary: fc.nat(HUGE_VARUINTS.length - 1).map((huge) => ({
        kind: 'awareness-huge-client',
        update: Uint8Array.from([1, ...hugeVarUint(huge), 1, 2, 0x7b, 0x7d]),
      })),
      weight: 1,
    },
    {
      arbitrary: fc
        .uint8Array({ maxLength: 40 })
        .map((update) => ({ kind: 'awareness-garbage', update })),
      weight: 2,
    },
  );
