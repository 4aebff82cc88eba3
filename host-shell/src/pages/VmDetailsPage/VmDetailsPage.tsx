import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { VmContext } from '@migratekit/oma-api';
import { Link, useParams } from 'react-router';
import { describeOmaApiError, isNotFound, OMA_API_BASE_URL } from '../../api/omaApi';
import { useVmContext } from '../../api/vmQueries';
import { LoadFailedAlert } from '../../components/LoadFailedAlert';
import { VmOperationsArea } from '../../components/VmOperationsArea';
import { VmStatusBadge } from '../../components/VmStatusBadge';
import { useVmOperationsPolling } from '../../config/useVmOperationsPolling';
import { useLiveFailover } from '../../liveFailover/useLiveFailover';
import { useRole } from '../../role/RoleContext';
import { describeVmFacts } from '../../vm/vmPresentation';

function BackToVms() {
  return (
    <Anchor component={Link} to="/" size="sm">
      ← Back to VMs
    </Anchor>
  );
}

interface VmDetailsProps {
  context: VmContext;
  onContextChanged: () => void;
}

function VmDetails({ context, onContextChanged }: VmDetailsProps) {
  const { role } = useRole();
  const { onTryLiveFailover, confirmModal } = useLiveFailover(context, onContextChanged);
  const polling = useVmOperationsPolling();
  const facts = describeVmFacts(context);
  return (
    <>
      <Group gap="sm" align="center">
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {context.vmName}
        </Title>
        <VmStatusBadge status={context.currentStatus} />
      </Group>
      {facts && <Text c="dimmed">{facts}</Text>}
      <VmOperationsArea
        contextId={context.contextId}
        vmName={context.vmName}
        isAdmin={role === 'admin'}
        onTryLiveFailover={onTryLiveFailover}
        apiBaseUrl={OMA_API_BASE_URL}
        {...polling}
      />
      {confirmModal}
    </>
  );
}

/** A VM's details (`/vms/:vmName`): its status and the VmOperations remote. */
export function VmDetailsPage() {
  const { vmName = '' } = useParams();
  const { data, error, isLoading, isValidating, mutate } = useVmContext(vmName);

  if (error && isNotFound(error)) {
    return (
      <Stack gap="md" align="flex-start">
        <title>VM not found · MigrateKit OSSEA</title>
        <Title order={2}>VM not found</Title>
        <Text>MigrateKit has no VM named “{vmName}”. It may have been removed or renamed.</Text>
        <BackToVms />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <title>{`${vmName} · MigrateKit OSSEA`}</title>
      <BackToVms />
      {isLoading && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">Loading {vmName}…</Text>
        </Group>
      )}
      {error && (
        <LoadFailedAlert
          title={data ? `${vmName} could not be refreshed` : `${vmName} could not be loaded`}
          message={describeOmaApiError(error)}
          onRetry={() => mutate()}
          retrying={isValidating}
        />
      )}
      {data && (
        <VmDetails
          key={data.value.context.contextId}
          context={data.value.context}
          onContextChanged={() => mutate()}
        />
      )}
    </Stack>
  );
}
