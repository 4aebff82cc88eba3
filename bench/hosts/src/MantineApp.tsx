import '@mantine/core/styles.css';
import { AppShell, Button, Group, MantineProvider, Text, TextInput, Title } from '@mantine/core';
import { VmPage } from './VmPage';

/**
 * The nonce of the page's Content-Security-Policy, which the server puts on its inline script:
 * Mantine gives it to the <style> elements it writes, as any Mantine app under a nonce-based
 * policy must.
 */
const styleNonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
const getStyleNonce = styleNonce ? () => styleNonce : undefined;

/** A Mantine dashboard page: its own MantineProvider and components around the feature. */
export function App() {
  return (
    <MantineProvider getStyleNonce={getStyleNonce}>
      <AppShell header={{ height: 56 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Title order={3}>MigrateKit OSSEA</Title>
            <Group>
              <TextInput aria-label="Find a VM" placeholder="Find a VM" />
              <Button variant="light">Refresh</Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Main>
          <Title order={1}>Virtual machine</Title>
          <Text c="dimmed">Replication and failover history.</Text>
          <VmPage />
        </AppShell.Main>
      </AppShell>
    </MantineProvider>
  );
}
