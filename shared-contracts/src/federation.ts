/**
 * The Module Federation half of the contract: the remote's container name, what it exposes,
 * and the packages host and remote must share as single instances (two Reacts break hooks;
 * two Mantines break theming and the colour scheme), plus what production builds share to keep
 * the bytes a remote adds to a host small (see `federationShared`). Build-time only helpers
 * here take no Node.js APIs: the configs read the files.
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

/**
 * The browsers the dashboard supports (Mantine 9's baseline). Host and remote build for the same
 * ones: the remote's code runs in the host's page, and without targets Lightning CSS compiles
 * Mantine's stylesheet for every browser ever made, doubling its size.
 */
export const SUPPORTED_BROWSERS = 'chrome >= 111, edge >= 111, firefox >= 113, safari >= 16.4';

/** Packages shared as singletons; trailing-slash keys cover deep imports (react/jsx-runtime). */
export const SINGLETON_PACKAGES = [
  'react',
  'react/',
  'react-dom',
  'react-dom/',
  '@mantine/core',
  '@mantine/hooks',
] as const;

/**
 * What a remote may import from the shared Mantine. A shared package cannot be tree-shaken by
 * the bundler (any remote may need any export), so a production host provides Mantine reduced
 * to what it uses itself plus these names, and a remote's production build fails when it
 * imports anything else. Adding a name is a contract change: hosts provide it once rebuilt.
 * `@mantine/hooks` also provides every hook `@mantine/core` itself uses.
 */
export const SHARED_MANTINE_EXPORTS = {
  '@mantine/core': [
    'Alert',
    'Badge',
    'Button',
    'Code',
    'Collapse',
    'List',
    'MantineContext',
    'MantineProvider',
    'Modal',
    'Paper',
    'Progress',
    'Skeleton',
    'Stack',
    'Text',
    'Title',
    'VisuallyHidden',
  ],
  '@mantine/hooks': ['useDisclosure', 'useMediaQuery'],
} as const satisfies Record<'@mantine/core' | '@mantine/hooks', readonly string[]>;

export type SharedMantinePackage = keyof typeof SHARED_MANTINE_EXPORTS;

/** Mantine's stylesheet: shared too, so a remote in a Mantine host does not fetch a copy. */
export const MANTINE_STYLESHEET = '@mantine/core/styles.css';

/** Where each side of a production build finds the reduced Mantine it shares (see below). */
export interface MantineShareModules {
  /** Absolute paths of the modules re-exporting the shared names of each package. */
  modules: Record<SharedMantinePackage, string>;
  /** Absolute path of Mantine's stylesheet. */
  stylesheet: string;
  /** Installed versions of the packages. */
  versions: Record<SharedMantinePackage, string>;
}

/** Options of `federationShared` beyond the package.json dependencies. */
export interface FederationSharedOptions {
  /**
   * `host` provides the shared modules; `remote` consumes them and brings its own only as a
   * fallback for hosts that provide none.
   */
  role: 'host' | 'remote';
  /**
   * Production builds share Mantine reduced to `SHARED_MANTINE_EXPORTS` through these modules;
   * without them (development) the whole packages are shared.
   */
  mantine?: MantineShareModules;
  /**
   * Fingerprint of this build's copy of `@migratekit/shared-contracts` (its sources and zod).
   * With one, the package (and the zod in it) is shared, but only between builds made from
   * identical sources: any other host's copy is ignored and the remote uses its own.
   */
  contractsFingerprint?: string;
  /**
   * Modules shared by their resolved path: whatever imports them (a package's own relative
   * imports included) gets the copy already loaded. See SHARED_PACKAGE_MODULES.
   */
  packageModules?: ReadonlyArray<{ shareKey: string; path: string; version: string }>;
}

/**
 * Single modules of packages both sides bundle anyway, shared by their file: zod's error
 * formatting, which the remote imports from zod itself (the rest of its zod comes with the
 * contracts package).
 */
export const SHARED_PACKAGE_MODULES = [{ package: 'zod', file: 'v4/core/errors.js' }] as const;

