import type { Locator, Page } from 'playwright-core';

/*
 * Where things are on a VM's details page, found as a user finds them: by role and name.
 * The host's area for the remote and the remote's own root are both regions named
 * "VM operations"; the remote's root also has `data-testid="vm-operations"`.
 */

/** The dashboard's URL of a VM's details page, optionally choosing the role. */
export function vmUrl(hostUrl: string, vmName: string, role?: 'operator' | 'admin'): string {
  return `${hostUrl}/vms/${encodeURIComponent(vmName)}${role ? `?role=${role}` : ''}`;
}

/** The host's area the remote is shown in (or its failure, in the remote's place). */
export function operationsArea(page: Page): Locator {
  return page.getByRole('region', { name: 'VM operations' }).first();
}

/** The remote's "Recent Operations" list. */
export function recentOperations(page: Page): Locator {
  return page.getByRole('region', { name: 'Recent Operations' });
}

/** The persistent "Last Operation Failed" banner. */
export function lastOperationBanner(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'Last Operation Failed' });
}

/** The host's heading of the VM's page. */
export function vmHeading(page: Page, vmName: string): Locator {
  return page.getByRole('heading', { level: 2, name: vmName, exact: true });
}

/** Marks the window, to tell later whether the page was reloaded. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __e2eSamePage?: boolean }).__e2eSamePage = true;
  });
}

/** True when the window marked by `markPage` is still the one shown (no reload happened). */
export function pageWasKept(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as unknown as { __e2eSamePage?: boolean }).__e2eSamePage === true,
  );
}

/** The text a user reads in `locator` (rendered text: hidden parts left out, line breaks kept). */
export function readableText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is asserted.
  return locator.innerText();
}

/** Opens the details behind `button`, lets `inside` look at the open dialog, closes it. */
export async function withDetailsOpen(page: Page, button: string, inside: () => Promise<void>) {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('dl').first().waitFor();
  const technical = dialog.getByRole('button', { name: 'Technical Details' });
  if ((await technical.count()) > 0) {
    await technical.click();
    await dialog.locator('[aria-expanded="true"]').waitFor();
  }
  await inside();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}
