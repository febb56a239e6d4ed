import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { textWithoutSuggestions, waitForCard } from './support/review-page.js';
import { demoSuite, shoot } from './support/demo-suite.js';
import { draftText, signIn, typeAtEnd } from './support/draft-page.js';

describe.runIf(chromiumAvailable())('an administrator sets up a meeting and its people', () => {
  const suite = demoSuite();

  it('the vice-chair edits; the delegate sees it live, and its typing becomes suggestions', async () => {
    // Only administrators create meetings by default; the one who creates it chairs it.
    const chair = await signIn(suite.browser, suite.server.url, suite.admin);
    await chair
      .getByTestId('new-meeting-title')
      .fill('Council Working Group on WSIS&SDG, 35th meeting');
    await chair.getByTestId('new-meeting-symbol').fill('CWG-WSIS&SDG-35');
    await chair.getByTestId('new-meeting-date').fill('2020-02-03');
    await chair.getByTestId('new-meeting-submit').click();
    await chair.waitForURL(/\/meetings\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    const meetingUrl = chair.url();

    for (const [role, label] of [
      ['vice-chair', 'vice-chair'],
      ['delegate', 'delegate'],
    ] as const) {
      await chair.getByTestId('invite-email').fill(suite.server.demo.get(role)!.email);
      await chair.getByTestId('invite-role').selectOption(label);
      await chair.getByTestId('invite-submit').click();
      await expect
        .poll(() => chair.getByTestId('participants').innerText(), { timeout: 10_000 })
        .toContain(role === 'delegate' ? 'Demo Delegate' : 'Demo Vice-chair');
    }

    const viceChair = await suite.signInAs('vice-chair');
    const delegate = await suite.signInAs('delegate');
    await viceChair.goto(meetingUrl);
    await delegate.goto(meetingUrl);
    // A delegate may not edit: the editor takes typing only as suggestions (issue #14).
    await delegate.getByTestId('mode-fixed').waitFor({ timeout: 15_000 });
    await viceChair.getByTestId('editor').waitFor();

    await typeAtEnd(viceChair, 'The meeting opened at 09:30.');
    await expect
      .poll(() => draftText(delegate), { timeout: 15_000 })
      .toContain('The meeting opened at 09:30.');

    await typeAtEnd(delegate, 'A delegate tries to write.');
    await waitForCard(viceChair, 'suggestion', 'A delegate tries to write.');
    expect(await textWithoutSuggestions(delegate)).not.toContain('A delegate tries to write.');
    expect(await textWithoutSuggestions(viceChair)).not.toContain('A delegate tries to write.');
    if (process.env.E2E_SCREENSHOTS !== undefined)
      await delegate.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/delegate.png` });
  });

  it('offers the secretariat only the roles it may give, no menu for its own row, and nothing for the chair', async () => {
    const secretariat = await suite.signInAs('secretariat');
    await secretariat.goto(`${suite.server.url}/meetings/demo`);
    const panel = secretariat.getByTestId('participants');
    await panel.waitFor({ timeout: 15_000 });
    const row = (role: string) => panel.locator(`[data-testid="participant"][data-role="${role}"]`);
    const options = (role: string) =>
      row(role).locator('[data-testid="participant-role"] option').allInnerTexts();

    expect(await row('secretariat').getByTestId('participant-role').count()).toBe(0);
    expect(await row('secretariat').getByTestId('participant-role-fixed').innerText()).toBe(
      'Secretariat',
    );
    // The chair stays until handing over: no role menu and no remove button, for anybody.
    expect(await row('chair').getByTestId('participant-role').count()).toBe(0);
    expect(await row('chair').getByTestId('participant-remove').count()).toBe(0);
    expect(await row('chair').getByTestId('participant-role-fixed').innerText()).toBe('Chair');
    expect(await options('delegate')).toEqual(['Secretariat', 'Delegate']);
    expect(await row('delegate').getByTestId('participant-remove').count()).toBe(1);
    expect(await secretariat.getByTestId('invite-role').locator('option').allInnerTexts()).toEqual([
      'Secretariat',
      'Delegate',
    ]);
    await panel.scrollIntoViewIfNeeded();
    await shoot(secretariat, 'roles-secretariat');
  });

  it('offers the chair no way to remove or demote themselves', async () => {
    const chair = await suite.signInAs('chair');
    await chair.goto(`${suite.server.url}/meetings/demo`);
    const panel = chair.getByTestId('participants');
    await panel.waitFor({ timeout: 15_000 });
    const own = panel.locator('[data-testid="participant"][data-role="chair"]');
    expect(await own.innerText()).toContain('(you)');
    expect(await own.getByTestId('participant-role').count()).toBe(0);
    expect(await own.getByTestId('participant-remove').count()).toBe(0);
    const delegate = panel.locator('[data-testid="participant"][data-role="delegate"]');
    expect(await delegate.getByTestId('participant-role').isEnabled()).toBe(true);
    expect(await delegate.getByTestId('participant-remove').count()).toBe(1);
    await shoot(chair, 'roles-chair');
  });

  it('shows an administrator who takes no part the sheet without an empty toolbar strip', async () => {
    const admin = await signIn(suite.browser, suite.server.url, suite.admin);
    await admin.goto(`${suite.server.url}/meetings/demo`);
    await admin.getByTestId('not-a-participant').waitFor({ timeout: 15_000 });
    expect(await admin.locator('.draft-editor__toolbar').count()).toBe(0);
    await shoot(admin, 'admin-not-a-participant');
  });
});
