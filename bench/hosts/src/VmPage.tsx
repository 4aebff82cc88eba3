import { loadVmOperations } from 'bench-feature';
import { type ComponentType, useCallback, useEffect, useState } from 'react';
import type { VmOperationsProps } from './feature/types';

interface Vm {
  contextId: string;
  vmName: string;
  vmwareVmId: string;
}
type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'none' }
  | { status: 'ready'; vm: Vm; VmOperations: ComponentType<VmOperationsProps> };

/** The VM's context and the feature, fetched together (what a dashboard page would do). */
async function loadPage(vmName: string): Promise<Loaded> {
  const [VmOperations, context] = await Promise.all([
    loadVmOperations(),
    fetch(`/api/v1/vm-contexts/${encodeURIComponent(vmName)}`).then(async (response) => {
      if (!response.ok) throw new Error(`VM ${vmName}: ${response.status}`);
      return (await response.json()).context as Record<string, string>;
    }),
  ]);
  if (!VmOperations) return { status: 'none' };
  const vm = {
    contextId: String(context.context_id),
    vmName: String(context.vm_name),
    vmwareVmId: String(context.vmware_vm_id),
  };
  return { status: 'ready', vm, VmOperations };
}

/**
 * The bench hosts' VM page: a heading, some page chrome and the feature in a section. The same
 * file in every variant; only where `VmOperations` comes from differs (`bench-feature`).
 */
export function VmPage() {
  const vmName = decodeURIComponent(location.pathname.split('/')[2] ?? 'pgtest1');
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    loadPage(vmName).then(setLoaded, (error: unknown) => {
      console.warn('VmOperations could not be loaded', error);
      setLoaded({ status: 'failed', reason: String(error).split('\n')[0] ?? '' });
    });
  }, [vmName]);
  const vmwareVmId = loaded.status === 'ready' ? loaded.vm.vmwareVmId : null;
  const tryLiveFailover = useCallback(
    async ({ vmName }: { vmName: string }) => {
      if (!window.confirm(`Start live failover for ${vmName}?`)) return;
      const response = await fetch('/api/v1/failover/live', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ vm_id: vmwareVmId, vm_name: vmName }),
      });
      if (response.ok) setNotice(`Live failover started for ${vmName}.`);
    },
    [vmwareVmId],
  );
  return (
    <section
      aria-label="VM operations"
      data-bench-page={loaded.status}
      // The bench reports why the feature did not load.
      data-bench-error={loaded.status === 'failed' ? loaded.reason : undefined}
    >
      {notice && <p role="status">{notice}</p>}
      {loaded.status === 'loading' && <p>Loading recent operations…</p>}
      {loaded.status === 'failed' && <p role="alert">Recent operations are unavailable.</p>}
      {loaded.status === 'ready' && (
        <loaded.VmOperations
          contextId={loaded.vm.contextId}
          vmName={loaded.vm.vmName}
          onTryLiveFailover={tryLiveFailover}
        />
      )}
    </section>
  );
}
