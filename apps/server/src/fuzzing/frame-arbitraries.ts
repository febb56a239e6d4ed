import fc from 'fast-check';
import * as Y from 'yjs';
import { awarenessUpdate } from './awareness-arbitraries.js';
import { byteFloodFrame } from './byte-flood-arbitraries.js';
import { presenceForgeryFrame } from './presence-forgery-arbitraries.js';
import {
  bytes,
  hex,
  HUGE_VARUINTS,
  hugeVarUint,
  varBytes,
  varString,
  varUint,
} from './wire-bytes.js';
import { schemaBreakingFrames } from './schema-breaking-arbitraries.js';
import { selfReferringFrames } from './self-referring-arbitraries.js';
import { damage, realUpdate, updateDamage } from './yjs-update-arbitraries.js';

/** One WebSocket message the fuzzer sends. */
export interface FuzzFrame {
  /** What the generator meant to make, for the report. */
  readonly kind: string;
  readonly data: Uint8Array;
  /** Sent as a text frame (its bytes need not be UTF-8) instead of a binary one. */
  readonly text: boolean;
}

// y-websocket message types and sync steps (packages/collab/src/protocol.ts), and our ack type.
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const ACK = 100;
const STEP_1 = 0;
const STEP_2 = 1;
const UPDATE = 2;

const binary = (kind: string, data: Uint8Array): FuzzFrame => ({ kind, data, text: false });
const syncStep = fc.constantFrom(STEP_2, UPDATE);
const smallBytes = (maxLength: number) => fc.uint8Array({ maxLength });

/** Real updates, some damaged on the way, inside valid sync framing. */
const realUpdateFrame = fc
  .tuple(realUpdate, updateDamage, syncStep)
  .map(([real, how, step]) =>
    binary(
      how.kind === 'none' ? 'update' : `update-${how.kind}`,
      bytes(SYNC, step, varBytes(damage(real, how))),
    ),
  );

/** Valid outer framing around bytes that are not a Yjs update. */
const garbageUpdateFrame = fc
  .tuple(syncStep, smallBytes(64))
  .map(([step, garbage]) => binary('update-garbage', bytes(SYNC, step, varBytes(garbage))));

/** The payload's own length prefix lies: huge, or off by a little either way. */
const lyingLengthFrame = fc
  .tuple(
    realUpdate,
    fc.oneof(
      fc.nat(HUGE_VARUINTS.length - 1).map((index) => hugeVarUint(index)),
      fc.integer({ min: -3, max: 3 }),
    ),
  )
  .map(([real, lie]) =>
    binary(
      'update-length-lies',
      lie instanceof Uint8Array
        ? bytes(SYNC, UPDATE, lie, real.update)
        : bytes(SYNC, UPDATE, varUint(Math.max(0, real.update.byteLength + lie)), real.update),
    ),
  );

/** Varints whose continuation bit promises a byte that never comes, or that run past 53 bits. */
const truncatedVarintFrame = fc
  .tuple(
    fc.constantFrom(SYNC, AWARENESS, QUERY_AWARENESS, AUTH),
    fc.integer({ min: 1, max: 10 }),
    fc.nat(3),
  )
  .map(([type, continuation, where]) => {
    const open = new Array<number>(continuation).fill(0xff);
    const variants = [
      bytes(open),
      bytes(type, open),
      bytes(SYNC, UPDATE, open),
      bytes(SYNC, STEP_1, 2, 0x80, 0x80),
    ];
    return binary('truncated-varint', variants[where] ?? variants[0] ?? bytes(open));
  });

/** Sync step 1 with state vectors: valid ones with extreme clocks, and garbage. */
const stateVectorFrame = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.nat(), fc.constant(2 ** 53 - 1)),
        fc.oneof(fc.nat(1000), fc.constant(2 ** 53 - 1)),
      ),
      { maxLength: 4 },
    )
    .map((pairs) =>
      binary('state-vector', bytes(SYNC, STEP_1, varBytes(Y.encodeStateVector(new Map(pairs))))),
    ),
  smallBytes(32).map((garbage) =>
    binary('state-vector-garbage', bytes(SYNC, STEP_1, varBytes(garbage))),
  ),
  fc
    .nat(HUGE_VARUINTS.length - 1)
    .map((index) =>
      binary(
        'state-vector-huge-count',
        bytes(SYNC, STEP_1, varBytes(bytes(hugeVarUint(index), 1, 1))),
      ),
    ),
);

const awarenessFrame = awarenessUpdate.map(({ kind, update }) =>
  binary(kind, bytes(AWARENESS, varBytes(update))),
);

/** The small message types, well formed and not. */
const controlFrame = fc.oneof(
  fc.constant(binary('query-awareness', bytes(QUERY_AWARENESS))),
  smallBytes(8).map((tail) => binary('query-awareness-trailing', bytes(QUERY_AWARENESS, 0, tail))),
  fc.string({ maxLength: 20 }).map((reason) => binary('auth', bytes(AUTH, 0, varString(reason)))),
  smallBytes(12).map((body) => binary('ack-from-client', bytes(ACK, body))),
  fc
    .tuple(fc.integer({ min: 3, max: 2 ** 20 }), smallBytes(8))
    .map(([step, body]) => binary('sync-unknown-step', bytes(SYNC, varUint(step), varBytes(body)))),
  fc
    .tuple(fc.integer({ min: 4, max: 2 ** 32 }), smallBytes(8))
    .map(([type, body]) => binary('unknown-type', bytes(varUint(type), body))),
  fc.constant(binary('empty', new Uint8Array(0))),
  fc.constant(binary('type-only', bytes(SYNC))),
);

