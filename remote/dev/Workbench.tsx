import {
  Alert,
  AppShell,
  Button,
  Code,
  Group,
  List,
  MantineProvider,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Title,
  useMantineColorScheme,
} from '@mantine/core';
import type { LiveFailoverTarget } from '@migratekit/vm-operations-contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { VmOperations } from '../src';
import {
  API_FAULTS,
  type ApiFault,
  applyFault,
  listScenarios,
  resetMockApi,
  resolveContextId,
  type ScenarioSummary,
} from './mockControl';

type CallbackOutcome = 'resolve' | 'reject';

interface CallbackLogEntry {
  id: number;
  at: string;
  target: LiveFailoverTarget;
  outcome: CallbackOutcome;
}

function ColorSchemeSwitch() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Switch
      label="Dark"
      checked={colorScheme === 'dark'}
      onChange={(event) => setColorScheme(event.currentTarget.checked ? 'dark' : 'light')}
    />
  );
}

/**
 * The failover-UI team's standalone page: VmOperations against the mock OMA API, with every
 * scenario, injected API faults, both roles and a log of live-failover requests — no host needed.
 */
function WorkbenchPage() {
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [vmName, setVmName] = useState<string | null>(null);
  const [contextId, setContextId] = useState<string | null>(null);
  const [fault, setFault] = useState<ApiFault>('none');
  const [role, setRole] = useState<'operator' | 'admin'>('operator');
  const [outcome, setOutcome] = useState<CallbackOutcome>('resolve');
  const [log, setLog] = useState<CallbackLogEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const nextLogId = useRef(0);

  useEffect(() => {
    listScenarios()
      .then((list) => {
        setScenarios(list);
        setVmName((current) => current ?? list[0]?.vmName ?? null);
      })
      .catch((error: unknown) => setProblem(`Mock API unavailable: ${String(error)}`));
  }, []);

  useEffect(() => {
    if (!vmName) return;
    let cancelled = false;
    setContextId(null);
    // Resolve the context before injecting faults: a "not found" fault would hide it.
    applyFault('none')
      .then(() => resolveContextId(vmName))
      .then(async (id) => {
        await applyFault(fault);
        if (!cancelled) {
          setContextId(id);
          setProblem(null);
        }
      })
      .catch((error: unknown) => !cancelled && setProblem(String(error)));
    return () => {
      cancelled = true;
    };
  }, [vmName, fault]);

  const onTryLiveFailover = useCallback(
    async (target: LiveFailoverTarget) => {
      nextLogId.current += 1;
      const entry = { id: nextLogId.current, at: new Date().toLocaleTimeString(), target, outcome };
      setLog((entries) => [entry, ...entries]);
      if (outcome === 'reject') throw new Error('The host refused to start a live failover');
    },
    [outcome],
  );

  const reset = async () => {
    await resetMockApi();
    setFault('none');
    setLog([]);
    setGeneration((n) => n + 1);
  };

  return (
    <AppShell header={{ height: 'auto' }} padding="md">
      <AppShell.Header p="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={1} size="h3">
            VmOperations workbench
          </Title>
          <Group wrap="wrap" gap="sm">
            <Select
              aria-label="Scenario"
              placeholder="Scenario"
              data={scenarios.map((s) => ({ value: s.vmName, label: `${s.vmName} — ${s.title}` }))}
              value={vmName}
              onChange={setVmName}
              allowDeselect={false}
              w={300}
            />
            <Select
              aria-label="API fault"
              data={API_FAULTS.map((f) => ({ value: f.value, label: f.label }))}
              value={fault}
              onChange={(value) => setFault((value as ApiFault | null) ?? 'none')}
              allowDeselect={false}
              w={260}
            />
            <SegmentedControl
              aria-label="Role"
              data={[
                { value: 'operator', label: 'Operator' },
                { value: 'admin', label: 'Admin' },
              ]}
              value={role}
              onChange={(value) => setRole(value as 'operator' | 'admin')}
            />
            <ColorSchemeSwitch />
            <Button variant="default" onClick={reset}>
              Reset mock API
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main pt={140}>
        <Stack gap="lg" maw={960} mx="auto">
          {problem && (
            <Alert color="red" title="Workbench problem">
              {problem}
            </Alert>
          )}
          {vmName && contextId ? (
            <VmOperations
              key={`${vmName}-${generation}`}
              vmName={vmName}
              contextId={contextId}
              isAdmin={role === 'admin'}
              onTryLiveFailover={onTryLiveFailover}
            />
          ) : (
            !problem && <Text c="dimmed">Loading scenario…</Text>
          )}
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4">
                onTryLiveFailover calls
              </Title>
              <SegmentedControl
                aria-label="Callback outcome"
                size="xs"
                data={[
                  { value: 'resolve', label: 'Resolve' },
                  { value: 'reject', label: 'Reject' },
                ]}
                value={outcome}
                onChange={(value) => setOutcome(value as CallbackOutcome)}
              />
            </Group>
            {log.length === 0 ? (
              <Text c="dimmed" size="sm">
                No calls yet.
              </Text>
            ) : (
              <List size="sm">
                {log.map((entry) => (
                  <List.Item key={entry.id}>
                    {entry.at} ({entry.outcome}): <Code>{JSON.stringify(entry.target)}</Code>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}

export function Workbench() {
  return (
    <MantineProvider defaultColorScheme="light">
      <WorkbenchPage />
    </MantineProvider>
  );
}
