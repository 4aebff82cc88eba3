import {
  ADMIN_ONLY_MARKER,
  benignText,
  forbiddenFragments,
  HTML_PAYLOADS,
  mutatedRecentJobsBody,
  mutatedVmContextBody,
  SANITIZER_ACTIONABLE_STEPS,
  validRecentJobsBody,
  validVmContextBody,
} from '@migratekit/mocks/arbitraries';
import { checkProperty } from '@migratekit/mocks/arbitraries/jest';
import {
  type Job,
  type LastOperation,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
} from '@migratekit/oma-api';
import { fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import * as v from 'valibot';
import { JobErrorDetailsModal } from '../components/JobErrorDetailsModal';
import { UnifiedJobList } from '../components/UnifiedJobList';
import { toDetailsView } from '../lib/failureViews';
import { jobTitle, toFailureDetails } from '../lib/presentation';
import {
  alertTitled,
  BannerHarness,
  failedItems,
  failureStepsProblems,
  jobListViewOf,
  listedItems,
  operatorPageProblems,
  RenderErrorRecorder,
  recordConsoleErrors,
  renderWithProviders,
  titleOf,
  waitFor,
} from '../test-utils';

/*
 * Rendering properties on the presentational components, fed with view models parsed from
 * generated bodies: the list, the failure banner and the details modal, as an operator sees
 * them. Cheap enough for a few hundred pages per run.
 */

// Each test renders dozens to hundreds of pages.
jest.setTimeout(120_000);

// Generated timestamps span 2020-2030: some lie in the past, some in the future of this "now".
const NOW = Date.UTC(2025, 9, 3, 17, 47, 47);
const noop = () => {};
const noopAsync = () => Promise.resolve();

// Every shrink step renders a page again: cap them, so a failure reports within seconds.
const MAX_SHRINKS = 30;

/** Parsed jobs and last operation from generated bodies (mutated field by field, never broken). */
const parsedView = (maxJobs: number) =>
  fc.limitShrink(
    fc
      .tuple(
        fc.oneof(validRecentJobsBody({ maxJobs }), mutatedRecentJobsBody({ maxJobs })),
        fc.oneof(validVmContextBody(), mutatedVmContextBody()),
        fc.nat(),
      )
      .map(([jobsBody, vmBody, pick]) => {
        const vm = v.safeParse(VmContextResponseSchema, vmBody);
        return {
          jobs: v.parse(RecentJobsResponseSchema, jobsBody).jobs,
          lastOperation: vm.success ? vm.output.lastOperation : null,
          pick,
        };
      }),
    MAX_SHRINKS,
  );

type Selected = { kind: 'last-operation'; source: LastOperation } | { kind: 'job'; source: Job };

/** The failure whose details are open: the banner's, or one failed job's (by `pick`). */
function selectFailure(
  jobs: readonly Job[],
  lastOperation: LastOperation | null,
  pick: number,
): Selected | null {
  const failed = jobs.filter((job) => job.status === 'failed');
  const choices: Selected[] = [
    ...(lastOperation?.status === 'failed'
      ? [{ kind: 'last-operation' as const, source: lastOperation }]
      : []),
    ...failed.map((job) => ({ kind: 'job' as const, source: job })),
  ];
  return choices.length === 0 ? null : (choices[pick % choices.length] ?? null);
}

interface PageProps {
  jobs: Job[];
  lastOperation: LastOperation | null;
  selected: Selected | null;
  isAdmin: boolean;
}

/** The feature's three parts, as VmOperations lays them out. */
function PageContent({ jobs, lastOperation, selected, isAdmin }: PageProps) {
  const details = selected
    ? toFailureDetails(selected.source, {
        isAdmin,
        relatedJob:
          selected.kind === 'last-operation'
            ? (jobs.find((job) => job.jobId === selected.source.jobId) ?? null)
            : null,
      })
    : null;
  return (
    <>
      {lastOperation && (
        <BannerHarness
          lastOperation={lastOperation}
          onDismiss={noop}
          onViewDetails={noop}
          onTryLiveFailover={noopAsync}
        />
      )}
      <UnifiedJobList
        view={jobListViewOf({ jobs, isLoading: false }, NOW)}
        onRetry={noop}
        onSelectJob={noop}
        now={NOW}
      />
      <JobErrorDetailsModal
        view={details ? toDetailsView(details) : null}
        onClose={noop}
        vmName="pgtest1"
        now={NOW}
        liveFailover={{
          offered: details?.suggestsLiveFailover ?? false,
          pending: false,
          failure: null,
          start: noopAsync,
        }}
      />
    </>
  );
}

/** The page, with whatever its rendering throws reported to `onError`. */
function OperatorPage({ onError, ...props }: PageProps & { onError: (error: unknown) => void }) {
  return (
    <RenderErrorRecorder onError={onError}>
      <PageContent {...props} />
    </RenderErrorRecorder>
  );
}

/** Renders the page and lists everything wrong with it. */
function renderAndCheck(
  view: { jobs: Job[]; lastOperation: LastOperation | null; pick: number },
  isAdmin = false,
) {
  const problems: string[] = [];
  const consoleErrors = recordConsoleErrors();
  const selected = selectFailure(view.jobs, view.lastOperation, view.pick);
  const rendered = renderWithProviders(
    <OperatorPage
      jobs={view.jobs}
      lastOperation={view.lastOperation}
      selected={selected}
      isAdmin={isAdmin}
      onError={(error) => problems.push(`rendering threw: ${String(error)}`)}
    />,
  );
  consoleErrors.stop();
  problems.push(...consoleErrors.messages.map((message) => `console.error: ${message}`));
  return { problems, selected, rendered };
}

describe('the operator view of parsed API data', () => {
  it('renders without errors and shows nothing forbidden, every failure with its steps, newest first', () =>
    checkProperty(
      'operator page is safe, complete and ordered',
      fc.property(parsedView(20), (view) => {
        const { problems, selected, rendered } = renderAndCheck(view);
        try {
          problems.push(...operatorPageProblems());

          // The list shows every parsed job, in the parsed (newest-first) order.
          const titles = listedItems().map(titleOf);
          const expected = view.jobs.map(jobTitle);
          if (JSON.stringify(titles) !== JSON.stringify(expected)) {
            problems.push(`list order ${JSON.stringify(titles)} != ${JSON.stringify(expected)}`);
          }
          if (view.jobs.length === 0 && !document.body.textContent?.includes('No operations yet')) {
            problems.push('an empty list does not say so');
          }

          // A failed last operation shows the banner, with steps.
          const banner = alertTitled('Last Operation Failed');
          if (view.lastOperation?.status === 'failed') {
            if (!banner) problems.push('the failed last operation has no banner');
            else problems.push(...failureStepsProblems(banner, 'the banner'));
          } else if (banner) {
            problems.push(`a banner for a ${view.lastOperation?.status} operation`);
          }

          // The open details explain the failure, with steps, and no technical section.
          const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
          if (selected && !dialog) problems.push('the details did not open');
          if (dialog) {
            problems.push(...failureStepsProblems(dialog, 'the details'));
            if (dialog.textContent?.includes('Technical Details')) {
              problems.push('an operator is offered Technical Details');
            }
          }
          expect(problems).toEqual([]);
        } finally {
          rendered.unmount();
        }
      }),
      { numRuns: 150 },
    ));

  it('renders HTML from the API as text: visible literally when safe, replaced otherwise', () =>
    checkProperty(
      'HTML payloads render as text',
      fc.property(
        parsedView(3),
        fc.constantFrom(...HTML_PAYLOADS),
        fc.constantFrom('errorMessage', 'displayName', 'actionableSteps'),
        (view, payload, field) => {
          const jobs = view.jobs.map((job) => ({
            ...job,
            status: 'failed' as const,
            ...(field === 'actionableSteps'
              ? { actionableSteps: [payload] }
              : { [field]: payload }),
          }));
          const { problems, rendered } = renderAndCheck({ ...view, jobs, lastOperation: null });
          try {
            problems.push(...operatorPageProblems());
            // Shown literally only when the oracle finds nothing in it to refuse.
            if (forbiddenFragments(payload).length === 0) {
              for (const item of failedItems()) {
                if (!item.textContent?.includes(payload)) {
                  problems.push(
                    `"${titleOf(item)}" does not show ${JSON.stringify(payload)} as text`,
                  );
                }
              }
            }
            expect(problems).toEqual([]);
          } finally {
            rendered.unmount();
          }
        },
      ),
      { numRuns: 60 },
    ));

  it("shows the backend sanitizer's messages and steps, and ordinary English, verbatim", () =>
    checkProperty(
      'benign failure texts render verbatim',
      fc.property(
        parsedView(3),
        benignText(),
        fc.uniqueArray(fc.constantFrom(...SANITIZER_ACTIONABLE_STEPS), {
          minLength: 1,
          maxLength: 4,
        }),
        (view, message, steps) => {
          fc.pre(view.jobs.length > 0);
          const jobs = view.jobs.map((job) => ({
            ...job,
            status: 'failed' as const,
            errorMessage: message,
            actionableSteps: steps,
          }));
          const { problems, rendered } = renderAndCheck({ ...view, jobs, lastOperation: null });
          try {
            problems.push(...operatorPageProblems());
            for (const item of failedItems()) {
              const text = item.textContent ?? '';
              if (!text.includes(message)) {
                problems.push(`"${titleOf(item)}" does not show ${JSON.stringify(message)}`);
              }
              for (const step of steps) {
                if (!text.includes(step)) {
                  problems.push(
                    `"${titleOf(item)}" does not show the step ${JSON.stringify(step)}`,
                  );
                }
              }
            }
            expect(problems).toEqual([]);
          } finally {
            rendered.unmount();
          }
        },
      ),
      { numRuns: 60 },
    ));

  it('renders lists of up to 500 jobs completely and in order', () =>
    checkProperty(
      'long lists render completely',
      fc.property(
        fc.limitShrink(
          mutatedRecentJobsBody({ minJobs: 21, maxJobs: 500 }).map(
            (body) => v.parse(RecentJobsResponseSchema, body).jobs,
          ),
          10,
        ),
        (jobs) => {
          const { problems, rendered } = renderAndCheck({ jobs, lastOperation: null, pick: 0 });
          try {
            problems.push(...operatorPageProblems());
            const titles = listedItems().map(titleOf);
            if (JSON.stringify(titles) !== JSON.stringify(jobs.map(jobTitle))) {
              problems.push(`${titles.length} of ${jobs.length} jobs shown, or out of order`);
            }
            expect(problems).toEqual([]);
          } finally {
            rendered.unmount();
          }
        },
      ),
      { numRuns: 6 },
    ));
});

describe('the admin view of parsed API data', () => {
  it('keeps technical details out of the page until an admin expands them', () =>
    checkProperty(
      'admin technical details stay collapsed',
      fc.asyncProperty(parsedView(5), async (view) => {
        const { problems, selected, rendered } = renderAndCheck(view, true);
        try {
          fc.pre(selected !== null);
          const markup = () => document.body.innerHTML;
          if (markup().includes(ADMIN_ONLY_MARKER)) {
            problems.push('admin-only data is in the page before it is asked for');
          }
          const toggle = [...document.querySelectorAll('button')].find((button) =>
            button.textContent?.endsWith('Technical Details'),
          );
          if (!toggle) {
            problems.push('an admin is not offered Technical Details');
          } else if (selected && JSON.stringify(selected.source).includes(ADMIN_ONLY_MARKER)) {
            // Expanded, the admin sees what was kept from operators.
            fireEvent.click(toggle);
            try {
              await waitFor(() => expect(markup()).toContain(ADMIN_ONLY_MARKER), {
                timeout: 1_500,
              });
            } catch {
              problems.push('expanded Technical Details do not show the technical data');
            }
          }
          expect(problems).toEqual([]);
        } finally {
          rendered.unmount();
        }
      }),
      { numRuns: 80 },
    ));
});
