import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST_DIST = path.join(REPO_ROOT, 'host-shell/dist');
export const REMOTE_DIST = path.join(REPO_ROOT, 'remote/dist');
export const MONOLITH_DIST = path.join(REPO_ROOT, 'bench/monolith/dist');

function rspackBuild(config: string): number {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules/@rspack/cli/bin/rspack.js'), 'build', '-c', config],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`rspack build -c ${config} failed (exit ${result.status})`);
  }
  return performance.now() - started;
}

export interface BuildTimes {
  /** remote (default and lean manifests) + host-shell. */
  federated: number;
  monolith: number;
  /** The bench's React-only and Mantine hosts, every variant. */
  benchHosts: number;
}

/** Production builds of everything the bench serves; their times (ms). */
export function buildAll(): BuildTimes {
  const federated = rspackBuild('rspack.config.ts');
  const monolith = rspackBuild('bench/monolith/rspack.config.ts');
  const benchHosts = rspackBuild('bench/hosts/rspack.config.ts');
  return { federated, monolith, benchHosts };
}
