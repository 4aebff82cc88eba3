import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  detailsDialog,
  failureBanner,
  focusInfo,
  openVmPage,
  operations,
  visibleText,
  waitForQuiet,
} from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';
import { readPageTexts } from '../support/leaks';

/** Whether `button` has the keyboard focus. */
function hasFocus(button: Locator): Promise<boolean> {
  return button.evaluate((element) => element === document.activeElement);
}

/** Opens the details with `opener`, closes them with `close`, and checks where focus went. */
async function openAndClose(page: Page, opener: Locator, close: () => Promise<void>) {
  await opener.click();
  const dialog = detailsDialog(page);
  await dialog.waitFor();
  assert.ok((await focusInfo(page))?.inDialog, 'focus moves into the open modal');
  await close();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.ok(
    await hasFocus(opener),
    `focus returns to the opener, not ${JSON.stringify(await focusInfo(page))}`,
  );
}

describe('the error details modal', () => {
  const app = useProductionApp();

  test('View Details on the banner opens the details; Escape closes them and focus returns to the button', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'details-banner-escape', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      const opener = failureBanner(page).getByRole('button', { name: 'View Details' });
      await openAndClose(page, opener, () => page.keyboard.press('Escape'));
    });
  });

  test('View Details on the banner opens the details; Close closes them and focus returns to the button', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'details-banner-close', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      const opener = failureBanner(page).getByRole('button', { name: 'View Details' });
      await openAndClose(page, opener, () =>
        detailsDialog(page).getByRole('button', { name: 'Close', exact: true }).click(),
      );
    });
  });

  test('a failed job in the list opens its own details; Escape and Close return focus to it', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'details-from-job', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest3');
      const opener = operations(page).getByRole('button', { name: 'View details of Rollback' });
      await opener.click();
      const dialog = detailsDialog(page);
      await dialog.waitFor();
      const text = await visibleText(dialog);
      assert.match(text, /Rollback failed/);
      assert.match(text, /Issue\s+Storage volume could not be detached from the test VM/);
      assert.match(text, /Wait a few minutes and retry the rollback/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.ok(await hasFocus(opener), 'focus back on the job after Escape');

      await openAndClose(page, opener, () =>
        detailsDialog(page).getByRole('button', { name: 'Close', exact: true }).click(),
      );
    });
  });

  test('an admin gets a collapsed Technical Details section that shows the internal step name when expanded', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'details-admin-technical', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1', 'admin');
      await failureBanner(page).getByRole('button', { name: 'View Details' }).click();
      const dialog = detailsDialog(page);
      const toggle = dialog.getByRole('button', { name: 'Technical Details' });
      await toggle.waitFor();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.doesNotMatch(await visibleText(dialog), /virtio-driver-injection/);

      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await dialog.getByText('virtio-driver-injection').waitFor();
      assert.ok(await dialog.getByText('virtio-driver-injection').isVisible());
    });
  });

  test('an operator has no Technical Details section, and the internal step name is nowhere in the DOM', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'details-operator-no-technical', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1', 'operator');
      await waitForQuiet(page);
      await failureBanner(page).getByRole('button', { name: 'View Details' }).click();
      const dialog = detailsDialog(page);
      await dialog.getByText('Failed step').waitFor();
      assert.equal(await dialog.getByRole('button', { name: 'Technical Details' }).count(), 0);
      const { visible, dom } = await readPageTexts(page);
      assert.doesNotMatch(visible, /virtio-driver-injection|Technical Details/);
      assert.doesNotMatch(dom, /virtio-driver-injection/);
      // The same for the failed job's own details.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await operations(page).getByRole('button', { name: 'View details of Test Failover' }).click();
      await detailsDialog(page).getByText('Failed step').waitFor();
      assert.doesNotMatch(
        (await readPageTexts(page)).dom,
        /virtio-driver-injection|Technical Details/,
      );
    });
  });
});
