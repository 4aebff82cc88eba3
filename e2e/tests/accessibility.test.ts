import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  detailsDialog,
  failureBanner,
  focusInfo,
  openVmPage,
  tabTo,
  waitForAnimations,
  waitForOperations,
  waitForQuiet,
} from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe on the page (or on the part `within` selects, once animations are over); prints every
 * violation found, returns the serious and critical ones (rule, impact, what and where).
 */
async function seriousViolations(page: Page, where: string, within?: string): Promise<string[]> {
  await waitForAnimations(page);
  const axe = new AxeBuilder({ page });
  if (within) axe.include(within);
  const { violations } = await axe.analyze();
  const described = violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 8).map((node) => {
      const why = [...node.any, ...node.all, ...node.none].map((check) => check.message)[0] ?? '';
      return `\n      ${node.html.replace(/\s+/g, ' ').slice(0, 120)} — ${why}`;
    });
    const more =
      violation.nodes.length > 8 ? `\n      …and ${violation.nodes.length - 8} more` : '';
    return `[${violation.impact}] ${violation.id}: ${violation.help}${nodes.join('')}${more}`;
  });
  if (described.length > 0) console.log(`axe on ${where}:\n  ${described.join('\n  ')}`);
  return described.filter((_, index) => BLOCKING_IMPACTS.has(violations[index]?.impact ?? ''));
}

describe('accessibility', () => {
  const app = useProductionApp();

  test('axe finds no serious or critical violation on the VM list', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'a11y-vm-list', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      await page.getByText('Test Failover failed').first().waitFor();
      await waitForQuiet(page);
      assert.deepEqual(await seriousViolations(page, 'the VM list'), []);
    });
  });

  test('axe finds no serious or critical violation on a VM page with its failure banner', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'a11y-details-page', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      await failureBanner(page).waitFor();
      await waitForQuiet(page);
      assert.deepEqual(await seriousViolations(page, 'the pgtest1 page'), []);
    });
  });

  test('axe finds no serious or critical violation with the error details modal open', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'a11y-details-modal', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      await failureBanner(page).getByRole('button', { name: 'View Details' }).click();
      await detailsDialog(page).getByText('Failed step').waitFor();
      await waitForQuiet(page);
      assert.deepEqual(await seriousViolations(page, 'the details modal', '[role="dialog"]'), []);
    });
  });

  test('the keyboard alone goes from the VM list to a failure, its details and back, and dismisses the banner', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'a11y-keyboard-flow', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      await page.getByText('Test Failover failed').first().waitFor();

      await tabTo(
        page,
        (focus) => focus.tag === 'a' && focus.name === 'pgtest1',
        'the pgtest1 card',
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(`${app.stack.hostUrl}/vms/pgtest1`);
      await waitForOperations(page);
      const banner = failureBanner(page);
      await banner.waitFor();

      await tabTo(
        page,
        (focus) => focus.inBanner && focus.name === 'View Details',
        "the banner's View Details",
      );
      await page.keyboard.press('Enter');
      const dialog = detailsDialog(page);
      await dialog.waitFor();
      assert.ok((await focusInfo(page))?.inDialog, 'focus is in the details');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      const back = await focusInfo(page);
      assert.ok(
        back?.inBanner && back.name === 'View Details',
        `focus back on View Details, not ${JSON.stringify(back)}`,
      );

      await tabTo(
        page,
        (focus) => focus.inBanner && focus.name === 'Dismiss',
        "the banner's Dismiss",
        {
          backwards: true,
        },
      );
      await page.keyboard.press('Enter');
      await banner.waitFor({ state: 'detached' });
    });
  });
});
