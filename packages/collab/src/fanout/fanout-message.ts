import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Who a group of Yjs client ids belongs to (authors of an update, or owners of presences). */
export interface ClientsOf {
  readonly person: string;
  readonly clients: readonly number[];
}

/** Updates stored by one commit: the draft's revisions `first..last`, merged into one update. */
export interface StoredUpdate {
  readonly firstRevision: number;
  readonly lastRevision: number;
  readonly update: Uint8Array;
  /** Who wrote under which client ids, as the events' metadata records it. */
  readonly owners: readonly ClientsOf[];
}

/** What travels between instances about one draft. */
export type FanoutMessage =
  | {
      readonly kind: 'update';
      readonly from: string;
      readonly sentAt: number;
      readonly stored: StoredUpdate;
    }
  | {
      readonly kind: 'awareness';
      readonly from: string;
      readonly sentAt: number;
      readonly update: Uint8Array;
      /** The people whose presences these are (absent from instances older than decision 24). */
      readonly owners: readonly ClientsOf[];
    };

const UPDATE = 0;
const AWARENESS = 1;

export function encodeFanoutMessage(message: FanoutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, message.kind === 'update' ? UPDATE : AWARENESS);
  encoding.writeVarString(encoder, message.from);
  encoding.writeFloat64(encoder, message.sentAt);
  if (message.kind === 'awareness') {
    encoding.writeVarUint8Array(encoder, message.update);
    // After the update, so that an older instance reads the message and ignores the rest.
    writeOwners(encoder, message.owners);
    return encoding.toUint8Array(encoder);
  }
  const { stored } = message;
  encoding.writeVarUint(encoder, stored.firstRevision);
  encoding.writeVarUint(encoder, stored.lastRevision);
  writeOwners(encoder, stored.owners);
  encoding.writeVarUint8Array(encoder, stored.update);
  return encoding.toUint8Array(encoder);
}

function writeOwners(encoder: encoding.Encoder, owners: readonly ClientsOf[]): void {
  encoding.writeVarUint(encoder, owners.length);
  for (const { person, clients } of owners) {
    encoding.writeVarString(encoder, person);
    encoding.writeVarUint(encoder, clients.length);
    for (const client of clients) encoding.writeVarUint(encoder, client);
  }
}

function readOwners(decoder: decoding.Decoder): ClientsOf[] {
  const owners: ClientsOf[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    const person = decoding.readVarString(decoder);
    const clients: number[] = [];
    for (let ids = decoding.readVarUint(decoder); ids > 0; ids--)
      clients.push(decoding.readVarUint(decoder));
    owners.push({ person, clients });
  }
  return owners;
}

/** Reads a message; throws on bytes that are not one (the bus is shared, but not trusted blindly). */
export function decodeFanoutMessage(bytes: Uint8Array): FanoutMessage {
  const decoder = decoding.createDecoder(bytes);
  const kind = decoding.readVarUint(decoder);
  const from = decoding.readVarString(decoder);
  const sentAt = decoding.readFloat64(decoder);
  if (kind === AWARENESS) {
    const update = decoding.readVarUint8Array(decoder);
    const owners = decoding.hasContent(decoder) ? readOwners(decoder) : [];
    return { kind: 'awareness', from, sentAt, update, owners };
  }
  if (kind !== UPDATE) throw new Error(`Unknown fan-out message kind ${kind}.`);
  const firstRevision = decoding.readVarUint(decoder);
  const lastRevision = decoding.readVarUint(decoder);
  const owners = readOwners(decoder);
  const update = decoding.readVarUint8Array(decoder);
  if (lastRevision < firstRevision)
    throw new Error('A fan-out message with revisions out of order.');
  return { kind: 'update', from, sentAt, stored: { firstRevision, lastRevision, update, owners } };
}
