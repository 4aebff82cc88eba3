import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { Job } from '@migratekit/oma-api';
import { guardMessage } from '@migratekit/operator-text';
import {
  CONTRACT_VERSION,
  DEFAULT_API_BASE_URL,
  type TryLiveFailoverHandler,
  type VmOperationsProps,
} from '@migratekit/vm-operations-contract';
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { BUILD_LABEL } from '../../buildInfo';
import {
  clampActivePollMs,
  clampIdlePollMs,
  useDismissedFailure,
  useNow,
  useRecentJobs,
  useRevalidateVmOperations,
  useVmContext,
} from '../../hooks';
import { toFailureDetails } from '../../lib/presentation';
import { describePropsProblems, VmOperationsPropsSchema } from '../../props/props';
import { Icon } from '../Icon';
import { JobErrorDetailsModal } from '../JobErrorDetailsModal';
import { OperationErrorBanner } from '../OperationErrorBanner';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import { staleNotice, UnifiedJobList } from '../UnifiedJobList';
import cx from './VmOperations.module.css';

/** Refresh interval while an operation runs, in ms. */
export const DEFAULT_ACTIVE_POLL_MS = 3_000;
/** Refresh interval while nothing runs, in ms. */
export const DEFAULT_IDLE_POLL_MS = 30_000;
/** How often relative times ("25 seconds ago") are brought up to date, in ms. */
const CLOCK_TICK_MS = 5_000;

/**
 * Moves keyboard focus to the heading of the "Recent Operations" list inside `view`, the next
 * thing to read once the failure banner that had focus is gone; without this, focus would fall
 * back to the page's body.
 */
