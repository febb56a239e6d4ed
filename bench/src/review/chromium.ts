import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, as the end-to-end suites use it; the bench never downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags of tests/e2e/support/browser.ts: without the networking ones Chromium keeps calling
// home, which this machine refuses. playwright gives every launch a fresh, empty profile.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * A browser context signed in as `person` through the sign-in page, as a person signs in; its
 * session cookie then opens every meeting page of the run.
 */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  person: { readonly email: string; readonly password: string },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(baseUrl);
    await page.getByTestId('email-input').fill(person.email);
    await page.getByTestId('password-input').fill(person.password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('meetings-list').waitFor({ timeout: 20_000 });
  } finally {
    await page.close();
  }
  return context;
}