export interface SharedModuleConfig {
  singleton: boolean;
  requiredVersion: string | false;
  strictVersion?: boolean;
  version?: string;
  import?: string;
  shareKey?: string;
}

/**
 * How the share scope picks among copies of a package: the ones already loaded first, so a
 * remote uses the host's copies (loaded, or provided like Mantine's reduced modules) rather
 * than registering its own over them, whatever the containers' names.
 */
export const SHARE_STRATEGY = 'loaded-first' as const;

/** The package the contract lives in. */
export const CONTRACTS_PACKAGE = '@migratekit/shared-contracts';

/**
 * Build-time `shared` config for a package.json's dependencies (host and remote use the same
 * rules; see `FederationSharedOptions` for what differs).
 */
export function federationShared(
  dependencies: Readonly<Record<string, string>>,
  options: FederationSharedOptions = { role: 'remote' },
): Record<string, SharedModuleConfig> {
  const versionOf = (key: string) => dependencies[key.replace(/\/$/, '')] ?? false;
  const shared: Record<string, SharedModuleConfig> = {};
  for (const key of SINGLETON_PACKAGES) {
    shared[key] = { singleton: true, requiredVersion: versionOf(key) };
  }
  if (dependencies.swr) shared.swr = { singleton: true, requiredVersion: dependencies.swr };

  if (options.mantine) {
    for (const name of Object.keys(SHARED_MANTINE_EXPORTS) as SharedMantinePackage[]) {
      const reduced: SharedModuleConfig = {
        singleton: true,
        requiredVersion: versionOf(name),
        import: options.mantine.modules[name],
        shareKey: name,
        version: options.mantine.versions[name],
      };
      if (options.role === 'host') {
        // Provided under the package's name, but keyed by the module's own path: the host's
        // code keeps importing the package itself (same module instances, tree-shaken as
        // usual) and only remotes consume the reduced module.
        delete shared[name];
        shared[reduced.import as string] = reduced;
      } else {
        shared[name] = reduced;
      }
    }
    // A host keys it by its file, which its own import resolves to: the host loads it first.
    shared[options.role === 'host' ? options.mantine.stylesheet : MANTINE_STYLESHEET] = {
      singleton: true,
      requiredVersion: versionOf('@mantine/core'),
      import: options.mantine.stylesheet,
      shareKey: MANTINE_STYLESHEET,
      version: options.mantine.versions['@mantine/core'],
    };
  }

  for (const module of options.packageModules ?? []) {
    const packageName = module.shareKey.split('/')[0] ?? module.shareKey;
    shared[module.path] = {
      singleton: false,
      requiredVersion: dependencies[packageName] ?? false,
      import: module.path,
      shareKey: module.shareKey,
      version: module.version,
    };
  }

  if (options.contractsFingerprint && dependencies[CONTRACTS_PACKAGE]) {
    const version = `${contractsVersionBase}-b${options.contractsFingerprint}`;
    shared[CONTRACTS_PACKAGE] = { singleton: false, requiredVersion: version, version };
  }
  return shared;
}

// Version of the shared contracts package as the share scope sees it (the fingerprint follows).
const contractsVersionBase = '1.0.0';

/** Source of a module re-exporting `names` from the module at `entryPath`. */
export function reExportModuleSource(entryPath: string, names: readonly string[]): string {
  return `export { ${[...names].sort().join(', ')} } from ${JSON.stringify(entryPath)};\n`;
}

/** Names a module's source imports from `packageName` (`import { a, b as c } from '…'`). */
export function namesImportedFrom(source: string, packageName: string): string[] {
  const names = new Set<string>();
  const quoted = packageName.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');
  const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${quoted}["']`, 'g');
  for (const match of source.matchAll(pattern)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (name && !name.startsWith('type ')) names.add(name);
    }
  }
  return [...names];
}

/** A short, stable fingerprint of some texts (FNV-1a, 64-bit, hex). */
export function fingerprint(texts: readonly string[]): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      hash ^= BigInt(text.charCodeAt(i));
      hash = (hash * prime) & 0xffffffffffffffffn;
    }
    hash ^= 0xffn;
  }
  return hash.toString(16).padStart(16, '0');
}
