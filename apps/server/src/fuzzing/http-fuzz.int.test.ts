import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position } from '@rapporteur/event-store';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPerson,
  meetingWith,
  PASSWORD,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { describeRun, fuzzRun } from './fuzz-run.js';
import { endpointsOf, ROUTES_OUTSIDE_OPENAPI, type Endpoint } from './http-endpoints.js';
import { answerViolation } from './http-verdict.js';
import {
  describeRequest,
  fuzzRequest,
  type Caller,
  type FuzzRequest,
  type IdPools,
} from './request-arbitraries.js';

const MEETING = 'http-34';
const OTHER_MEETING = 'other-34';
const REQUEST_TIMEOUT_MS = 15_000;
const MINUTES = `# CWG-WSIS&SDG 34\n\n## 1 Opening\n\nThe chair opened the meeting.\n\n## 2 Adoption of the agenda\n\nThe agenda was adopted.\n`;

type Role = 'chair' | 'vice-chair' | 'secretariat' | 'delegate' | 'outsider' | 'admin';

describe('the HTTP API, fuzzed', () => {
  const run = fuzzRun('http');
  let server: TestServer;
  let webDist: string;
  let people: Record<Role, TestPerson>;
  let session = '';
  let ids: IdPools;
  let endpoints: Endpoint[];
  let openApiPaths: string[];

  const call = (path: string, init: RequestInit & { as?: TestPerson } = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: {
        ...(init.as === undefined ? {} : { authorization: `Bearer ${init.as.token}` }),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const json = async <T>(response: Promise<Response>): Promise<T> => {
    const answer = await response;
    if (!answer.ok) throw new Error(`Setting up: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  };

  beforeAll(async () => {
    // A built web app of one page, as production serves it (without one, / says "build me first").
    webDist = mkdtempSync(join(tmpdir(), 'rapporteur-fuzz-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Rapporteur</title>');
    writeFileSync(join(webDist, 'assets', 'app.js'), 'export {};');
    server = await startTestServer({ webDist });
    const person = (name: string, admin = false) =>
      createPerson(server.accounts, { email: `${name}@itu.example`, name, admin });
    people = {
      chair: await person('chair'),
      'vice-chair': await person('vice-chair'),
      secretariat: await person('secretariat'),
      delegate: await person('delegate'),
      outsider: await person('outsider'),
      admin: await person('admin', true),
    };
    const spare = await Promise.all([person('invitee-one'), person('invitee-two')]);
    await meetingWith(server.store, MEETING, {
      chair: people.chair.user,
      others: [
        { user: people['vice-chair'].user, role: 'vice-chair' },
        { user: people.secretariat.user, role: 'secretariat' },
        { user: people.delegate.user, role: 'delegate' },
        ...spare.map(({ user }) => ({ user, role: 'delegate' as const })),
      ],
    });
    await meetingWith(server.store, OTHER_MEETING, { chair: people.outsider.user });
    // The catalog reads the log as it starts: restart so that it knows both meetings.
    await server.restart();
    const versions: string[] = [];
    for (const [meeting, owner] of [
      [MEETING, people.chair],
      [OTHER_MEETING, people.outsider],
    ] as const) {
      await json(
        call(`/api/meetings/${meeting}/import`, {
          method: 'POST',
          as: owner,
          headers: { 'content-type': 'text/markdown' },
          body: MINUTES,
        }),
      );
      const version = await json<{ id: string }>(
        call(`/api/meetings/${meeting}/versions`, {
          method: 'POST',
          as: owner,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'First reading' }),
        }),
      );
      versions.push(version.id);
    }
    const signIn = await call('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'chair@itu.example', password: PASSWORD }),
    });
    session = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(session).toContain('=');
    // Spare tokens: revoking one is fair game; the tokens the callers use are never offered.
    // Made directly: only a signed-in person mints tokens over the API, never a token.
    const spareTokens = await Promise.all(
      Object.values(people).map((each) => server.accounts.createToken(each.user.id, 'spare')),
    );
    ids = {
      meetingId: [MEETING, OTHER_MEETING, 'no-such-meeting', 'demo'],
      versionId: [...versions, 'no-such-version', '0', 'head'],
      personId: [
        ...spare.map(({ user }) => user.id),
        people.chair.user.id,
        people.outsider.user.id,
        'nobody',
      ],
      tokenId: [...spareTokens.map((token) => token.id), randomUUID(), 'not-a-uuid'],
      step: ['submit', 'endorse', 'approve', 'freeze', 'publish'],
    };
    const document = await json<Parameters<typeof endpointsOf>[0]>(call('/api/openapi.json'));
    openApiPaths = Object.keys(document.paths);
    endpoints = [...endpointsOf(document), ...ROUTES_OUTSIDE_OPENAPI];
  });

  afterAll(async () => {
    await server.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  /** The log's last global position: a refused request must leave it where it was. */
  const headAfter = async (position: Position | undefined): Promise<Position | undefined> => {
    let head = position;
    for (;;) {
      const events = await server.store.readAll({
        ...(head === undefined ? {} : { after: head }),
        limit: 1_000,
      });
      if (events.length === 0) return head;
      head = events.at(-1)!.position;
    }
  };

  const headersOf = (caller: Caller): Record<string, string> => {
    switch (caller) {
      case 'nobody':
        return {};
      case 'bad-token':
        return { authorization: 'Bearer rap_not-a-token' };
      case 'session':
        return { cookie: session, origin: server.url };
      case 'session-cross-site':
        return { cookie: session, origin: 'https://evil.example' };
      case 'chair':
      case 'vice-chair':
      case 'secretariat':
      case 'delegate':
      case 'outsider':
      case 'admin':
        return { authorization: `Bearer ${people[caller].token}` };
    }
  };

  const send = async (request: FuzzRequest) => {
    const response = await fetch(`${server.url}${request.path}${request.query}`, {
      method: request.method,
      headers: { ...headersOf(request.caller), ...request.headers },
      ...(request.body === undefined
        ? {}
        : { body: typeof request.body === 'string' ? request.body : Buffer.from(request.body) }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const contentType = response.headers.get('content-type') ?? '';
    // The live events never end: their headers are the answer.
    if (contentType.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return { status: response.status, contentType, body: '' };
    }
    return { status: response.status, contentType, body: await response.text() };
  };

  it(`answers ${run.cases} random requests without a 5xx, with problem JSON, changing nothing when refusing`, async () => {
    process.stdout.write(`${describeRun('http', run)}\n`);
    const hits = new Map<string, number>();
    const statuses = new Map<number, number>();
    let head = await headAfter(undefined);
    let sent = 0;
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fuzzRequest(endpoints, ids), async (request) => {
        const answer = await send(request).catch((error: unknown) => {
          throw new Error(`${describeRequest(request)}\n  -> no answer: ${describeError(error)}`);
        });
        sent += 1;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        hits.set(request.template, (hits.get(request.template) ?? 0) + 1);
        const violation = answerViolation(request, answer);
        if (violation !== undefined)
          throw new Error(`${describeRequest(request)}\n  -> ${violation}`);
        const after = await headAfter(head);
        if (answer.status >= 400 && after !== head) {
          throw new Error(
            `${describeRequest(request)}\n  -> refused with ${answer.status}, yet the log moved from ${head} to ${after}`,
          );
        }
        head = after;
      }),
      // No shrinking: it would replay against a server whose state has moved on; the failing
      // request is reported whole.
      {
        seed: run.seed,
        numRuns: run.cases,
        endOnFailure: true,
        ...(run.path === undefined ? {} : { path: run.path }),
      },
    );
    process.stdout.write(
      `fuzz http: ${sent} requests in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(sent).toBe(run.cases);
    // Every route of the OpenAPI document was among those fuzzed, and each was reached.
    for (const path of openApiPaths)
      expect(endpoints.map((endpoint) => endpoint.path)).toContain(path);
    if (run.cases >= 1_000)
      for (const endpoint of endpoints)
        expect(hits.get(endpoint.path) ?? 0, endpoint.path).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    for (const result of await server.store.verifyAll()) expect(result).toMatchObject({ ok: true });
  }, 180_000);
});

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined
    ? error.message
    : `${error.message} (${describeError(error.cause)})`;
}
