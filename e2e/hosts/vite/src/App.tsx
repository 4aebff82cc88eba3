import type { VmOperationsModule } from '@migratekit/vm-operations-contract';
import { loadRemote, registerRemotes } from '@module-federation/runtime';
import { FeaturePage, type LoadVmOperations } from '../../shared/FeaturePage';

/** The remote's manifest URL comes from the server (`/config.json`), so it deploys on its own. */
const loadVmOperations: LoadVmOperations = async (fresh) => {
  const config = (await (await fetch('/config.json')).json()) as { vmOperationsRemoteUrl: string };
  registerRemotes([{ name: 'vm_operations', entry: config.vmOperationsRemoteUrl }], {
    force: fresh,
  });
  const module = await loadRemote<VmOperationsModule>('vm_operations/VmOperations');
  return module?.default ?? null;
};

/** The dashboard's VM page (shared by the matrix hosts) with the feature loaded as above. */
export function App() {
  return <FeaturePage load={loadVmOperations} />;
}
