/** The packages the lean entry shares with a host built from the same contracts. */
export const LEAN_SHARED_CONTRACTS = ['@migratekit/oma-api', '@migratekit/operator-text'];

interface ManifestShared {
  name: string;
  assets: { js: { sync: string[]; async: string[] } };
}

/**
 * The remote's own script files for each contracts package, as `lean/mf-manifest.json` names
 * them (relative to its folder); a package it does not declare as shared has none.
 */
export async function leanContractFiles(remoteUrl: string): Promise<Map<string, string[]>> {
  const response = await fetch(`${remoteUrl}/lean/mf-manifest.json`);
  const manifest = (await response.json()) as { shared: ManifestShared[] };
  return new Map(
    LEAN_SHARED_CONTRACTS.map((name) => {
      const entry = manifest.shared.find((shared) => shared.name === name);
      return [name, entry ? [...entry.assets.js.sync, ...entry.assets.js.async] : []];
    }),
  );
}
