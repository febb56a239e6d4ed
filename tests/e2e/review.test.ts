import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { DEMO_TITLE, demoSuite, SCREENSHOTS } from './support/demo-suite.js';
import { draftText, openDraft } from './support/draft-page.js';
import { typeInSection } from './support/history-page.js';
import {
  commentOn,
  openRegisterTab,
  registerLines,
  selectText,
  startSuggesting,
  textWithoutSuggestions,
  waitForCard,
} from './support/review-page.js';
import {
  isEditable,
  nameVersion,
  openVersionsTab,
  versionCard,
  waitForStatus,
  takeStep,
} from './support/versions-page.js';

const INSERTED = ' Attendance doubled since 2018.';
const DELETED = 'and linking them to previous reports';
const COMMENT = 'Keep the link to previous reports: delegations asked for it.';
const REJECTION = 'The link to earlier reports stays.';
const REPLY = 'Agreed: the link stays.';
const NOTED = 'Kept as drafted.';
const AMENDMENT = { quote: 'should continue to be involved', replacement: 'shall remain involved' };
const APPENDED = ' (See Annex 2.)';
const UNDER_REVIEW = ' Typed by the vice-chair during the review.';
const VERSION = 'Draft for review';

/** A screenshot of the page as it is, after the caret and the margin settled. */
async function shootPage(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({
    path: `${SCREENSHOTS}/${name}.png`,
    style: '.live-toasts { display: none; }',
  });
}