function focusRecentOperations(view: HTMLElement | null) {
  const headingId = view
    ?.querySelector('section[aria-labelledby]')
    ?.getAttribute('aria-labelledby');
  const heading = headingId ? view?.ownerDocument.getElementById(headingId) : null;
  if (!heading) return;
  // Focusable from script only, so the heading does not become a tab stop.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/** Which failure the details modal explains. */
type Selection = { source: 'last-operation' } | { source: 'job'; job: Job };

interface VmOperationsViewProps {
  contextId: string;
  vmName: string;
  isAdmin: boolean;
  onTryLiveFailover: TryLiveFailoverHandler | undefined;
  apiBaseUrl: string;
  activePollMs: number;
  idlePollMs: number;
}

function VmOperationsView({
  contextId,
  vmName,
  isAdmin,
  onTryLiveFailover,
  apiBaseUrl,
  activePollMs,
  idlePollMs,
}: VmOperationsViewProps) {
  const recent = useRecentJobs(contextId, { apiBaseUrl, activePollMs, idlePollMs });
  const vm = useVmContext(vmName, {
    apiBaseUrl,
    pollMs: recent.hasActiveJob ? activePollMs : idlePollMs,
  });
  const dismissal = useDismissedFailure(vmName, vm.lastOperation);
  const now = useNow(CLOCK_TICK_MS);
  const revalidate = useRevalidateVmOperations(apiBaseUrl, contextId, vmName);
  const [selection, setSelection] = useState<Selection | null>(null);
  const viewRef = useRef<HTMLDivElement>(null);

  const startLiveFailover = useCallback(
    async (failedJobId: string | null) => {
      if (!onTryLiveFailover) return;
      await onTryLiveFailover({ contextId, vmName, failedJobId });
      // The new live failover should appear now, not at the next slow poll. A failed refresh
      // shows in the list itself, so it does not count as a failed live failover.
      revalidate().catch(() => {});
    },
    [onTryLiveFailover, contextId, vmName, revalidate],
  );

  const lastOperation = vm.lastOperation ?? null;
  const showBanner = lastOperation?.status === 'failed' && !dismissal.isDismissed;

  let details = null;
  if (selection?.source === 'last-operation' && lastOperation) {
    const relatedJob = recent.jobs?.find((job) => job.jobId === lastOperation.jobId) ?? null;
    details = toFailureDetails(lastOperation, { isAdmin, relatedJob });
  } else if (selection?.source === 'job') {
    // Prefer the latest copy of the job, so the details follow the list's refreshes.
    const latest = recent.jobs?.find((job) => job.jobId === selection.job.jobId) ?? selection.job;
    details = toFailureDetails(latest, { isAdmin });
  }
  const detailsJobId = details?.jobId ?? null;

  const { dismiss } = dismissal;
  const dismissBanner = useCallback(() => {
    // The banner leaves the page at once, so focus can move on from its Dismiss button.
    flushSync(dismiss);
    focusRecentOperations(viewRef.current);
  }, [dismiss]);

  const closeDetails = useCallback(() => setSelection(null), []);
  const selectJob = useCallback((job: Job) => setSelection({ source: 'job', job }), []);

  return (
    <Stack gap="md" className={cx.view} ref={viewRef}>
      {vm.error && vm.lastOperation === undefined && (
        <Alert
          color="red"
          title="Last operation status unavailable"
          icon={<Icon name="warning" label="Error" />}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm" className={cx.wrap}>
              {guardMessage(vm.error.userMessage)}
            </Text>
            <Button size="xs" variant="light" color="red" onClick={vm.retry}>
              Retry
            </Button>
          </Stack>
        </Alert>
      )}
      {showBanner && lastOperation && (
        <OperationErrorBanner
          failure={toFailureDetails(lastOperation, { isAdmin: false })}
          onDismiss={dismissBanner}
          onViewDetails={() => setSelection({ source: 'last-operation' })}
          onTryLiveFailover={
            onTryLiveFailover ? () => startLiveFailover(lastOperation.jobId) : undefined
          }
          staleNotice={vm.isStale ? staleNotice(vm.lastUpdatedAt, now) : null}
        />
      )}
      <UnifiedJobList
        jobs={recent.jobs}
        isLoading={recent.isLoading}
        error={recent.error}
        isStale={recent.isStale}
        lastUpdatedAt={recent.lastUpdatedAt}
        onRetry={recent.retry}
        onSelectJob={selectJob}
        now={now}
      />
      <JobErrorDetailsModal
        opened={details !== null}
        onClose={closeDetails}
        details={details}
        vmName={vmName}
        now={now}
        onTryLiveFailover={
          onTryLiveFailover
            ? async () => {
                await startLiveFailover(detailsJobId);
                closeDetails();
              }
            : undefined
        }
      />
    </Stack>
  );
}

/**
 * The failover-visibility feature for one VM: the persistent failure banner, the unified
 * list of recent operations and the error details. Props are checked at runtime, since
 * hosts may be plain JavaScript; wrong props show what is wrong instead of crashing.
 */
export function VmOperations(props: VmOperationsProps) {
  const parsed = VmOperationsPropsSchema.safeParse(props);
  return (
    // Not a landmark of its own: the page that shows the feature decides where it sits (the
    // dashboard's "VM operations" region); the list inside is the "Recent Operations" region.
    <div
      className={`${cx.root} ${ACCESSIBLE_COLORS_CLASS}`}
      data-testid="vm-operations"
      data-contract-version={CONTRACT_VERSION}
      data-build-label={BUILD_LABEL}
    >
      {parsed.success ? (
        <VmOperationsView
          // Everything the view holds (the open details, a pending live failover, focus
          // targets) belongs to one VM: a host that re-renders with another VM gets a fresh
          // view, so no request can carry one VM's job with another VM's name.
          key={JSON.stringify([parsed.data.contextId, parsed.data.vmName])}
          contextId={parsed.data.contextId}
          vmName={parsed.data.vmName}
          isAdmin={parsed.data.isAdmin ?? false}
          onTryLiveFailover={parsed.data.onTryLiveFailover}
          apiBaseUrl={parsed.data.apiBaseUrl ?? DEFAULT_API_BASE_URL}
          activePollMs={clampActivePollMs(parsed.data.activePollMs ?? DEFAULT_ACTIVE_POLL_MS)}
          idlePollMs={clampIdlePollMs(parsed.data.idlePollMs ?? DEFAULT_IDLE_POLL_MS)}
        />
      ) : (
        <Alert
          color="red"
          title="This view could not be shown"
          icon={<Icon name="warning" label="Error" />}
        >
          <Text size="sm">The page passed settings this view cannot use:</Text>
          <List size="sm" withPadding className={cx.wrap}>
            {[...new Set(describePropsProblems(parsed.error))].map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </div>
  );
}
