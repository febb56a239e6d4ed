import type { Stamped } from './drill-client.js';

/** A stretch of time during which a fault was in place. */
export interface FaultWindow {
  readonly from: number;
  readonly to: number;
}

/**
 * The events that arrived inside the window, after `graceMs`: what was in flight on the loopback
 * when the fault began may still land in its first moments, and that is not the server's doing.
 */
export function inside<T>(
  events: readonly Stamped<T>[],
  window: FaultWindow,
  graceMs = 300,
): Stamped<T>[] {
  return events.filter((event) => event.at > window.from + graceMs && event.at < window.to);
}

/** Close codes that tell a y-websocket client to give up (4400-4499): never right for an outage. */
export function finalCloses(
  closes: readonly Stamped<{ code: number; reason: string }>[],
): Stamped<{ code: number; reason: string }>[] {
  return closes.filter(({ value }) => value.code >= 4400 && value.code < 4500);
}

/**
 * Acknowledgements inside the window that claim more than was acknowledged before it: an edit
 * reported saved while nothing could be saved. (Re-acknowledging what was stored before the
 * fault, as a server may when a client resyncs, is true and allowed.)
 */
export function acknowledgedDuring(
  acks: readonly Stamped<ReadonlyMap<number, number>>[],
  window: FaultWindow,
  graceMs = 300,
): { at: number; client: number; clock: number; before: number }[] {
  const before = new Map<number, number>();
  for (const ack of acks.filter((event) => event.at <= window.from + graceMs))
    for (const [client, clock] of ack.value)
      before.set(client, Math.max(clock, before.get(client) ?? 0));
  return inside(acks, window, graceMs).flatMap((ack) =>
    [...ack.value]
      .filter(([client, clock]) => clock > (before.get(client) ?? 0))
      .map(([client, clock]) => ({ at: ack.at, client, clock, before: before.get(client) ?? 0 })),
  );
}
