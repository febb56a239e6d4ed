import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

/** The streams of the SQLite log in `dataDir`, read beside the (stopped) server. */
function streamsIn(dataDir: string): string[] {
  const log = new Database(join(dataDir, 'rapporteur.sqlite'), { readonly: true });
  try {
    const rows = log.prepare('SELECT DISTINCT stream_id FROM events').all() as {
      stream_id: string;
    }[];
    return rows.map((row) => row.stream_id);
  } finally {
    log.close();
  }
}

describe('the first start', () => {
  let server: RapporteurProcess | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });

  it('creates the demo meeting and prints its accounts by default', async () => {
    server = await startRapporteur();
    expect([...server.demo.keys()]).toEqual(['chair', 'vice-chair', 'secretariat', 'delegate']);
    await server.stop();
    expect(streamsIn(server.dataDir)).toEqual(
      expect.arrayContaining(['meeting-demo', 'draft-demo']),
    );
  });

  it('creates nothing with DEMO_MEETING=off, as in production', async () => {
    server = await startRapporteur({ env: { DEMO_MEETING: 'off' } });
    expect(server.demo.size).toBe(0);
    expect(server.startOutput).not.toContain('@demo.rapporteur');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await server.stop();
    expect(streamsIn(server.dataDir)).toEqual([]);
  });

  it('prints a one-time setup code, without which nobody, whatever their Host, sets it up', async () => {
    server = await startRapporteur({ env: { DEMO_MEETING: 'off' } });
    expect(server.setupCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const stranger = await fetch(`${server.url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({
        email: 'attacker@attacker.example',
        name: 'Not the owner',
        password: 'a long enough passphrase',
        setupCode: 'AAAA-BBBB-CCCC-DDDD',
      }),
    });
    expect(stranger.status).toBe(403);
    expect(((await stranger.json()) as { code: string }).code).toBe('invalid_setup_code');
  });

  it.runIf(chromiumAvailable())(
    'lets the person who started it create the administrator with the code it printed',
    async () => {
      server = await startRapporteur({ env: { DEMO_MEETING: 'off' } });
      const chromium = await launchChromium();
      try {
        const page = await (await chromium.browser.newContext()).newPage();
        await page.goto(server.url);
        await page.getByTestId('setup-code-input').fill(server.setupCode ?? '');
        await page.getByTestId('email-input').fill('admin@itu.example');
        await page.getByTestId('setup-name-input').fill('Ada Admin');
        await page.getByTestId('password-input').fill('a long enough passphrase');
        await page.getByTestId('setup-submit').click();
        await page.getByTestId('meetings-list').waitFor({ timeout: 20_000 });
      } finally {
        await chromium.close();
      }
      await server.stop();
      // A restart with an administrator prints no code any more.
      server = await startRapporteur({ dataDir: server.dataDir, env: { DEMO_MEETING: 'off' } });
      expect(server.setupCode).toBeUndefined();
    },
  );
});
