import { Group, Loader, Text } from '@mantine/core';
import type { VmOperationsProps } from '@migratekit/vm-operations-contract';
import { Suspense, useCallback } from 'react';
import type { RemoteLoadOptions } from '../../remote/RemoteLoader';
import { useRemoteLoader } from '../../remote/RemoteLoaderContext';
import { pickVmOperations } from '../../remote/remoteModules';
import { useRemoteComponent } from '../../remote/useRemoteComponent';
import { RemoteErrorBoundary } from '../RemoteErrorBoundary';
import { RemoteFailureAlert } from '../RemoteFailureAlert';

export type VmOperationsAreaProps = VmOperationsProps;

/**
 * The VM's operations (job list, failure banner, details), provided at runtime by the
 * VmOperations remote. Loading, and every way the remote can fail, stay inside this area.
 */
export function VmOperationsArea(props: VmOperationsAreaProps) {
  const loader = useRemoteLoader();
  const load = useCallback(
    (options: RemoteLoadOptions) => loader.loadVmOperations(options),
    [loader],
  );
  const { Component: VmOperations, retry, attempt } = useRemoteComponent(load, pickVmOperations);

  return (
    <section aria-label="VM operations">
      <RemoteErrorBoundary
        label="The VmOperations remote"
        resetKey={attempt}
        fallback={({ kind }) => <RemoteFailureAlert kind={kind} onRetry={retry} />}
      >
        <Suspense
          fallback={
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text size="sm">Loading VM operations…</Text>
            </Group>
          }
        >
          <VmOperations {...props} />
        </Suspense>
      </RemoteErrorBoundary>
    </section>
  );
}