describe.runIf(chromiumAvailable())('the review loop, in Chromium', () => {
  const suite = demoSuite();

  it('turns typing into suggestions that others see live, comment on, accept or reject, and registers them', async () => {
    const [secretariat, viceChair, chair] = await suite.openDraftAs(
      'secretariat',
      'vice-chair',
      'chair',
    );
    const before = await textWithoutSuggestions(chair);

    // The secretariat suggests an insertion by typing, and a deletion with Backspace.
    await startSuggesting(secretariat);
    await typeInSection(secretariat, '8.3.1.', INSERTED);
    await selectText(secretariat, DELETED);
    await secretariat.keyboard.press('Backspace');
    // Nothing changed in the draft itself: the suggestions are drawn over it.
    expect(await secretariat.getByTestId('editor').innerText()).toContain(DELETED);

    // The vice-chair sees both arrive in the draft and the margin, live.
    await waitForCard(viceChair, 'suggestion', INSERTED.trim());
    await waitForCard(viceChair, 'suggestion', DELETED);
    await expect
      .poll(() => viceChair.locator('.review-insertion').allInnerTexts())
      .toContain(INSERTED);
    await expect
      .poll(() => viceChair.locator('.review-deletion').allInnerTexts())
      .toContain(DELETED);
    expect(await textWithoutSuggestions(viceChair)).toBe(before);

    // ... and comments on the deletion's text; the chair sees the thread.
    await commentOn(viceChair, DELETED, COMMENT);
    await waitForCard(chair, 'comment', COMMENT);
    await shootPage(viceChair, 'review-margin');

    // The chair accepts the insertion and rejects the deletion with a reason.
    const insertion = await waitForCard(chair, 'suggestion', INSERTED.trim());
    await insertion.getByTestId('accept-suggestion').click();
    await expect
      .poll(() => draftText(secretariat), { timeout: 10_000 })
      .toContain(`multistakeholder participation in the event.${INSERTED}`);
    const deletion = await waitForCard(chair, 'suggestion', DELETED);
    await deletion.click();
    await deletion.getByTestId('suggestion-reason').fill(REJECTION);
    await deletion.getByTestId('reject-suggestion').click();
    await expect.poll(() => viceChair.locator('.review-deletion').count()).toBe(0);
    expect(await draftText(viceChair)).toContain(DELETED);

    // The chair answers the comment and resolves it as noted, with a reason.
    const thread = await waitForCard(chair, 'comment', COMMENT);
    await thread.click();
    await thread.getByTestId('reply-input').fill(REPLY);
    await thread.getByTestId('reply-submit').click();
    await expect
      .poll(() => viceChair.getByTestId('comment-reply').allInnerTexts())
      .toEqual([expect.stringContaining(REPLY)]);
    await thread.getByTestId('resolve-comment').click();
    await thread.getByTestId('resolve-disposition').selectOption('noted');
    await thread.getByTestId('resolve-reason').fill(NOTED);
    await thread.getByTestId('resolve-submit').click();
    await expect.poll(() => viceChair.locator('.review-comment').count()).toBe(0);

    // The register lists both with their dispositions, and the comment still open.
    await openRegisterTab(chair);
    await expect
      .poll(async () => (await registerLines(chair)).map((line) => [line.type, line.disposition]))
      .toEqual([
        ['suggestion', 'accepted'],
        ['suggestion', 'rejected'],
        ['comment', 'noted'],
      ]);
    const texts = (await registerLines(chair)).map((line) => line.text);
    expect(texts[0]).toContain(INSERTED);
    expect(texts[1]).toContain(DELETED);
    expect(texts[2]).toContain(COMMENT);
    expect(await chair.getByTestId('register-row').nth(1).innerText()).toContain(REJECTION);
    expect(await chair.getByTestId('register-row').nth(2).innerText()).toContain(NOTED);
    await chair.getByTestId('register-filter-state').selectOption('open');
    expect(await chair.getByTestId('register-row').count()).toBe(0);
    await chair.getByTestId('register-filter-state').selectOption('all');
    expect(await chair.getByTestId('register-csv').getAttribute('href')).toBe(
      '/api/meetings/demo/register?format=csv',
    );
    const csv = await chair.request.get(
      suite.server.url + (await chair.getByTestId('register-csv').getAttribute('href'))!,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(REJECTION);
    const docx = await chair.request.get(
      suite.server.url + (await chair.getByTestId('register-docx').getAttribute('href'))!,
    );
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    await shootPage(chair, 'review-register');
  });

  it('shows a delegate’s amendment sent through the API in the chair’s open editor within a second', async () => {
    const [chair] = await suite.openDraftAs('chair');
    const delegate = await suite.signInAs('delegate');
    const sent = Date.now();
    const answer = await delegate.request.post(
      `${suite.server.url}/api/meetings/demo/suggestions`,
      {
        headers: { origin: suite.server.url },
        data: { paragraph: '8.1.1', ...AMENDMENT },
      },
    );
    expect(answer.status()).toBe(201);
    const card = await waitForCard(chair, 'suggestion', AMENDMENT.replacement);
    const delay = Date.now() - sent;
    expect(delay).toBeLessThan(1_000);
    expect(await card.getByTestId('suggestion-change').innerText()).toBe(
      `Replace ${AMENDMENT.quote} with ${AMENDMENT.replacement}`,
    );
    await expect
      .poll(() => chair.locator('.review-deletion').allInnerTexts())
      .toContain(AMENDMENT.quote);

    // The delegate's own editor: suggesting only, with no formatting toolbar.
    await openDraft(delegate, suite.meetingUrl, DEMO_TITLE);
    expect(await delegate.getByTestId('mode-fixed').innerText()).toBe('Suggesting');
    expect(await delegate.getByTestId('toolbar-numbered').count()).toBe(0);
    await waitForCard(delegate, 'suggestion', AMENDMENT.replacement);
    expect(await delegate.getByTestId('accept-suggestion').count()).toBe(0);

    // Ctrl+Alt+M comments on the selected words, as the Comment button does.
    await selectText(chair, 'keep abreast of the ongoing');
    await chair.keyboard.press('Control+Alt+m');
    await chair.getByTestId('new-comment-input').fill('Which consultations?');
    await chair.getByTestId('new-comment-submit').click();
    await waitForCard(delegate, 'comment', 'Which consultations?');
    await delegate.getByTestId('review-card').last().scrollIntoViewIfNeeded();
    await shootPage(delegate, 'review-delegate');

    // A second amendment of the delegate's; the chair accepts both with one button.
    const second = await delegate.request.post(
      `${suite.server.url}/api/meetings/demo/suggestions`,
      {
        headers: { origin: suite.server.url },
        data: { paragraph: '8.1.1.', quote: '', replacement: APPENDED },
      },
    );
    expect(second.status()).toBe(201);
    const appended = await waitForCard(chair, 'suggestion', APPENDED.trim());
    await appended.click();
    await appended.getByTestId('accept-all-author').click();
    await expect
      .poll(() => textWithoutSuggestions(delegate), { timeout: 10_000 })
      .toContain(`${AMENDMENT.replacement} in the process`);
    await expect
      .poll(() => textWithoutSuggestions(delegate), { timeout: 10_000 })
      .toContain(`global consultations.${APPENDED}`);
    await expect.poll(() => chair.locator('.review-insertion, .review-deletion').count()).toBe(0);
  });

  it('makes everyone suggest while a version is under review, so typing never blocks the freeze', async () => {
    const [secretariat, viceChair, chair] = await suite.openDraftAs(
      'secretariat',
      'vice-chair',
      'chair',
    );
    await Promise.all([secretariat, viceChair, chair].map(openVersionsTab));
    await nameVersion(secretariat, VERSION);
    await takeStep(secretariat, { name: VERSION, testId: 'submit-version' });
    await waitForStatus(viceChair, VERSION, 'submitted');

    // The vice-chair's typing becomes a suggestion; the banner says why.
    await viceChair.getByTestId('under-review-banner').waitFor({ timeout: 5_000 });
    expect(await viceChair.getByTestId('under-review-banner').innerText()).toBe(
      'This draft is under review: your typing becomes suggestions.',
    );
    const before = await textWithoutSuggestions(chair);
    await typeInSection(viceChair, '9.1.1.', UNDER_REVIEW);
    await waitForCard(chair, 'suggestion', UNDER_REVIEW.trim());
    await shootPage(viceChair, 'review-under-review');
    expect(await textWithoutSuggestions(chair)).toBe(before);

    // The chair reads how many endorsements the approval needs; the vice-chair may not change it.
    expect(await chair.getByTestId('endorsements-required').innerText()).toContain(
      'Approval needs 1 vice-chair endorsement.',
    );
    expect(await chair.getByTestId('endorsements-required-input').count()).toBe(1);
    expect(await viceChair.getByTestId('endorsements-required-input').count()).toBe(0);
    await shootPage(chair, 'review-endorsements-setting');

    // The vice-chair endorses; the chair approves and freezes while the secretariat types.
    await takeStep(viceChair, { name: VERSION, testId: 'endorse-version' });
    await waitForStatus(chair, VERSION, 'endorsed');
    const typing = typeInSection(secretariat, '9.1.1.', ' More words typed during approval.');
    const chairCard = versionCard(chair, VERSION);
    await takeStep(chair, { name: VERSION, testId: 'approve-version' });
    await waitForStatus(chair, VERSION, 'approved');
    await chairCard.getByTestId('freeze-draft').click();
    await chair.getByTestId('step-dialog-confirm').click();
    await typing;
    await waitForStatus(chair, VERSION, 'frozen');
    await secretariat.getByTestId('frozen-banner').waitFor({ timeout: 5_000 });
    expect(await isEditable(secretariat)).toBe(false);
    expect(await textWithoutSuggestions(chair)).toBe(before);
    // Nothing typed was left unsaved: it all went as suggestions, none into the draft.
    expect(await secretariat.getByTestId('save-status').textContent()).not.toMatch(
      /unsaved|Not saved/,
    );
  });
});
