import { Anchor, Group, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ColorSchemeToggle } from '../ColorSchemeToggle';
import { RoleSwitch } from '../RoleSwitch';
import classes from './AppHeader.module.css';

/** The dashboard's header: its name (a link to the VM list), the role switch and the colour scheme. */
export function AppHeader() {
  return (
    <Group h="100%" justify="space-between" wrap="nowrap" gap="sm" className={classes.header}>
      <Anchor component={Link} to="/" underline="never" c="inherit" className={classes.brand}>
        <Title order={1} size="h3" className={classes.title}>
          MigrateKit OSSEA
        </Title>
      </Anchor>
      <Group gap="xs" wrap="nowrap" className={classes.controls}>
        <RoleSwitch />
        <ColorSchemeToggle />
      </Group>
    </Group>
  );
}
