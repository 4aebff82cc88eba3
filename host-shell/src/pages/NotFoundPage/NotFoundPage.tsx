import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** Any address the dashboard does not know. */
export function NotFoundPage() {
  return (
    <Stack gap="md" align="flex-start">
      <title>Page not found · MigrateKit OSSEA</title>
      <Title order={2}>Page not found</Title>
      <Text>There is no page at this address.</Text>
      <Anchor component={Link} to="/">
        Go to the VM list
      </Anchor>
    </Stack>
  );
}
