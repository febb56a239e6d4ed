import type { BrowserContext } from 'playwright-core';

/** The margin once it has placed its cards beside their text (the web's contract with the bench). */
const MARGIN_READY = '[data-testid="review-margin"][data-review-ready="true"]';

/** What "the editor is ready" means for one page load. */
export interface ReadyWhen {
  /** Text of the draft's last block: the editor shows the whole draft once it is there. */
  readonly lastText: string;
  /** Also wait for the review margin to say its cards are placed (`data-review-ready`). */
  readonly margin: boolean;
}

/**
 * Opens `url` in a new page of `context` and resolves to the milliseconds from the start of the
 * navigation to the editor being ready, by the page's own clock (`performance.now()` counts
 * from the navigation's start), checked at every animation frame.
 */
export async function timeToReady(
  context: BrowserContext,
  url: string,
  when: ReadyWhen,
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await page.waitForFunction(
      ({ lastText, margin, marginReady }) => {
        const editor = document.querySelector('[data-testid="editor"]');
        if (editor === null || !editor.textContent.includes(lastText)) return false;
        if (margin && document.querySelector(marginReady) === null) return false;
        return performance.now();
      },
      { ...when, marginReady: MARGIN_READY },
      { polling: 'raf', timeout: 60_000 },
    );
    return Number(await ready.jsonValue());
  } finally {
    await page.close();
  }
}
