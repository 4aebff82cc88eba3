import type { VmOperationsProps } from '@migratekit/vm-operations-contract';
import { type ComponentType, useEffect, useState } from 'react';
import { DashboardPage, RemoteUnavailable, useLiveFailover } from './DashboardPage';
import { currentVmName, fetchVm, type Vm } from './vm';

/** Gets the feature the host's way (its federation code); null if the remote has no such module. */
export type LoadVmOperations = (fresh: boolean) => Promise<ComponentType<VmOperationsProps> | null>;

type Loaded =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; vm: Vm; VmOperations: ComponentType<VmOperationsProps> };

async function loadPage(vmName: string, load: LoadVmOperations, fresh: boolean): Promise<Loaded> {
  const vm = await fetchVm(vmName);
  const VmOperations = await load(fresh);
  return VmOperations ? { status: 'ready', vm, VmOperations } : { status: 'failed' };
}

/**
 * The VM page of a host that shares its React with the remote: the feature from `load`, with the
 * host's loading text, its fallback and Retry (which registers the remote anew).
 */
export function FeaturePage({ load }: { load: LoadVmOperations }) {
  const vmName = currentVmName();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setLoaded({ status: 'loading' });
    loadPage(vmName, load, attempt > 0).then(setLoaded, (error: unknown) => {
      console.warn('VmOperations could not be loaded', error);
      setLoaded({ status: 'failed' });
    });
  }, [vmName, load, attempt]);

  const { notice, tryLiveFailover } = useLiveFailover(
    loaded.status === 'ready' ? loaded.vm.vmwareVmId : null,
  );

  return (
    <DashboardPage vmName={vmName}>
      <section aria-label="VM operations">
        {notice && <p role="status">{notice}</p>}
        {loaded.status === 'loading' && <p>Loading recent operations…</p>}
        {loaded.status === 'failed' && (
          <RemoteUnavailable onRetry={() => setAttempt((n) => n + 1)} />
        )}
        {loaded.status === 'ready' && (
          <loaded.VmOperations
            contextId={loaded.vm.contextId}
            vmName={loaded.vm.vmName}
            onTryLiveFailover={tryLiveFailover}
          />
        )}
      </section>
    </DashboardPage>
  );
}
