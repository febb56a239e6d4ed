import Database from 'better-sqlite3';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { openChairedApp, type ChairedApp } from '../testing/chaired-app.js';
import type { TestPerson } from '../testing/meeting-fixtures.js';

const MEETING = 'cwg-34';

// Someone with access to the database removes the last events: each chain still holds, so only a
// head written down elsewhere (decision 28) shows that something is missing.
describe('a log cut short', () => {
  let fixture: ChairedApp;
  let chair: TestPerson;
  beforeEach(async () => {
    fixture = await openChairedApp(MEETING);
    chair = fixture.chair;
  });
  afterEach(async () => {
    await fixture.close();
  });

  /** A fresh app over the file, as after a restart: nothing remembered from before. */
  const startApp = (): Promise<Hono> => fixture.startApp();
  const call = async (app: Hono, path: string, init: RequestInit = {}) => {
    const response = await app.request(path, {
      ...init,
      headers: {
        authorization: `Bearer ${chair.token}`,
        ...(init.headers as Record<string, string>),
      },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const nameVersion = (app: Hono, name: string) =>
    call(app, `/api/meetings/${MEETING}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
  /** The operator's cut: the triggers that refuse DELETE dropped, the last event deleted. */
  const deleteLastEvent = () => {
    const database = new Database(fixture.file);
    database.exec(`DROP TRIGGER events_refuse_delete;
      DELETE FROM events WHERE position = (SELECT MAX(position) FROM events);`);
    database.close();
  };
  const cli = async (args: string[]) => {
    const printed: string[] = [];
    const run = runCli(args, {
      accounts: fixture.accounts,
      store: fixture.store,
      readInput: () => Promise.resolve(''),
      print: (line) => printed.push(line),
    });
    const failure = await run.then(
      () => undefined,
      (error: unknown) => error,
    );
    return { printed, failure };
  };

  async function draftWithAVersion(): Promise<{ app: Hono; head: string }> {
    const app = await startApp();
    const imported = await app.request(`/api/meetings/${MEETING}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chair.token}`, 'content-type': 'text/plain' },
      body: '1 Opening\n\nThe chair opened the meeting.',
    });
    expect(imported.status).toBe(201);
    const named = await nameVersion(app, 'First reading');
    expect(named.status).toBe(201);
    const head = named.body.head;
    expect(head).toMatch(/^\d+\.\d+\.[0-9a-f]{64}$/);
    return { app, head: String(head) };
  }

  it('prints the head of the log with every version, as verify does', async () => {
    const { app, head } = await draftWithAVersion();
    const listed = await app.request(`/api/meetings/${MEETING}/versions`, {
      headers: { authorization: `Bearer ${chair.token}` },
    });
    expect(await listed.json()).toEqual([expect.objectContaining({ head })]);
    expect((await call(app, `/api/meetings/${MEETING}/verify`)).body).toMatchObject({
      ok: true,
      head,
    });
  });

  it('prints the head of the log on every export, beside the fingerprint', async () => {
    const { app, head } = await draftWithAVersion();
    const [version] = (await (
      await app.request(`/api/meetings/${MEETING}/versions`, {
        headers: { authorization: `Bearer ${chair.token}` },
      })
    ).json()) as { versionId: string }[];
    for (const format of ['md', 'html']) {
      const exported = await app.request(
        `/api/meetings/${MEETING}/versions/${version?.versionId ?? ''}/export?format=${format}`,
        { headers: { authorization: `Bearer ${chair.token}` } },
      );
      expect(exported.status).toBe(200);
      const text = await exported.text();
      // Markdown prints it on its cover; the ITU layout of HTML keeps it in the page's metadata
      // with the full fingerprint (decision 46).
      expect(text).toContain(format === 'md' ? 'Log head' : 'rapporteur:log-head');
      expect(text).toContain(head);
    }
  });

  it('fails verify against the head written down before the cut, where plain verify passes', async () => {
    const { head } = await draftWithAVersion();
    deleteLastEvent();
    const app = await startApp();
    expect((await call(app, `/api/meetings/${MEETING}/verify`)).body).toMatchObject({ ok: true });
    const checked = await call(app, `/api/meetings/${MEETING}/verify?expect=${head}`);
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ ok: false, anchor: { ok: false, expected: head } });
    expect(JSON.stringify(checked.body.anchor)).toMatch(/removed from its end/);
  });

  it('passes verify against an earlier head when the log has only grown since', async () => {
    const { app, head } = await draftWithAVersion();
    expect((await nameVersion(app, 'Second reading')).status).toBe(201);
    expect((await call(app, `/api/meetings/${MEETING}/verify?expect=${head}`)).body).toMatchObject({
      ok: true,
      anchor: { ok: true, eventsSince: 1 },
    });
  });

  it('refuses a head that is not one, saying what one looks like', async () => {
    const app = await startApp();
    const refused = await call(app, `/api/meetings/${MEETING}/verify?expect=deadbeef`);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'invalid_request' });
    expect(String(refused.body.detail)).toContain('12.340.<64 hex digits>');
  });

  it('exits 1 from verify --expect on the command line after the cut, with the reason', async () => {
    const { head } = await draftWithAVersion();
    const before = await cli(['verify', MEETING, '--expect', head]);
    expect(before.failure).toBeUndefined();
    expect(before.printed.join('\n')).toContain(`head ${head}`);
    deleteLastEvent();
    const after = await cli(['verify', MEETING, '--expect', head]);
    expect(after.failure).toMatchObject({ name: 'VerificationFailed' });
    expect(after.printed.join('\n')).toMatch(/BROKEN {2}expected head .*removed from its end/);
  });
});
