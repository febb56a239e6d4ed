import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { demoSuite, shoot } from './support/demo-suite.js';
import { draftText, typeAtEnd, typeAtFirstLineEnd } from './support/draft-page.js';

describe.runIf(chromiumAvailable())('two people drafting the demo meeting in Chromium', () => {
  const suite = demoSuite();

  it('shows both people the same text and each other’s caret, and keeps it across a reload', async () => {
    const [chair, secretariat] = await suite.openDraftAs('chair', 'secretariat');

    // At once, in two places: two people typing at the very same spot interleave their runs
    // (each run stays whole, their order is Yjs's), which says nothing about either's text.
    await Promise.all([
      typeAtEnd(chair, ' The chair closed the meeting.'),
      typeAtFirstLineEnd(secretariat, ' Noted by the secretariat.'),
    ]);

    for (const page of [chair, secretariat]) {
      await expect
        .poll(() => draftText(page), { timeout: 15_000 })
        .toContain('The chair closed the meeting.');
      await expect
        .poll(() => draftText(page), { timeout: 15_000 })
        .toContain('Noted by the secretariat.');
    }
    await expect
      .poll(async () => (await draftText(secretariat)) === (await draftText(chair)), {
        timeout: 10_000,
      })
      .toBe(true);
    const agreed = await draftText(chair);

    await expect
      .poll(() => chair.locator('.collaboration-carets__label').allInnerTexts())
      .toEqual([expect.stringContaining('Demo Secretariat')]);
    await expect
      .poll(() => secretariat.locator('.collaboration-carets__label').allInnerTexts())
      .toEqual([expect.stringContaining('Demo Chair')]);
    await expect
      .poll(() => chair.getByTestId('presence').innerText())
      .toContain('Demo Secretariat');
    await expect
      .poll(() => chair.getByTestId('save-status').innerText(), { timeout: 10_000 })
      .toMatch(/^Saved/);
    if (process.env.E2E_SCREENSHOTS !== undefined)
      await chair.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/chair.png` });

    await secretariat.reload();
    await expect.poll(() => draftText(secretariat), { timeout: 20_000 }).toBe(agreed);
  });

  it('fades a caret’s name tag after two seconds of that person’s stillness, and shows it on hover', async () => {
    const [chair, secretariat] = await suite.openDraftAs('chair', 'secretariat');
    const label = chair.locator('.collaboration-carets__label', { hasText: 'Demo Secretariat' });
    const opacity = () => label.evaluate((element) => getComputedStyle(element).opacity);

    await typeAtEnd(secretariat, ' Still typing.');
    await expect.poll(() => draftText(chair), { timeout: 15_000 }).toContain('Still typing.');
    expect(await opacity()).toBe('1');
    await expect.poll(opacity, { timeout: 5_000, interval: 250 }).toBe('0');
    await shoot(chair, 'caret-idle');

    await chair
      .locator('.collaboration-carets__caret', { has: label })
      .hover({ position: { x: 1, y: 4 } });
    await expect.poll(opacity, { timeout: 2_000 }).toBe('1');
    await shoot(chair, 'caret-hovered');

    await chair.mouse.move(5, 5);
    await expect.poll(opacity, { timeout: 2_000 }).toBe('0');
    await secretariat.keyboard.type(' Again.', { delay: 15 });
    await expect.poll(opacity, { timeout: 2_000 }).toBe('1');
  });
});
