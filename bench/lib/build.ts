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

/** Production builds of the federated app (remote + host) and of the monolith; their times. */
export function buildAll(): { federatedMs: number; monolithMs: number } {
  const federatedMs = rspackBuild('rspack.config.ts');
  const monolithMs = rspackBuild('bench/monolith/rspack.config.ts');
  return { federatedMs, monolithMs };
}
