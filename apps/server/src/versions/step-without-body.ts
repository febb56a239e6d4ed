import type { MiddlewareHandler } from 'hono';

const STEP = /\/versions\/[^/]+\/(?:submit|endorse|approve|freeze)$/;

/**
 * A step without a comment is a POST with no body. Clients written before steps took a comment
 * send it with `content-type: application/json` and nothing after it: that is a step without a
 * comment too, not malformed JSON, which the body's validator would refuse.
 */
export function stepWithoutBody(): MiddlewareHandler {
  return async function stepWithoutBody(c, next) {
    const raw = c.req.raw;
    const empty = raw.body === null || raw.headers.get('content-length') === '0';
    if (
      raw.method === 'POST' &&
      empty &&
      raw.headers.has('content-type') &&
      STEP.test(new URL(raw.url).pathname)
    ) {
      const headers = new Headers(raw.headers);
      headers.delete('content-type');
      c.req.raw = new Request(raw.url, { method: raw.method, headers, signal: raw.signal });
    }
    await next();
  };
}
