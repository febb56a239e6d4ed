import { randomUUID } from 'node:crypto';
import type { Actor, CollabConnection } from '@rapporteur/collab';
import { WebSocket } from 'ws';

// The WebSocket protocol allows at most 123 bytes of close reason.
const MAX_REASON_BYTES = 123;

/** Wraps a `ws` socket as the transport-free connection that collab rooms speak to. */
export function websocketConnection(
  socket: WebSocket,
  options: {
    readonly actor: Actor;
    readonly wantsAcks: boolean;
    readonly editRefusal: () => string | undefined;
  },
): CollabConnection {
  return {
    id: randomUUID(),
    actor: options.actor,
    wantsAcks: options.wantsAcks,
    editRefusal: options.editRefusal,
    send(message) {
      if (socket.readyState === WebSocket.OPEN) socket.send(message);
    },
    close(code, reason) {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
        socket.close(code, truncateUtf8(reason, MAX_REASON_BYTES));
      }
    },
  };
}

function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength <= maxBytes) return text;
  // Cut on a character boundary: decoding a cut sequence would add a replacement character.
  let end = maxBytes;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}
