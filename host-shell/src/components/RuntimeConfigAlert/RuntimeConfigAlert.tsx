import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import useSWR from 'swr';
import { useRuntimeConfigSource } from '../../config/RuntimeConfigContext';

/**
 * Tells the operator when the host's runtime configuration could not be loaded: the VM list
 * still works, but VM operations cannot be shown until it loads.
 */
export function RuntimeConfigAlert() {
  const source = useRuntimeConfigSource();
  const { error, isValidating, mutate } = useSWR(['dashboard-host', 'runtime-config'], () =>
    source.load(),
  );

  useEffect(() => {
    if (error) console.error('[dashboard] Loading the runtime configuration failed:', error);
  }, [error]);

  if (!error) return null;
  return (
    <Alert color="orange" variant="light" title="Dashboard settings could not be loaded" mb="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          VM operations cannot be shown until they load. The VM list still works.
        </Text>
        <Button size="xs" variant="default" loading={isValidating} onClick={() => mutate()}>
          Retry
        </Button>
      </Group>
    </Alert>
  );
}
