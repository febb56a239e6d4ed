import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/browser.js';
import { demoSuite, shoot } from './support/demo-suite.js';
import { setUpAdministrator, signIn } from './support/draft-page.js';
import { startRapporteur, type RapporteurProcess } from './support/rapporteur-process.js';

/** The chair invites `email` with `role` from the people panel and reads back the link to send. */
async function inviteWithoutAccount(chair: Page, email: string, role: string): Promise<string> {
  await chair.getByTestId('invite-email').fill(email);
  await chair.getByTestId('invite-role').selectOption(role);
  await chair.getByTestId('invite-submit').click();
  const link = chair.getByTestId('invitation-link');
  await link.waitFor({ timeout: 10_000 });
  return link.inputValue();
}

/** A browser of someone who has no account: a fresh context, nobody signed in. */
async function stranger(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}

describe.runIf(chromiumAvailable())('inviting someone who has no account', () => {
  const suite = demoSuite();

  it('gives the chair a link; following it sets a password and lands in the meeting with the role', async () => {
    const chair = await suite.signInAs('chair');
    await chair.goto(suite.meetingUrl);
    await chair.getByTestId('participants').waitFor({ timeout: 15_000 });
    const link = await inviteWithoutAccount(chair, 'nadia.newcomer@example.org', 'vice-chair');
    expect(link).toMatch(new RegExp(`^${suite.server.url}/invitation#inv_[A-Za-z0-9_-]{43}$`));
    const waiting = chair.locator(
      '[data-testid="pending-invitation"][data-email="nadia.newcomer@example.org"]',
    );
    await waiting.waitFor({ timeout: 10_000 });
    expect(await waiting.innerText()).toContain('Vice-chair, invited by Demo Chair');
    await chair.getByTestId('pending-invitations').scrollIntoViewIfNeeded();
    await shoot(chair, 'invitation-link');

    const invitee = await stranger(suite.browser);
    await invitee.goto(link);
    const summary = invitee.getByTestId('invitation-summary');
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.innerText()).toContain(
      'Demo Chair (Prof. Vladimir Minkin) invites you to Council Working Group',
    );
    expect(await summary.innerText()).toContain('as a vice-chair');
    await shoot(invitee, 'invitation-page');
    await invitee.getByTestId('invitation-name').fill('Nadia Newcomer');
    await invitee.getByTestId('invitation-password').fill('a long enough passphrase');
    await invitee.getByTestId('invitation-submit').click();
    await invitee.waitForURL(suite.meetingUrl, { timeout: 15_000 });
    await expect
      .poll(() => invitee.getByTestId('your-role').innerText(), { timeout: 15_000 })
      .toMatch(/vice-chair/i);

    // The chair's list no longer holds it; the roster does, with the name the invitee chose.
    await chair.reload();
    await expect
      .poll(() => chair.getByTestId('participants').innerText(), { timeout: 15_000 })
      .toContain('Nadia Newcomer');
    expect(await waiting.count()).toBe(0);

    // The link was for once.
    const again = await stranger(suite.browser);
    await again.goto(link);
    await again.getByTestId('invitation-refused').waitFor({ timeout: 15_000 });
    expect(await again.getByTestId('invitation-refused').innerText()).toBe(
      'This invitation has already been used: sign in as nadia.newcomer@example.org with the password chosen then.',
    );
  });
});

describe.runIf(chromiumAvailable())('an invitation link that expired', () => {
  let server: RapporteurProcess | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    // INVITATION_DAYS in seconds' worth: three seconds, so that the test need not wait a week.
    server = await startRapporteur({ env: { INVITATION_DAYS: String(3 / 86_400) } });
    // A first run shows nothing but the administrator's setup until one exists.
    await setUpAdministrator(server);
    chromium = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await chromium?.close();
    await server?.destroy();
  });

  it('is refused with a sentence that says when it expired and whom to ask', async () => {
    const running = server!;
    const chair = await signIn(chromium!.browser, running.url, running.demo.get('chair')!);
    await chair.goto(`${running.url}/meetings/demo`);
    await chair.getByTestId('participants').waitFor({ timeout: 15_000 });
    const link = await inviteWithoutAccount(chair, 'slow.reader@example.org', 'delegate');
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const invitee = await stranger(chromium!.browser);
    await invitee.goto(link);
    const refused = invitee.getByTestId('invitation-refused');
    await refused.waitFor({ timeout: 15_000 });
    expect(await refused.innerText()).toMatch(
      /^This invitation expired on \d{1,2} [A-Z][a-z]+ \d{4}: ask Demo Chair \(Prof\. Vladimir Minkin\) to invite you again\.$/,
    );
    expect(await invitee.getByTestId('invitation-name').count()).toBe(0);
    await shoot(invitee, 'invitation-expired');
  });
});
