import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { demoSuite, shoot } from './support/demo-suite.js';
import { typeInSection, waitUntilSaved } from './support/history-page.js';

const SHIFTED_CLOCK = fileURLToPath(new URL('./support/shifted-clock.ts', import.meta.url));
const clockFile = join(mkdtempSync(join(tmpdir(), 'rapporteur-clock-')), 'offset');
writeFileSync(clockFile, '0');
let offset = 0;

/** Moves the server's clock `minutes` forward, and waits until it has read the new offset. */
async function advance(minutes: number): Promise<void> {
  offset += minutes * 60_000;
  writeFileSync(clockFile, String(offset));
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Three people, each in a section of their own. */
const WRITERS = [
  { role: 'chair', name: 'Demo Chair', section: '8.4.3.', word: 'Chair' },
  { role: 'vice-chair', name: 'Demo Vice-chair', section: '8.5.', word: 'Vice' },
  { role: 'secretariat', name: 'Demo Secretariat', section: '9.1.', word: 'Secretariat' },
] as const;
/** Minutes (of recorded time) at which each of them writes a sentence: ten minutes in all. */
const MINUTES = [0, 1, 2, 8, 9, 10];

describe.runIf(chromiumAvailable())('a history that reads like sessions, in Chromium', () => {
  const suite = demoSuite({
    env: {
      // tsx first: these imports run before the command line's.
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --import tsx --import ${SHIFTED_CLOCK}`.trim(),
      SHIFTED_CLOCK_FILE: clockFile,
    },
  });

  it('shows ten minutes of three people typing as a handful of sessions, the original two clicks away', async () => {
    const pages = await suite.openDraftAs('chair', 'vice-chair', 'secretariat');
    let minute = 0;
    for (const at of MINUTES) {
      await advance(at - minute);
      minute = at;
      for (const [index, writer] of WRITERS.entries()) {
        const page = pages[index] as Page;
        await typeInSection(page, writer.section, ` ${writer.word} wrote this at minute ${at}.`);
        await waitUntilSaved(page);
      }
    }
    const chair = pages[0];

    // The plain timeline alternates between the three at every sentence; sessions do not.
    const plain = (await (
      await chair.request.get(`${suite.server.url}/api/meetings/demo/history?limit=100`)
    ).json()) as { items: { kind: string }[] };
    const edits = plain.items.filter((item) => item.kind === 'edit').length;
    expect(edits).toBeGreaterThanOrEqual(18);

    await chair.getByTestId('history-tab').click();
    await chair.getByTestId('history-panel').waitFor();
    const sessions = chair.getByTestId('history-session');
    await expect
      .poll(async () => (await sessions.allInnerTexts()).join('\n'), { timeout: 20_000 })
      .toContain('Secretariat wrote this at minute 10.');
    const texts = await sessions.allInnerTexts();
    // Each writer twice (the six-minute break ends a session), and the import: a handful.
    expect(texts.length).toBeLessThanOrEqual(8);
    for (const writer of WRITERS) {
      const theirs = texts.filter((text) => text.includes(writer.name));
      expect({ writer: writer.name, sessions: theirs.length }).toEqual({
        writer: writer.name,
        sessions: 2,
      });
      expect(theirs[0]).toContain(`§${writer.section.slice(0, -1)}`);
    }
    const latestChair = sessions.filter({ hasText: 'Demo Chair' }).first();
    expect(await latestChair.innerText()).toMatch(/minute 8\. Chair wrote this at minute 9\./);

    // A session opens to its edits.
    await latestChair.getByTestId('history-session-toggle').click();
    await expect
      .poll(() => latestChair.getByTestId('history-entry').count(), { timeout: 5_000 })
      .toBeGreaterThan(0);
    await shoot(chair, 'session-history');

    // The imported original compared with now: two clicks.
    await chair.getByTestId('compare-open').click();
    await chair.getByTestId('compare-original').click();
    const summary = chair.getByTestId('compare-summary');
    await expect.poll(() => summary.innerText(), { timeout: 10_000 }).toContain('§9.1');
    const compared = await summary.innerText();
    for (const writer of WRITERS) {
      expect(compared).toContain(writer.name);
      expect(compared).toContain(`§${writer.section.slice(0, -1)}`);
    }
    await shoot(chair, 'session-compare');
  });
});
