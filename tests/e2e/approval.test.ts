import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { demoSuite, SCREENSHOTS, shoot } from './support/demo-suite.js';
import { draftText, typeAtEnd } from './support/draft-page.js';
import { typeInSection, waitUntilSaved } from './support/history-page.js';
import { waitForCard } from './support/review-page.js';
import {
  isEditable,
  nameVersion,
  openVersionsTab,
  versionCard,
  waitForStatus,
  takeStep,
} from './support/versions-page.js';

const VERSION = 'Draft for approval';
const NEXT_VERSION = 'Rev.1 with the correction';
const BEFORE_FREEZE = 'The secretariat will publish the approved summary.';
const AFTER_FREEZE = 'Typed after the freeze.';
const AFTER_REOPEN = 'Corrected after the reopening.';
const COMMENT = 'Please name the contribution’s revision in §9.1.';
const CORRECTED = 'Rev.1, corrected';
/**
 * The versions panel alone, on a screen tall enough for all of it (the side panel scrolls),
 * without the notes about the others' steps that float over its corner.
 */
async function shootPanel(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport?.width ?? 1400, height: 2000 });
  await page.locator('.side-panel').evaluate((panel) => {
    panel.scrollTop = 0;
  });
  await page.getByTestId('versions-panel').screenshot({
    path: `${SCREENSHOTS}/${name}.png`,
    style: '.live-toasts { display: none; }',
  });
  if (viewport !== null) await page.setViewportSize(viewport);
}

