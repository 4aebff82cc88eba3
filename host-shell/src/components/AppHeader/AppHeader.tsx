import { Anchor, Group, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ColorSchemeToggle } from '../ColorSchemeToggle';
import { RoleSwitch } from '../RoleSwitch';

/** The dashboard's header: its name (a link to the VM list), the role switch and the colour scheme. */
export function AppHeader() {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Anchor component={Link} to="/" underline="never" c="inherit">
        <Title order={1} size="h3" style={{ whiteSpace: 'nowrap' }}>
          MigrateKit OSSEA
        </Title>
      </Anchor>
      <Group gap="sm" wrap="nowrap">
        <RoleSwitch />
        <ColorSchemeToggle />
      </Group>
    </Group>
  );
}
