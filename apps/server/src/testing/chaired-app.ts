import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CollabRooms } from '@rapporteur/collab';
import { createEventStore, type EventStore } from '@rapporteur/event-store';
import type { Hono } from 'hono';
import { Accounts } from '../accounts/accounts.js';
import { openAccountsDatabase } from '../accounts/accounts-database.js';
import { createApp, type AppDependencies } from '../app.js';
import { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { createPerson, meetingWith, type TestPerson } from './meeting-fixtures.js';

type AppSettings = Partial<Omit<AppDependencies, 'store' | 'accounts' | 'catalog' | 'rooms'>>;

/** A meeting with a chair, on a SQLite file of its own, for tests that call the app in process. */
export interface ChairedApp {
  /** The SQLite file that holds the events and the accounts. */
  readonly file: string;
  readonly store: EventStore;
  readonly accounts: Accounts;
  readonly chair: TestPerson;
  /** A new app over the same file, as after a restart: nothing remembered from an earlier one. */
  startApp(settings?: AppSettings): Promise<Hono>;
  /** Closes every app's catalog, the store and the accounts, and removes the file. */
  close(): Promise<void>;
}

/** Opens a fresh SQLite file with `meetingId` chaired by "Chair" (chair@itu.example). */
export async function openChairedApp(meetingId: string): Promise<ChairedApp> {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-app-'));
  const file = join(folder, 'rapporteur.sqlite');
  const store = await createEventStore({ url: `sqlite:${file}` });
  const accountsDb = await openAccountsDatabase(`sqlite:${file}`);
  const accounts = new Accounts(accountsDb);
  const chair = await createPerson(accounts, { email: 'chair@itu.example', name: 'Chair' });
  await meetingWith(store, meetingId, { chair: chair.user });
  const catalogs: MeetingCatalog[] = [];
  return {
    file,
    store,
    accounts,
    chair,
    async startApp(settings = {}) {
      const catalog = await MeetingCatalog.open(store);
      catalogs.push(catalog);
      return createApp({ ...settings, store, accounts, catalog, rooms: new CollabRooms(store) });
    },
    async close() {
      for (const catalog of catalogs.splice(0)) await catalog.close();
      await store.close();
      await accountsDb.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
