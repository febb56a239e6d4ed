/**
 * What rooms report for monitoring. The server turns these into Prometheus metrics; rooms know
 * nothing of Prometheus. Every method is called synchronously and must not throw.
 */
export interface RoomObserver {
  /** A batch of updates was stored: how many events, and how long the append took. */
  committed(batch: { readonly events: number; readonly seconds: number }): void;
  /** An update stored by another instance was applied here, `lagSeconds` after it was published. */
  remoteApplied(update: { readonly lagSeconds: number }): void;
  /** Updates missed on the fan-out were read from the log instead (a gap, or after a reconnect). */
  gapRepaired(repair: { readonly events: number }): void;
}

export const SILENT_OBSERVER: RoomObserver = {
  committed: () => undefined,
  remoteApplied: () => undefined,
  gapRepaired: () => undefined,
};
