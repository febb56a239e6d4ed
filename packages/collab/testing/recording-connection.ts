import * as decoding from 'lib0/decoding';
import type { Actor, CollabConnection } from '../src/collab-connection.js';
import {
  decodeAckBody,
  MESSAGE_ACK,
  MESSAGE_AUTH,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from '../src/protocol.js';

/** A message a room sent, as a client reads it. */
export type SentMessage =
  | { readonly kind: 'sync-step-1' | 'sync-step-2' | 'update'; readonly payload: Uint8Array }
  | { readonly kind: 'ack'; readonly clocks: ReadonlyMap<number, number> }
  | { readonly kind: 'permission-denied'; readonly reason: string }
  | { readonly kind: 'other' };

/** A connection as the server wraps a socket, keeping what the room sends it and how it closed. */
export interface RecordingConnection extends CollabConnection {
  readonly sent: SentMessage[];
  readonly closes: { readonly code: number; readonly reason: string }[];
  /** The document updates the room sent it (sync step 2 and updates). */
  updates(): Uint8Array[];
  acks(): ReadonlyMap<number, number>[];
  denials(): string[];
}

/** How a recording connection behaves: it may edit and asks for acknowledgements unless told. */
export interface RecordingOptions {
  readonly wantsAcks?: boolean;
  readonly canEdit?: boolean;
  /** Told of every message as it is sent (to record its order against other things). */
  readonly onSend?: (message: SentMessage) => void;
}

/** A connection for `actor`, recording what the room sends it. */
export function recordingConnection(
  id: string,
  actor: Actor,
  { wantsAcks = true, canEdit = true, onSend = () => undefined }: RecordingOptions = {},
): RecordingConnection {
  const sent: SentMessage[] = [];
  const closes: { code: number; reason: string }[] = [];
  return {
    id,
    actor,
    wantsAcks,
    editRefusal: () => (canEdit ? undefined : 'You may read this draft but not edit it.'),
    send: (bytes) => {
      const message = readSent(bytes);
      sent.push(message);
      onSend(message);
    },
    close: (code, reason) => {
      closes.push({ code, reason });
    },
    sent,
    closes,
    updates: () =>
      sent.flatMap((message) =>
        message.kind === 'update' || message.kind === 'sync-step-2' ? [message.payload] : [],
      ),
    acks: () => sent.flatMap((message) => (message.kind === 'ack' ? [message.clocks] : [])),
    denials: () =>
      sent.flatMap((message) => (message.kind === 'permission-denied' ? [message.reason] : [])),
  };
}

/** Reads a message the room sent. */
export function readSent(bytes: Uint8Array): SentMessage {
  const decoder = decoding.createDecoder(bytes);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_ACK) return { kind: 'ack', clocks: decodeAckBody(decoder) };
  if (type === MESSAGE_AUTH) {
    decoding.readVarUint(decoder);
    return { kind: 'permission-denied', reason: decoding.readVarString(decoder) };
  }
  if (type !== MESSAGE_SYNC) return { kind: 'other' };
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SYNC_STEP_1) return { kind: 'sync-step-1', payload };
  if (step === SYNC_STEP_2) return { kind: 'sync-step-2', payload };
  if (step === SYNC_UPDATE) return { kind: 'update', payload };
  return { kind: 'other' };
}
