import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import type { ComponentType } from 'react';
import type { LoadVmOperations, VmOperationsProps } from './types';

/**
 * The README's recipe: the manifest URL from `/config.json`, then the runtime API. `manifestOf`
 * picks the manifest from the default one's URL.
 */
export async function loadVmOperationsFrom(manifestOf: (defaultManifest: string) => string) {
  const config = (await (await fetch('/config.json')).json()) as { vmOperationsRemoteUrl: string };
  registerRemotes([{ name: 'vm_operations', entry: manifestOf(config.vmOperationsRemoteUrl) }]);
  const module = await loadRemote<{ default: ComponentType<VmOperationsProps> }>(
    'vm_operations/VmOperations',
  );
  return module?.default ?? null;
}

/** The default manifest. */
export const loadVmOperations: LoadVmOperations = () => loadVmOperationsFrom((url) => url);
