import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  confirmDialog,
  detailsDialog,
  failureBanner,
  openVmPage,
  waitForOperations,
  waitForQuiet,
} from '../support/app';
import { ARTIFACTS_DIR, openPage, type RecordedPage } from '../support/browser';
import { useProductionApp, withArtifacts } from '../support/fixture';

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 900 };
const SCREENSHOTS_DIR = path.join(ARTIFACTS_DIR, 'screenshots');

/**
 * How much wider than the window the page scrolls, and the visible elements that stick out past
 * its left or right edge. The second catches what the first cannot: a fixed header whose end is
 * cut off does not widen the page, it just puts its last controls out of reach.
 */
function horizontalOverflow(page: Page) {
  // No named functions inside: the test's TypeScript loader would wrap them in a Node-only helper.
  return page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return (
          rect.width > 0 && rect.height > 0 && (rect.right > clientWidth + 0.5 || rect.left < -0.5)
        );
      })
      // Not cut off by a clipping or scrolling box that itself fits the window.
      .filter((element) => {
        let parent = element.parentElement;
        for (; parent && parent !== document.body; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX === 'visible') continue;
          const rect = parent.getBoundingClientRect();
          if (rect.left >= -0.5 && rect.right <= clientWidth + 0.5) return false;
        }
        return true;
      })
      .map((element) => {
        const rect = element.getBoundingClientRect();
        const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
        const classes = element.getAttribute('class') ?? '';
        return `<${element.tagName.toLowerCase()} class="${classes}"> "${label.trim().slice(0, 40)}" spans ${Math.round(rect.left)}–${Math.round(rect.right)}px`;
      });
    return { excess: scrollWidth - clientWidth, clientWidth, outside };
  });
}

async function assertNoSidewaysScrolling(page: Page, where: string) {
  const { excess, clientWidth, outside } = await horizontalOverflow(page);
  assert.ok(excess <= 0, `${where} scrolls ${excess}px sideways`);
  assert.deepEqual(outside, [], `${where}: these stick out of the ${clientWidth}px window`);
}

/** The button is inside the window's width, and a click at its centre reaches it. */
async function assertReachable(button: Locator, name: string) {
  await button.scrollIntoViewIfNeeded();
  assert.ok(await button.isVisible(), `${name} is visible`);
  const box = await button.boundingBox();
  assert.ok(box, `${name} has a box`);
  assert.ok(
    box.x >= 0 && box.x + box.width <= PHONE.width,
    `${name} fits the width: ${JSON.stringify(box)}`,
  );
  const onTop = await button.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return hit !== null && element.contains(hit);
  });
  assert.ok(onTop, `nothing covers ${name}`);
}

describe('on a phone (375×667)', () => {
  const app = useProductionApp({ viewport: PHONE });

  test('the VM details page with its banner, and its open details modal, fit the width: no sideways scrolling, nothing cut off', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'mobile-no-sideways-scroll', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      await failureBanner(page).waitFor();
      await waitForQuiet(page);
      await assertNoSidewaysScrolling(page, 'the pgtest1 page');

      await failureBanner(page).getByRole('button', { name: 'View Details' }).click();
      await detailsDialog(page).getByText('Failed step').waitFor();
      await assertNoSidewaysScrolling(page, 'the details modal');
    });
  });

  test('the VM list fits the width: no sideways scrolling, nothing cut off', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'mobile-vm-list', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      await page.getByText('Test Failover failed').first().waitFor();
      await waitForQuiet(page);
      await assertNoSidewaysScrolling(page, 'the VM list');
    });
  });

  test("the banner's buttons are within reach and each does its job", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'mobile-banner-buttons', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      const banner = failureBanner(page);
      const viewDetails = banner.getByRole('button', { name: 'View Details' });
      const tryLiveFailover = banner.getByRole('button', { name: 'Try Live Failover' });
      const dismiss = banner.getByRole('button', { name: 'Dismiss' });

      await assertReachable(viewDetails, 'View Details');
      await viewDetails.click();
      await detailsDialog(page).waitFor();
      await page.keyboard.press('Escape');
      await detailsDialog(page).waitFor({ state: 'detached' });

      await assertReachable(tryLiveFailover, 'Try Live Failover');
      await tryLiveFailover.click();
      await confirmDialog(page).getByRole('button', { name: 'Cancel' }).click();
      await confirmDialog(page).waitFor({ state: 'detached' });

      await assertReachable(dismiss, 'Dismiss');
      await dismiss.click();
      await banner.waitFor({ state: 'detached' });
    });
  });

  test('screenshots of the pgtest1 page, desktop and phone, light and dark, and the dark scheme is dark', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    for (const [device, viewport] of Object.entries({ desktop: DESKTOP, mobile: PHONE })) {
      for (const scheme of ['light', 'dark'] as const) {
        const view: RecordedPage = await openPage(app.browser, { viewport, colorScheme: scheme });
        try {
          await withArtifacts(view, `screenshot-${device}-${scheme}`, async () => {
            const { page } = view;
            await openVmPage(page, app.stack.hostUrl, 'pgtest1');
            const toggle = page.getByRole('button', { name: `Switch to ${scheme} colour scheme` });
            if (await toggle.count()) {
              await toggle.click();
              await waitForOperations(page);
            }
            await page.locator(`html[data-mantine-color-scheme="${scheme}"]`).waitFor();
            await failureBanner(page).waitFor();
            await waitForQuiet(page);
            const luminance = await page.evaluate(() => {
              const [r = 0, g = 0, b = 0] = (
                getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []
              ).map(Number);
              return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
            });
            if (scheme === 'dark')
              assert.ok(luminance < 0.25, `dark background, luminance ${luminance}`);
            else assert.ok(luminance > 0.85, `light background, luminance ${luminance}`);
            const file = path.join(SCREENSHOTS_DIR, `pgtest1-${device}-${scheme}.png`);
            await page.screenshot({ path: file, fullPage: true });
            assert.ok((await stat(file)).size > 10_000, `${file} has content`);
          });
        } finally {
          await view.close();
        }
      }
    }
  });
});
