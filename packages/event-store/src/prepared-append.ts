import { randomUUID } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { ValidationError } from './errors.js';
import { sha256, type Digest } from './hash-chain.js';
import type { MetadataEncoder } from './metadata-encoder.js';
import type { ExpectedRevision, NewEvent, SealAction, StreamAppend } from './types.js';

/** Limits on what one event may hold. */
export interface EventLimits {
  /** Largest `data` (as canonical JSON) or `payload`, in bytes. Default 1 MiB. */
  readonly maxEventBytes: number;
  /** Largest `metadata`, in bytes. Default 64 KiB. */
  readonly maxMetadataBytes: number;
}

export const DEFAULT_LIMITS: EventLimits = {
  maxEventBytes: 1024 * 1024,
  maxMetadataBytes: 64 * 1024,
};

// One append is one INSERT statement on PostgreSQL, whose 65,535 parameters hold 5,957 events.
export const MAX_EVENTS_PER_APPEND = 5000;

/** An event validated and encoded to the exact bytes that will be stored and hashed. */
export interface PreparedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly dataKind: 'json' | 'binary';
  readonly data: Buffer;
  readonly metadata: Buffer;
  /** sha256 of `data` and of `metadata`, computed once here for the chain hash. */
  readonly dataDigest: Digest;
  readonly metadataDigest: Digest;
}

export interface PreparedStreamAppend {
  readonly stream: string;
  readonly expectedRevision: ExpectedRevision;
  readonly seal: SealAction | null;
  readonly events: readonly PreparedEvent[];
}

const MAX_NAME_LENGTH = 200;

/**
 * Checks and encodes a whole append before any database work, so that bad input throws
 * ValidationError and stores nothing.
 */
export function prepareAppends(
  appends: readonly StreamAppend[],
  limits: EventLimits,
  metadataEncoder: MetadataEncoder,
): PreparedStreamAppend[] {
  if (appends.length === 0)
    throw new ValidationError(
      'Nothing to append: pass at least one stream with events.',
      'appends',
    );
  const streams = new Set<string>();
  const eventIds = new Set<string>();
  const total = appends.reduce(
    (sum, append) => sum + (Array.isArray(append.events) ? append.events.length : 0),
    0,
  );
  if (total > MAX_EVENTS_PER_APPEND) {
    throw new ValidationError(
      `One append holds ${total} events, over the limit of ${MAX_EVENTS_PER_APPEND}: split it into several appends.`,
      'events',
    );
  }
  return appends.map((append) => {
    const stream = checkName(append.stream, 'stream');
    if (streams.has(stream)) {
      throw new ValidationError(
        `Stream "${stream}" appears twice in one append: put all its events in one entry.`,
        'stream',
      );
    }
    streams.add(stream);
    const appendEvents: unknown = append.events;
    if (!Array.isArray(appendEvents) || appendEvents.length === 0) {
      throw new ValidationError(
        `No events to append to "${stream}": pass at least one event.`,
        'events',
      );
    }
    const events = append.events.map((event) => {
      const prepared = prepareEvent(event, limits, metadataEncoder);
      if (eventIds.has(prepared.eventId)) {
        throw new ValidationError(
          `Event id ${prepared.eventId} appears twice in one append: give each event its own id.`,
          'eventId',
        );
      }
      eventIds.add(prepared.eventId);
      return prepared;
    });
    return {
      stream,
      expectedRevision: checkExpectedRevision(append.expectedRevision ?? 'any'),
      seal: checkSeal(append.seal),
      events,
    };
  });
}

function prepareEvent(
  event: NewEvent,
  limits: EventLimits,
  metadataEncoder: MetadataEncoder,
): PreparedEvent {
  // Callers may hand on what a client sent: check the shape, not only the type.
  const input: unknown = event;
  if (typeof input !== 'object' || input === null) {
    throw new ValidationError(
      'An event must be an object with a type and data or a payload.',
      'events',
    );
  }
  const eventId = event.eventId === undefined ? randomUUID() : checkName(event.eventId, 'eventId');
  const type = checkName(event.type, 'type');
  const hasData = event.data !== undefined;
  const hasPayload = event.payload !== undefined;
  if (hasData === hasPayload) {
    throw new ValidationError(
      `Event ${type} needs exactly one of data (JSON) or payload (bytes).`,
      'data',
    );
  }
  let dataKind: PreparedEvent['dataKind'];
  let data: Buffer;
  if (hasPayload) {
    if (!(event.payload instanceof Uint8Array)) {
      throw new ValidationError(`The payload of event ${type} must be a Uint8Array.`, 'payload');
    }
    dataKind = 'binary';
    data = Buffer.from(event.payload);
  } else {
    dataKind = 'json';
    data = Buffer.from(canonicalJson(event.data, 'data'), 'utf8');
  }
  if (data.byteLength > limits.maxEventBytes) {
    throw new ValidationError(
      `Event ${type} holds ${data.byteLength} bytes, over the limit of ${limits.maxEventBytes}: split it into smaller events.`,
      dataKind === 'binary' ? 'payload' : 'data',
    );
  }
  const metadataValue = event.metadata ?? {};
  if (typeof metadataValue !== 'object' || Array.isArray(metadataValue)) {
    throw new ValidationError(`The metadata of event ${type} must be a JSON object.`, 'metadata');
  }
  const { bytes: metadata, digest: metadataDigest } = metadataEncoder.encode(
    canonicalJson(metadataValue, 'metadata'),
  );
  if (metadata.byteLength > limits.maxMetadataBytes) {
    throw new ValidationError(
      `The metadata of event ${type} holds ${metadata.byteLength} bytes, over the limit of ${limits.maxMetadataBytes}.`,
      'metadata',
    );
  }
  return { eventId, type, dataKind, data, metadata, dataDigest: sha256(data), metadataDigest };
}

/** Checks a stream name, event type or event id: a non-empty printable string of bounded length. */
export function checkName(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new ValidationError(`${field} must be a non-empty string.`, field);
  }
  if (value.length > MAX_NAME_LENGTH) {
    throw new ValidationError(
      `${field} is ${value.length} characters long, over the limit of ${MAX_NAME_LENGTH}.`,
      field,
    );
  }
  if (hasControlCharacter(value)) {
    throw new ValidationError(
      `${field} contains a control character: use printable characters only.`,
      field,
    );
  }
  return value;
}

// Control characters make names that print misleadingly in logs and exports.
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function checkExpectedRevision(value: unknown): ExpectedRevision {
  if (value === 'any' || value === 'no_stream' || value === 'exists') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new ValidationError(
    `expectedRevision must be 'any', 'no_stream', 'exists' or a revision number (0 or more), not ${JSON.stringify(value)}.`,
    'expectedRevision',
  );
}

function checkSeal(value: unknown): SealAction | null {
  if (value === undefined) return null;
  if (value === 'seal' || value === 'unseal') return value;
  throw new ValidationError(
    `seal must be 'seal' or 'unseal', not ${JSON.stringify(value)}.`,
    'seal',
  );
}
