import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { openDraft, setUpAdministrator, signIn, typeAtEnd } from './support/draft-page.js';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

describe.runIf(chromiumAvailable())('edits typed while the server is away', () => {
  let server: RapporteurProcess;
  let chromium: { browser: Browser; close(): Promise<void> };
  beforeAll(async () => {
    server = await startRapporteur();
    await setUpAdministrator(server);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium.close();
    await server.destroy();
  });

  it('are counted as unsaved, kept, and saved once the server is back', async () => {
    const demo = server.demo;
    const writer = await signIn(chromium.browser, server.url, demo.get('vice-chair')!);
    await openDraft(writer, `${server.url}/meetings/demo`, 'SUMMARY OF THE 34th MEETING');
    const port = Number(new URL(server.url).port);
    await server.stop();
    await expect
      .poll(() => writer.getByTestId('connection-status').innerText(), { timeout: 15_000 })
      .not.toBe('Connected');

    await typeAtEnd(writer, ' Typed while offline.');
    await expect
      .poll(() => writer.getByTestId('save-status').innerText())
      .toMatch(/^Offline: \d+ unsaved change/);

    server = { ...(await startRapporteur({ dataDir: server.dataDir, port })), demo };
    await expect
      .poll(() => writer.getByTestId('save-status').innerText(), { timeout: 30_000 })
      .toBe('Saved');

    const reader = await signIn(chromium.browser, server.url, demo.get('delegate')!);
    await openDraft(reader, `${server.url}/meetings/demo`, 'Typed while offline.');
  });
});
