import type { Context, MiddlewareHandler } from 'hono';

export interface BodyLimitOptions {
  /** The largest body a route may receive. */
  readonly maxBytes: number;
  /**
   * How much of a refused body is still read (and thrown away) so that the 413 reaches the client
   * and its connection stays usable; a larger body is refused with `Connection: close` instead of
   * being read, so that nobody can make the server read gigabytes.
   */
  readonly drainBytes: number;
  /** The refusal: a 413 problem. */
  readonly tooLarge: (c: Context) => Response;
}

/**
 * Refuses bodies over `maxBytes` with 413 without dropping the connection. A server that answers
 * before reading the body and then stops reading leaves the rest of it in the connection: a client
 * that reuses connections (a keep-alive agent, a browser) sees "other side closed" instead of the
 * 413, or its next request fails. So the rest of a refused body is read, up to `drainBytes`.
 */
export function bodyLimit({ maxBytes, drainBytes, tooLarge }: BodyLimitOptions): MiddlewareHandler {
  return async function bodyLimit(c, next) {
    const body = c.req.raw.body;
    if (body === null) return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(length) <= maxBytes) return next();
      return refuse(c, body.getReader(), { read: 0, expected: Number(length) });
    }
    // No length given (chunked): count while reading, and hand the route what was read.
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let read = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      if (read > maxBytes) return refuse(c, reader, { read, expected: undefined });
      chunks.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
    return next();
  };

  async function refuse(
    c: Context,
    reader: ReadableStreamDefaultReader<Uint8Array>,
    seen: { read: number; expected: number | undefined },
  ): Promise<Response> {
    let read = seen.read;
    if (seen.expected === undefined || seen.expected <= drainBytes) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return tooLarge(c);
        read += value.byteLength;
        if (read > drainBytes) break;
      }
    }
    await reader.cancel().catch(() => undefined);
    const answer = tooLarge(c);
    answer.headers.set('connection', 'close');
    return answer;
  }
}
