import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Shows the side panel's Versions tab. */
export async function openVersionsTab(page: Page): Promise<void> {
  await page.getByTestId('versions-tab').click();
  await page.getByTestId('versions-panel').waitFor();
}

/** The card of the version named `name` (the newest, if several share it). */
export function versionCard(page: Page, name: string): Locator {
  return page
    .getByTestId('version-card')
    .filter({ has: page.locator('.version-card__name', { hasText: name }) })
    .first();
}

/** Waits until the card of `name` says `status` (its `data-status`), without reloading. */
export async function waitForStatus(page: Page, name: string, status: string): Promise<void> {
  await expect
    .poll(() => versionCard(page, name).getAttribute('data-status'), { timeout: 10_000 })
    .toBe(status);
}

/** Names the draft as it is now from the Versions tab, and waits for its card. */
export async function nameVersion(page: Page, name: string): Promise<void> {
  await page.getByTestId('name-version-input').fill(name);
  await page.getByTestId('name-version-submit').click();
  await waitForStatus(page, name, 'named');
}

/** Whether the editor takes typing: ProseMirror's `contenteditable`. */
export async function isEditable(page: Page): Promise<boolean> {
  return (await page.getByTestId('editor').getAttribute('contenteditable')) === 'true';
}

/**
 * Takes a step from the card of `name`: presses its button (`testId`), and in the dialog that
 * asks first, types `comment` when given and confirms. Waits until the dialog is gone.
 */
export async function takeStep(
  page: Page,
  step: { readonly name: string; readonly testId: string; readonly comment?: string },
): Promise<void> {
  await versionCard(page, step.name).getByTestId(step.testId).click();
  const dialog = page.getByTestId('step-dialog');
  await dialog.waitFor();
  if (step.comment !== undefined)
    await dialog.getByTestId('step-dialog-comment').fill(step.comment);
  await dialog.getByTestId('step-dialog-confirm').click();
  await dialog.waitFor({ state: 'detached' });
}
