import type { DestinationStream } from 'pino';

/** pino's numeric levels, as a person reads them in a terminal. */
const LEVEL_NAMES: Readonly<Record<number, string>> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const WARN = 40;
const ERROR = 50;

// Fields every line carries or that the short line already shows in its own place.
const SHOWN_APART = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err', 'requestId']);

interface LogRecord {
  readonly level: number;
  readonly time?: string;
  readonly msg?: string;
  readonly err?: { readonly message?: string; readonly stack?: string };
  readonly requestId?: string;
  readonly [field: string]: unknown;
}

/**
 * A pino destination that writes short lines a person reads (`18:06:12 WARN  GET /x 404 2.1 ms`)
 * instead of JSON, for a terminal. Answered requests are routine: only those at warn and above
 * (4xx, 5xx) are written, so that the start-up lines do not scroll away with every page load.
 */
export function terminalLines(out: { write(text: string): unknown }): DestinationStream {
  return {
    write(line: string) {
      const record = JSON.parse(line) as LogRecord;
      if (record.msg === 'request' && record.level < WARN) return;
      out.write(`${shortLine(record)}\n`);
    },
  };
}

/** One record as a line: time, level, what happened, then the remaining fields as key=value. */
export function shortLine(record: LogRecord): string {
  const time = (record.time ?? new Date().toISOString()).slice(11, 19);
  const level = (LEVEL_NAMES[record.level] ?? String(record.level)).padEnd(5);
  const what =
    record.msg === 'request'
      ? `${String(record.method)} ${String(record.path)} ${String(record.status)} ${String(record.ms)} ms`
      : (record.msg ?? '');
  const skip =
    record.msg === 'request'
      ? new Set([...SHOWN_APART, 'method', 'path', 'status', 'ms'])
      : SHOWN_APART;
  const fields = Object.entries(record)
    .filter(([key]) => !skip.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  // A failure is looked up by its request id (a 500's answer names it); routine lines need none.
  if (record.level >= ERROR && record.requestId !== undefined)
    fields.push(`requestId=${record.requestId}`);
  const head = [time, level, what, ...fields].filter((part) => part !== '').join(' ');
  if (record.err === undefined) return head;
  const stack = record.err.stack ?? record.err.message ?? '';
  return `${head}\n${stack.replace(/^/gm, '    ')}`;
}
