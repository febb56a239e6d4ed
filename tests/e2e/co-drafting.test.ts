import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { draftText, openAs, typeAtEnd } from './support/draft-page.js';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

describe.runIf(chromiumAvailable())('two people drafting the demo meeting in Chromium', () => {
  let server: RapporteurProcess;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await startRapporteur();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium.close();
    await server.destroy();
  });

  it('shows both people the same text and each other’s caret, and keeps it across a reload', async () => {
    const chair = await openAs(chromium.browser, server.url, 'Vladimir Minkin');
    const secretariat = await openAs(chromium.browser, server.url, 'Janet Umutesi');

    await Promise.all([typeAtEnd(chair, ' The chair closed the meeting.'), typeAtEnd(secretariat, ' Noted by the secretariat.')]);

    for (const page of [chair, secretariat]) {
      await expect.poll(() => page.getByTestId('editor').innerText(), { timeout: 15_000 }).toContain('The chair closed the meeting.');
      await expect.poll(() => page.getByTestId('editor').innerText(), { timeout: 15_000 }).toContain('Noted by the secretariat.');
    }
    await expect.poll(async () => (await draftText(secretariat)) === (await draftText(chair)), { timeout: 10_000 }).toBe(true);
    const agreed = await draftText(chair);

    await expect.poll(() => chair.locator('.collaboration-carets__label').allInnerTexts()).toContain('Janet Umutesi');
    await expect.poll(() => secretariat.locator('.collaboration-carets__label').allInnerTexts()).toContain('Vladimir Minkin');
    await expect.poll(() => chair.getByTestId('presence').innerText()).toContain('Janet Umutesi');
    await expect.poll(() => chair.getByTestId('save-status').innerText(), { timeout: 10_000 }).toMatch(/^Saved/);
    if (process.env.E2E_SCREENSHOTS !== undefined) await chair.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/chair.png` });

    await secretariat.reload();
    await expect.poll(() => draftText(secretariat), { timeout: 20_000 }).toBe(agreed);
  });
});
