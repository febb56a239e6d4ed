import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BYTE_LIMITS, type ByteLimits } from '@rapporteur/collab';
import { z } from 'zod';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from './accounts/accounts.js';
import { DEFAULT_INVITATION_DAYS } from './accounts/invitations.js';
import { MEETING_CREATORS, type MeetingCreators } from './meetings/meeting-creators.js';

/** How the logs are written: JSON lines for machines, or short lines for a person. */
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** The repository's ./data folder, wherever the server is started from (turbo starts it in apps/server). */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

const environment = z.object({
  PORT: port('3000').default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: or postgres://')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1-64 letters, digits, colons, dashes or underscores')
    .default('rapporteur:'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  DEMO_MEETING: z.enum(['on', 'off']).default('on'),
  LOG_FORMAT: z.enum(LOG_FORMATS, { error: 'must be json or pretty' }).optional(),
  MAX_HEAVY_READS: whole('a number of reads at once, such as 4', { min: 1, max: 64 }).default(4),
  METRICS_PORT: port('9464').min(1, 'must be a port from 1 to 65535').optional(),
  SHUTDOWN_DRAIN_MS: whole('a number of milliseconds, such as 5000', {
    min: 0,
    max: 120_000,
  }).default(0),
  SOCKET_CONNECTION_BURST: whole('a number of connections, such as 20', { min: 1 }).optional(),
  SOCKET_CONNECTIONS_PER_SECOND: rate('a number of connections a second, such as 5').optional(),
  SOCKET_MESSAGE_BURST: whole('a number of messages, such as 200', { min: 1 }).optional(),
  SOCKET_MESSAGES_PER_SECOND: rate('a number of messages a second, such as 50').optional(),
  MEETING_CREATORS: z.enum(MEETING_CREATORS).default('administrators'),
  API_TOKEN_DAYS: whole('a whole number of days, such as 90', {
    min: 1,
    max: MAX_TOKEN_DAYS,
  }).default(DEFAULT_TOKEN_DAYS),
  // Fractions allowed: 0.5 is twelve hours (and a test's few seconds).
  INVITATION_DAYS: rate('a number of days, such as 7')
    .max(365, 'must be 365 days or fewer')
    .default(DEFAULT_INVITATION_DAYS),
  MAX_EVENT_BYTES: whole('a number of bytes, such as 1048576', {
    min: 1024,
    max: 64 * 1024 * 1024,
  }).default(1024 * 1024),
  SOCKET_PERSON_BYTE_BURST: bytes(DEFAULT_BYTE_LIMITS.personByteBurst),
  SOCKET_PERSON_BYTES_PER_SECOND: bytes(DEFAULT_BYTE_LIMITS.personBytesPerSecond),
  SOCKET_DRAFT_BYTE_BURST: bytes(DEFAULT_BYTE_LIMITS.draftByteBurst),
  SOCKET_DRAFT_BYTES_PER_SECOND: bytes(DEFAULT_BYTE_LIMITS.draftBytesPerSecond),
  MAX_DRAFT_BYTES: bytes(DEFAULT_BYTE_LIMITS.maxDraftBytes),
});

// Numbers are read from text: 'abc' would be refused in zod's words ("expected number,
// received NaN"). Each says what it counts instead, with an example a person can copy.

function bytes(fallback: number) {
  return whole(`a number of bytes, such as ${String(fallback)}`, { min: 1 }).default(fallback);
}

/** A whole number of `what`, within `min` and `max` when given. */
function whole(what: string, range: { min: number; max?: number }) {
  const within =
    range.max === undefined
      ? `must be ${String(range.min)} or more`
      : `must be from ${String(range.min)} to ${String(range.max)}`;
  const number = z.coerce.number({ error: `must be ${what}` }).int(`must be ${what}`);
  const bounded = number.min(range.min, within);
  return range.max === undefined ? bounded : bounded.max(range.max, within);
}

/** A number above 0, fractions allowed. */
function rate(what: string) {
  return z.coerce.number({ error: `must be ${what}` }).positive(`must be more than 0`);
}

function port(example: string) {
  const message = 'must be a port from 0 to 65535';
  return z.coerce
    .number({ error: `must be a port number, such as ${example}` })
    .int(`must be a port number, such as ${example}`)
    .min(0, message)
    .max(65_535, message);
}
/**
 * Every variable the server reads: the ones above, and LOG_LEVEL (read by the logger). turbo.json
 * must pass each one through to `npm start`, and the README must document each one (a test checks).
 */
export const SETTING_NAMES: readonly string[] = [...Object.keys(environment.shape), 'LOG_LEVEL'];

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string;
  /** The setting the database's location comes from: DATABASE_URL when given, else DATA_DIR. */
  readonly databaseSetting: 'DATABASE_URL' | 'DATA_DIR';
  readonly maxEventBytes: number;
  /** How many days a new API token works: the default, and the longest the API gives. */
  readonly apiTokenDays: number;
  /** How many days an invitation's one-time link works (fractions allowed). */
  readonly invitationDays: number;
  /** Who may create meetings: administrators only (the default), or every account. */
  readonly meetingCreators: MeetingCreators;
  /** How many drafts, diffs and exports one instance computes at once; beyond, 503 busy. */
  readonly maxHeavyReads: number;
  /** Where /metrics is served (on `host`); absent: nowhere. Never the public port (decision 27). */
  readonly metricsPort: number | undefined;
  /** Several instances: where they tell each other what they stored. Absent: one instance. */
  readonly redis: { readonly url: string; readonly prefix: string } | undefined;
  /** LOG_FORMAT; absent: short lines when stdout is a terminal, else JSON (chooseLogFormat). */
  readonly logFormat: LogFormat | undefined;
  /** Whether the first start creates the demo meeting and its accounts (off in production). */
  readonly demoMeeting: boolean;
  /** Behind a reverse proxy: client addresses come from the last X-Forwarded-For entry. */
  readonly trustProxy: boolean;
  /**
   * On SIGTERM, how long the instance stays up saying it is not ready before it closes its
   * sockets: as long as the load balancer needs to see /readyz fail (0: close at once).
   */
  readonly shutdownDrainMs: number;
  /** Bytes of document updates stored per person and per draft, and a draft's size limit. */
  readonly byteLimits: ByteLimits;
  /** Per-address socket limits that differ from the defaults (collab-endpoint.ts). */
  readonly socketLimits: {
    readonly connectionBurst?: number;
    readonly connectionsPerSecond?: number;
    readonly messageBurst?: number;
    readonly messagesPerSecond?: number;
  };
}

