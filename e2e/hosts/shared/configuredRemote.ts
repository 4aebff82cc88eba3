import type { VmOperationsModule } from '@migratekit/vm-operations-contract';
import type { LoadVmOperations } from './FeaturePage';

/** The two calls of the Module Federation runtime API the hosts load the feature with. */
export interface FederationRuntime {
  registerRemotes(remotes: { name: string; entry: string }[], options: { force: boolean }): void;
  loadRemote<T>(id: string): Promise<T | null>;
}

/**
 * Loads the feature through a host's own runtime package. The remote's manifest URL comes from
 * the server (`/config.json`), so it deploys on its own; a retry (`fresh`) registers it anew.
 */
export function loadFromConfiguredRemote({
  registerRemotes,
  loadRemote,
}: FederationRuntime): LoadVmOperations {
  return async (fresh) => {
    const config = (await (await fetch('/config.json')).json()) as {
      vmOperationsRemoteUrl: string;
    };
    registerRemotes([{ name: 'vm_operations', entry: config.vmOperationsRemoteUrl }], {
      force: fresh,
    });
    const module = await loadRemote<VmOperationsModule>('vm_operations/VmOperations');
    return module?.default ?? null;
  };
}
