import { createRemoteAppComponent } from '@module-federation/bridge-react/base';
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { useCallback, useEffect, useMemo, useState } from 'react';

/** The bridge build's container (remote/dist/bridge/mf-manifest.json). */
const REMOTE = 'vm_operations_bridge';

interface Vm {
  contextId: string;
  vmName: string;
  vmwareVmId: string;
}

/**
 * The feature as a component of this host's React. The bridge renders it with the remote's own
 * React in the element it creates; each call makes a fresh one, so Retry loads anew.
 */
function bridgedVmOperations(fresh: boolean, retry: () => void) {
  return createRemoteAppComponent({
    loader: async () => {
      // The remote's manifest URL comes from the server (`/config.json`), so it deploys on its own.
      const response = await fetch('/config.json');
      const config = (await response.json()) as { vmOperationsRemoteUrl: string };
      registerRemotes([{ name: REMOTE, entry: config.vmOperationsRemoteUrl }], { force: fresh });
      const module = await loadRemote<Record<string, unknown>>(`${REMOTE}/VmOperations`);
      if (!module) throw new Error('VmOperations could not be loaded');
      return module;
    },
    loading: <p>Loading recent operations…</p>,
    fallback: () => (
      <div role="alert">
        Recent operations are unavailable right now.{' '}
        <button type="button" onClick={retry}>
          Retry
        </button>
      </div>
    ),
  });
}

export function App() {
  const vmName = decodeURIComponent(location.pathname.split('/')[2] ?? 'pgtest1');
  const [vm, setVm] = useState<Vm | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [shown, setShown] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const VmOperations = useMemo(
    () => bridgedVmOperations(attempt > 0, () => setAttempt((n) => n + 1)),
    [attempt],
  );

  useEffect(() => {
    fetch(`/api/v1/vm-contexts/${encodeURIComponent(vmName)}`)
      .then((response) => response.json())
      .then(({ context }) =>
        setVm({
          contextId: context.context_id,
          vmName: context.vm_name,
          vmwareVmId: context.vmware_vm_id,
        }),
      )
      .catch((error: unknown) => console.warn('The VM could not be loaded', error));
  }, [vmName]);

  const vmwareVmId = vm?.vmwareVmId ?? null;
  // The feature asks; the dashboard confirms with the user and calls the OMA API.
  const tryLiveFailover = useCallback(
    async ({ vmName }: { vmName: string }) => {
      if (!window.confirm(`Start live failover for ${vmName}? This is permanent.`)) return;
      const response = await fetch('/api/v1/failover/live', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ vm_id: vmwareVmId, vm_name: vmName }),
      });
      if (!response.ok) throw new Error(`Live failover of ${vmName} could not be started.`);
      setNotice(`Live failover started for ${vmName}.`);
    },
    [vmwareVmId],
  );

  return (
    <>
      <nav>
        <a href="/">MigrateKit OSSEA</a>
      </nav>
      <main>
        <h1>{vmName}</h1>
        <p>
          Replication and failover history. <a href="/">All VMs</a>
        </p>
        <form>
          <label htmlFor="vm-search">Find a VM </label>
          <input id="vm-search" type="search" />
          <button type="button">Refresh</button>
        </form>
        <h2>Recent operations</h2>
        <button type="button" aria-expanded={shown} onClick={() => setShown((now) => !now)}>
          {shown ? 'Hide recent operations' : 'Show recent operations'}
        </button>
        {shown && (
          <section aria-label="VM operations">
            {notice && <p role="status">{notice}</p>}
            {!vm && <p>Loading recent operations…</p>}
            {vm && (
              <VmOperations
                key={attempt}
                contextId={vm.contextId}
                vmName={vm.vmName}
                onTryLiveFailover={tryLiveFailover}
              />
            )}
          </section>
        )}
      </main>
    </>
  );
}
