import type { PubSub } from '@rapporteur/collab';
import { z } from 'zod';
import { MEETING_ID } from '../meetings/meeting-events.js';

/**
 * Something every instance must act on at once: sockets opened with these credentials close; a
 * meeting changed (a role, a participant, a freeze), so read its stream now.
 */
export type ClusterSignal =
  | { readonly kind: 'token-revoked'; readonly tokenId: string }
  | { readonly kind: 'signed-out'; readonly sessionId: string }
  | { readonly kind: 'meeting-changed'; readonly meetingId: string }
  // An administrator disabled the account: every session and token of it ends.
  | { readonly kind: 'account-disabled'; readonly userId: string }
  // The person signed their other sessions out (or set a new password): all their sessions but
  // the one whose id hashes to `keepSessionHash` end; their tokens stay.
  | { readonly kind: 'sessions-ended'; readonly userId: string; readonly keepSessionHash?: string };

const signalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('token-revoked'), tokenId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('signed-out'), sessionId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('meeting-changed'), meetingId: z.string().regex(MEETING_ID) }),
  z.object({ kind: z.literal('account-disabled'), userId: z.string().min(1).max(200) }),
  z.object({
    kind: z.literal('sessions-ended'),
    userId: z.string().min(1).max(200),
    keepSessionHash: z.string().min(1).max(200).optional(),
  }),
]);

type Handler = (signal: ClusterSignal) => void;

/**
 * Signals to every server instance. Revocations are not events, so they travel here; an instance
 * that misses one (the bus was down) still refuses the credential on its next use, since every
 * request and every new socket is checked against the accounts database. Meeting changes are
 * events, and every instance follows them in the log; the signal only makes them arrive at once
 * even while the log's global order waits for a slow transaction (decision 21). Missing one
 * delays a change, never loses it.
 */
export interface ClusterSignals {
  send(signal: ClusterSignal): void;
  on(handler: Handler): () => void;
}

/** One instance: a signal goes straight to its handlers. */
export function localSignals(): ClusterSignals {
  const handlers = new Set<Handler>();
  return {
    send: (signal) => {
      for (const handler of handlers) handler(signal);
    },
    on: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}

/** Several instances: a signal is acted on here at once, and published for the others. */
export function busSignals(bus: PubSub, channel: string): ClusterSignals {
  const local = localSignals();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  bus.subscribe(channel, (message) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(message));
    } catch {
      return;
    }
    const signal = signalSchema.safeParse(parsed);
    if (signal.success) local.send(signal.data);
  });
  return {
    send: (signal) => {
      local.send(signal);
      bus.publish(channel, encoder.encode(JSON.stringify(signal)));
    },
    on: (handler) => local.on(handler),
  };
}
