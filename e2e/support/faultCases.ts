import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { markPage, pageWasKept, visibleText, vmPageUrl } from './app';
import type { AppStack } from './appStack';
import { withArtifacts } from './fixture';

/**
 * One row of a fault table: a fault, what the operator sees where the failed data belongs, what
 * keeps working meanwhile, and how the view comes back without a page reload. Every row is held
 * to the same checks (see `testFaultCases`).
 */
export interface FaultCase {
  /** Names the artifacts a failed run leaves (`faults-<id>`). */
  id: string;
  /** The test's name. */
  title: string;
  /** Starts the fault, before the page opens. */
  start(page: Page): Promise<unknown>;
  /** Opens the page; by default pgtest1's details page. */
  open?(page: Page): Promise<void>;
  /** What the page shows before the failure does (a fault that only shows after a timeout). */
  whileWaiting?(page: Page): Promise<void>;
  /** What the operator sees: an alert titled `title` inside `area`, saying `says`. */
  sees: {
    area(page: Page): Locator;
    title: string;
    says?: RegExp;
    /** How long the failure may take to show (default: Playwright's). */
    timeoutMs?: number;
  };
  /** What the operator can still use while the failure shows. */
  meanwhile?(page: Page): Promise<void>;
  /** Ends the fault. */
  end(page: Page): Promise<unknown>;
  /** `by itself`: the data comes back with no click; `retry`: after a click on the alert's Retry. */
  recovery: 'by itself' | 'retry';
  /** What shows once the view is back. */
  recovered(page: Page): Promise<unknown>;
}

/** Openings of pgtest1's details page, the VM every fault case uses unless it says otherwise. */
const openPgtest1 = (app: AppStack) => (page: Page) =>
  page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1')).then(() => undefined);

/**
 * One test per row: the fault shows as a specific alert with Retry where the failed data
 * belongs, the rest of the page keeps working, and once the fault ends the view is back (by
 * itself or with Retry) in the same page, with no uncaught error on the way.
 */
export function testFaultCases(app: AppStack, cases: readonly FaultCase[]): void {
  for (const fault of cases) {
    test(fault.title, async () => {
      const { page } = app.view;
      await withArtifacts(app.view, `faults-${fault.id}`, async () => {
        await fault.start(page);
        await (fault.open ?? openPgtest1(app))(page);
        await fault.whileWaiting?.(page);

        const failure = fault.sees
          .area(page)
          .getByRole('alert')
          .filter({ hasText: fault.sees.title });
        await failure.waitFor(
          fault.sees.timeoutMs === undefined ? {} : { timeout: fault.sees.timeoutMs },
        );
        if (fault.sees.says) assert.match(await visibleText(failure), fault.sees.says);
        const retry = failure.getByRole('button', { name: 'Retry' });
        assert.equal(await retry.count(), 1, 'the failure offers Retry');
        await fault.meanwhile?.(page);

        await markPage(page);
        await fault.end(page);
        if (fault.recovery === 'retry') await retry.click();
        await fault.recovered(page);
        assert.equal(await failure.count(), 0, 'the failure gave way to the view');
        assert.ok(await pageWasKept(page), 'recovered without a page reload');
        assert.deepEqual(app.view.pageErrors, []);
      });
    });
  }
}
