import { createRemoteAppComponent } from '@module-federation/bridge-react/base';
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { useEffect, useMemo, useState } from 'react';
import { DashboardPage, RemoteUnavailable, useLiveFailover } from '../../shared/DashboardPage';
import { currentVmName, fetchVm, type Vm } from '../../shared/vm';

/** The bridge build's container (remote/dist/bridge/mf-manifest.json). */
const REMOTE = 'vm_operations_bridge';

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
    fallback: () => <RemoteUnavailable onRetry={retry} />,
  });
}

export function App() {
  const vmName = currentVmName();
  const [vm, setVm] = useState<Vm | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [shown, setShown] = useState(true);
  const VmOperations = useMemo(
    () => bridgedVmOperations(attempt > 0, () => setAttempt((n) => n + 1)),
    [attempt],
  );

  useEffect(() => {
    fetchVm(vmName)
      .then(setVm)
      .catch((error: unknown) => console.warn('The VM could not be loaded', error));
  }, [vmName]);

  const { notice, tryLiveFailover } = useLiveFailover(vm?.vmwareVmId ?? null);

  return (
    <DashboardPage vmName={vmName}>
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
    </DashboardPage>
  );
}
