import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { refersToOwnLaterClock } from './own-references.js';

/** What an update holds, read in one decoding: the client ids it writes under, and whether it changes anything. */
export interface UpdateContents {
  readonly clients: number[];
  /** No content and no deletion. */
  readonly empty: boolean;
}

/**
 * Decodes an update once and says what it holds. (Not encodeStateVectorFromUpdate for the
 * clients: that is empty for any update that does not start at clock 0, which is every
 * keystroke but the first.) Throws on an update that does not decode: callers use it to refuse
 * garbled input too.
 */
export function inspectUpdate(update: Uint8Array): UpdateContents {
  const { structs, ds } = Y.decodeUpdate(update);
  return {
    clients: [...new Set(structs.map((struct) => struct.id.client))],
    empty: structs.length === 0 && ds.clients.size === 0,
  };
}

/**
 * Whether Yjs can apply the update at all: some updates decode but throw when applied (a delete
 * range of length zero), and one stored would make the draft unreadable. Tried on an empty
 * document, where content that depends on what is missing simply waits; what then throws only
 * on a document holding what it continues (an item naming a later clock of its own client) is
 * read from its structs, without a copy of the room's document.
 */
export function appliesCleanly(update: Uint8Array): boolean {
  try {
    if (refersToOwnLaterClock(Y.decodeUpdate(update).structs)) return false;
  } catch {
    return false;
  }
  return appliesAlone(update);
}

/** The Yjs client ids whose content an update carries. */
export function authorsOf(update: Uint8Array): number[] {
  return inspectUpdate(update).clients;
}

type DecodedStructs = ReturnType<typeof Y.decodeUpdate>;

/**
 * An update as a connection sent it, decoded once: the later stages (what is held, what is new
 * at the commit) read its structs instead of decoding it again, which was most of the CPU a
 * keystroke cost (issue 17).
 */
export interface ReceivedUpdate extends UpdateContents {
  readonly bytes: Uint8Array;
  readonly structs: DecodedStructs['structs'];
  readonly deletes: DecodedStructs['ds'];
}

/**
 * Decodes an update a connection sent. Throws on one that does not decode, and on one whose
 * items name a later clock of their own client (Yjs would throw only when applying it, after it
 * was stored: see own-references.ts). Whether Yjs can apply it is tried at the commit, merged
 * with what else its connection sent (`firstUnappliable`).
 */
export function receivedUpdate(bytes: Uint8Array): ReceivedUpdate {
  const { structs, ds } = Y.decodeUpdate(bytes);
  if (refersToOwnLaterClock(structs)) throw new Error('An item names a later clock of its own.');
  return {
    bytes,
    structs,
    deletes: ds,
    clients: [...new Set(structs.map((struct) => struct.id.client))],
    empty: structs.length === 0 && ds.clients.size === 0,
  };
}

/**
 * The part of a received update that `doc` does not hold yet. A keystroke is new as a whole
 * (every struct starts at or past what the room holds of its client): then it is its own new
 * part, with no re-encoding; otherwise Yjs cuts it (`unheldPart`).
 */
export function unheldOf(
  doc: Y.Doc,
  received: ReceivedUpdate,
): UpdateContents & {
  readonly update: Uint8Array;
} {
  const held = (client: number): number => Y.getState(doc.store, client);
  if (allBeyond(received.structs, held)) return { ...received, update: received.bytes };
  const update = unheldPart(doc, received.bytes, received.clients);
  return { update, ...inspectUpdate(update) };
}

/** Whether every struct starts at or past the clock `heldOf` gives for its client. */
function allBeyond(
  structs: DecodedStructs['structs'],
  heldOf: (client: number) => number,
): boolean {
  for (const struct of structs) if (struct.id.clock < heldOf(struct.id.client)) return false;
  return true;
}

/**
 * The index of the first update that Yjs refuses to apply, each tried on an empty document of
 * its own, where content that continues what the room holds simply waits; undefined if every
 * one applies. Called once per commit with one merged change per connection, so a trial costs
 * a document per connection and commit, not per keystroke. (One document for the whole batch
 * would be cheaper to make but not to fill: Yjs merges what waits there again with every update
 * applied after it.)
 */
