import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChairedApp, type ChairedApp } from '../testing/chaired-app.js';
import type { TestPerson } from '../testing/meeting-fixtures.js';

interface Operation {
  readonly parameters?: readonly { name: string; in: string; required?: boolean }[];
  readonly responses: Record<string, { content?: Record<string, unknown> }>;
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const MEETING = 'cwg-34';
// Served under /api but not operations: the documentation itself.
const THE_DOCUMENTATION = ['/api/openapi.json', '/api/docs', '/api/docs.js'];

describe('the OpenAPI document, read as a client generator reads it', () => {
  let fixture: ChairedApp;
  let app: Hono;
  let chair: TestPerson;
  let document: OpenApi;
  let versionId: string;
  beforeAll(async () => {
    fixture = await openChairedApp(MEETING);
    chair = fixture.chair;
    // An administrator too, so that the People routes answer their GETs rather than refuse them.
    await fixture.accounts.admin.setAdmin(chair.user.id, true);
    app = await fixture.startApp();
    const imported = await call('POST', `/api/meetings/${MEETING}/import`, {
      body: '1 Opening\n\nThe chair opened the meeting.',
      type: 'text/plain',
    });
    expect(imported.status).toBe(201);
    const named = await call('POST', `/api/meetings/${MEETING}/versions`, {
      body: JSON.stringify({ name: 'First reading' }),
      type: 'application/json',
    });
    versionId = ((await named.json()) as { versionId: string }).versionId;
    document = (await (await app.request('/api/openapi.json')).json()) as OpenApi;
  });
  afterAll(async () => {
    await fixture.close();
  });

  function call(method: string, path: string, body?: { body: string; type: string }) {
    return app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${chair.token}`,
        ...(body === undefined ? {} : { 'content-type': body.type }),
      },
      ...(body === undefined ? {} : { body: body.body }),
    });
  }

  const values = (): Record<string, string> => ({
    meetingId: MEETING,
    versionId,
    personId: chair.user.id,
    userId: chair.user.id,
    tokenId: 'no-such-token',
    step: 'submit',
  });

  it('lists every operation under /api, where the server answers it', () => {
    const paths = Object.keys(document.paths);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !path.startsWith('/api/'))).toEqual([]);
  });

  it('answers each documented operation with a documented status, never with the web page', async () => {
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => values()[name] ?? name);
        const response = await call(
          method.toUpperCase(),
          path,
          method === 'get' ? undefined : { body: '{}', type: 'application/json' },
        );
        const type = response.headers.get('content-type') ?? '';
        await response.body?.cancel();
        const documented = operation.responses[String(response.status)];
        const where = `${method.toUpperCase()} ${path} answered ${String(response.status)} ${type}`;
        if (documented === undefined) {
          // Anything else must be a problem, which every operation documents as its default.
          expect(type, where).toBe('application/problem+json');
          expect(operation.responses.default, where).toBeDefined();
        } else {
          const types = Object.keys(documented.content ?? {});
          if (types.length > 0)
            expect(
              types.some((known) => type.startsWith(known)),
              where,
            ).toBe(true);
        }
        const needsQuery = (operation.parameters ?? []).some((p) => p.in === 'query' && p.required);
        if (method === 'get' && !needsQuery) expect(response.status, where).toBeLessThan(300);
      }
    }
  });

  it('documents every API route the server serves', () => {
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const served = app.routes
      .filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL')
      .filter((route) => !THE_DOCUMENTATION.includes(route.path))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((route) => !documented.has(route))).toEqual([]);
  });
});
