/**
 * The Module Federation half of the contract: the remote's container name, what it exposes,
 * and the packages host and remote must share as single instances (two Reacts break hooks;
 * two Mantines break theming and the colour scheme).
 */
export const REMOTE_NAME = 'vm_operations';

export const EXPOSED_MODULES = {
  vmOperations: './VmOperations',
  lastOperationBadge: './LastOperationBadge',
} as const;

/** `loadRemote` ids of the exposed modules. */
export const REMOTE_MODULE_IDS = {
  vmOperations: `${REMOTE_NAME}/VmOperations`,
  lastOperationBadge: `${REMOTE_NAME}/LastOperationBadge`,
} as const;

/** Packages shared as singletons; trailing-slash keys cover deep imports (react/jsx-runtime). */
export const SINGLETON_PACKAGES = [
  'react',
  'react/',
  'react-dom',
  'react-dom/',
  '@mantine/core',
  '@mantine/hooks',
] as const;

/** Build-time `shared` config for a package.json's dependencies (host and remote use the same). */
export function federationShared(
  dependencies: Readonly<Record<string, string>>,
): Record<
  string,
  { singleton: boolean; requiredVersion: string | false; strictVersion?: boolean }
> {
  const versionOf = (key: string) => dependencies[key.replace(/\/$/, '')] ?? false;
  const shared: Record<string, { singleton: boolean; requiredVersion: string | false }> = {};
  for (const key of SINGLETON_PACKAGES) {
    shared[key] = { singleton: true, requiredVersion: versionOf(key) };
  }
  if (dependencies.swr) shared.swr = { singleton: true, requiredVersion: dependencies.swr };
  return shared;
}
