import fc from 'fast-check';
import * as Y from 'yjs';
import { bytes, HUGE_VARUINTS, hugeVarUint } from './wire-bytes.js';

/**
 * A fresh client id for every update. Reusing one id for a different history (what a pool of
 * ids with a new document each time amounts to) is a forgery Yjs cannot detect: it garbles that
 * id's content for every reader, and a merged broadcast that Yjs then cannot apply can cost a
 * reader the other edits in it. The server cannot tell it from a client that reconnects without
 * comparing histories; it is a known limit (docs/decisions/0020), not a case the fuzzer checks.
 */
const clientId = fc.nat({ max: 2 ** 32 - 1 });

/**
 * Root types the fuzzer writes into. Never `text`, which the honest clients type into: a valid
 * fuzz update is a legitimate edit, and the test checks that the honest text holds exactly what
 * the honest clients typed.
 */
const ROOT = fc.constantFrom('fuzz', 'fuzz-notes', 'fuzz-agenda');

type Edit =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'set'; readonly key: string; readonly value: fc.JsonValue }
  | { readonly kind: 'push'; readonly values: readonly fc.JsonValue[] };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('insert'),
      at: fc.nat(40),
      text: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('delete'),
      at: fc.nat(40),
      length: fc.integer({ min: 1, max: 8 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('set'),
      key: fc.string({ maxLength: 8 }),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('push'),
      values: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
    }),
    weight: 1,
  },
);

function applyEdit(doc: Y.Doc, root: string, change: Edit): void {
  const text = doc.getText(root);
  switch (change.kind) {
    case 'insert':
      text.insert(Math.min(change.at, text.length), change.text);
      return;
    case 'delete': {
      const at = Math.min(change.at, text.length);
      text.delete(at, Math.min(change.length, text.length - at));
      return;
    }
    case 'set':
      // JSON values as Yjs stores them: undefined is not one.
      doc.getMap(`${root}-map`).set(change.key, change.value as never);
      return;
    case 'push':
      doc.getArray(`${root}-list`).push([...change.values] as never[]);
      return;
  }
}

/** A real update made by a Y.Doc, and the text it inserted (to find its length prefix). */
export interface RealUpdate {
  readonly update: Uint8Array;
  /** The same change in Yjs's v2 encoding: valid bytes, but not what the protocol carries. */
  readonly updateV2: Uint8Array;
  readonly inserted: string;
}

/**
 * A real update: a first burst of edits, optionally followed by a second one of which only the
 * part after the first is sent (a keystroke that depends on content the server may lack).
 */
export const realUpdate: fc.Arbitrary<RealUpdate> = fc
  .record({
    client: clientId,
    root: ROOT,
    first: fc.array(edit, { minLength: 1, maxLength: 4 }),
    second: fc.option(fc.array(edit, { minLength: 1, maxLength: 3 }), { freq: 4 }),
  })
  .map(({ client, root, first, second }) => {
    const doc = new Y.Doc();
    // Set, not drawn by Yjs from Math.random: the same seed must give the same bytes.
    doc.clientID = client;
    for (const change of first) applyEdit(doc, root, change);
    let from: Uint8Array | undefined;
    if (second !== null) {
      from = Y.encodeStateVector(doc);
      for (const change of second) applyEdit(doc, root, change);
    }
    const update = Y.encodeStateAsUpdate(doc, from);
    const updateV2 = Y.encodeStateAsUpdateV2(doc, from);
    doc.destroy();
    const inserted = [...first, ...(second ?? [])]
      .map((change) => (change.kind === 'insert' ? change.text : ''))
      .join('');
    return { update, updateV2, inserted };
  });

/** How a real update is damaged before it is sent. */
export type UpdateDamage =
  | { readonly kind: 'none' }
  | { readonly kind: 'truncate'; readonly keep: number }
  | { readonly kind: 'flip-bit'; readonly at: number; readonly bit: number }
  | { readonly kind: 'set-byte'; readonly at: number; readonly value: number }
  | { readonly kind: 'huge-string-length'; readonly huge: number }
  | { readonly kind: 'huge-varuint-at'; readonly at: number; readonly huge: number }
  | { readonly kind: 'v2-encoding' }
  | { readonly kind: 'doubled' };

export const updateDamage: fc.Arbitrary<UpdateDamage> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('flip-bit' as const), at: fc.nat(), bit: fc.nat(7) }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('set-byte' as const),
      at: fc.nat(),
      value: fc.constantFrom(0x00, 0x7f, 0x80, 0xff),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('huge-string-length' as const),
      huge: fc.nat(HUGE_VARUINTS.length - 1),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('huge-varuint-at' as const),
      at: fc.nat(),
      huge: fc.nat(HUGE_VARUINTS.length - 1),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'v2-encoding' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'doubled' as const }), weight: 1 },
);

/** Applies a damage to an update; positions wrap around its length. */
export function damage(real: RealUpdate, how: UpdateDamage): Uint8Array {
  const { update } = real;
  const at = (position: number) => position % Math.max(1, update.byteLength);
  switch (how.kind) {
    case 'none':
      return update;
    case 'truncate':
      return update.slice(0, how.keep % Math.max(1, update.byteLength));
    case 'flip-bit': {
      const copy = update.slice();
      copy[at(how.at)] = (copy[at(how.at)] ?? 0) ^ (1 << how.bit);
      return copy;
    }
    case 'set-byte': {
      const copy = update.slice();
      copy[at(how.at)] = how.value;
      return copy;
    }
    case 'huge-string-length':
      return inflateStringLength(real, hugeVarUint(how.huge));
    case 'huge-varuint-at':
      return bytes(
        update.subarray(0, at(how.at)),
        hugeVarUint(how.huge),
        update.subarray(at(how.at) + 1),
      );
    case 'v2-encoding':
      return real.updateV2;
    case 'doubled':
      return bytes(update, update);
  }
}

/**
 * Replaces the length prefix of the inserted string with a huge one: the update then claims a
 * string running far past its end. When no string was inserted, the first length-like byte is.
 */
function inflateStringLength(real: RealUpdate, huge: Uint8Array): Uint8Array {
  const { update } = real;
  const text = new TextEncoder().encode(real.inserted);
  const found = text.byteLength === 0 ? -1 : Buffer.from(update).indexOf(Buffer.from(text));
  // Strings of under 128 bytes have a one-byte length, just before them.
  const prefix = found > 0 ? found - 1 : Math.min(3, update.byteLength - 1);
  if (prefix < 0) return huge;
  return bytes(update.subarray(0, prefix), huge, update.subarray(prefix + 1));
}
