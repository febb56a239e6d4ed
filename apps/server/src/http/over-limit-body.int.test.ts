import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

interface Answer {
  readonly status: number;
  readonly body: string;
  /** Whether the request went over a connection an earlier request had used. */
  readonly reusedSocket: boolean;
}

/** One request over `agent`, its body sent in one piece or (without a length) in chunks. */
function send(
  agent: Agent,
  url: string,
  options: { method: string; body?: Buffer; chunked?: boolean },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, {
      agent,
      method: options.method,
      headers: {
        'content-type': 'application/json',
        ...(options.body === undefined || options.chunked === true
          ? {}
          : { 'content-length': String(options.body.byteLength) }),
      },
    });
    sent.once('error', reject);
    sent.once('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.once('end', () => {
        resolve({ status: response.statusCode ?? 0, body, reusedSocket: sent.reusedSocket });
      });
      response.once('error', reject);
    });
    if (options.body !== undefined && options.chunked === true) {
      for (let at = 0; at < options.body.byteLength; at += 64 * 1024)
        sent.write(options.body.subarray(at, at + 64 * 1024));
    }
    sent.end(options.chunked === true ? undefined : options.body);
  });
}

describe('a request body over the limit', () => {
  let running: TestServer;
  beforeAll(async () => {
    running = await startTestServer();
  });
  afterAll(async () => {
    await running.close();
  });

  const threeMiB = Buffer.alloc(3 * 1024 * 1024, 'a');

  it.each([
    ['with a Content-Length', false],
    ['sent in chunks', true],
  ])(
    'is answered 413 %s, and the client sends its next request on the same connection',
    async (_, chunked) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const refused = await send(agent, `${running.url}/api/meetings`, {
          method: 'POST',
          body: threeMiB,
          chunked,
        });
        expect(refused.status).toBe(413);
        expect(JSON.parse(refused.body)).toMatchObject({ code: 'too_large' });
        const next = await send(agent, `${running.url}/healthz`, { method: 'GET' });
        expect(next).toMatchObject({ status: 200, reusedSocket: true });
      } finally {
        agent.destroy();
      }
    },
  );

  it('is answered 413 at once, closing the connection, when it announces more than is worth reading', async () => {
    const { port } = new URL(running.url);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const ended = new Promise((resolve) => socket.once('close', resolve));
    // 1 GiB announced, a few bytes sent: the server must neither wait for nor read the rest.
    socket.write(
      'POST /api/meetings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${String(1024 ** 3)}\r\n\r\n{"title":`,
    );
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('"code":"too_large"');
  });
});
