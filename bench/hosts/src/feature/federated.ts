import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import type { ComponentType } from 'react';
import type { LoadVmOperations, VmOperationsProps } from './types';

/** The README's recipe: the manifest URL from `/config.json`, then the runtime API. */
export const loadVmOperations: LoadVmOperations = async () => {
  const config = (await (await fetch('/config.json')).json()) as { vmOperationsRemoteUrl: string };
  registerRemotes([{ name: 'vm_operations', entry: config.vmOperationsRemoteUrl }]);
  const module = await loadRemote<{ default: ComponentType<VmOperationsProps> }>(
    'vm_operations/VmOperations',
  );
  return module?.default ?? null;
};
