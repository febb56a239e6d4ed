import type { BrowserContext } from 'playwright-core';

/** The margin once it has placed its cards beside their text (the web's contract with the bench). */
const MARGIN_READY = '[data-testid="review-margin"][data-review-ready="true"]';
const REVIEW_CARD = '[data-testid="review-margin"] [data-testid="review-card"]';

/** What "the editor is ready" means for one page load. */
export interface ReadyWhen {
  /** Text of the draft's last block: the editor shows the whole draft once it is there. */
  readonly lastText: string;
  /**
   * What else to wait for: nothing; the margin marking its cards placed; or, from a page with a
   * margin that does not mark it yet, as many cards in it as `cards`.
   */
  readonly review:
    | { readonly kind: 'none' }
    | { readonly kind: 'placed' }
    | { readonly kind: 'cards'; readonly cards: number };
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
      ({ lastText, review, selectors }) => {
        const editor = document.querySelector('[data-testid="editor"]');
        if (editor === null || !editor.textContent.includes(lastText)) return false;
        if (review.kind === 'placed' && document.querySelector(selectors.placed) === null)
          return false;
        if (
          review.kind === 'cards' &&
          document.querySelectorAll(selectors.card).length < review.cards
        )
          return false;
        return performance.now();
      },
      { ...when, selectors: { placed: MARGIN_READY, card: REVIEW_CARD } },
      { polling: 'raf', timeout: 60_000 },
    );
    return Number(await ready.jsonValue());
  } finally {
    await page.close();
  }
}
