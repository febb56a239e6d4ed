import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { openDraft, setUpAdministrator, signIn } from './draft-page.js';
import { startRapporteur, type RapporteurProcess } from './rapporteur-process.js';

/** A suite's running Rapporteur (demo meeting, first administrator set up) and its Chromium. */
export interface DemoSuite {
  readonly server: RapporteurProcess;
  /** The first administrator, who alone creates meetings by default (MEETING_CREATORS). */
  readonly admin: { readonly email: string; readonly password: string };
  readonly browser: Browser;
  /** The demo meeting's page: `<server url>/meetings/demo`. */
  readonly meetingUrl: string;
  /** Signs in the demo account holding `role`, in a browser context of its own. */
  signInAs(role: DemoRole): Promise<Page>;
  /**
   * Signs in the demo accounts holding `roles`, one after the other, then opens the demo draft
   * on every page at once and waits for its stored text: the start of most browser tests.
   */
  openDraftAs<const Roles extends readonly DemoRole[]>(
    ...roles: Roles
  ): Promise<{ readonly [K in keyof Roles]: Page }>;
}

/** The roles the demo meeting has an account for. */
export type DemoRole = 'chair' | 'vice-chair' | 'secretariat' | 'delegate';

/** The demo draft's first line, there once its stored text has loaded. */
export const DEMO_TITLE = 'SUMMARY OF THE 34th MEETING';

/**
 * Starts Rapporteur as a user does and Chromium before the suite's tests, and stops both after.
 * Call it inside the `describe`; read `server` and `browser` inside tests.
 */
export function demoSuite(options: { readonly env?: Record<string, string> } = {}): DemoSuite {
  let server: RapporteurProcess | undefined;
  let admin: { email: string; password: string } | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startRapporteur(options.env === undefined ? {} : { env: options.env });
    admin = await setUpAdministrator(server);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.destroy();
  });
  const suite: DemoSuite = {
    get server() {
      if (server === undefined) throw new Error('The suite has not started Rapporteur yet.');
      return server;
    },
    get admin() {
      if (admin === undefined) throw new Error('The suite has not set up its administrator yet.');
      return admin;
    },
    get browser() {
      if (chromium === undefined) throw new Error('The suite has not started Chromium yet.');
      return chromium.browser;
    },
    get meetingUrl() {
      return `${suite.server.url}/meetings/demo`;
    },
    signInAs(role) {
      const account = suite.server.demo.get(role);
      if (account === undefined) throw new Error(`Rapporteur printed no demo ${role} account.`);
      return signIn(suite.browser, suite.server.url, account);
    },
    async openDraftAs<const Roles extends readonly DemoRole[]>(...roles: Roles) {
      const pages: Page[] = [];
      for (const role of roles) pages.push(await suite.signInAs(role));
      await Promise.all(pages.map((page) => openDraft(page, suite.meetingUrl, DEMO_TITLE)));
      return pages as { readonly [K in keyof Roles]: Page };
    },
  };
  return suite;
}

/** Where screenshots go, to be looked at: E2E_SCREENSHOTS, or /tmp/rapporteur-shots. */
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp/rapporteur-shots';

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
