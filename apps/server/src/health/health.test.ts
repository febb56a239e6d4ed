import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CollabRooms } from '@rapporteur/collab';
import { createEventStore, type EventStore } from '@rapporteur/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../accounts/accounts.js';
import { openAccountsDatabase, type AccountsDatabase } from '../accounts/accounts-database.js';
import { createApp } from '../app.js';
import { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { ServerMetrics } from '../observability/server-metrics.js';
import { parseExposition } from '../testing/prometheus-text.js';
import type { ReadinessCheck } from './readiness.js';

const answering: ReadinessCheck = { name: 'redis', check: () => Promise.resolve() };
const refusing: ReadinessCheck = {
  name: 'redis',
  check: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')),
  advice: 'check REDIS_URL and that Redis is running',
};
const hanging: ReadinessCheck = { name: 'redis', check: () => new Promise(() => undefined) };

describe('/readyz with extra readiness checks', () => {
  let folder: string;
  let store: EventStore;
  let accountsDb: AccountsDatabase;
  let metrics: ServerMetrics;
  const catalogs: MeetingCatalog[] = [];
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-health-'));
    store = await createEventStore({ url: `sqlite:${join(folder, 'events.sqlite')}` });
    accountsDb = await openAccountsDatabase(`sqlite:${join(folder, 'accounts.sqlite')}`);
    metrics = new ServerMetrics();
  });
  afterEach(async () => {
    for (const catalog of catalogs.splice(0)) await catalog.close();
    await store.close();
    await accountsDb.destroy();
    rmSync(folder, { recursive: true, force: true });
  });
  const appWith = async (readiness: readonly ReadinessCheck[]) => {
    const catalog = await MeetingCatalog.open(store);
    catalogs.push(catalog);
    return createApp({
      store,
      accounts: new Accounts(accountsDb),
      catalog,
      rooms: new CollabRooms(store),
      metrics,
      readiness,
    });
  };

  it('is ready, naming the state of each check, when every dependency answers', async () => {
    const response = await (await appWith([answering])).request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      database: 'sqlite',
      checks: { database: 'ok', redis: 'ok' },
    });
  });

  it('is not ready when an extra check fails, naming it and what to check', async () => {
    const response = await (await appWith([refusing])).request('/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 503,
      code: 'dependency_unreachable',
      detail: '"redis" fails; check REDIS_URL and that Redis is running.',
      checks: { database: 'ok', redis: 'failing' },
    });
    const exposition = parseExposition((await metrics.exposition()).body);
    expect(exposition.value('rapporteur_errors_total', { code: 'dependency_unreachable' })).toBe(1);
  });

  it('gives up on a check that hangs after a second instead of hanging the probe', async () => {
    const started = performance.now();
    const response = await (await appWith([hanging])).request('/readyz');
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      code: 'dependency_unreachable',
      checks: { database: 'ok', redis: 'timed_out' },
    });
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(3000);
  });

  it('names the database first when the database is gone', async () => {
    const app = await appWith([refusing]);
    await store.close();
    const response = await app.request('/readyz');
    expect(response.status).toBe(503);
    const body = (await response.json()) as { code: string; detail: string };
    expect(body.code).toBe('database_unreachable');
    expect(body.detail).toContain('check DATABASE_URL');
    expect(body.detail).toContain('"redis" fails');
    store = await createEventStore({ url: `sqlite:${join(folder, 'events.sqlite')}` });
  });
});
