import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

// The web package README shows the People screen from here.
const README_IMAGES = join(dirname(fileURLToPath(import.meta.url)), '../../apps/web/docs');
const ADMIN = { email: 'ada@itu.example', password: 'ada has a long passphrase' };

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId('email-input').fill(email);
  await page.getByTestId('password-input').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('meetings-list').waitFor({ timeout: 20_000 });
}

describe.runIf(chromiumAvailable())('people without a terminal, in Chromium', () => {
  let server: RapporteurProcess | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });

  it('an administrator creates an account from the People screen, and that person signs in', async () => {
    server = await startRapporteur({ env: { DEMO_MEETING: 'off' } });
    const setUp = await fetch(`${server.url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ ...ADMIN, name: 'Ada Admin', setupCode: server.setupCode }),
    });
    expect(setUp.status).toBe(201);
    const chromium = await launchChromium();
    try {
      const admin = await (await chromium.browser.newContext()).newPage();
      await admin.setViewportSize({ width: 1280, height: 760 });
      await admin.goto(server.url);
      await signIn(admin, ADMIN.email, ADMIN.password);
      await admin.getByTestId('people-link').click();
      await admin.getByTestId('people-page').waitFor();
      await admin.getByTestId('new-account-name').fill('Bruno Delegate');
      await admin.getByTestId('new-account-email').fill('bruno@itu.example');
      await admin.getByTestId('new-account-submit').click();
      const address = await admin.getByTestId('password-link-address').inputValue();
      expect(address).toMatch(/\/set-password#[\w-]{20,}$/);
      await expect.poll(() => admin.getByTestId('account-row').count()).toBe(2);
      expect(await admin.getByTestId('account-row').nth(1).innerText()).toContain(
        'No password yet',
      );
      mkdirSync(README_IMAGES, { recursive: true });
      await admin.screenshot({ path: join(README_IMAGES, 'people-screen.png') });

      // Bruno opens the link in a browser of his own, sets his password and signs in.
      const bruno = await (await chromium.browser.newContext()).newPage();
      await bruno.goto(address);
      await bruno.getByTestId('set-password-input').fill('bruno chose this one');
      await bruno.getByTestId('set-password-submit').click();
      await bruno.getByTestId('set-password-done').waitFor();
      await bruno.goto(server.url);
      await signIn(bruno, 'bruno@itu.example', 'bruno chose this one');
      expect(await bruno.getByTestId('account-name').innerText()).toBe('Bruno Delegate');
      expect(await bruno.getByTestId('people-link').count()).toBe(0);

      // The link works once: opened again, it says so.
      const again = await (await chromium.browser.newContext()).newPage();
      await again.goto(address);
      expect(await again.getByTestId('set-password-refused').innerText()).toContain(
        'has been used already',
      );

      // On his account page, Bruno creates an API token and revokes it.
      await bruno.getByTestId('account-link').click();
      await bruno.getByTestId('account-page').waitFor();
      await bruno.getByTestId('token-name').fill('minutes bot');
      await bruno.getByTestId('create-token').click();
      const secret = await bruno.getByTestId('token-secret').inputValue();
      expect(secret).toMatch(/^rap_/);
      const asBot = () =>
        fetch(`${server!.url}/api/session`, { headers: { authorization: `Bearer ${secret}` } });
      expect((await asBot()).status).toBe(200);
      await bruno.getByTestId('revoke-token').click();
      await expect.poll(() => bruno.getByTestId('revoke-token').count()).toBe(0);
      expect((await asBot()).status).toBe(401);
    } finally {
      await chromium.close();
    }
  });
});
