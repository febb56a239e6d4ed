import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

/** Opens the demo meeting as a person with this name, in a browser context of their own. */
async function openAs(browser: Browser, url: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/meetings/demo`);
  await page.getByTestId('name-input').fill(name);
  await page.getByTestId('name-submit').click();
  await expect.poll(() => page.getByTestId('editor').innerText(), { timeout: 20_000 }).toContain('SUMMARY OF THE 34th MEETING');
  return page;
}

/** The draft's text as a reader sees it, without other people's carets and their name labels. */
function draftText(page: Page): Promise<string> {
  return page.getByTestId('editor').evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent;
  });
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 15 });
}

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
