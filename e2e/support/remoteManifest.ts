/** What an `mf-manifest.json` names for one shared package or exposed module. */
export interface ManifestAssets {
  js: { sync: string[]; async: string[] };
  css: { sync: string[]; async: string[] };
}

/** The parts of the remote's `mf-manifest.json` the browser tests read. */
export interface RemoteManifest {
  metaData: { remoteEntry: { name: string } };
  shared: Array<{
    name: string;
    version: string;
    assets: ManifestAssets;
    /** A tree-shaken package's full copy, for a consumer that needs the whole package. */
    fallback?: string;
  }>;
  exposes: Array<{ assets: ManifestAssets }>;
}

/** The manifest at `url`. */
export async function fetchManifest(url: string): Promise<RemoteManifest> {
  return (await (await fetch(url)).json()) as RemoteManifest;
}

/** The script files an entry of the manifest names, relative to the manifest's folder. */
export const scriptFiles = (assets: ManifestAssets): string[] => [
  ...assets.js.sync,
  ...assets.js.async,
];

/** The packages the lean entry shares with a host built from the same contracts. */
export const LEAN_SHARED_CONTRACTS = ['@migratekit/oma-api', '@migratekit/operator-text'];

/**
 * The remote's own script files for each contracts package, as `lean/mf-manifest.json` names
 * them (relative to its folder); a package it does not declare as shared has none.
 */
export async function leanContractFiles(remoteUrl: string): Promise<Map<string, string[]>> {
  const manifest = await fetchManifest(`${remoteUrl}/lean/mf-manifest.json`);
  return new Map(
    LEAN_SHARED_CONTRACTS.map((name) => {
      const entry = manifest.shared.find((shared) => shared.name === name);
      return [name, entry ? scriptFiles(entry.assets) : []];
    }),
  );
}
