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
import { OmaClientOverride } from '../src/api';
import { createInPageBackend } from './inPageBackend';
import {
  API_FAULT_OPTIONS,
  type ApiFault,
  mockApiBackend,
  type ScenarioSummary,
  type WorkbenchBackend,
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
  // The mock API beside the dev server; without it, an in-page backend (no server needed).
  const [backend, setBackend] = useState<WorkbenchBackend | null>(null);
  const [inPage, setInPage] = useState<ReturnType<typeof createInPageBackend> | null>(null);

  useEffect(() => {
    const use = (chosen: WorkbenchBackend, list: ScenarioSummary[]) => {
      setBackend(chosen);
      setScenarios(list);
      setVmName((current) => current ?? list[0]?.vmName ?? null);
    };
    mockApiBackend
      .listScenarios()
      .then((list) => use(mockApiBackend, list))
      .catch(async () => {
        const local = createInPageBackend();
        setInPage(local);
        use(local, await local.listScenarios());
      })
      .catch((error: unknown) => setProblem(`No backend: ${String(error)}`));
  }, []);

  useEffect(() => {
    if (!vmName || !backend) return;
    let cancelled = false;
    setContextId(null);
    // Resolve the context before injecting faults: a "not found" fault would hide it.
    backend
      .applyFault('none')
      .then(() => backend.resolveContextId(vmName))
      .then(async (id) => {
        await backend.applyFault(fault);
        if (!cancelled) {
          setContextId(id);
          setProblem(null);
        }
      })
      .catch((error: unknown) => !cancelled && setProblem(String(error)));
    return () => {
      cancelled = true;
    };
  }, [vmName, fault, backend]);

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
    await backend?.reset();
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
              data={API_FAULT_OPTIONS}
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
              Reset scenarios
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
          {inPage && (
            <Alert color="blue" title="No mock API running">
              Answers come from the mock OMA state in this page, through the same schemas; start
              `pnpm mock-api` and reload to use the API over HTTP.
            </Alert>
          )}
          {vmName && contextId ? (
            <OmaClientOverride value={inPage?.client ?? null}>
              <VmOperations
                key={`${vmName}-${generation}`}
                vmName={vmName}
                contextId={contextId}
                isAdmin={role === 'admin'}
                onTryLiveFailover={onTryLiveFailover}
              />
            </OmaClientOverride>
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
