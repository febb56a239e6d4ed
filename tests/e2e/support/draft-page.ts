import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens the demo meeting as a person with this name, in a browser context of their own. */
export async function openAs(browser: Browser, url: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/meetings/demo`);
  await page.getByTestId('name-input').fill(name);
  await page.getByTestId('name-submit').click();
  await expect.poll(() => page.getByTestId('editor').innerText(), { timeout: 20_000 }).toContain('SUMMARY OF THE 34th MEETING');
  return page;
}

/** Types at the very end of the draft, keystroke by keystroke, as a person would. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
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
