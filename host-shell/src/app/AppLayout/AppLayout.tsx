import { AppShell, Container } from '@mantine/core';
import { Outlet } from 'react-router';
import { AppHeader } from '../../components/AppHeader';
import { RuntimeConfigAlert } from '../../components/RuntimeConfigAlert';
import { RoleProvider } from '../../role/RoleContext';
import classes from './AppLayout.module.css';

/** The frame of every page: header, runtime-config warning, and the page itself. */
export function AppLayout() {
  return (
    <RoleProvider>
      <a href="#main-content" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell header={{ height: 60 }} padding="md">
        <AppShell.Header>
          <AppHeader />
        </AppShell.Header>
        <AppShell.Main id="main-content" tabIndex={-1}>
          <Container size="lg" px={0}>
            <RuntimeConfigAlert />
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </RoleProvider>
  );
}