const textFrame = fc.oneof(
  fc
    .string({ unit: 'binary', maxLength: 40 })
    .map((text) => ({ kind: 'text', data: new TextEncoder().encode(text), text: true })),
  // Not UTF-8: the WebSocket layer itself must refuse these.
  fc
    .constantFrom(
      Uint8Array.from([0xff]),
      Uint8Array.from([0xc3, 0x28]),
      Uint8Array.from([0xed, 0xa0, 0x80]),
    )
    .map((data) => ({ kind: 'text-not-utf8', data, text: true })),
);

/** Frames around the size limit: one byte to a few over it, and valid framing exactly at it. */
function sizeLimitFrame(maxMessageBytes: number) {
  return fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 16 }), fc.nat(255))
      .map(([over, fill]) =>
        binary('over-size-limit', new Uint8Array(maxMessageBytes + over).fill(fill)),
      ),
    fc.nat(255).map((fill) => {
      const body = new Uint8Array(payloadFilling(maxMessageBytes)).fill(fill);
      return binary('at-size-limit', bytes(SYNC, UPDATE, varBytes(body)));
    }),
  );
}

/** The payload length that makes [sync, update, varUint(length), payload] exactly `total` bytes. */
function payloadFilling(total: number): number {
  for (let prefix = 1; prefix <= 8; prefix += 1) {
    const length = total - 2 - prefix;
    if (varUint(length).byteLength === prefix) return length;
  }
  throw new Error(`No payload fills a frame of ${total} bytes.`);
}

/**
 * Every kind of frame the fuzzer sends. Most are small, so that thousands run in seconds; the
 * weights favour valid updates and near misses, which reach deeper than random bytes.
 */
export interface FuzzLimits {
  readonly maxMessageBytes: number;
  /** The honest clients' awareness client ids, for forged presence. */
  readonly victims: readonly number[];
}

export function fuzzFrame(limits: FuzzLimits): fc.Arbitrary<FuzzFrame> {
  return fc.oneof(
    { arbitrary: smallBytes(64).map((data) => binary('random-bytes', data)), weight: 30 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(SYNC, AWARENESS, AUTH, QUERY_AWARENESS, ACK), smallBytes(48))
        .map(([type, rest]) => binary('typed-random-bytes', bytes(type, rest))),
      weight: 30,
    },
    { arbitrary: realUpdateFrame, weight: 140 },
    { arbitrary: garbageUpdateFrame, weight: 40 },
    { arbitrary: lyingLengthFrame, weight: 20 },
    { arbitrary: truncatedVarintFrame, weight: 20 },
    { arbitrary: stateVectorFrame, weight: 30 },
    { arbitrary: awarenessFrame, weight: 60 },
    { arbitrary: controlFrame, weight: 30 },
    { arbitrary: textFrame, weight: 10 },
    { arbitrary: sizeLimitFrame(limits.maxMessageBytes), weight: 3 },
    { arbitrary: presenceForgeryFrame(limits.victims), weight: 30 },
    { arbitrary: byteFloodFrame(limits), weight: 6 },
  );
}

/** Where a fuzz socket connects, and as whom. */
export type SocketTarget =
  | 'draft'
  | 'draft-as-second-editor'
  | 'draft-as-delegate'
  | 'missing-meeting'
  | 'not-a-participant'
  | 'bad-token'
  | 'no-credentials'
  | 'bad-path';

/** One connection's worth of frames. */
export interface FuzzScript {
  readonly target: SocketTarget;
  readonly ack: boolean;
  readonly frames: readonly FuzzFrame[];
}

export function fuzzScript(limits: FuzzLimits): fc.Arbitrary<FuzzScript> {
  const target: fc.Arbitrary<SocketTarget> = fc.oneof(
    { arbitrary: fc.constant('draft' as const), weight: 30 },
    { arbitrary: fc.constant('draft-as-second-editor' as const), weight: 8 },
    { arbitrary: fc.constant('draft-as-delegate' as const), weight: 5 },
    {
      arbitrary: fc.constantFrom<SocketTarget>(
        'missing-meeting',
        'not-a-participant',
        'bad-token',
        'no-credentials',
        'bad-path',
      ),
      weight: 2,
    },
  );
  return fc
    .record({
      target,
      ack: fc.boolean(),
      frames: fc
        .array(
          fc.oneof(
            { arbitrary: fuzzFrame(limits).map((frame) => [frame]), weight: 96 },
            // A few hundred a run: each is refused with a close, which costs a reconnect.
            { arbitrary: schemaBreakingFrames, weight: 4 },
            { arbitrary: selfReferringFrames, weight: 2 },
          ),
          { minLength: 1, maxLength: 12 },
        )
        .map((groups) => groups.flat()),
    })
    .map((script) => Object.assign(script, { [fc.toStringMethod]: () => describeScript(script) }));
}

/** A script as a reader replays it: the target, then each frame's kind and hex. */
export function describeScript(script: FuzzScript): string {
  const frames = script.frames.map(
    (frame, index) =>
      `  #${index} ${frame.kind}${frame.text ? ' (text frame)' : ''}: ${hex(frame.data)}`,
  );
  return [`${script.target}${script.ack ? ' ?ack=1' : ''}`, ...frames].join('\n');
}
