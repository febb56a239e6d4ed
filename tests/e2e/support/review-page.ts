import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Selects `text` in the draft (it must occur once), through the DOM selection that ProseMirror
 * follows. Widgets drawn over the text (paragraph numbers, proposed insertions, others' carets)
 * are not part of it.
 */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.getByTestId('editor').evaluate((editor, wanted) => {
    const skip = '.paragraph-number, .review-insertion, .collaboration-carets__caret';
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest(skip) === null
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_REJECT,
    });
    const nodes: { node: Text; start: number }[] = [];
    let all = '';
    while (walker.nextNode() !== null) {
      const node = walker.currentNode as Text;
      nodes.push({ node, start: all.length });
      all += node.data;
    }
    const at = all.indexOf(wanted);
    if (at < 0 || all.indexOf(wanted, at + 1) >= 0) return false;
    const place = (offset: number, end: boolean) => {
      const hit = nodes.findLast((entry) => (end ? entry.start < offset : entry.start <= offset));
      return hit === undefined ? undefined : { node: hit.node, offset: offset - hit.start };
    };
    const from = place(at, false);
    const to = place(at + wanted.length, true);
    if (from === undefined || to === undefined) return false;
    (editor as HTMLElement).focus();
    window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    return true;
  }, text);
  if (!found) throw new Error(`The draft does not hold “${text}” exactly once.`);
  // ProseMirror reads the new selection on the next selectionchange event.
  await page.waitForTimeout(150);
}

/** Switches the toolbar to Suggesting. */
export async function startSuggesting(page: Page): Promise<void> {
  await page.getByTestId('mode-suggesting').click();
  await expect
    .poll(() => page.getByTestId('mode-suggesting').getAttribute('aria-pressed'))
    .toBe('true');
}

/** The margin's card of the comment or suggestion that shows `text`. */
export function reviewCard(page: Page, kind: 'comment' | 'suggestion', text: string): Locator {
  return page
    .getByTestId('review-card')
    .and(page.locator(`[data-kind="${kind}"]`))
    .filter({ hasText: text });
}

/** Waits until the margin shows that card, without reloading. */
export async function waitForCard(
  page: Page,
  kind: 'comment' | 'suggestion',
  text: string,
): Promise<Locator> {
  const card = reviewCard(page, kind, text);
  await card.first().waitFor({ timeout: 10_000 });
  return card.first();
}

/** Comments on `quote` (selected first) with `body`, through the toolbar's Comment button. */
export async function commentOn(page: Page, quote: string, body: string): Promise<void> {
  await selectText(page, quote);
  await page.getByTestId('comment-button').click();
  await page.getByTestId('new-comment-input').fill(body);
  await page.getByTestId('new-comment-submit').click();
  await page.getByTestId('new-comment-card').waitFor({ state: 'detached' });
}

/** Shows the side panel's Register tab. */
export async function openRegisterTab(page: Page): Promise<void> {
  await page.getByTestId('register-tab').click();
  await page.getByTestId('register-panel').waitFor();
}

/** The register's lines as the tab shows them: type, disposition and text. */
export function registerLines(
  page: Page,
): Promise<{ type: string | null; disposition: string | null; text: string }[]> {
  return page.getByTestId('register-row').evaluateAll((rows) =>
    rows.map((row) => ({
      type: row.getAttribute('data-type'),
      disposition: row.getAttribute('data-disposition'),
      text: row.querySelector('[data-testid="register-text"]')?.textContent ?? '',
    })),
  );
}

/** The draft's own text: without others' carets and without the suggestions drawn over it. */
export function textWithoutSuggestions(page: Page): Promise<string> {
  return page.getByTestId('editor').evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    for (const drawn of copy.querySelectorAll('.collaboration-carets__caret, .review-insertion'))
      drawn.remove();
    return copy.textContent;
  });
}
