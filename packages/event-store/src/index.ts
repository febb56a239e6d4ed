export { createEventStore, DEFAULT_URL, type EventStoreOptions } from './create-event-store.js';
export {
  ConcurrencyError,
  DuplicateEventError,
  EventStoreError,
  InvalidPositionError,
  StreamSealedError,
  ValidationError,
  type ActualRevision,
} from './errors.js';
export { DEFAULT_LIMITS, type EventLimits } from './prepared-append.js';
export { canonicalJson } from './canonical-json.js';
export { SearchPathPostgresDialect } from './storage/search-path-dialect.js';
export { openPostgresPool, type PostgresPoolOptions } from './storage/postgres-pool.js';
export type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedRevision,
  JsonObject,
  JsonValue,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SealAction,
  Snapshot,
  StreamAppend,
  StreamHead,
  SubscribeOptions,
  Subscription,
  VerifyResult,
} from './types.js';
