import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore, type EventStore } from '@rapporteur/event-store';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../accounts/accounts.js';
import { openAccountsDatabase, type AccountsDatabase } from '../accounts/accounts-database.js';
import { startServer, type RunningServer } from '../server.js';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';

const MEETING = 'cwg-34';

describe('/readyz while the database refuses writes', () => {
  let folder: string;
  let file: string;
  let store: EventStore;
  let accountsDb: AccountsDatabase;
  let server: RunningServer;
  let chair: TestPerson;
  // A second connection to the file, as an operator's: it makes every insert into the log fail
  // as a full disk does, while reads keep working (tests/drills/support/sqlite-write-failure.ts).
  let outside: Database.Database;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-writes-'));
    file = join(folder, 'rapporteur.sqlite');
    store = await createEventStore({ url: `sqlite:${file}` });
    accountsDb = await openAccountsDatabase(`sqlite:${file}`);
    const accounts = new Accounts(accountsDb);
    chair = await createPerson(accounts, { email: 'chair@itu.example', name: 'Chair' });
    await meetingWith(store, MEETING, { chair: chair.user });
    server = await startServer({ store, accounts, port: 0, log: () => undefined });
    outside = new Database(file);
    outside.exec(
      `CREATE TABLE full_disk (armed INTEGER);
       CREATE TRIGGER full_disk BEFORE INSERT ON events WHEN EXISTS (SELECT 1 FROM full_disk)
         BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`,
    );
  });
  afterEach(async () => {
    outside.close();
    await server.close();
    await store.close();
    await accountsDb.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  // A write any instance does: the import fills the empty draft (one append to its stream).
  const importDraft = () =>
    fetch(`${server.url}/api/meetings/${MEETING}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chair.token}`, 'content-type': 'text/plain' },
      body: '1 Opening\n\nThe chair opened the meeting.',
    });
  const readiness = async () => {
    const response = await fetch(`${server.url}/readyz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('says it is not ready once a write failed, naming the cause, and ready again once one succeeds', async () => {
    expect((await readiness()).status).toBe(200);
    outside.exec('INSERT INTO full_disk VALUES (1)');
    expect((await importDraft()).status).toBe(500);

    const failing = await readiness();
    expect(failing.status).toBe(503);
    expect(failing.body).toMatchObject({
      code: 'writes_failing',
      checks: { database: 'ok', writes: 'failing' },
    });
    expect(failing.body.detail).toMatch(/write.*fail.*disk/i);

    outside.exec('DELETE FROM full_disk');
    expect((await importDraft()).status).toBe(201);
    expect((await readiness()).status).toBe(200);
  });

  it('stays ready when a write is refused for a reason of its own, not by the database', async () => {
    expect((await importDraft()).status).toBe(201);
    // A second import is refused: the draft is no longer empty.
    expect((await importDraft()).status).toBe(409);
    expect((await readiness()).status).toBe(200);
  });
});
