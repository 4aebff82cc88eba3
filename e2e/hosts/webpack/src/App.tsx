import type { VmOperationsModule, VmOperationsProps } from '@migratekit/vm-operations-contract';
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { type ComponentType, useCallback, useEffect, useState } from 'react';

interface Vm {
  contextId: string;
  vmName: string;
  vmwareVmId: string;
}
type Loaded =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; vm: Vm; VmOperations: ComponentType<VmOperationsProps> };

/** The remote's manifest URL comes from the server (`/config.json`), so it deploys on its own. */
async function loadPage(vmName: string, fresh: boolean): Promise<Loaded> {
  const config = (await (await fetch('/config.json')).json()) as { vmOperationsRemoteUrl: string };
  registerRemotes([{ name: 'vm_operations', entry: config.vmOperationsRemoteUrl }], {
    force: fresh,
  });
  const response = await fetch(`/api/v1/vm-contexts/${encodeURIComponent(vmName)}`);
  const { context } = await response.json();
  const module = await loadRemote<VmOperationsModule>('vm_operations/VmOperations');
  if (!module) return { status: 'failed' };
  const vm = {
    contextId: context.context_id,
    vmName: context.vm_name,
    vmwareVmId: context.vmware_vm_id,
  };
  return { status: 'ready', vm, VmOperations: module.default };
}

export function App() {
  const vmName = decodeURIComponent(location.pathname.split('/')[2] ?? 'pgtest1');
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    setLoaded({ status: 'loading' });
    loadPage(vmName, attempt > 0).then(setLoaded, (error: unknown) => {
      console.warn('VmOperations could not be loaded', error);
      setLoaded({ status: 'failed' });
    });
  }, [vmName, attempt]);

  const vmwareVmId = loaded.status === 'ready' ? loaded.vm.vmwareVmId : null;
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
        <section aria-label="VM operations">
          {notice && <p role="status">{notice}</p>}
          {loaded.status === 'loading' && <p>Loading recent operations…</p>}
          {loaded.status === 'failed' && (
            <div role="alert">
              Recent operations are unavailable right now.{' '}
              <button type="button" onClick={() => setAttempt((n) => n + 1)}>
                Retry
              </button>
            </div>
          )}
          {loaded.status === 'ready' && (
            <loaded.VmOperations
              contextId={loaded.vm.contextId}
              vmName={loaded.vm.vmName}
              onTryLiveFailover={tryLiveFailover}
            />
          )}
        </section>
      </main>
    </>
  );
}
