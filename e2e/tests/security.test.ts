import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SCENARIO_NAMES, scenarios } from '@migratekit/mocks';
import type { Page } from 'playwright-core';
import {
  failureBanner,
  recentOperations,
  visibleText,
  vmHeading,
  vmPageUrl,
  withDetailsOpen,
} from '../support/app';
import { type AppStack, useAppStack } from '../support/appStack';
import { withArtifacts } from '../support/fixture';
import {
  ADMIN_ONLY_MARKERS,
  MARKED_VM_NAME,
  markedVm,
  namedVm,
  payloadVm,
  XSS_PAYLOADS,
} from '../support/hostileVms';
import { findInjectedMarkup } from '../support/pageTraps';

/*
 * What the API sends cannot make the dashboard run script, build markup, request anything
 * outside the OMA API, or show an operator admin-only data. The host page's
 * Content-Security-Policy: security-csp.test.ts.
 */

/** VM names (and context ids) that must be encoded to be part of a URL path. */
const AWKWARD_NAMES: ReadonlyArray<{ name: string; word: string }> = [
  { name: 'web 01 (prod)', word: 'alpha' },
  { name: 'db#2', word: 'bravo' },
  { name: 'what?x=1&y=2', word: 'charlie' },
  { name: '100% cpu', word: 'delta' },
  { name: 'rack/a/vm', word: 'echo' },
  { name: '../../__mock/reset', word: 'foxtrot' },
  { name: 'a..b', word: 'golf' },
  { name: '%2e%2e%2fadmin', word: 'hotel' },
  { name: 'Ünïcødé ВМ 日本 🚀', word: 'india' },
  { name: 'db01.corp.local', word: 'kilo' },
];
const contextIdOf = (name: string) => `ctx ${name} #?%/..`;

/** A VM whose context id is "..": a path segment that would climb out of the URL it is put in. */
const DOTS_CONTEXT_VM = 'dots-context-vm';

const extraVms = [
  ...XSS_PAYLOADS.map((payload, index) => payloadVm(payload, index)),
  ...AWKWARD_NAMES.map(({ name, word }) => namedVm(name, contextIdOf(name), word)),
  namedVm(DOTS_CONTEXT_VM, '..', 'juliett'),
  markedVm(),
];

/** Every API path the dashboard may ask for: the list, and each VM's context and jobs. */
const KNOWN_API_PATHS = new Set([
  '/api/v1/vm-contexts',
  ...SCENARIO_NAMES.flatMap((name) => [
    `/api/v1/vm-contexts/${encodeURIComponent(name)}`,
    `/api/v1/vm-contexts/${encodeURIComponent(scenarios[name].contextId)}/recent-jobs`,
  ]),
  ...extraVms.flatMap(({ vmContext: { context } }) => [
    `/api/v1/vm-contexts/${encodeURIComponent(context.vm_name)}`,
    `/api/v1/vm-contexts/${encodeURIComponent(context.context_id)}/recent-jobs`,
  ]),
]);

/**
 * Opens a VM's page the way an operator does: from the VM list, by its card's link (a client-side
 * navigation, whatever the name holds).
 */
async function openFromList(page: Page, hostUrl: string, vmName: string, role?: 'admin') {
  await page.goto(`${hostUrl}/${role ? `?role=${role}` : ''}`);
  await page.getByRole('link', { name: vmName, exact: true }).click();
  await vmHeading(page, vmName).waitFor();
}

/** The origins the page's own scripts come from: the host and the remote. */
function ownOrigins(app: AppStack): string[] {
  return [
    new URL(app.stack.hostUrl).origin,
    new URL(app.stack.remoteUrl ?? app.stack.hostUrl).origin,
  ];
}

/** Records every URL the page requests. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The whole DOM as markup (attributes included), without the page's own scripts and styles. */
function domMarkup(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll('style, script')) element.remove();
    return copy.outerHTML;
  });
}

/**
 * Every request the page sent to the host's `/api` went below `/api/v1/`, every request that
 * reached the mock API was under `/api/v1/` and matched one of its routes, and the page asked
 * nothing of any origin but the host's and the remote's.
 */
function assertOnlyApiV1(app: AppStack, pageRequests: readonly string[]) {
  const hostOrigin = new URL(app.stack.hostUrl).origin;
  const allowed = new Set([hostOrigin, new URL(app.stack.remoteUrl ?? hostOrigin).origin]);
  const foreign = pageRequests.filter((url) => !allowed.has(new URL(url).origin));
  assert.deepEqual(foreign, [], 'requests to other origins');
  const outside = pageRequests
    .map((url) => new URL(url))
    .filter((url) => url.origin === hostOrigin && url.pathname.startsWith('/api'))
    .filter((url) => !url.pathname.startsWith('/api/v1/'));
  assert.deepEqual(outside.map(String), [], 'API requests outside /api/v1');
  const unrouted = app.api.state
    .getRequests()
    .filter((request) => !request.path.startsWith('/api/v1/') || request.route === null);
  assert.deepEqual(unrouted, [], 'requests the API has no route for');
}

