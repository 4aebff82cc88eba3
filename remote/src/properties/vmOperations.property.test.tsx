import {
  anyRecentJobsBody,
  anyVmContextBody,
  type OmaHttpAnswer,
  omaHttpAnswer,
} from '@migratekit/mocks/arbitraries';
import { checkProperty } from '@migratekit/mocks/arbitraries/jest';
import { RecentJobsResponseSchema, VmContextResponseSchema } from '@migratekit/oma-api';
import { fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import * as v from 'valibot';
import { LastOperationBadge } from '../components/LastOperationBadge';
import { VmOperations } from '../components/VmOperations';
import { jobTitle } from '../lib/presentation';
import {
  alertTitled,
  failureStepsProblems,
  forgetDismissalsInMemory,
  listedItems,
  operatorPageProblems,
  RenderErrorRecorder,
  readableText,
  recordConsoleErrors,
  renderWithProviders,
  setupMockApi,
  titleOf,
  waitFor,
} from '../test-utils';

/*
 * The whole feature as an operator meets it: VmOperations fetching through SWR from the
 * mock API, which answers with generated bodies (valid, mutated, of the wrong shape, error
 * statuses, proxy pages). Whatever arrives, the page shows the data or says visibly that
 * something went wrong, and never anything forbidden.
 */

jest.setTimeout(120_000);

const { server } = setupMockApi();

// Generous, so a busy CI machine is not mistaken for a page that never settles.
const SETTLE_TIMEOUT = { timeout: 3_000 };

// Each case renders a page and waits for two requests: keep shrinking short.
const MAX_SHRINKS = 25;

const respond = (answer: OmaHttpAnswer) =>
  new HttpResponse(answer.body, {
    status: answer.status,
    headers: { 'Content-Type': answer.contentType },
  });

/** What the view model of an answer is, when the GUI can read it; null when it cannot. */
function readable<T>(
  answer: OmaHttpAnswer,
  parse: (body: unknown) => { success: true; output: T } | { success: false },
): T | null {
  if (answer.status < 200 || answer.status > 299) return null;
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return null;
  }
  const parsed = parse(json);
  return parsed.success ? parsed.output : null;
}

let caseNumber = 0;

describe('VmOperations served generated API answers', () => {
  afterEach(() => {
    window.localStorage.clear();
    forgetDismissalsInMemory();
  });

  it('shows the data or a visible error, never anything forbidden, failures with their steps', () =>
    checkProperty(
      'VmOperations over any API answer',
      fc.asyncProperty(
        fc.limitShrink(omaHttpAnswer(anyRecentJobsBody()), MAX_SHRINKS),
        fc.limitShrink(omaHttpAnswer(anyVmContextBody()), MAX_SHRINKS),
        fc.boolean(),
        async (jobsAnswer, vmAnswer, openDetails) => {
          // Fresh names per case: no cache, poller or dismissal carries over.
          caseNumber += 1;
          const contextId = `ctx-property-${caseNumber}`;
          // A name as operators give VMs: the oracle rightly flags machine-made ids.
          const vmName = `propertyvm${caseNumber}`;
          server.use(
            http.get('*/api/v1/vm-contexts/:contextId/recent-jobs', () => respond(jobsAnswer)),
            http.get('*/api/v1/vm-contexts/:vmName', () => respond(vmAnswer)),
          );
          const problems: string[] = [];
          const consoleErrors = recordConsoleErrors();
          const rendered = renderWithProviders(
            <RenderErrorRecorder onError={(error) => problems.push(`rendering threw: ${error}`)}>
              <LastOperationBadge vmName={vmName} />
              <VmOperations
                contextId={contextId}
                vmName={vmName}
                isAdmin={false}
                onTryLiveFailover={() => Promise.resolve()}
              />
            </RenderErrorRecorder>,
          );
          try {
            // Settled: the list has loaded or failed, and the badge knows the last operation.
            await waitFor(() => {
              if (problems.length > 0) return; // the page crashed: report that
              const list = document.querySelector('section[aria-busy]');
              if (list?.getAttribute('aria-busy') !== 'false') throw new Error('list loading');
              if (document.body.textContent?.includes('Checking…')) throw new Error('vm loading');
            }, SETTLE_TIMEOUT);
            problems.push(...consoleErrors.messages.map((message) => `console.error: ${message}`));
            problems.push(...operatorPageProblems());

            const recent = readable(jobsAnswer, (body) =>
              v.safeParse(RecentJobsResponseSchema, body),
            );
            const listError = alertTitled('Recent operations could not be loaded');
            if (recent === null) {
              if (!listError || readableText(listError).trim() === '') {
                problems.push('an unreadable job list shows no error');
              }
            } else {
              if (listError) problems.push('a readable job list shows an error');
              const titles = listedItems().map(titleOf);
              const expected = recent.jobs.map(jobTitle);
              if (JSON.stringify(titles) !== JSON.stringify(expected)) {
                problems.push(`list ${JSON.stringify(titles)} != ${JSON.stringify(expected)}`);
              }
            }

            const vm = readable(vmAnswer, (body) => v.safeParse(VmContextResponseSchema, body));
            const vmError = alertTitled('Last operation status unavailable');
            const banner = alertTitled('Last Operation Failed');
            if (vm === null) {
              if (!vmError) problems.push('an unreadable VM context shows no error');
            } else if (vm.lastOperation?.status === 'failed') {
              if (!banner) problems.push('a failed last operation shows no banner');
              else problems.push(...failureStepsProblems(banner, 'the banner'));
            } else if (banner) {
              problems.push('a banner without a failed last operation');
            }

            // The details of the first failure (banner, else list) are safe too.
            const viewDetails = [...document.querySelectorAll('button')].find((button) =>
              button.textContent?.startsWith('View '),
            );
            if (openDetails && viewDetails && problems.length === 0) {
              fireEvent.click(viewDetails);
              const dialog = await waitFor(() => {
                const found = document.querySelector<HTMLElement>('[role="dialog"]');
                if (!found) throw new Error('details not open');
                return found;
              }, SETTLE_TIMEOUT).catch(() => null);
              if (!dialog) problems.push(`"${viewDetails.textContent}" opened no details`);
              else problems.push(...failureStepsProblems(dialog, 'the details'));
              problems.push(...operatorPageProblems());
            }
            expect(problems).toEqual([]);
          } finally {
            consoleErrors.stop();
            rendered.unmount();
            server.resetHandlers();
          }
        },
      ),
      { numRuns: 60 },
    ));
});
