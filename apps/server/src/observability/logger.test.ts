import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { chooseLogFormat, createLogger, readLogLevel } from './logger.js';

describe('the logger', () => {
  it('reads LOG_LEVEL, defaulting to info, and refuses a level that does not exist', () => {
    expect(readLogLevel({})).toBe('info');
    expect(readLogLevel({ LOG_LEVEL: '' })).toBe('info');
    expect(readLogLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(() => readLogLevel({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('writes one JSON object per line, with the error stack under err', () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (line: string) => lines.push(line) } });
    logger.child({ meeting: 'cwg-34', person: 'p1' }).error({ err: new Error('boom') }, 'failed');
    logger.debug('not at info');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 50,
      msg: 'failed',
      meeting: 'cwg-34',
      person: 'p1',
      err: { type: 'Error', message: 'boom', stack: expect.stringContaining('boom') as string },
    });
  });

  it('writes JSON unless stdout is a terminal, and LOG_FORMAT decides over either', () => {
    expect(chooseLogFormat(undefined, false)).toBe('json');
    expect(chooseLogFormat(undefined, true)).toBe('pretty');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });

  it('writes short lines in the pretty format, and no routine request', () => {
    const lines: string[] = [];
    const logger = createLogger({
      format: 'pretty',
      destination: { write: (line: string) => lines.push(line) },
    });
    logger.info({ port: 3000 }, 'listening');
    logger.info({ method: 'GET', path: '/', status: 200, ms: 1 }, 'request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}listening port=3000\n$/);
  });
});