describe('security in the browser', () => {
  const app = useAppStack({ extraVms });

  /** Fails with everything the traps caught: injected markup, dialogs, `window.__xss`. */
  async function assertNothingInjected(page: Page, where: string) {
    const injected = await findInjectedMarkup(page, ownOrigins(app));
    assert.deepEqual(injected, [], `${where}: markup or script from API text`);
    assert.deepEqual(app.traps.dialogs, [], `${where}: a script opened a dialog`);
  }

  test('the VM list with every text field an HTML/script payload runs nothing and builds no markup', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-xss-vm-list', async () => {
      const requests = recordRequests(page);
      await page.goto(`${app.stack.hostUrl}/?role=admin`);
      for (const payload of XSS_PAYLOADS) {
        // Each payload is a VM's name: shown as the text of its card's link.
        await page.getByRole('link', { name: payload, exact: true }).waitFor();
      }
      await page.getByText('Checking…').first().waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      await assertNothingInjected(page, 'VM list');
      const hostOrigin = new URL(app.stack.hostUrl).origin;
      assert.deepEqual(
        requests.filter(
          (url) => new URL(url).origin === hostOrigin && new URL(url).pathname === '/x',
        ),
        [],
        'no image request from an injected <img src=x>',
      );
    });
  });

  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    test(`payload #${index + 1} ${JSON.stringify(payload)} in every field: shown as text on the VM page, its banner, list and details (admin), never run`, async () => {
      const { page } = app.view;
      await withArtifacts(app.view, `security-xss-${index + 1}`, async () => {
        // The host shows the name as text: in the list's link and as the page's heading.
        await openFromList(page, app.stack.hostUrl, payload, 'admin');
        // The remote shows the failure and the three jobs: the payloads were rendered, not dropped.
        const banner = failureBanner(page);
        await banner.waitFor();
        const list = recentOperations(page);
        await list.locator('article').nth(2).waitFor();
        assert.equal(await list.locator('article').count(), 3);

        // Text fields show the payload as text, or the guard's plain words instead.
        const bannerText = await visibleText(banner);
        const issue = bannerText.split('\n').find((line) => line.startsWith('Issue:')) ?? '';
        assert.ok(issue !== '', `the banner has an Issue line:\n${bannerText}`);
        assert.ok(
          issue === `Issue: ${payload}` || !/[<>]/.test(issue),
          `the issue is the payload as text or plain words: ${issue}`,
        );

        await withDetailsOpen(page, 'View Details', () =>
          assertNothingInjected(page, 'banner details'),
        );
        const jobDetails = page.getByRole('button', { name: /^View details of/ });
        assert.ok((await jobDetails.count()) >= 1, 'the failed job offers its details');
        await jobDetails.first().click();
        await page.getByRole('dialog').locator('dl').first().waitFor();
        await assertNothingInjected(page, 'job details');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });

        await assertNothingInjected(page, 'VM page');
      });
    });
  }

  test('a timestamp field holding text shows no time at all, not a date guessed from digits in it', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-text-timestamps', async () => {
      // Its all-text job has started_at and completed_at "<img src=x onerror=window.__xss=1>".
      const payload = '<img src=x onerror=window.__xss=1>';
      await openFromList(page, app.stack.hostUrl, payload);
      const textJob = recentOperations(page)
        .locator('article')
        .filter({ hasText: 'Status unknown' });
      await textJob.waitFor();
      const times = await textJob
        .locator('time')
        .evaluateAll((elements) =>
          elements.map((time) => `${time.textContent} (${time.getAttribute('datetime')})`),
        );
      assert.deepEqual(times, [], 'times shown for a job whose timestamps are not dates');
    });
  });

  test("an operator's DOM never holds technical_details, failed_step_internal or the raw last_operation_summary", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-admin-only-operator', async () => {
      await page.goto(vmPageUrl(app.stack.hostUrl, MARKED_VM_NAME, 'operator'));
      await failureBanner(page).waitFor();
      await recentOperations(page).getByText('Replication Completed').waitFor();

      const leaked = async (where: string) => {
        const markup = await domMarkup(page);
        return Object.entries(ADMIN_ONLY_MARKERS)
          .filter(([, marker]) => markup.includes(marker))
          .map(([field]) => `${field} in the DOM with ${where}`);
      };
      const found = await leaked('the page');
      await withDetailsOpen(page, 'View Details', async () => {
        found.push(...(await leaked('the banner details open')));
        assert.equal(
          await page.getByRole('button', { name: 'Technical Details' }).count(),
          0,
          'no Technical Details section for an operator',
        );
      });
      await withDetailsOpen(page, 'View details of Test Failover', async () => {
        found.push(...(await leaked('the job details open')));
      });
      assert.deepEqual(found, []);
      // Nor the raw summary's wording.
      assert.equal(await page.getByText(/virt-v2v/i).count(), 0);
    });
  });

  test('an admin who opens Technical Details does get them (so the markers would be found if they leaked)', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-admin-only-admin', async () => {
      await page.goto(vmPageUrl(app.stack.hostUrl, MARKED_VM_NAME, 'admin'));
      await failureBanner(page).waitFor();
      await withDetailsOpen(page, 'View Details', async () => {
        assert.ok((await domMarkup(page)).includes(ADMIN_ONLY_MARKERS.technicalDetails));
      });
      await withDetailsOpen(page, 'View details of Test Failover', async () => {
        assert.ok((await domMarkup(page)).includes(ADMIN_ONLY_MARKERS.jobTechnicalDetails));
      });
    });
  });

  for (const { name, word } of AWKWARD_NAMES) {
    test(`the VM ${JSON.stringify(name)}: its page asks the API for exactly its encoded name and context id, and nothing outside /api/v1`, async () => {
      const { page } = app.view;
      await withArtifacts(app.view, `security-path-${word}`, async () => {
        const requests = recordRequests(page);
        await openFromList(page, app.stack.hostUrl, name);
        await failureBanner(page).getByText(`Check the ${word} network`).waitFor();
        await recentOperations(page).getByText('Replication Completed').waitFor();

        const received = app.api.state.getRequests().map((request) => request.path);
        const vmPath = `/api/v1/vm-contexts/${encodeURIComponent(name)}`;
        const jobsPath = `/api/v1/vm-contexts/${encodeURIComponent(contextIdOf(name))}/recent-jobs`;
        assert.ok(received.includes(vmPath), `${vmPath} in ${received.join(', ')}`);
        assert.ok(received.includes(jobsPath), `${jobsPath} in ${received.join(', ')}`);
        assert.deepEqual(
          received.filter((path) => !KNOWN_API_PATHS.has(path)),
          [],
          'requests for paths no VM has (wrongly encoded names or ids)',
        );
        assertOnlyApiV1(app, requests);
      });
    });
  }

  test('every VM page opens from its own URL (a bookmark, a shared link, a reload), whatever its name holds', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-path-deep-links', async () => {
      const unreachable: string[] = [];
      for (const { name, word } of AWKWARD_NAMES) {
        const answer = await page.goto(vmPageUrl(app.stack.hostUrl, name));
        if (answer?.status() !== 200) {
          unreachable.push(
            `${JSON.stringify(name)}: HTTP ${answer?.status()} for ${answer?.url()}`,
          );
          continue;
        }
        await vmHeading(page, name).waitFor();
        await failureBanner(page).getByText(`Check the ${word} network`).waitFor();
      }
      assert.deepEqual(unreachable, []);
    });
  });

  test('the VM list links each awkwardly named VM to its own page', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-path-links', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      for (const { name } of AWKWARD_NAMES) {
        const link = page.getByRole('link', { name, exact: true });
        assert.equal(await link.getAttribute('href'), `/vms/${encodeURIComponent(name)}`, name);
      }
      await page.getByRole('link', { name: '100% cpu', exact: true }).click();
      await vmHeading(page, '100% cpu').waitFor();
      await failureBanner(page).getByText('Check the delta network').waitFor();
    });
  });

  test('a context id of ".." is never put in a URL: the list says the VM has no record, and nothing outside /api/v1 is asked', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-path-dots', async () => {
      const requests = recordRequests(page);
      await page.goto(vmPageUrl(app.stack.hostUrl, DOTS_CONTEXT_VM));
      await failureBanner(page).waitFor();
      const failure = recentOperations(page).getByRole('alert');
      await failure.waitFor();
      assert.match(await visibleText(failure), /no record of this VM/);
      assert.deepEqual(
        app.api.state.getRequests().filter((request) => request.route !== 'vm-context'),
        [],
        'only the VM context was asked for',
      );
      assertOnlyApiV1(app, requests);
    });
  });
});