export function firstUnappliable(updates: readonly Uint8Array[]): number | undefined {
  const index = updates.findIndex((update) => !appliesAlone(update));
  return index === -1 ? undefined : index;
}

function appliesAlone(update: Uint8Array): boolean {
  // A fixed guid: a new document otherwise draws a random UUID as well as its client id.
  const scratch = new Y.Doc({ gc: false, guid: 'scratch' });
  try {
    Y.applyUpdate(scratch, update);
    return true;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
}

/** What is new in an update, for a room about to store it. */
export interface NewPart extends UpdateContents {
  readonly update: Uint8Array;
  /**
   * Some of it continues past content the room does not hold (a keystroke sent by a client that
   * has just reconnected, ahead of its sync reply that brings what comes before it).
   */
  readonly ahead: boolean;
  /** For each client id, the clock the room holds up to once this part is stored. */
  readonly reaches: ReadonlyMap<number, number>;
}

/**
 * The part of `update` that `doc` does not hold yet. Measured against the document's clocks for
 * the update's own client ids only: the whole state vector grows with every client id the
 * draft has ever seen (one per editor session), and encoding it for each keystroke would make a
 * long-lived draft slower with age.
 */
export function unheldPart(doc: Y.Doc, update: Uint8Array, clients: Iterable<number>): Uint8Array {
  return partBeyond(update, clients, (client) => Y.getState(doc.store, client));
}

/** The part of `update` beyond the clock `heldOf` gives for each of `clients`. */
function partBeyond(
  update: Uint8Array,
  clients: Iterable<number>,
  heldOf: (client: number) => number,
): Uint8Array {
  const held = new Map<number, number>();
  for (const client of clients) held.set(client, heldOf(client));
  return Y.diffUpdate(update, encodeStateVector(held));
}

/**
 * The new content of a sequence of updates, each measured against what the room holds and what
 * the sequence has taken before it. A client that reconnects while typing sends a keystroke,
 * then the same keystroke again in its sync reply; both can wait in one commit, and only one may
 * be stored.
 */
export class NewContent {
  /** Clocks the sequence has taken beyond the room's document. */
  readonly #taken = new Map<number, number>();

  /** `doc` is the room's document; it must not change while the sequence is measured. */
  constructor(private readonly doc: Y.Doc) {}

  /**
   * The part of `update` that is not held yet. Given the update decoded (`received`), a part
   * that is the whole update (the common case: a keystroke) costs no decoding.
   */
  partOf(update: Uint8Array, received?: ReceivedUpdate): NewPart {
    const held = (client: number): number => this.#held(client);
    let part: Uint8Array;
    let structs: DecodedStructs['structs'];
    let ds: DecodedStructs['ds'];
    if (received !== undefined && received.bytes === update && allBeyond(received.structs, held)) {
      ({ structs, deletes: ds } = received);
      part = update;
    } else {
      part = partBeyond(update, Y.parseUpdateMeta(update).from.keys(), held);
      ({ structs, ds } = Y.decodeUpdate(part));
    }
    const reaches = new Map<number, number>();
    let ahead = false;
    for (const struct of [...structs].sort((a, b) => a.id.clock - b.id.clock)) {
      if (struct instanceof Y.Skip) {
        ahead = true;
        continue;
      }
      const { client, clock } = struct.id;
      const before = reaches.get(client) ?? this.#held(client);
      if (clock > before) ahead = true;
      reaches.set(client, Math.max(before, clock + struct.length));
    }
    return {
      update: part,
      clients: [...reaches.keys()],
      empty: structs.length === 0 && ds.clients.size === 0,
      ahead,
      reaches,
    };
  }

  /** Counts a part as held from now on (it is being stored). */
  take(part: NewPart): void {
    for (const [client, clock] of part.reaches)
      this.#taken.set(client, Math.max(this.#held(client), clock));
  }

  #held(client: number): number {
    return this.#taken.get(client) ?? Y.getState(this.doc.store, client);
  }
}

function encodeStateVector(stateVector: ReadonlyMap<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, stateVector.size);
  for (const [client, clock] of stateVector) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