describe.runIf(chromiumAvailable())('a version from named to frozen, in Chromium', () => {
  const suite = demoSuite();

  it('is submitted, endorsed, approved and frozen; the open editor stops and starts again live', async () => {
    const [secretariat, viceChair, chair] = await suite.openDraftAs(
      'secretariat',
      'vice-chair',
      'chair',
    );
    // Set on the secretariat's page once: still there at the end means it was never reloaded.
    await secretariat.evaluate(() => {
      (window as unknown as { keptOpen: boolean }).keptOpen = true;
    });
    expect(await secretariat.getByTestId('document-label').innerText()).toBe('CWG-WSIS&SDG-34');

    // The secretariat writes, names the draft as it is and submits it.
    await typeInSection(secretariat, '9.1.', ` ${BEFORE_FREEZE}`);
    await waitUntilSaved(secretariat);
    await openVersionsTab(secretariat);
    await nameVersion(secretariat, VERSION);
    const card = versionCard(secretariat, VERSION);
    expect(await card.getByTestId('version-status').innerText()).toBe('Named');
    const fingerprint = await card.getByTestId('version-fingerprint').getAttribute('title');
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await card.getByTestId('version-fingerprint').innerText()).toBe(
      `${fingerprint!.slice(0, 12)}…`,
    );
    await secretariat.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.server.url,
    });
    await card.getByTestId('copy-fingerprint').click();
    await expect.poll(() => card.getByTestId('copy-fingerprint').innerText()).toBe('Copied');
    expect(await secretariat.evaluate(() => navigator.clipboard.readText())).toBe(fingerprint);
    // The secretariat may submit, never endorse or approve.
    expect(await card.getByTestId('endorse-version').count()).toBe(0);
    expect(await card.getByTestId('approve-version').count()).toBe(0);
    await shootPanel(secretariat, 'versions-named');
    await takeStep(secretariat, {
      name: VERSION,
      testId: 'submit-version',
      comment: 'For the vice-chairs: paragraph 8.2.1.1 has the agreed deadline.',
    });
    await waitForStatus(secretariat, VERSION, 'submitted');
    await shootPanel(secretariat, 'versions-submitted');

    // A vice-chair sees it arrive and endorses it; the secretariat's panel follows by itself.
    await openVersionsTab(viceChair);
    await waitForStatus(viceChair, VERSION, 'submitted');
    const viceCard = versionCard(viceChair, VERSION);
    expect(await viceCard.getByTestId('approve-version').count()).toBe(0);
    expect(await viceCard.getByTestId('submit-version').count()).toBe(0);
    await takeStep(viceChair, { name: VERSION, testId: 'endorse-version' });
    await waitForStatus(viceChair, VERSION, 'endorsed');
    expect(await viceCard.getByTestId('version-status').innerText()).toBe('Endorsed by 1');
    await waitForStatus(secretariat, VERSION, 'endorsed');
    await shootPanel(viceChair, 'versions-endorsed');

    // The chair approves, then freezes after confirming.
    await openVersionsTab(chair);
    await waitForStatus(chair, VERSION, 'endorsed');
    const chairCard = versionCard(chair, VERSION);
    // The dialog says what approving does, and takes a comment; Escape cancels it, doing nothing.
    await chairCard.getByTestId('approve-version').click();
    const dialog = chair.getByTestId('step-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(
      `Approve version “${VERSION}”? The chair’s approval`,
    );
    await chair.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await chair.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'approve-version',
    );
    await chairCard.getByTestId('approve-version').click();
    await dialog.getByTestId('step-dialog-comment').fill('The text the group agreed on Friday.');
    await shoot(chair, 'versions-approve-dialog');
    await dialog.getByTestId('step-dialog-confirm').click();
    await waitForStatus(chair, VERSION, 'approved');
    // The comments are in the version's trail, beside who took each step.
    await expect
      .poll(() => chairCard.getByTestId('version-step-comment').allInnerTexts())
      .toEqual([
        'For the vice-chairs: paragraph 8.2.1.1 has the agreed deadline.',
        'The text the group agreed on Friday.',
      ]);
    await shootPanel(chair, 'versions-approved');
    await chairCard.getByTestId('freeze-draft').click();
    await chair.getByTestId('step-dialog-confirm').waitFor();
    await shootPanel(chair, 'versions-freeze-confirm');
    const textBefore = await draftText(secretariat);
    await chair.getByTestId('step-dialog-confirm').click();
    const frozenAt = Date.now();

    // The secretariat's editor, open all along, turns read-only without a reload.
    await secretariat.getByTestId('frozen-banner').waitFor({ timeout: 5_000 });
    const delay = Date.now() - frozenAt;
    // About 0.3 s here, the freeze's own request included; the margin is for a busy CI machine.
    expect(delay).toBeLessThan(2_000);
    expect(await isEditable(secretariat)).toBe(false);
    expect(await secretariat.getByTestId('frozen-banner').innerText()).toMatch(
      new RegExp(
        `^Frozen by Demo Chair .* at version “${VERSION}” on .+\\. The chair can reopen it\\.$`,
      ),
    );
    await waitForStatus(chair, VERSION, 'frozen');
    await waitForStatus(secretariat, VERSION, 'frozen');
    // The others' steps come as notes in the corner; the chair is not told of its own.
    await expect
      .poll(() => secretariat.getByTestId('live-toast').allInnerTexts(), { timeout: 5_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Demo Chair .*froze the draft/)]));
    expect(await chair.getByTestId('live-toast').allInnerTexts()).not.toEqual(
      expect.arrayContaining([expect.stringContaining('froze the draft')]),
    );
    await typeAtEnd(secretariat, AFTER_FREEZE);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await draftText(secretariat)).toBe(textBefore);
    expect(await draftText(chair)).not.toContain(AFTER_FREEZE);
    expect(await secretariat.getByTestId('save-status').textContent()).not.toMatch(
      /unsaved|Not saved/,
    );
    expect(await chair.getByTestId('frozen-banner').innerText()).toContain(
      'You can reopen it from the Versions tab.',
    );
    // The chair's banner leads back to the Versions tab, where the draft is reopened.
    await chair.getByTestId('people-tab').click();
    await chair.getByTestId('frozen-banner-reopen').click();
    await chair.getByTestId('reopen-draft').waitFor();
    await secretariat.evaluate(() => {
      window.scrollTo({ top: 0 });
    });
    await shoot(secretariat, 'versions-frozen-editor');
    await shootPanel(chair, 'versions-frozen');

    // The chair reopens in the same dialog as the other steps: it says what reopening does,
    // Escape cancels it doing nothing, and its comment is the reason.
    await chair.getByTestId('reopen-draft').click();
    const reopenDialog = chair.getByTestId('step-dialog');
    await reopenDialog.waitFor();
    expect(await reopenDialog.locator('.step-dialog__question').innerText()).toBe(
      `Reopen the draft as CWG-WSIS&SDG-34 Rev.1? It becomes a new revision of the document that everyone who edits can write in again; the text frozen at “${VERSION}” stays as it was, with its fingerprint.`,
    );
    await chair.keyboard.press('Escape');
    await reopenDialog.waitFor({ state: 'detached' });
    expect(await isEditable(secretariat)).toBe(false);
    expect(await chair.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'reopen-draft',
    );
    await chair.getByTestId('reopen-draft').click();
    await reopenDialog
      .getByTestId('step-dialog-comment')
      .fill('A delegation asked for a correction in §9.1.');
    await shoot(chair, 'versions-reopen-dialog');
    await reopenDialog.getByTestId('step-dialog-confirm').click();
    await reopenDialog.waitFor({ state: 'detached' });
    await secretariat.getByTestId('frozen-banner').waitFor({ state: 'detached', timeout: 5_000 });
    await expect.poll(() => isEditable(secretariat), { timeout: 5_000 }).toBe(true);
    await expect
      .poll(() => secretariat.getByTestId('document-label').innerText(), { timeout: 5_000 })
      .toBe('CWG-WSIS&SDG-34 Rev.1');
    // The top bar's breadcrumb names the same document as the masthead.
    await expect
      .poll(() => secretariat.getByTestId('breadcrumb-label').innerText(), { timeout: 5_000 })
      .toBe('CWG-WSIS&SDG-34 Rev.1');
    await shoot(secretariat, 'breadcrumb-rev1');
    // The approval card says why the draft was reopened, for as long as Rev.1 lasts.
    await expect
      .poll(() => chair.getByTestId('draft-reopened').innerText(), { timeout: 5_000 })
      .toMatch(
        /^Reopened as CWG-WSIS&SDG-34 Rev\.1 by Demo Chair .+: “A delegation asked for a correction in §9\.1\.”$/,
      );
    await typeInSection(secretariat, '9.1.', ` ${AFTER_REOPEN}`);
    await waitUntilSaved(secretariat);
    await expect.poll(() => draftText(chair), { timeout: 10_000 }).toContain(AFTER_REOPEN);

    // A version named now belongs to Rev.1.
    await nameVersion(secretariat, NEXT_VERSION);
    expect(
      await versionCard(secretariat, NEXT_VERSION).getAttribute('data-document-revision'),
    ).toBe('1');
    const versions = (await (
      await secretariat.request.get(`${suite.server.url}/api/meetings/demo/versions`)
    ).json()) as { name: string; documentRevision: number; status: string }[];
    expect(
      versions.map(({ name, documentRevision, status }) => ({ name, documentRevision, status })),
    ).toEqual([
      { name: VERSION, documentRevision: 0, status: 'frozen' },
      { name: NEXT_VERSION, documentRevision: 1, status: 'named' },
    ]);
    await shootPanel(secretariat, 'versions-reopened');

    // Its files: the version in Markdown, and the changes since the frozen one in Word.
    const nextCard = versionCard(secretariat, NEXT_VERSION);
    const markdown = await secretariat.request.get(
      suite.server.url + (await nextCard.getByTestId('export-md').getAttribute('href'))!,
    );
    expect(markdown.status()).toBe(200);
    expect(await markdown.text()).toContain(AFTER_REOPEN);
    const changes = await secretariat.request.get(
      suite.server.url + (await nextCard.getByTestId('export-changes').getAttribute('href'))!,
    );
    expect(changes.status()).toBe(200);
    expect(changes.headers()['content-type']).toContain('wordprocessingml');

    expect(
      await secretariat.evaluate(() => (window as unknown as { keptOpen?: boolean }).keptOpen),
    ).toBe(true);
  });

  // Goes on from the Rev.1 version the first test named.
  it('sends a version back with a comment, and keeps an approved text from moving before the freeze', async () => {
    const [secretariat, viceChair, chair] = await suite.openDraftAs(
      'secretariat',
      'vice-chair',
      'chair',
    );
    await Promise.all([secretariat, viceChair, chair].map(openVersionsTab));

    // The vice-chair sends the submitted Rev.1 version back; the comment reaches everyone.
    await takeStep(secretariat, { name: NEXT_VERSION, testId: 'submit-version' });
    await waitForStatus(viceChair, NEXT_VERSION, 'submitted');
    const viceCard = versionCard(viceChair, NEXT_VERSION);
    await viceCard.getByTestId('request-changes').click();
    await viceCard.getByTestId('request-changes-submit').click();
    expect(await viceCard.locator('.field__error').innerText()).toContain('Say what should change');
    await viceCard.getByTestId('request-changes-comment').fill(COMMENT);
    await viceCard.getByTestId('request-changes-submit').click();
    await waitForStatus(secretariat, NEXT_VERSION, 'changes-requested');
    expect(
      await versionCard(secretariat, NEXT_VERSION)
        .getByTestId('changes-requested-comment')
        .innerText(),
    ).toBe(COMMENT);
    expect(await versionCard(secretariat, NEXT_VERSION).getByTestId('submit-version').count()).toBe(
      0,
    );
    await shootPanel(secretariat, 'versions-changes-requested');

    // A corrected version is endorsed and approved. Typing after the approval is a suggestion
    // (the draft is under review until the freeze), and an approved text stays as approved:
    // accepting the suggestion is refused with a sentence that says why, the draft does not
    // move, and the chair is warned of no late edit. (Before the review loop, a late edit moved
    // the draft and the freeze was refused; that can no longer happen from the editor.)
    await typeInSection(secretariat, '9.1.', ' As requested.');
    await waitUntilSaved(secretariat);
    await nameVersion(secretariat, CORRECTED);
    await takeStep(secretariat, { name: CORRECTED, testId: 'submit-version' });
    await waitForStatus(viceChair, CORRECTED, 'submitted');
    await takeStep(viceChair, { name: CORRECTED, testId: 'endorse-version' });
    await waitForStatus(chair, CORRECTED, 'endorsed');
    await takeStep(chair, { name: CORRECTED, testId: 'approve-version' });
    await waitForStatus(chair, CORRECTED, 'approved');
    await typeInSection(secretariat, '9.1.', ' A late edit.');
    const late = await waitForCard(chair, 'suggestion', 'A late edit.');
    await late.getByTestId('accept-suggestion').click();
    await expect
      .poll(() => late.locator('.review-card__problem').innerText(), { timeout: 10_000 })
      .toContain('stays as approved until the chair freezes it');
    const chairCard = versionCard(chair, CORRECTED);
    expect(await chairCard.getByTestId('version-moved').count()).toBe(0);
    expect(await chairCard.getAttribute('data-status')).toBe('approved');
    // The original's frozen version no longer stands: the Rev.1 approval superseded it.
    await expect
      .poll(() => versionCard(chair, VERSION).getByTestId('version-status').innerText(), {
        timeout: 5_000,
      })
      .toBe(`Superseded by “${CORRECTED}”`);
    expect(await chairCard.getByTestId('version-status').innerText()).toBe('Approved');
    expect(await isEditable(secretariat)).toBe(true);
    await shootPanel(chair, 'versions-approved-under-review');

    // A delegate reads every card and its files, and is offered no step.
    const [delegate] = await suite.openDraftAs('delegate');
    await openVersionsTab(delegate);
    await waitForStatus(delegate, CORRECTED, 'approved');
    const panel = delegate.getByTestId('versions-panel');
    expect(await panel.getByTestId('version-card').count()).toBe(3);
    for (const step of [
      'name-version-input',
      'submit-version',
      'endorse-version',
      'approve-version',
    ])
      expect(await panel.getByTestId(step).count()).toBe(0);
    expect(await panel.getByTestId('freeze-draft').count()).toBe(0);
    expect(await panel.getByTestId('export-docx').count()).toBe(3);
    await shootPanel(delegate, 'versions-delegate');
  });
});
