import { describe, expect, it } from 'vitest';
import { shortLine, terminalLines } from './terminal-lines.js';

const AT = '2026-12-07T18:06:12.345Z';
const request = (level: number, status: number) =>
  JSON.stringify({
    level,
    time: AT,
    pid: 1,
    hostname: 'vm',
    requestId: 'r-1',
    method: 'GET',
    path: '/api/meetings/x',
    status,
    ms: 2.5,
    msg: 'request',
  });

describe('the terminal lines', () => {
  it('drops the successful requests and writes the failed ones on one short line', () => {
    const written: string[] = [];
    const out = terminalLines({ write: (text: string) => written.push(text) });
    out.write(request(30, 200));
    out.write(request(20, 200));
    out.write(request(40, 404));
    expect(written).toEqual(['18:06:12 WARN  GET /api/meetings/x 404 2.5 ms\n']);
  });

  it('shows other messages with their fields, and a failure with its request id and stack', () => {
    expect(
      shortLine({ level: 30, time: AT, pid: 1, hostname: 'vm', msg: 'listening', port: 80 }),
    ).toBe('18:06:12 INFO  listening port=80');
    const failed = shortLine({
      level: 50,
      time: AT,
      msg: 'request failed',
      requestId: 'r-9',
      err: { message: 'boom', stack: 'Error: boom\n    at x' },
    });
    expect(failed.split('\n')).toEqual([
      '18:06:12 ERROR request failed requestId=r-9',
      '    Error: boom',
      '        at x',
    ]);
  });
});
