import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/*
 * How a user finds things on the dashboard's pages: by role and visible name where they have
 * one, by the feature's root (`data-testid="vm-operations"`) to tell the remote from the host.
 */

export type Role = 'operator' | 'admin';

/** The dashboard's URL of a VM's details page, optionally choosing the role with `?role=`. */
export function vmPageUrl(hostUrl: string, vmName: string, role?: Role): string {
  const query = role ? `?role=${role}` : '';
  return `${hostUrl}/vms/${encodeURIComponent(vmName)}${query}`;
}

/**
 * The text a user sees in `locator`, laid out (hidden parts left out, blocks on their own lines),
 * as `HTMLElement.innerText` gives it.
 */
export function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's laid-out text, on purpose.
  return locator.innerText();
}

/** The remote's feature root on a VM's details page. */
export function operations(page: Page): Locator {
  return page.getByTestId('vm-operations');
}

/** The persistent "Last Operation Failed" banner. */
export function failureBanner(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'Last Operation Failed' });
}

/** The operations in the "Recent Operations" list, in the order shown. */
export function jobItems(page: Page): Locator {
  return operations(page).locator('article');
}

/** The error details modal (not the live-failover confirmation). */
export function detailsDialog(page: Page): Locator {
  return page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Close' }) });
}

/** The host's "Start live failover?" confirmation. */
export function confirmDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /Start live failover/ });
}

/** The host's area the remote is shown in (or its failure, in the remote's place). */
export function operationsArea(page: Page): Locator {
  return page.getByRole('region', { name: 'VM operations' }).first();
}

/** The remote's "Recent Operations" list. */
export function recentOperations(page: Page): Locator {
  return page.getByRole('region', { name: 'Recent Operations' });
}

/** The host's heading of the VM's page. */
export function vmHeading(page: Page, vmName: string): Locator {
  return page.getByRole('heading', { level: 2, name: vmName, exact: true });
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

/** Waits until the remote is on the page and its list has answered (jobs, empty or error). */
export async function waitForOperations(page: Page): Promise<void> {
  const root = operations(page);
  await root.waitFor();
  await root.getByRole('heading', { name: 'Recent Operations' }).waitFor();
  await root.locator('section[aria-busy="false"]').first().waitFor();
}

/** Opens a VM's details page and waits for its operations. */
export async function openVmPage(
  page: Page,
  hostUrl: string,
  vmName: string,
  role?: Role,
): Promise<void> {
  await page.goto(vmPageUrl(hostUrl, vmName, role));
  await waitForOperations(page);
}

/**
 * Waits until the page has had no request in flight for a moment: every first answer (list,
 * last operation) has arrived. Polls run seconds apart, so the page does get quiet.
 */
export async function waitForQuiet(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/**
 * Waits until every finite animation and transition has finished (modals fade and slide in):
 * colours and positions are then the ones a user ends up seeing. Endless ones (a running
 * job's striped bar) are left alone.
 */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY,
      ),
  );
}

/** One operation as the list shows it. */
export interface ShownJob {
  title: string;
  /** The status the item is rendered for (`data-status`). */
  status: string | null;
  /** Its visible text. */
  text: string;
  /** The `datetime` of its time, when it shows one. */
  time: string | null;
}

/** The operations in the list, top to bottom. */
export function readJobs(page: Page): Promise<ShownJob[]> {
  return jobItems(page).evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h3')?.textContent?.trim() ?? '',
      status: item.getAttribute('data-status'),
      // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out for a reader.
      text: (item as HTMLElement).innerText,
      time: item.querySelector('time')?.getAttribute('datetime') ?? null,
    })),
  );
}

/** The listed jobs, once their titles and statuses, newest first, are checked to be `expected`. */
export async function expectJobs(
  page: Page,
  expected: ReadonlyArray<readonly [title: string, status: string]>,
): Promise<ShownJob[]> {
  const jobs = await readJobs(page);
  assert.deepEqual(
    jobs.map((job) => [job.title, job.status]),
    expected,
  );
  return jobs;
}

/** The failure banner, once shown, and its text as a reader sees it. */
export async function readFailureBanner(page: Page): Promise<{ banner: Locator; text: string }> {
  const banner = failureBanner(page);
  await banner.waitFor();
  return { banner, text: await visibleText(banner) };
}

/** What has the keyboard focus, as a keyboard user would tell it apart. */
export interface FocusInfo {
  tag: string;
  /** Its accessible label, or else its visible text (whitespace collapsed). */
  name: string;
  href: string | null;
  /** Inside the remote's feature root. */
  inFeature: boolean;
  /** Inside a modal dialog. */
  inDialog: boolean;
  /** Inside the "Last Operation Failed" banner. */
  inBanner: boolean;
}

export function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    const label =
      active.getAttribute('aria-label') ??
      // biome-ignore lint/performance/useDomNodeTextContent: the name as a reader sees it.
      (active as HTMLElement).innerText ??
      '';
    const banner = active.closest('[role="alert"]');
    return {
      tag: active.tagName.toLowerCase(),
      name: label.replace(/\s+/g, ' ').trim(),
      href: active.getAttribute('href'),
      inFeature: active.closest('[data-testid="vm-operations"]') !== null,
      inDialog: active.closest('[role="dialog"]') !== null,
      inBanner: banner?.textContent?.includes('Last Operation Failed') ?? false,
    };
  });
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focus satisfies `isTarget`, at most
 * `maxPresses` times.
 */
export async function tabTo(
  page: Page,
  isTarget: (focus: FocusInfo) => boolean,
  what: string,
  { backwards = false, maxPresses = 40 }: { backwards?: boolean; maxPresses?: number } = {},
): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focusInfo(page);
    if (focus && isTarget(focus)) return focus;
    seen.push(focus ? `<${focus.tag}> ${focus.name}` : '(nothing)');
  }
  throw new Error(`Tab never reached ${what}; focus went through: ${seen.join(' | ')}`);
}

/** Marks the window, to tell later whether the page was reloaded. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __e2eMarker?: boolean }).__e2eMarker = true;
  });
}

/** True when the window marked by `markPage` is still the one shown (no reload happened). */
export function pageWasKept(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __e2eMarker?: boolean }).__e2eMarker === true);
}
