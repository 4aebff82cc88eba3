import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { visibleText } from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';

describe('production build smoke', () => {
  const app = useProductionApp();

  test('the VM list shows every VM with its last-operation badge', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'smoke-vm-list', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      await page
        .getByRole('link', { name: /pgtest1/ })
        .first()
        .waitFor();
      for (const vm of ['pgtest1', 'pgtest2', 'pgtest3']) {
        assert.ok(await page.getByRole('link', { name: new RegExp(vm) }).count(), `${vm} card`);
      }
      await page
        .getByText(/Test Failover failed/i)
        .first()
        .waitFor();
    });
  });

  test("pgtest1's page shows the remote's banner and list, loaded from the remote's origin", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'smoke-pgtest1', async () => {
      const remoteOrigin = app.stack.remoteUrl;
      assert.ok(remoteOrigin);
      const fromRemote: string[] = [];
      page.on('response', (response) => {
        if (response.url().startsWith(remoteOrigin) && response.ok())
          fromRemote.push(response.url());
      });
      await page.goto(`${app.stack.hostUrl}/vms/pgtest1`);
      const banner = page.getByRole('alert').filter({ hasText: 'Last Operation Failed' });
      await banner.waitFor();
      const bannerText = await visibleText(banner);
      assert.match(bannerText, /Test Failover failed at step 3 of 5 \(60%\)/);
      assert.match(bannerText, /KVM driver installation failed - compatibility issue/);
      await page.getByRole('heading', { name: 'Recent Operations' }).waitFor();
      await page.getByText('Replication Completed').first().waitFor();
      assert.ok(
        fromRemote.some((url) => url.endsWith('/mf-manifest.json')),
        'manifest from remote origin',
      );
      assert.ok(
        fromRemote.some((url) => url.endsWith('/remoteEntry.js')),
        'entry from remote origin',
      );
      assert.notEqual(new URL(remoteOrigin).origin, new URL(app.stack.hostUrl).origin);
      assert.deepEqual(app.view.pageErrors, []);
    });
  });
});
