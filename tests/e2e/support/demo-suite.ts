import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { setUpAdministrator } from './draft-page.js';
import { startRapporteur, type RapporteurProcess } from './rapporteur-process.js';

/** A suite's running Rapporteur (demo meeting, first administrator set up) and its Chromium. */
export interface DemoSuite {
  readonly server: RapporteurProcess;
  /** The first administrator, who alone creates meetings by default (MEETING_CREATORS). */
  readonly admin: { readonly email: string; readonly password: string };
  readonly browser: Browser;
}

/**
 * Starts Rapporteur as a user does and Chromium before the suite's tests, and stops both after.
 * Call it inside the `describe`; read `server` and `browser` inside tests.
 */
export function demoSuite(): DemoSuite {
  let server: RapporteurProcess | undefined;
  let admin: { email: string; password: string } | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startRapporteur();
    admin = await setUpAdministrator(server);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.destroy();
  });
  return {
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
  };
}

/** Where screenshots go, to be looked at: E2E_SCREENSHOTS, or /tmp/rapporteur-shots. */
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp/rapporteur-shots';

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
