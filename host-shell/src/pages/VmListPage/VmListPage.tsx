import { Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { describeOmaApiError } from '../../api/omaApi';
import { useVmList } from '../../api/vmQueries';
import { LoadFailedAlert } from '../../components/LoadFailedAlert';
import { VmCard } from '../../components/VmCard';
import type { RemoteLoadOptions } from '../../remote/RemoteLoader';
import { useRemoteLoader } from '../../remote/RemoteLoaderContext';
import { pickLastOperationBadge } from '../../remote/remoteModules';
import { useRemoteComponent } from '../../remote/useRemoteComponent';

/** The VM list (`/`): a summary card per VM, each opening the VM's details. */
export function VmListPage() {
  const { data, error, isLoading, isValidating, mutate } = useVmList();
  const loader = useRemoteLoader();
  const loadBadge = useCallback(
    (options: RemoteLoadOptions) => loader.loadLastOperationBadge(options),
    [loader],
  );
  // One lazy badge for all cards: the remote module is fetched once, however many VMs there are.
  const { Component: LastOperationBadge } = useRemoteComponent(loadBadge, pickLastOperationBadge);
  const vms = useMemo(
    () => [...(data?.vmContexts ?? [])].sort((a, b) => a.vmName.localeCompare(b.vmName)),
    [data],
  );

  return (
    <Stack gap="md">
      <title>Virtual machines · MigrateKit OSSEA</title>
      <Title order={2}>Virtual machines</Title>
      {error && (
        <LoadFailedAlert
          title={data ? 'The VM list could not be refreshed' : 'The VM list could not be loaded'}
          message={describeOmaApiError(error)}
          onRetry={() => mutate()}
          retrying={isValidating}
        />
      )}
      {isLoading && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">Loading VMs…</Text>
        </Group>
      )}
      {data && data.skipped > 0 && (
        <Text size="sm" c="orange">
          {data.skipped === 1
            ? '1 VM cannot be shown because the OMA API sent incomplete data for it.'
            : `${data.skipped} VMs cannot be shown because the OMA API sent incomplete data for them.`}
        </Text>
      )}
      {data && vms.length === 0 && data.skipped === 0 && (
        <Text c="dimmed">
          No VMs yet. A VM appears here once MigrateKit has discovered it for replication.
        </Text>
      )}
      {vms.length > 0 && (
        <SimpleGrid
          component="ul"
          aria-label="VMs"
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="md"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {vms.map((vm) => (
            <li key={vm.contextId}>
              <VmCard vm={vm} LastOperationBadge={LastOperationBadge} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
