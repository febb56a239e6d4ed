import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { ConfigError } from '../config.js';

export type { Logger };

const LEVELS: readonly LevelWithSilent[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

/** `LOG_LEVEL` from the environment (default `info`), refused at boot when it is not a level. */
export function readLogLevel(env: NodeJS.ProcessEnv = process.env): LevelWithSilent {
  const given = env.LOG_LEVEL;
  if (given === undefined || given === '') return 'info';
  const level = LEVELS.find((candidate) => candidate === given.toLowerCase());
  if (level === undefined) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}; it is "${given}".`);
  }
  return level;
}

/**
 * The server's structured logger: one JSON object per line on stdout (or `destination`), with
 * pid and hostname so that lines from several instances can be told apart.
 * Example: `createLogger({ level: 'silent' })` in tests that do not read logs.
 */
export function createLogger(
  options: { readonly level?: LevelWithSilent; readonly destination?: DestinationStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      // Errors logged as `{ err }` keep their type, message and stack.
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination,
  );
}

/** A logger that writes nothing: the default when no logger is passed in. */
export const silentLogger = (): Logger => createLogger({ level: 'silent' });
