import fc from 'fast-check';
import type { Endpoint } from './http-endpoints.js';

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

/** Values for each path parameter: ids of this meeting and of others, and ids of nothing. */
export type IdPools = Record<
  'meetingId' | 'versionId' | 'personId' | 'tokenId' | 'step',
  readonly string[]
>;

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

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\u202Eevil',
    '𝕽𝖆𝖕𝖕𝖔𝖗𝖙𝖊𝖚𝖗',
    '<script>alert(1)</script>',
    "'; DROP TABLE events; --",
    '../../etc/passwd',
    'null',
    'true',
    '-1',
    '1e309',
  ),
  fc.integer({ min: 1_000, max: 100_000 }).map((length) => 'x'.repeat(length)),
);

const oddNumber = fc.constantFrom(
  -1,
  -0,
  0.5,
  2 ** 31,
  2 ** 53 + 1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  1e-320,
);

/** JSON values of the wrong kind for any field. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  oddText,
  oddNumber,
  fc.constantFrom(null, true, false, [], {}, [[]], { __proto__: null }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A JSON body: the route's own sample, then damaged; raw text where JSON.stringify cannot say it. */
function jsonBody(sample: unknown): fc.Arbitrary<string> {
  const fields =
    sample !== null && typeof sample === 'object' && !Array.isArray(sample)
      ? Object.keys(sample)
      : [];
  const base = (sample ?? {}) as Record<string, unknown>;
  const field = fields.length > 0 ? fc.constantFrom(...fields) : fc.string({ maxLength: 8 });
  return fc.oneof(
    { arbitrary: fc.constant(JSON.stringify(sample ?? {})), weight: 3 },
    { arbitrary: field.map((key) => JSON.stringify({ ...base, [key]: undefined })), weight: 2 },
    {
      arbitrary: fc
        .tuple(field, wrongValue)
        .map(([key, value]) => JSON.stringify({ ...base, [key]: value })),
      weight: 6,
    },
    {
      // Keys that pollute prototypes where objects are merged carelessly; raw, so they stay own keys.
      arbitrary: fc
        .constantFrom('__proto__', 'constructor', 'prototype')
        .map((key) => `{"${key}":{"admin":true,"polluted":true},${JSON.stringify(base).slice(1)}`),
      weight: 2,
    },
    {
      arbitrary: fc
        .integer({ min: 1_000, max: 20_000 })
        .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
      weight: 1,
    },
    {
      arbitrary: fc
        .integer({ min: 100, max: 2_000 })
        .map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
      weight: 1,
    },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 2 },
    {
      arbitrary: fc.nat().map((cut) => {
        const text = JSON.stringify(sample ?? {});
        return text.slice(0, cut % Math.max(1, text.length));
      }),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom('', 'null', '{', '{"a":1,}', "{'single':1}", 'NaN', '\uFEFF{}'),
      weight: 1,
    },
  );
}

/** What the import route takes: text and Markdown of every kind, some not UTF-8, a few too large. */
const importBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 4 },
  {
    arbitrary: fc
      .array(
        fc.constantFrom(
          '# Title\n',
          '## 8.2.1.1 Item\n',
          '- list\n',
          '1. one\n',
          '> quote\n',
          '| a | b |\n|---|---|\n',
          '```\ncode\n```\n',
          '[link](javascript:alert(1))\n',
          '![img](x)\n',
          'plain text. ',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join('')),
    weight: 4,
  },
  { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 2 },
  {
    arbitrary: fc.integer({ min: 1, max: 4 }).map((depth) => '>'.repeat(depth * 500) + ' deep'),
    weight: 1,
  },
);

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

function pathWith(template: string, ids: IdPools): fc.Arbitrary<string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const oddId = fc.constantFrom(
    'x'.repeat(65),
    '..',
    '%2e%2e',
    '%00',
    '%C3%A9',
    'a%2Fb',
    '-',
    '_',
    '0',
    'null',
    '%F0%9F%98%80',
  );
  return fc
    .tuple(
      ...names.map((name) =>
        fc.oneof(
          { arbitrary: fc.constantFrom(...idsFor(ids, name)), weight: 5 },
          { arbitrary: oddId, weight: 1 },
        ),
      ),
    )
    .map((values) =>
      values.reduce<string>(
        (path, value, index) => path.replace(`{${names[index] ?? ''}}`, value),
        template,
      ),
    );
}

const queryValue = fc.oneof(
  fc.constantFrom(
    '0',
    '1',
    '-1',
    '1.5',
    '1e3',
    'head',
    '99999999999999',
    '',
    'abc',
    'md',
    'html',
    'docx',
    'pdf',
    '100',
    '101',
  ),
  oddText.map((text) => text.slice(0, 300)),
);
const query = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('at', 'from', 'to', 'cursor', 'limit', 'format', 'after', 'ack'),
        fc.string({ maxLength: 6 }),
      ),
      queryValue,
    ),
    { maxLength: 3 },
  )
  .map((pairs) => {
    const search = new URLSearchParams();
    for (const [key, value] of pairs) search.append(key, value);
    const text = search.toString();
    return text === '' ? '' : `?${text}`;
  });

function idsFor(ids: IdPools, name: string): readonly string[] {
  const pool = (ids as Partial<Record<string, readonly string[]>>)[name];
  return pool === undefined || pool.length === 0 ? ['x'] : pool;
}

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
