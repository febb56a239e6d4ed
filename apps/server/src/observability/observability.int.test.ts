import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connectClient, type TestClient } from '../testing/collab-client.js';
import { startChairedMeeting } from '../testing/chaired-meeting.js';
import type { TestPerson } from '../testing/meeting-fixtures.js';
import { parseExposition, type Exposition } from '../testing/prometheus-text.js';
import type { TestServer } from '../testing/test-server.js';
import { createLogger } from './logger.js';
import { storedDraftUpdates } from '../testing/stored-draft.js';

const MEETING = 'cwg-34';

const RAPPORTEUR_METRICS = {
  rapporteur_open_sockets: 'gauge',
  rapporteur_socket_closes_total: 'counter',
  rapporteur_open_rooms: 'gauge',
  rapporteur_errors_total: 'counter',
  rapporteur_draft_updates_total: 'counter',
  rapporteur_append_duration_seconds: 'histogram',
  rapporteur_commit_batch_size: 'histogram',
  rapporteur_fanout_lag_seconds: 'histogram',
  rapporteur_gap_repairs_total: 'counter',
  rapporteur_gap_repair_events_total: 'counter',
  process_resident_memory_bytes: 'gauge',
  nodejs_heap_size_used_bytes: 'gauge',
  nodejs_eventloop_lag_seconds: 'gauge',
};

/** Polls an asynchronous condition every 20 ms, failing after 10 s. */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

