import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ClientOwners } from './client-owners.js';

// A draft snapshot is the Yjs state plus the owners of its client ids, so that loading a draft
// (or travelling to a revision) never needs to read the metadata of every event before it.
// The event store keeps snapshot bytes opaque; this file owns their layout:
//   "RPS2", varuint n, n x (varuint client, varstring actor), then the Yjs update (v1),
//   compressed with raw DEFLATE (a long draft's state is mostly text: about a third of its size,
//   for a few milliseconds when written and one when read; decision 53);
//   "RPS1", the same with the update uncompressed (written before), still read.
const MAGIC = [0x52, 0x50, 0x53, 0x32];
const UNCOMPRESSED_MAGIC = [0x52, 0x50, 0x53, 0x31];
/** zlib's fastest level: nearly the size of its default at half the time. */
const DEFLATE_LEVEL = 1;

/** What a snapshot holds: the document's state and who owns its client ids. */
export interface DraftSnapshot {
  readonly state: Uint8Array;
  readonly owners: ClientOwners;
}

/** Writes a snapshot in the layout above, to be stored as the snapshot's opaque bytes. */
export function encodeDraftSnapshot(snapshot: DraftSnapshot): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const byte of MAGIC) encoding.writeUint8(encoder, byte);
  encoding.writeVarUint(encoder, snapshot.owners.size);
  for (const [client, actor] of snapshot.owners.entries()) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarString(encoder, actor);
  }
  encoding.writeUint8Array(encoder, deflateRawSync(snapshot.state, { level: DEFLATE_LEVEL }));
  return encoding.toUint8Array(encoder);
}

/** Reads a snapshot; bytes without the header are a bare Yjs state from before owners were kept. */
export function decodeDraftSnapshot(bytes: Uint8Array): DraftSnapshot {
  const startsWith = (magic: readonly number[]) =>
    magic.every((byte, index) => bytes[index] === byte);
  const compressed = startsWith(MAGIC);
  if (!compressed && !startsWith(UNCOMPRESSED_MAGIC))
    return { state: bytes, owners: new ClientOwners() };
  const decoder = decoding.createDecoder(bytes);
  decoding.readUint8Array(decoder, MAGIC.length);
  const count = decoding.readVarUint(decoder);
  const entries: [number, string][] = [];
  for (let index = 0; index < count; index++)
    entries.push([decoding.readVarUint(decoder), decoding.readVarString(decoder)]);
  const tail = decoding.readTailAsUint8Array(decoder);
  return {
    state: compressed ? new Uint8Array(inflateRawSync(tail)) : tail,
    owners: new ClientOwners(entries),
  };
}
