import { Alert, List, Stack, Text } from '@mantine/core';
import { CONTRACT_VERSION, type VmOperationsProps } from '@migratekit/vm-operations-contract';
import { BUILD_LABEL } from '../../buildInfo';
import { readVmOperationsProps, useVmOperations, type VmOperationsOptions } from '../../hooks';
import { Icon } from '../Icon';
import { JobErrorDetailsModal } from '../JobErrorDetailsModal';
import { OperationErrorBanner } from '../OperationErrorBanner';
import { RetryAlert } from '../RetryAlert';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import { UnifiedJobList } from '../UnifiedJobList';
import cx from './VmOperations.module.css';

function VmOperationsView({ vmName, ...options }: VmOperationsOptions) {
  const { rootRef, now, lastOperationError, banner, list, details } = useVmOperations({
    vmName,
    ...options,
  });
  return (
    <Stack gap="md" className={cx.view} ref={rootRef}>
      {lastOperationError && (
        <RetryAlert
          tone="error"
          title="Last operation status unavailable"
          message={lastOperationError.message}
          onRetry={lastOperationError.retry}
        />
      )}
      {banner && (
        <OperationErrorBanner
          banner={banner.view}
          onDismiss={banner.dismiss}
          onViewDetails={banner.viewDetails}
          liveFailover={banner.liveFailover}
        />
      )}
      <UnifiedJobList
        view={list.view}
        onRetry={list.retry}
        onSelectJob={list.selectJob}
        now={now}
      />
      <JobErrorDetailsModal
        view={details.view}
        onClose={details.close}
        vmName={vmName}
        now={now}
        liveFailover={details.liveFailover}
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
  const read = readVmOperationsProps(props);
  return (
    // Not a landmark of its own: the page that shows the feature decides where it sits (the
    // dashboard's "VM operations" region); the list inside is the "Recent Operations" region.
    <div
      className={`${cx.root} ${ACCESSIBLE_COLORS_CLASS}`}
      data-testid="vm-operations"
      data-contract-version={CONTRACT_VERSION}
      data-build-label={BUILD_LABEL}
    >
      {read.ok ? (
        <VmOperationsView
          // Everything the view holds (the open details, a pending live failover, focus
          // targets) belongs to one VM: a host that re-renders with another VM gets a fresh
          // view, so no request can carry one VM's job with another VM's name.
          key={read.key}
          {...read.options}
        />
      ) : (
        <Alert
          color="red"
          title="This view could not be shown"
          icon={<Icon name="warning" label="Error" />}
        >
          <Text size="sm">The page passed settings this view cannot use:</Text>
          <List size="sm" withPadding className={cx.wrap}>
            {read.problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </div>
  );
}
