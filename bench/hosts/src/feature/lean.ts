import { loadVmOperationsFrom } from './federated';
import type { LoadVmOperations } from './types';

/**
 * The README's opt-in for a host whose build provides the federation runtime: the remote's
 * lean manifest, in the `lean/` folder beside the default one.
 */
export const loadVmOperations: LoadVmOperations = () =>
  loadVmOperationsFrom((url) => new URL('lean/mf-manifest.json', url).href);
