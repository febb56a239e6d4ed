import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ClientOwners } from './client-owners.js';

// A draft snapshot is the Yjs state plus the owners of its client ids, so that loading a draft
// (or travelling to a revision) never needs to read the metadata of every event before it.
// The event store keeps snapshot bytes opaque; this file owns their layout:
//   "RPS1", varuint n, n x (varuint client, varstring actor), then the Yjs update (v1).
const MAGIC = [0x52, 0x50, 0x53, 0x31];

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
  encoding.writeUint8Array(encoder, snapshot.state);
  return encoding.toUint8Array(encoder);
}

/** Reads a snapshot; bytes without the header are a bare Yjs state from before owners were kept. */
export function decodeDraftSnapshot(bytes: Uint8Array): DraftSnapshot {
  if (!MAGIC.every((byte, index) => bytes[index] === byte))
    return { state: bytes, owners: new ClientOwners() };
  const decoder = decoding.createDecoder(bytes);
  decoding.readUint8Array(decoder, MAGIC.length);
  const count = decoding.readVarUint(decoder);
  const entries: [number, string][] = [];
  for (let index = 0; index < count; index++)
    entries.push([decoding.readVarUint(decoder), decoding.readVarString(decoder)]);
  return {
    state: decoding.readTailAsUint8Array(decoder),
    owners: new ClientOwners(entries),
  };
}
