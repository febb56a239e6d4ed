/**
 * What rooms report for monitoring. The server turns these into Prometheus metrics; rooms know
 * nothing of Prometheus. Every method is called synchronously and must not throw.
 */
export interface RoomObserver {
  /**
   * A group commit was stored: how many updates it took, in how many events (one per connection,
   * decision 53), and how long the append took.
   */
  committed(batch: {
    readonly updates: number;
    readonly events: number;
    readonly seconds: number;
  }): void;
  /** A stage of the commit pipeline took `seconds` (`StageClock`). */
  stage(stage: CommitStage, seconds: number): void;
  /** An update stored by another instance was applied here, `lagSeconds` after it was published. */
  remoteApplied(update: { readonly lagSeconds: number }): void;
  /** Updates missed on the fan-out were read from the log instead (a gap, or after a reconnect). */
  gapRepaired(repair: { readonly events: number }): void;
}

/**
 * The stages an update goes through, in order: `receive` (decoded, what is new, may its sender
 * edit, byte budgets; per update), then per commit `check` (what of the batch is new, owned and
 * fits the schema), `trial` (merged per connection and applied on a scratch document),
 * `append` (stored in the log, fsync included), `apply` (to the room's document), `broadcast`
 * (sent to every connection and published) and `acknowledge`.
 */
export const COMMIT_STAGES = [
  'receive',
  'check',
  'trial',
  'append',
  'apply',
  'broadcast',
  'acknowledge',
] as const;
export type CommitStage = (typeof COMMIT_STAGES)[number];

export const SILENT_OBSERVER: RoomObserver = {
  committed: () => undefined,
  stage: () => undefined,
  remoteApplied: () => undefined,
  gapRepaired: () => undefined,
};
