import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Puts the caret at the end of a numbered paragraph ('8.4.3.', as the editor numbers it) and
 * types there, keystroke by keystroke. The caret is placed through the DOM selection, which
 * ProseMirror follows, because a click lands wherever the paragraph's lines happen to wrap.
 */
export async function typeInSection(page: Page, section: string, text: string): Promise<void> {
  const placed = await page.getByTestId('editor').evaluate((editor, wanted) => {
    const block = [...editor.querySelectorAll('.numbered-paragraph')].find(
      (candidate) => candidate.querySelector('.paragraph-number')?.textContent === wanted,
    );
    if (block === undefined) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('.paragraph-number') === null
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_REJECT,
    });
    let last: Node | null = null;
    while (walker.nextNode() !== null) last = walker.currentNode;
    if (last === null) return false;
    (editor as HTMLElement).focus();
    const selection = window.getSelection();
    selection?.collapse(last, last.textContent?.length ?? 0);
    return true;
  }, section);
  if (!placed) throw new Error(`The draft has no numbered paragraph ${section}.`);
  // ProseMirror reads the new selection on the next selectionchange event.
  await page.waitForTimeout(150);
  await page.keyboard.type(text, { delay: 15 });
}

/** Waits until the server has stored everything this page typed. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-status').innerText(), { timeout: 15_000 })
    .toMatch(/^Saved/);
}
