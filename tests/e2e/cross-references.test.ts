import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { demoSuite, shoot } from './support/demo-suite.js';
import { typeInSection, waitUntilSaved } from './support/history-page.js';

/** The numbers the draft's cross-references show, in order. */
function shownReferences(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="editor"] .cross-reference')
    .evaluateAll((spans) => spans.map((span) => span.textContent));
}

/** The text of the numbered paragraph the editor numbers `number` ('11.2.'), without its number. */
function paragraphText(page: Page, number: string): Promise<string> {
  return page.getByTestId('editor').evaluate((editor, wanted) => {
    const block = [...editor.querySelectorAll('.numbered-paragraph')].find(
      (candidate) => candidate.querySelector('.paragraph-number')?.textContent === wanted,
    );
    const copy = block?.cloneNode(true) as HTMLElement | undefined;
    copy?.querySelector('.paragraph-number')?.remove();
    return copy?.textContent ?? '';
  }, number);
}

describe.runIf(chromiumAvailable())('cross-references that renumber, in Chromium', () => {
  const suite = demoSuite();

  it('inserts a reference from the outline picker and both references follow their sections', async () => {
    const [page] = await suite.openDraftAs('secretariat');
    // The demo draft was imported: 10.1's "section 8 above" is a reference to section 8.
    await expect.poll(() => shownReferences(page), { timeout: 20_000 }).toEqual(['8']);
    expect(await paragraphText(page, '10.1.')).toContain('reflected in section 8 above.');

    await typeInSection(page, '11.2.', ' See');
    await page.getByTestId('toolbar-cross-reference').click();
    await page.getByRole('dialog', { name: 'Refer to a paragraph' }).waitFor();
    await page.locator('#reference-query').fill('9');
    await shoot(page, 'cross-reference-picker');
    await page.getByTestId('reference-outline').getByRole('button').first().click();
    await page.keyboard.type(' above.', { delay: 15 });
    expect(await paragraphText(page, '11.2.')).toMatch(/See section 9 above\.$/u);
    expect(await shownReferences(page)).toEqual(['8', '9']);

    // A new section between 7 and 8: Enter after 7.2., then one level up.
    await typeInSection(page, '7.2.', '');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('A section inserted above', { delay: 15 });
    await expect.poll(() => shownReferences(page)).toEqual(['9', '10']);
    expect(await paragraphText(page, '11.1.')).toContain('reflected in section 9 above.');
    expect(await paragraphText(page, '12.2.')).toMatch(/See section 10 above\.$/u);
    await waitUntilSaved(page);
    await page.locator('[data-testid="editor"] .cross-reference').first().scrollIntoViewIfNeeded();
    await shoot(page, 'cross-reference-renumbered');

    // A reader who opens the draft now sees the same numbers: they come from the stored draft.
    const [reader] = await suite.openDraftAs('delegate');
    await expect.poll(() => shownReferences(reader), { timeout: 20_000 }).toEqual(['9', '10']);
  });
});
