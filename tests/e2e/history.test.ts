import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { demoSuite, shoot } from './support/demo-suite.js';
import { draftText } from './support/draft-page.js';
import { typeInSection, waitUntilSaved } from './support/history-page.js';

const CHAIR_SENTENCE = 'The chair thanked the WSIS Forum team for its flexibility.';
const SECRETARIAT_SENTENCE = 'The secretariat will circulate the revised dates by email.';
const VERSION = 'After the chair’s edit';
/** The value of the compare select's option whose text contains `text`. */
async function optionValue(page: Page, select: string, text: string): Promise<string> {
  const value = await page
    .getByTestId(select)
    .locator('option', { hasText: text })
    .first()
    .getAttribute('value');
  if (value === null) throw new Error(`No option "${text}" in ${select}.`);
  return value;
}

describe.runIf(chromiumAvailable())('the history of the demo draft in Chromium', () => {
  const suite = demoSuite();

  it('shows who wrote what, the draft as it was, two points compared and the authors', async () => {
    const [chair, secretariat] = await suite.openDraftAs('chair', 'secretariat');

    // The chair writes in §8.4.3 and names the draft as it then is.
    await typeInSection(chair, '8.4.3.', ` ${CHAIR_SENTENCE}`);
    await waitUntilSaved(chair);
    await chair.getByTestId('history-tab').click();
    await chair.getByTestId('history-panel').waitFor();
    await chair.getByTestId('name-version-open').click();
    await chair.getByTestId('name-version-input').fill(VERSION);
    await chair.getByTestId('name-version-submit').click();
    await expect
      .poll(() => chair.getByTestId('name-version-feedback').innerText(), { timeout: 10_000 })
      .toContain(`Named “${VERSION}”`);
    await chair.getByTestId('name-version-open').click();

    // The secretariat writes in §9.1; the chair's open panel picks it up by itself.
    await typeInSection(secretariat, '9.1.', ` ${SECRETARIAT_SENTENCE}`);
    await waitUntilSaved(secretariat);
    // The panel lists sessions (decision 41): one per person here, each in its own section.
    const entries = chair.getByTestId('history-session');
    await expect
      .poll(() => entries.allInnerTexts(), { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Demo Secretariat[\s\S]*§9\.1/),
          expect.stringMatching(/Demo Chair[\s\S]*§8\.4\.3/),
        ]),
      );
    const texts = await entries.allInnerTexts();
    expect(texts.findIndex((text) => text.includes('Demo Secretariat'))).toBeLessThan(
      texts.findIndex((text) => text.includes('Demo Chair')),
    );
    expect(await chair.getByTestId('history-event').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(`named version “${VERSION}”`)]),
    );
    const chart = await chair.getByTestId('activity-chart').locator('svg > title').textContent();
    expect(chart).toContain('Demo Chair');
    expect(chart).toContain('Demo Secretariat');
    await shoot(chair, 'history-panel');

    // Time travel: the draft as the chair left it, before the secretariat's sentence.
    await entries
      .filter({ hasText: 'Demo Chair' })
      .first()
      .getByTestId('history-session-choose')
      .click();
    const travel = chair.getByTestId('time-travel-view');
    await expect.poll(() => travel.innerText(), { timeout: 10_000 }).toContain(CHAIR_SENTENCE);
    expect(await travel.innerText()).not.toContain(SECRETARIAT_SENTENCE);
    expect(await travel.innerText()).toMatch(/Revision \d+ of \d+ — .*as Demo Chair .*left it/);
    // The live editor is still there, only hidden: the session goes on underneath.
    expect(await chair.getByTestId('editor').count()).toBe(1);
    expect(await chair.getByTestId('editor').isVisible()).toBe(false);
    await shoot(chair, 'time-travel');

    await chair.getByTestId('time-travel-slider').fill('0');
    await expect.poll(() => travel.innerText(), { timeout: 10_000 }).toContain('Revision 0 of');
    await expect
      .poll(() => travel.locator('.history-document').getAttribute('data-revision'), {
        timeout: 10_000,
      })
      .toBe('0');
    expect(await travel.innerText()).not.toContain(CHAIR_SENTENCE);

    await chair.getByTestId('back-to-live').click();
    await chair.getByTestId('editor').waitFor({ state: 'visible' });
    expect(await draftText(chair)).toContain(SECRETARIAT_SENTENCE);

    // Compare the named version with now: only the secretariat's section changed since.
    await chair.getByTestId('compare-open').click();
    await chair
      .getByTestId('compare-from')
      .selectOption(await optionValue(chair, 'compare-from', VERSION));
    await chair.getByTestId('compare-to').selectOption('head');
    await chair.getByTestId('compare-submit').click();
    const summary = chair.getByTestId('compare-summary');
    await expect.poll(() => summary.innerText(), { timeout: 10_000 }).toContain('§9.1');
    expect(await summary.innerText()).toContain('Demo Secretariat');
    expect(await summary.innerText()).not.toContain('§8.4.3');
    const inserted = () => chair.getByTestId('compare-view').locator('ins').allInnerTexts();
    await expect.poll(async () => (await inserted()).join('')).toContain(SECRETARIAT_SENTENCE);

    // From the imported draft (revision 0) to now: both sections, both people.
    await chair.getByTestId('compare-from').selectOption('0');
    await chair.getByTestId('compare-submit').click();
    await expect.poll(() => summary.innerText(), { timeout: 10_000 }).toContain('§8.4.3');
    const both = await summary.innerText();
    for (const expected of ['§9.1', 'Demo Chair', 'Demo Secretariat'])
      expect(both).toContain(expected);
    await expect.poll(async () => (await inserted()).join('')).toContain(CHAIR_SENTENCE);
    await shoot(chair, 'compare');

    // Colour by author: each sentence tinted and titled with its writer.
    await chair.getByTestId('author-colours-toggle').click();
    const authors = chair.getByTestId('authors-view');
    const runBy = (text: string) => authors.locator('mark.author-run', { hasText: text }).first();
    await expect
      .poll(() => runBy('circulate the revised dates').getAttribute('title'), { timeout: 10_000 })
      .toContain('Demo Secretariat');
    expect(await runBy('thanked the WSIS Forum team').getAttribute('title')).toContain(
      'Demo Chair',
    );
    await runBy('thanked the WSIS Forum team').scrollIntoViewIfNeeded();
    await shoot(chair, 'authors');

    await chair.getByTestId('back-to-live').click();
    await chair.getByTestId('editor').waitFor({ state: 'visible' });
  });
});
