import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { ConfigError, type LogFormat } from '../config.js';
import { terminalLines } from './terminal-lines.js';

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
 * How the logs are written: LOG_FORMAT when set; else short lines for a person when stdout is a
 * terminal, and JSON everywhere else (CI, docker, pipes, log collectors).
 */
export function chooseLogFormat(setting: LogFormat | undefined, isTerminal: boolean): LogFormat {
  return setting ?? (isTerminal ? 'pretty' : 'json');
}

/**
 * The server's structured logger: one JSON object per line on stdout (or `destination`), with
 * pid and hostname so that lines from several instances can be told apart; with `format:
 * 'pretty'`, short lines a person reads instead (terminal-lines.ts).
 * Example: `createLogger({ level: 'silent' })` in tests that do not read logs.
 */
export function createLogger(
  options: {
    readonly level?: LevelWithSilent;
    readonly format?: LogFormat;
    readonly destination?: DestinationStream;
  } = {},
): Logger {
  // Synchronous, as process.stdout is on Linux: pino's default (asynchronous) let the welcome box
  // main.ts writes after the "listening" line reach the terminal before it.
  const stdout = options.destination ?? pino.destination({ dest: 1, sync: true });
  const destination = options.format === 'pretty' ? terminalLines(stdout) : stdout;
  return pino(
    {
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      // Errors logged as `{ err }` keep their type, message and stack.
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

/** A logger that writes nothing: the default when no logger is passed in. */
export const silentLogger = (): Logger => createLogger({ level: 'silent' });
