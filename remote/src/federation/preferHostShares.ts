import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { satisfy } from '@module-federation/enhanced/runtime';

/**
 * Makes the remote use a host's copy of a tree-shaken shared package (Mantine) whenever the
 * host registered one in the required range. Under `treeShaking: { mode: 'runtime-infer' }`
 * the federation runtime otherwise prefers the remote's own tree-shaken copy, even in a
 * Mantine host, so the feature would not see the host's MantineProvider (theme, colour
 * scheme). The remote's copy stays the fallback for hosts without one.
 */
export default function preferHostShares(): ModuleFederationRuntimePlugin {
  return {
    name: 'vm-operations-prefer-host-shares',
    resolveShare(args) {
      const { shareInfo, shareScopeMap, scope, pkgName } = args;
      const requiredVersion = shareInfo.shareConfig?.requiredVersion;
      if (!shareInfo.treeShaking || typeof requiredVersion !== 'string') return args;
      const versions = shareScopeMap[scope]?.[pkgName] ?? {};
      const hostCopy = Object.entries(versions).find(
        ([version, shared]) => shared.from !== shareInfo.from && satisfy(version, requiredVersion),
      );
      if (hostCopy) args.resolver = () => ({ shared: hostCopy[1], useTreesShaking: false });
      return args;
    },
  };
}
