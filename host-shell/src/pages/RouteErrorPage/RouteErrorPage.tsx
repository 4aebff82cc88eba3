import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useRouteError } from 'react-router';

/** Shown when a page of the dashboard itself crashed; the details go to the console. */
export function RouteErrorPage() {
  const error = useRouteError();
  useEffect(() => {
    console.error('[dashboard] A page failed to render:', error);
  }, [error]);
  return (
    <Stack gap="md" align="flex-start" p="md">
      <Title order={2}>Something went wrong</Title>
      <Text>This page could not be shown. Reloading usually helps; if not, contact support.</Text>
      <Group gap="sm">
        <Button variant="default" onClick={() => window.location.reload()}>
          Reload
        </Button>
        <Anchor component={Link} to="/" reloadDocument>
          Go to the VM list
        </Anchor>
      </Group>
    </Stack>
  );
}
