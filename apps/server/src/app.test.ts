import { createEventStore, type EventStore } from '@rapporteur/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollabRooms } from '@rapporteur/collab';
import { createApp as createAppWith } from './app.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Accounts } from './accounts/accounts.js';
import { openAccountsDatabase, type AccountsDatabase } from './accounts/accounts-database.js';
import { MeetingCatalog } from './meetings/meeting-catalog.js';

describe('the server skeleton', () => {
  let store: EventStore;
  let folder: string;
  let accountsDb: AccountsDatabase;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-app-'));
    store = await createEventStore({ url: 'sqlite::memory:' });
    accountsDb = await openAccountsDatabase(`sqlite:${join(folder, 'accounts.sqlite')}`);
  });
  afterEach(async () => {
    await store.close();
    await accountsDb.destroy();
    rmSync(folder, { recursive: true, force: true });
  });
  const createApp = async ({ store }: { store: EventStore }) =>
    createAppWith({
      store,
      accounts: new Accounts(accountsDb),
      catalog: await MeetingCatalog.open(store),
      rooms: new CollabRooms(store),
    });

  it('answers /healthz', async () => {
    const response = await (await createApp({ store })).request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers', async () => {
    const response = await (await createApp({ store })).request('/readyz');
    expect(await response.json()).toEqual({
      status: 'ready',
      database: 'sqlite',
      checks: { database: 'ok' },
    });
  });

  it('is not ready, with a problem saying why, when the database is gone', async () => {
    const app = await createApp({ store });
    await store.close();
    const response = await app.request('/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 503, code: 'database_unreachable' });
  });

  it('answers an unknown API path with problem JSON', async () => {
    const response = await (await createApp({ store })).request('/api/nowhere');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      code: 'not_found',
      detail: 'There is nothing at GET /api/nowhere.',
    });
  });
});
