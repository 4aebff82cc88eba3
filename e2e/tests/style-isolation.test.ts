import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type ProductionStack, startProductionStack } from '../../scripts/productionStack';
import { failureBanner, operations } from '../support/app';
import { rspackBuild } from '../support/command';
import { useBrowser, withArtifacts } from '../support/fixture';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Builds e2e/support/plain-host (React only, the MF runtime API) into a temporary folder. */
async function buildPlainHost(dist: string): Promise<void> {
  await rspackBuild(path.join(here, '../support/plain-host/rspack.config.ts'), {
    E2E_PLAIN_HOST_OUTPUT_PATH: dist,
  });
}

/** Every computed style of the host's own elements, and the attributes of <html> and <body>. */
function hostLook(page: Page) {
  return page.evaluate(() => {
    const selectors = ['html', 'body', 'main', 'h1', 'p', 'a', 'input', 'button'];
    // Sizes that follow from the content: the page grows by the feature, as it should.
    const contentSized =
      /^(height|block-size|width|inline-size|transform-origin|perspective-origin)$/;
    const styles: Record<string, Record<string, string>> = {};
    for (const selector of selectors) {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`the host page has no ${selector}`);
      const computed = getComputedStyle(element);
      const values: Record<string, string> = {};
      for (let i = 0; i < computed.length; i++) {
        const name = computed.item(i);
        if (!contentSized.test(name)) values[name] = computed.getPropertyValue(name);
      }
      styles[selector] = values;
    }
    // Inline, not a helper: the test runner's transform would name a helper for the page.
    return {
      styles,
      html: Object.fromEntries(
        [...document.documentElement.attributes].map((a) => [a.name, a.value]),
      ),
      body: Object.fromEntries([...document.body.attributes].map((a) => [a.name, a.value])),
    };
  });
}

describe('style isolation in a host without Mantine (React only, MF runtime API)', () => {
  const browser = useBrowser();
  let stack: ProductionStack | null = null;
  let dir: string | null = null;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plain-host-'));
    await buildPlainHost(path.join(dir, 'dist'));
    stack = await startProductionStack({
      hostPort: 0,
      remotePort: 0,
      mockApiPort: 0,
      hostDist: path.join(dir, 'dist'),
    });
  });
  after(async () => {
    await stack?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test("mounting the feature changes no computed style of the host's elements and no attribute of <html> or <body>; the host's reset does not reach the feature", async () => {
    const { page } = browser.view;
    await withArtifacts(browser.view, 'style-isolation-plain-host', async () => {
      assert.ok(stack);
      await page.goto(`${stack.hostUrl}/`);
      const mount = page.getByRole('button', { name: 'Mount the feature' });
      await mount.waitFor();
      // Focus and hover settle on the button the same way in both snapshots.
      await mount.focus();
      const before = await hostLook(page);

      await mount.click();
      await failureBanner(page).waitFor();
      await page.getByText('Replication Completed').first().waitFor();
      await mount.focus();
      const afterMount = await hostLook(page);
      assert.deepEqual(afterMount, before);

      // The feature keeps Mantine's look despite the host's reset: its own font, not the
      // host's serif; buttons keep their padding.
      const feature = operations(page);
      const font = await feature.evaluate((element) => getComputedStyle(element).fontFamily);
      assert.doesNotMatch(font, /Georgia/);
      const padding = await feature
        .getByRole('button')
        .first()
        .evaluate((element) => getComputedStyle(element).paddingLeft);
      assert.notEqual(padding, '0px');
      assert.deepEqual(browser.view.pageErrors, []);
    });
  });

  test("the feature follows the host's dark class on <html>, and its dark scheme stays inside the feature", async () => {
    const { page } = browser.view;
    await withArtifacts(browser.view, 'style-isolation-dark-class', async () => {
      assert.ok(stack);
      await page.goto(`${stack.hostUrl}/`);
      await page.getByRole('button', { name: 'Mount the feature' }).click();
      await failureBanner(page).waitFor();
      const root = page.locator('[data-vm-operations-root]');
      assert.equal(await root.getAttribute('data-mantine-color-scheme'), 'light');
      await page.evaluate(() => document.documentElement.classList.add('dark'));
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-vm-operations-root]')
            ?.getAttribute('data-mantine-color-scheme') === 'dark',
      );
      assert.equal(await page.locator('html').getAttribute('data-mantine-color-scheme'), null);
    });
  });
});
