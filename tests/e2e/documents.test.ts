import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { SCREENSHOTS, shoot } from './support/demo-suite.js';
import { setUpAdministrator, signIn, typeAtEnd } from './support/draft-page.js';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

const FIXTURE = new URL('../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url);

/** Creates a meeting from the meetings page; answers its id once its empty draft is open. */
async function newMeeting(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByTestId('new-meeting-title').fill('Council Working Group on WSIS&SDG, 37th');
  await page.getByTestId('new-meeting-symbol').fill('CWG-WSIS&SDG-37');
  await page.getByTestId('new-meeting-date').fill('2020-02-03');
  await page.getByTestId('new-meeting-submit').click();
  await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await page.getByTestId('import-button').waitFor({ timeout: 20_000 });
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

describe.runIf(chromiumAvailable())('contribution documents tied to the text', () => {
  let server: RapporteurProcess | undefined;
  let chromium: { browser: Browser; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await startRapporteur({ env: { MEETING_CREATORS: 'everyone' } });
    await setUpAdministrator(server);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.destroy();
  });

  it('lists the 19 documents the fixture cites, and adding one clears the flag on its symbol', async () => {
    const page = await signIn(chromium!.browser, server!.url, server!.demo.get('secretariat')!);
    const meetingId = await newMeeting(page, server!.url);
    // Imported as the page would (its cookie); the Import dialog has its own test.
    const imported = await page.request.post(`${server!.url}/api/meetings/${meetingId}/import`, {
      headers: { 'content-type': 'text/plain', origin: server!.url },
      data: readFileSync(FIXTURE, 'utf8'),
    });
    expect(imported.status()).toBe(201);
    const registered = page.locator('[data-testid="editor"] [data-testid="symbol-registered"]');
    const flagged = page.locator('[data-testid="editor"] [data-testid="symbol-unregistered"]');
    // Every citation is a link to the register's address, and none is flagged.
    await expect.poll(() => registered.count(), { timeout: 20_000 }).toBe(20);
    expect(await flagged.count()).toBe(0);
    expect(
      await page.locator('[data-testid="editor"] a[href^="https://www.itu.int/md/"]').count(),
    ).toBe(20);

    await page.getByTestId('documents-tab').click();
    await expect
      .poll(() => page.getByTestId('document-item').count(), { timeout: 15_000 })
      .toBe(19);
    expect(await page.getByTestId('documents-count').innerText()).toBe('19');
    const c0019 = page.getByTestId('document-item').filter({ hasText: 'S19-CWGWSIS34-C-0019' });
    expect(await c0019.innerText()).toContain('Kingdom of Saudi Arabia');

    // A symbol typed that the register lacks is flagged, with the way to fix it.
    await typeAtEnd(page, ' See also S19-CWGWSIS34-C-0020 Rev.2.');
    await expect.poll(() => flagged.count(), { timeout: 10_000 }).toBe(1);
    expect(await flagged.first().innerText()).toBe('S19-CWGWSIS34-C-0020 Rev.2');
    expect(await flagged.first().getAttribute('title')).toContain('Not in the register');

    await page.getByText('Add a document').click();
    const form = page.getByTestId('document-form-new');
    await form.getByTestId('document-symbol').fill('S19-CWGWSIS34-C-0020 Rev.2');
    await form.getByTestId('document-title').fill('Late contribution');
    await form.getByTestId('document-source').fill('Brazil');
    await form.getByTestId('document-save').click();
    await expect
      .poll(() => page.getByTestId('document-item').count(), { timeout: 15_000 })
      .toBe(20);
    await expect.poll(() => flagged.count(), { timeout: 10_000 }).toBe(0);
    expect(await registered.count()).toBe(21);
    // The card of a registered symbol shows on hover.
    await registered.first().hover();
    const card = await registered
      .first()
      .evaluate((element) => getComputedStyle(element, '::after').content);
    expect(card).toContain('The agenda — Not stated');
    await shoot(page, 'documents-panel');
    await page
      .locator('.side-panel')
      .screenshot({ path: `${SCREENSHOTS}/documents-panel-side.png` });
  });
});