/** A setting in the environment that cannot be used; the message names each one and why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the configuration once, at boot. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in a shell or a compose file) means "not set".
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environment.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(
      `The environment holds settings Rapporteur cannot use:\n  ${problems.join('\n  ')}`,
    );
  }
  const settings = parsed.data;
  const byteLimits = byteLimitsOf(settings);
  const dataDir = resolve(settings.DATA_DIR);
  return {
    port: settings.PORT,
    host: settings.HOST,
    dataDir,
    databaseUrl: settings.DATABASE_URL ?? `sqlite:${join(dataDir, 'rapporteur.sqlite')}`,
    databaseSetting: settings.DATABASE_URL === undefined ? 'DATA_DIR' : 'DATABASE_URL',
    maxEventBytes: settings.MAX_EVENT_BYTES,
    apiTokenDays: settings.API_TOKEN_DAYS,
    invitationDays: settings.INVITATION_DAYS,
    meetingCreators: settings.MEETING_CREATORS,
    maxHeavyReads: settings.MAX_HEAVY_READS,
    metricsPort: settings.METRICS_PORT,
    redis:
      settings.REDIS_URL === undefined
        ? undefined
        : { url: settings.REDIS_URL, prefix: settings.REDIS_PREFIX },
    logFormat: settings.LOG_FORMAT,
    demoMeeting: settings.DEMO_MEETING === 'on',
    trustProxy: settings.TRUST_PROXY === 'true',
    shutdownDrainMs: settings.SHUTDOWN_DRAIN_MS,
    byteLimits,
    socketLimits: {
      ...definedOnly({
        connectionBurst: settings.SOCKET_CONNECTION_BURST,
        connectionsPerSecond: settings.SOCKET_CONNECTIONS_PER_SECOND,
        messageBurst: settings.SOCKET_MESSAGE_BURST,
        messagesPerSecond: settings.SOCKET_MESSAGES_PER_SECOND,
      }),
    },
  };
}

/**
 * The byte budgets, checked against the largest message: an update is counted whole, so a burst
 * smaller than MAX_EVENT_BYTES would refuse a message of that size forever.
 */
function byteLimitsOf(settings: z.infer<typeof environment>): ByteLimits {
  const tooSmall = (['SOCKET_PERSON_BYTE_BURST', 'SOCKET_DRAFT_BYTE_BURST'] as const).filter(
    (name) => settings[name] < settings.MAX_EVENT_BYTES,
  );
  if (tooSmall.length > 0)
    throw new ConfigError(
      `The environment holds settings Rapporteur cannot use:\n  ${tooSmall
        .map((name) => `${name}: must be at least MAX_EVENT_BYTES (${settings.MAX_EVENT_BYTES})`)
        .join('\n  ')}`,
    );
  return {
    personByteBurst: settings.SOCKET_PERSON_BYTE_BURST,
    personBytesPerSecond: settings.SOCKET_PERSON_BYTES_PER_SECOND,
    draftByteBurst: settings.SOCKET_DRAFT_BYTE_BURST,
    draftBytesPerSecond: settings.SOCKET_DRAFT_BYTES_PER_SECOND,
    maxDraftBytes: settings.MAX_DRAFT_BYTES,
  };
}

function definedOnly<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
