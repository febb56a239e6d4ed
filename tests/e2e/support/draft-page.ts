import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Creates the first administrator through the API, as the first-run page does, with the setup
 * code the server printed when it started.
 */
export async function setUpAdministrator(server: {
  readonly url: string;
  readonly setupCode: string | undefined;
}): Promise<{ email: string; password: string }> {
  const { url, setupCode } = server;
  if (setupCode === undefined) throw new Error('The server printed no setup code.');
  const admin = {
    email: 'admin@itu.example',
    name: 'Ada Admin',
    password: 'a long enough passphrase',
    setupCode,
  };
  const response = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(admin),
  });
  if (response.status !== 201)
    throw new Error(
      `Setting up the administrator failed: ${response.status} ${await response.text()}`,
    );
  return admin;
}

/** Signs a person in, in a browser context of their own. */
export async function signIn(
  browser: Browser,
  url: string,
  person: { email: string; password: string },
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('email-input').fill(person.email);
  await page.getByTestId('password-input').fill(person.password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('meetings-list').waitFor({ timeout: 20_000 });
  return page;
}

/** Opens a meeting's draft (`<server url>/meetings/<id>`) and waits until its stored text is there. */
export async function openDraft(page: Page, meetingUrl: string, expected: string): Promise<void> {
  await page.goto(meetingUrl);
  await expect
    .poll(() => page.getByTestId('editor').innerText(), { timeout: 20_000 })
    .toContain(expected);
}

/** Types at the very end of the draft, keystroke by keystroke, as a person would. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 15 });
}

/** Types at the end of the draft's first line (its heading), keystroke by keystroke. */
export async function typeAtFirstLineEnd(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 15 });
}

/** The draft's text as a reader sees it, without other people's carets and their name labels. */
export function draftText(page: Page): Promise<string> {
  return page.getByTestId('editor').evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent;
  });
}
