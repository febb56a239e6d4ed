import fc from 'fast-check';
import type { Endpoint } from './http-endpoints.js';
import { importBody, jsonBody } from './request-bodies.js';
import { pathWith, query, queryValue, type IdPools } from './request-urls.js';

export type { IdPools } from './request-urls.js';

/** Who sends a request: a person of each role by token, a browser session, or nobody. */
export const CALLERS = [
  'chair',
  'vice-chair',
  'secretariat',
  'delegate',
  'outsider',
  'admin',
  'nobody',
  'bad-token',
  'session',
  'session-cross-site',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface FuzzRequest {
  /** The route's path template the request was made from. */
  readonly template: string;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly caller: Caller;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'text/markdown',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/octet-stream',
  'application/problem+json',
];

/** Random requests to the given endpoints, from every kind of caller. */
export function fuzzRequest(
  endpoints: readonly Endpoint[],
  ids: IdPools,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .constantFrom(...endpoints)
    .chain((endpoint) =>
      fc.record({
        endpoint: fc.constant(endpoint),
        method: fc.oneof(
          { arbitrary: fc.constant(endpoint.method), weight: 6 },
          { arbitrary: fc.constantFrom(...METHODS), weight: 1 },
        ),
        path: pathWith(endpoint.path, ids),
        query,
        caller: fc.constantFrom(...CALLERS),
        contentType: fc.oneof(
          {
            arbitrary: fc.constant(
              endpoint.textBody === true ? 'text/markdown' : 'application/json',
            ),
            weight: 5,
          },
          { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 1 },
        ),
        lastEventId: fc.option(queryValue, { freq: 5 }),
        body: endpoint.textBody === true ? importBody : jsonBody(endpoint.sample),
      }),
    )
    .map(({ endpoint, method, path, query: search, caller, contentType, lastEventId, body }) => {
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const request: FuzzRequest = {
        template: endpoint.path,
        method,
        path,
        query: search,
        caller,
        headers: {
          ...(hasBody ? { 'content-type': contentType } : {}),
          ...(lastEventId === null || !endpoint.path.endsWith('/events')
            ? {}
            : { 'last-event-id': headerSafe(lastEventId) }),
        },
        ...(hasBody ? { body } : {}),
      };
      return Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) });
    });
}

/** Header values carry visible ASCII only (fetch refuses the rest): escape the others. */
function headerSafe(value: string): string {
  return value
    .replace(/[^\x20-\x7e]/gu, (character) => `%u${(character.codePointAt(0) ?? 0).toString(16)}`)
    .slice(0, 2_000);
}

/** The request as a person would retype it: method, URL, caller, headers and the start of the body. */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? ` body (${request.body.length} chars): ${JSON.stringify(request.body.slice(0, 300))}`
        : ` body (${request.body.byteLength} bytes): ${Buffer.from(request.body.subarray(0, 150)).toString('hex')}`;
  return `${request.method} ${request.path}${request.query} as ${request.caller} ${JSON.stringify(request.headers)}${body}`;
}
