/** The public shapes of the event store: what goes in, what comes out. */

/** A JSON value as it can be stored: no undefined, no functions, no NaN, no class instances. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/**
 * An opaque, totally ordered place in the global log. Only the store that returned it can read it;
 * keep it as a checkpoint and hand it back to `readAll` or `subscribe`.
 */
export type Position = string & { readonly __brand: 'Position' };

/** What the stream must look like for an append to go through (EventStoreDB's four cases). */
export type ExpectedRevision = 'any' | 'no_stream' | 'exists' | number;

/**
 * `seal` closes the stream after this append (with an exact expected revision it may also add to
 * a stream that is sealed already, which stays sealed); `unseal` lets this append into a sealed
 * stream and opens it.
 */
export type SealAction = 'seal' | 'unseal';

/** An event to append: JSON `data` or an opaque binary `payload` (a Yjs update), never both. */
export interface NewEvent {
  /** Unique across the store; a retry with the same ids stores nothing twice. Generated when absent. */
  readonly eventId?: string;
  readonly type: string;
  readonly data?: JsonValue;
  readonly payload?: Uint8Array;
  /** Who and why: actor, role, connection, correlation. Stored as canonical JSON. */
  readonly metadata?: JsonObject;
}

export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
  readonly seal?: SealAction;
}

/** One stream's part of an atomic append across several streams. */
export interface StreamAppend extends AppendOptions {
  readonly stream: string;
  readonly events: readonly NewEvent[];
}

export interface AppendResult {
  readonly stream: string;
  /** The revision of the first event written by this append (revisions start at 0). */
  readonly firstRevision: number;
  /** The stream's revision after the append: pass it as `expectedRevision` to append on top. */
  readonly nextExpectedRevision: number;
  /** The global position of the last event written. */
  readonly position: Position;
  /** The chain hash at `nextExpectedRevision`. */
  readonly hash: string;
}

/** An event as stored. `data` is set for JSON events, `payload` for binary ones. */
export interface RecordedEvent {
  readonly position: Position;
  readonly stream: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: JsonValue | null;
  readonly payload: Uint8Array | null;
  readonly metadata: JsonObject;
  readonly recordedAt: string;
  readonly seal: SealAction | null;
  readonly previousHash: string;
  readonly hash: string;
}

export interface ReadStreamOptions {
  /** First revision to read (inclusive). Forwards: default 0; backwards: default the last. */
  readonly from?: number;
  /** Last revision to read (inclusive). */
  readonly to?: number;
  readonly direction?: 'forwards' | 'backwards';
  readonly limit?: number;
}

export interface ReadAllOptions {
  /** Read the events after this position; from the beginning when absent. */
  readonly after?: Position;
  readonly limit?: number;
}

/** Catch up from `after` (or a stream from `fromRevision`), then receive new events live. */
export type SubscribeOptions =
  | { readonly after?: Position; readonly stream?: undefined; readonly batchSize?: number }
  | {
      readonly stream: string;
      readonly fromRevision?: number;
      readonly after?: undefined;
      readonly batchSize?: number;
    };

/** An async iterable of events in order, none missed and none twice, until it is closed. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): void;
}

export interface StreamHead {
  readonly stream: string;
  readonly revision: number;
  readonly hash: string;
  readonly sealed: boolean;
}

export type VerifyResult =
  | { readonly ok: true; readonly stream: string; readonly revision: number; readonly hash: string }
  | {
      readonly ok: false;
      readonly stream: string;
      /** The first revision whose stored hash does not follow from the stored bytes. */
      readonly brokenAt: number;
      readonly reason: string;
    };

export interface Snapshot {
  readonly stream: string;
  readonly revision: number;
  readonly state: Uint8Array;
  /** The stream's chain hash at `revision`: the snapshot is of exactly that history. */
  readonly chainHash: string;
  readonly createdAt: string;
}

/** The append-only event log. */
export interface EventStore {
  readonly dialect: 'sqlite' | 'postgres';
  append(
    stream: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** Appends to several streams in one transaction: all of it is stored, or none. */
  appendMany(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  subscribe(options?: SubscribeOptions): Subscription;
  head(stream: string): Promise<StreamHead | undefined>;
  verify(stream: string): Promise<VerifyResult>;
  verifyAll(): Promise<readonly VerifyResult[]>;
  saveSnapshot(
    stream: string,
    snapshot: { revision: number; state: Uint8Array },
  ): Promise<Snapshot>;
  /** The latest snapshot at or before `atOrBefore` (default: the latest of all). */
  loadSnapshot(stream: string, options?: { atOrBefore?: number }): Promise<Snapshot | undefined>;
  deleteSnapshots(stream: string): Promise<void>;
  close(): Promise<void>;
}