describe('observability of a running server', () => {
  let running: TestServer;
  let chair: TestPerson;
  let logged: LogLine[];
  const clients: TestClient[] = [];

  beforeEach(async () => {
    logged = [];
    const logger = createLogger({
      level: 'debug',
      destination: {
        write: (line: string) => {
          logged.push(JSON.parse(line) as LogLine);
        },
      },
    });
    ({ running, chair } = await startChairedMeeting(MEETING, { logger, metricsPort: 0 }));
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await running.close();
  });

  const scrape = async (): Promise<Exposition> => {
    const response = await fetch(`${running.server.metricsUrl ?? ''}/metrics`);
    expect(response.status).toBe(200);
    return parseExposition(await response.text());
  };
  const asChair = (path: string, init: RequestInit = {}) =>
    fetch(`${running.url}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${chair.token}`,
        'content-type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });

  it('serves every Rapporteur metric and the process metrics as Prometheus text', async () => {
    const response = await fetch(`${running.server.metricsUrl ?? ''}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const { types } = parseExposition(await response.text());
    for (const [name, type] of Object.entries(RAPPORTEUR_METRICS)) {
      expect(types.get(name), name).toBe(type);
    }
  });

  it('counts the updates a real client types, the events storing them, their append time, batch sizes and stage times', async () => {
    const before = await scrape();
    expect(before.value('rapporteur_draft_updates_total')).toBe(0);
    expect(before.value('rapporteur_append_duration_seconds_count')).toBe(0);

    const client = connectClient(running.url, MEETING, { token: chair.token });
    clients.push(client);
    await client.synced;
    for (let index = 0; index < 30; index += 1) client.text.insert(index, 'x');
    // A commit stores one event per connection for all it took (decision 53): 30 updates in
    // as many events as there were commits.
    await until(
      async () => (await scrape()).value('rapporteur_draft_updates_total') === 30,
      '30 stored updates',
    );
    const events = (await storedDraftUpdates(running.store, MEETING)).length;
    expect(events).toBeGreaterThan(0);
    expect(events).toBeLessThanOrEqual(30);

    const after = await scrape();
    expect(after.value('rapporteur_draft_events_total')).toBe(events);
    const commits = after.value('rapporteur_append_duration_seconds_count') ?? 0;
    expect(commits).toBe(events);
    expect(after.value('rapporteur_append_duration_seconds_sum')).toBeGreaterThan(0);
    expect(after.value('rapporteur_commit_batch_size_count')).toBe(commits);
    expect(after.value('rapporteur_commit_batch_size_sum')).toBe(30);
    for (const stage of ['receive', 'check', 'trial', 'append', 'apply', 'broadcast'])
      expect(after.value('rapporteur_commit_stage_seconds_total', { stage })).toBeGreaterThan(0);
    expect(after.value('rapporteur_open_rooms')).toBe(1);
    expect(after.value('rapporteur_open_sockets')).toBe(1);
  });

  it('counts socket closes by code and lowers the open sockets again', async () => {
    const client = connectClient(running.url, MEETING, { token: chair.token });
    clients.push(client);
    await client.synced;
    expect((await scrape()).value('rapporteur_open_sockets')).toBe(1);
    client.provider.disconnect();
    await until(
      async () => (await scrape()).value('rapporteur_open_sockets') === 0,
      'the socket to count as closed',
    );
    const metrics = await scrape();
    const closes = metrics.samples.filter((s) => s.name === 'rapporteur_socket_closes_total');
    expect(closes.reduce((sum, sample) => sum + sample.value, 0)).toBe(1);
    expect(closes.every((sample) => /^(\d{4}|other)$/.test(sample.labels.code ?? ''))).toBe(true);
  });

  it('counts each problem answered by its stable code, and sends no internal mark', async () => {
    const missing = await fetch(`${running.url}/api/nowhere`);
    expect(missing.status).toBe(404);
    expect([...missing.headers.keys()].filter((name) => name.includes('problem'))).toEqual([]);
    await fetch(`${running.url}/api/nowhere/else`);
    const invalid = await asChair('/api/meetings', { method: 'POST', body: '{}' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'invalid_request' });
    const unauthenticated = await fetch(`${running.url}/api/meetings`);
    expect(unauthenticated.status).toBe(401);

    const metrics = await scrape();
    expect(metrics.value('rapporteur_errors_total', { code: 'not_found' })).toBe(2);
    expect(metrics.value('rapporteur_errors_total', { code: 'invalid_request' })).toBe(1);
    expect(metrics.value('rapporteur_errors_total', { code: 'unauthenticated' })).toBe(1);
  });

  it('echoes a sane request id and logs one line per request with it and the person', async () => {
    const response = await asChair(`/api/meetings/${MEETING}?ignored=query`, {
      headers: { 'x-request-id': 'trace-42.a' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-42.a');

    const line = logged.find(
      (entry) => entry.msg === 'request' && entry.requestId === 'trace-42.a',
    );
    expect(line).toMatchObject({
      level: 30,
      method: 'GET',
      path: `/api/meetings/${MEETING}`,
      status: 200,
      person: chair.user.id,
    });
    expect(typeof line?.ms).toBe('number');
    expect(logged.filter((entry) => entry.requestId === 'trace-42.a')).toHaveLength(1);
  });

  it('logs a socket under the request id its upgrade carried', async () => {
    const socket = new WebSocket(
      `${running.url.replace('http', 'ws')}/collab/${MEETING}?token=${chair.token}`,
      {
        headers: { 'x-request-id': 'socket-trace-7' },
      },
    );
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    await until(
      () => Promise.resolve(logged.some((entry) => entry.msg === 'Socket opened.')),
      'the socket to be logged',
    );
    socket.close();
    // Its last line is in before the next test collects its own.
    await until(
      () => Promise.resolve(logged.some((entry) => entry.msg === 'Socket closed.')),
      'the socket to be closed',
    );
    expect(logged.find((entry) => entry.msg === 'Socket opened.')).toMatchObject({
      requestId: 'socket-trace-7',
      meeting: MEETING,
      person: chair.user.id,
    });
  });

  it('replaces a request id that is not a short token with a new one', async () => {
    const response = await fetch(`${running.url}/healthz`, {
      headers: { 'x-request-id': `${'x'.repeat(100)} {"evil": true}` },
    });
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged.find((entry) => entry.requestId === id)).toMatchObject({
      path: '/healthz',
      status: 200,
      level: 20,
    });
    expect(logged.find((entry) => entry.person !== undefined)).toBeUndefined();
  });

  it('logs a server error with its request id and stack, and answers without internals', async () => {
    // A real fault: the database goes away under the running server.
    await running.store.close();
    const response = await asChair(`/api/meetings/${MEETING}/history`, {
      headers: { 'x-request-id': 'broken-1' },
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { code: string; detail: string };
    expect(body.code).toBe('internal_error');
    expect(body.detail).toContain('broken-1');
    expect(body.detail).not.toMatch(/at .*\.ts/);
    const failure = logged.find((entry) => entry.msg === 'request failed');
    expect(failure).toMatchObject({ level: 50, requestId: 'broken-1' });
    expect((failure?.err as { stack?: string } | undefined)?.stack).toMatch(/\n\s+at /);
    expect((await scrape()).value('rapporteur_errors_total', { code: 'internal_error' })).toBe(1);
  });
});
