import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EXPOSED_MODULES,
  HOST_MANTINE_RANGE,
  HOST_REACT_RANGE,
  REMOTE_NAME,
} from '@migratekit/vm-operations-contract';
import { digestFiles } from './digestFiles';

/**
 * The browsers the dashboard supports. Host and remote build for the same ones: the remote's
 * code runs in the host's page, and without targets Lightning CSS compiles Mantine's
 * stylesheets for every browser ever made, doubling their size.
 */
export const SUPPORTED_BROWSERS = 'chrome >= 111, edge >= 111, firefox >= 113, safari >= 16.4';

const remoteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../remote');
const require = createRequire(path.join(remoteDir, 'package.json'));

/*
 * The Module Federation settings of both apps, in one place. Each Rspack config passes these
 * options to `ModuleFederationPlugin` (@module-federation/enhanced/rspack) and adds nothing.
 */

export interface SharedConfig {
  singleton?: boolean;
  version?: string;
  requiredVersion?: string | false;
  import?: false;
  treeShaking?: { mode: 'runtime-infer' };
}

/**
 * The remote's shared modules.
 * - React and ReactDOM always come from the host (`import: false`): the remote ships no copy,
 *   so no share strategy can make the host adopt one, and any React in HOST_REACT_RANGE works.
 *   Development keeps its own copy for the standalone workbench.
 * - Mantine is the host's when it has a compatible one (then the feature follows the host's
 *   theme), else the remote's own, tree-shaken to what the remote uses (`runtime-infer`).
 * - SWR only where a host built from the same contracts may fill the VM-context cache entry the
 *   remote reads (`fetchVmContextEntry`; `hostCache`): the lean entry, and development, where
 *   host-shell loads the remote's dev server. One SWR, one cache. No other host can fill that
 *   entry, so the default entry bundles SWR with the feature's code: one script less, 0.6 KB.
 * - The contracts packages, in the lean entry (`contractShares`).
 */
export function remoteShared(
  dependencies: Record<string, string>,
  {
    hostReact,
    hostCache,
    contracts,
  }: { hostReact: boolean; hostCache: boolean; contracts: boolean },
): Record<string, SharedConfig> {
  const react: SharedConfig = hostReact
    ? { singleton: true, import: false, requiredVersion: HOST_REACT_RANGE }
    : { singleton: true, requiredVersion: HOST_REACT_RANGE };
  const mantine: SharedConfig = {
    singleton: true,
    requiredVersion: HOST_MANTINE_RANGE,
    treeShaking: { mode: 'runtime-infer' },
  };
  return {
    react,
    'react/': react,
    'react-dom': react,
    'react-dom/': react,
    '@mantine/core': mantine,
    '@mantine/hooks': mantine,
    ...(hostCache ? { swr: { singleton: true, requiredVersion: dependencies.swr ?? false } } : {}),
    ...(contracts ? contractShares({ treeShaking: true }) : {}),
  };
}

/**
 * The packages a host that compiles against the contracts shares with the lean entry: the
 * OMA API client and schemas, and the operator-text policy. Each is offered and required at a
 * version that names its source (`contractVersion`), so a host's copy serves the remote only
 * when it is the same code, whichever of the two was deployed first. The remote's own copies
 * are tree-shaken fallbacks, for a lean host that does not share them (or shares other code).
 */
function contractShares({ treeShaking }: { treeShaking: boolean }): Record<string, SharedConfig> {
  const exact = (name: string): SharedConfig => {
    const version = contractVersion(name);
    return {
      version,
      requiredVersion: version,
      ...(treeShaking ? { treeShaking: { mode: 'runtime-infer' } } : {}),
    };
  };
  return {
    '@migratekit/oma-api': exact('@migratekit/oma-api'),
    '@migratekit/operator-text': exact('@migratekit/operator-text'),
  };
}

/**
 * A workspace package's version with a digest of its source as a prerelease tag
 * (`1.0.0-src.h1a2b3c4d5e6f`): the package.json version alone stays the same across changes
 * between releases. Tests are left out; they do not reach a bundle.
 */
