import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { openAs, typeAtEnd } from './support/draft-page.js';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

describe.runIf(chromiumAvailable())('edits typed while the server is away', () => {
  let server: RapporteurProcess;
  let chromium: { browser: Browser; close(): Promise<void> };
  beforeAll(async () => {
    server = await startRapporteur();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium.close();
    await server.destroy();
  });

  it('are counted as unsaved, kept, and saved once the server is back', async () => {
    const writer: Page = await openAs(chromium.browser, server.url, 'Mansour Al-Qurashi');
    const port = Number(new URL(server.url).port);
    await server.stop();
    await expect.poll(() => writer.getByTestId('connection-status').innerText(), { timeout: 15_000 }).not.toBe('Connected');

    await typeAtEnd(writer, ' Typed while offline.');
    await expect.poll(() => writer.getByTestId('save-status').innerText()).toMatch(/^Offline: \d+ unsaved change/);

    server = await startRapporteur({ dataDir: server.dataDir, port });
    await expect.poll(() => writer.getByTestId('save-status').innerText(), { timeout: 30_000 }).toBe('Saved');

    const reader = await openAs(chromium.browser, server.url, 'Vincent Museminali');
    await expect.poll(() => reader.getByTestId('editor').innerText(), { timeout: 15_000 }).toContain('Typed while offline.');
  });
});
