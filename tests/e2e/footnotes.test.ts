import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { demoSuite, shoot } from './support/demo-suite.js';

/** The footnote references the page shows, in document order: "number:text". */
function references(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="editor"] sup.footnote')
    .evaluateAll((sups) =>
      sups.map(
        (sup) => `${sup.getAttribute('data-number') ?? '-'}:${sup.getAttribute('title') ?? ''}`,
      ),
    );
}

/** Opens the footnote editor from the toolbar and inserts a note at the cursor. */
async function insertFootnote(page: Page, text: string): Promise<void> {
  await page.getByTestId('toolbar-footnote').click();
  await page.getByLabel('New footnote at the cursor').fill(text);
  await page.getByRole('button', { name: 'Insert', exact: true }).click();
}

describe.runIf(chromiumAvailable())('footnotes in the editor', () => {
  const suite = demoSuite();

  it('the secretariat inserts footnotes, numbered in document order, and a delegate sees them', async () => {
    const [secretariat, delegate] = await suite.openDraftAs('secretariat', 'delegate');
    const editor = secretariat.getByTestId('editor');

    // A note at the end of the draft, then one at the end of its first line: the later
    // insertion stands first, so it is note 1 and the other becomes note 2.
    await editor.click();
    await secretariat.keyboard.press('Control+End');
    await insertFootnote(secretariat, 'Closing note.');
    await expect.poll(() => references(secretariat)).toEqual(['1:Closing note.']);
    await editor.click();
    await secretariat.keyboard.press('Control+Home');
    await secretariat.keyboard.press('End');
    await insertFootnote(secretariat, 'As revised on the day.');
    await expect
      .poll(() => references(secretariat))
      .toEqual(['1:As revised on the day.', '2:Closing note.']);
    // The number shows as the superscript, not the '*' the markup carries.
    const first = editor.locator('sup.footnote').first();
    expect(await first.evaluate((sup) => getComputedStyle(sup, '::before').content)).toBe('"1"');

    // The delegate, who may not edit, sees the same numbers and texts, and no footnote button.
    await expect
      .poll(() => references(delegate), { timeout: 15_000 })
      .toEqual(['1:As revised on the day.', '2:Closing note.']);
    expect(await delegate.getByTestId('toolbar-footnote').count()).toBe(0);
    await shoot(secretariat, 'footnote-numbers');
    await shoot(delegate, 'footnote-reading');
  });

  it('a click on a footnote’s number opens its text to edit, and the change reaches a reader', async () => {
    const [secretariat, delegate] = await suite.openDraftAs('secretariat', 'delegate');
    const editor = secretariat.getByTestId('editor');
    await editor.click();
    await secretariat.keyboard.press('Control+End');
    await insertFootnote(secretariat, 'To be corrected.');
    const note = editor.locator('sup.footnote[title="To be corrected."]');
    await expect.poll(() => note.count()).toBe(1);
    // Its number is drawn in its own box, not a hanging indent to the left of it over the words
    // before (the box is the padding alone, 2 px wide, when the number is pushed out of it).
    expect((await note.boundingBox())?.width ?? 0).toBeGreaterThan(5);

    // The cursor elsewhere first, as a person's would be, then a click on the number held as
    // long as a hand holds it: the popover opens during the press and must survive its release.
    await editor.click();
    await secretariat.keyboard.press('Control+Home');
    await note.click({ delay: 120 });
    const text = secretariat.getByLabel('Footnote text');
    await text.waitFor({ timeout: 5_000 });
    expect(await text.inputValue()).toBe('To be corrected.');
    await shoot(secretariat, 'footnote-edit');
    await text.fill('Corrected on the day.');
    await secretariat.getByRole('button', { name: 'Apply', exact: true }).click();

    const texts = (page: Page) =>
      references(page).then((all) => all.map((reference) => reference.replace(/^\d+:/, '')));
    await expect.poll(() => texts(secretariat)).toContain('Corrected on the day.');
    expect(await texts(secretariat)).not.toContain('To be corrected.');
    await expect
      .poll(() => texts(delegate), { timeout: 15_000 })
      .toContain('Corrected on the day.');
    expect(await secretariat.getByLabel('Footnote text').count()).toBe(0);

    // Its editor opens again on the next click, from elsewhere in the text or right after
    // closing it, and Escape closes it without a change.
    const edited = editor.locator('sup.footnote[title="Corrected on the day."]');
    await editor.click();
    await secretariat.keyboard.press('Control+Home');
    await edited.click({ delay: 120 });
    await secretariat.getByLabel('Footnote text').waitFor({ timeout: 5_000 });
    expect(await secretariat.getByLabel('Footnote text').inputValue()).toBe(
      'Corrected on the day.',
    );
    await secretariat.keyboard.press('Escape');
    await expect.poll(() => secretariat.getByLabel('Footnote text').count()).toBe(0);
    await edited.click({ delay: 120 });
    await secretariat.getByLabel('Footnote text').waitFor({ timeout: 5_000 });
    await secretariat.keyboard.press('Escape');
    await expect.poll(() => secretariat.getByLabel('Footnote text').count()).toBe(0);
    expect(await texts(secretariat)).toContain('Corrected on the day.');
  });
});