export function contractVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const digest = digestFiles(createHash('sha256'), path.join(dir, 'src'), {
    base: dir,
    skip: (entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name),
  });
  return `${version}-src.h${digest.digest('hex').slice(0, 12)}`;
}

/** The host shell provides its React, ReactDOM, Mantine, SWR and contracts packages to remotes. */
export function hostShared(dependencies: Record<string, string>): Record<string, SharedConfig> {
  const provided = (name: string): SharedConfig => ({
    singleton: true,
    requiredVersion: dependencies[name.replace(/\/$/, '')] ?? false,
  });
  const names = ['react', 'react/', 'react-dom', 'react-dom/', '@mantine/core', '@mantine/hooks'];
  return {
    ...Object.fromEntries([...names, 'swr'].map((name) => [name, provided(name)])),
    ...contractShares({ treeShaking: false }),
  };
}

/**
 * How the share scope picks among copies: the ones already loaded first, so the host's
 * copies win over a remote's whatever the containers' names or versions.
 */
export const SHARE_STRATEGY = 'loaded-first' as const;

/** The remote's options. `runtime: 'host'` builds the lean entry (see the README's opt-in). */
export function remoteFederation(options: {
  dependencies: Record<string, string>;
  mode: 'development' | 'production';
  runtime: 'bundled' | 'host';
}) {
  const isDev = options.mode === 'development';
  return {
    name: REMOTE_NAME,
    filename: 'remoteEntry.js',
    exposes: {
      [EXPOSED_MODULES.vmOperations]: './src/exposes/VmOperations.tsx',
      [EXPOSED_MODULES.lastOperationBadge]: './src/exposes/LastOperationBadge.tsx',
    },
    shared: remoteShared(options.dependencies, {
      hostReact: !isDev,
      hostCache: isDev || options.runtime === 'host',
      contracts: options.runtime === 'host',
    }),
    shareStrategy: SHARE_STRATEGY,
    runtimePlugins: [path.join(remoteDir, 'src/federation/preferHostShares.ts')],
    manifest: true,
    dts: false,
    // No router in the remote: bridge-react (which the bridge build uses) needs no router aliases.
    bridge: { enableBridgeRouter: false },
    experiments: isDev
      ? undefined
      : {
          externalRuntime: options.runtime === 'host',
          optimization: { disableRemote: true, disableSnapshot: true, target: 'web' as const },
        },
  };
}

/**
 * The bridge build's container. Not `vm_operations`: its modules export bridge providers, not
 * components, so a host that asks for the default remote must never get them; and a page may
 * hold both builds without their globals, chunk arrays or share scopes meeting.
 */
export const BRIDGE_REMOTE_NAME = `${REMOTE_NAME}_bridge`;

/**
 * The bridge build's options (see the README's bridge manifest): each module is a
 * `createBridgeComponent` provider that renders the feature into a root of its own. It shares
 * nothing: React 19, ReactDOM, Mantine and SWR are its own, whatever React the host runs (or none).
 */
export function bridgeRemoteFederation() {
  return {
    name: BRIDGE_REMOTE_NAME,
    filename: 'remoteEntry.js',
    exposes: {
      [EXPOSED_MODULES.vmOperations]: './src/exposes/bridge/VmOperations.tsx',
      [EXPOSED_MODULES.lastOperationBadge]: './src/exposes/bridge/LastOperationBadge.tsx',
    },
    shared: {},
    manifest: true,
    dts: false,
    bridge: { enableBridgeRouter: false },
    experiments: {
      optimization: { disableRemote: true, disableSnapshot: true, target: 'web' as const },
    },
  };
}

/** The host shell's options: remotes are registered at runtime from its /config.json. */
export function hostFederation(options: {
  name: string;
  dependencies: Record<string, string>;
  runtimePlugins: string[];
}) {
  return {
    name: options.name,
    remotes: {},
    shared: hostShared(options.dependencies),
    shareStrategy: SHARE_STRATEGY,
    runtimePlugins: options.runtimePlugins,
    manifest: false,
    dts: false,
    // Remotes' lean entries use this host's runtime.
    experiments: { provideExternalRuntime: true, optimization: { target: 'web' as const } },
  };
}
