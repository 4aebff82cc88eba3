import { createInstance } from '@module-federation/enhanced/runtime';
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as ReactDOM from 'react-dom';
import type { LoadVmOperations, VmOperationsProps } from './types';

/** A host's copy of a library, handed to the federation as the README's Next.js recipe does. */
const hostCopy = (version: string, lib: () => unknown) => ({
  version,
  lib,
  shareConfig: { singleton: true, requiredVersion: false as const },
});

/**
 * The README's Next.js recipe, in a host without a federation build plugin (as the real
 * dashboard is): one instance of the runtime API sharing the app's React, JSX runtime and
 * ReactDOM, the manifest URL from `/config.json`.
 */
export const loadVmOperations: LoadVmOperations = async () => {
  const config = (await (await fetch('/config.json')).json()) as { vmOperationsRemoteUrl: string };
  const federation = createInstance({
    name: 'bench_react_runtime',
    remotes: [{ name: 'vm_operations', entry: config.vmOperationsRemoteUrl }],
    shared: {
      react: hostCopy(React.version, () => React),
      'react/jsx-runtime': hostCopy(React.version, () => jsxRuntime),
      'react-dom': hostCopy(ReactDOM.version, () => ReactDOM),
    },
  });
  const module = await federation.loadRemote<{
    default: React.ComponentType<VmOperationsProps>;
  }>('vm_operations/VmOperations');
  return module?.default ?? null;
};
