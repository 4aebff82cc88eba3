import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH } from './support/browser';
import { NGINX_PATH } from './support/nginx';

/*
 * Browser tests against the production builds (`pnpm build` first). Installs what they drive
 * when it is missing and we may (root): Debian's Chromium (Playwright's own browser download is
 * not used) and Debian's nginx (one test serves the builds with the production nginx config).
 */
const tools = [
  { path: CHROMIUM_PATH, pkg: 'chromium', env: 'CHROMIUM_PATH' },
  { path: NGINX_PATH, pkg: 'nginx', env: 'NGINX_PATH' },
];
const missing = tools.filter((tool) => !existsSync(tool.path));
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.pkg);
  if (process.getuid?.() === 0) {
    console.log(`Installing missing Debian packages: ${packages.join(', ')}…`);
    // RUNLEVEL=1: the packages' services (nginx on :80) are installed, not started.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', ...packages],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) process.exit(result.status ?? 1);
    }
  } else {
    for (const tool of missing) {
      console.error(
        `No ${tool.pkg} at ${tool.path}: run "sudo apt-get install -y ${tool.pkg}" (or set ${tool.env}).`,
      );
    }
    process.exit(1);
  }
}
for (const build of ['host-shell/dist/index.html', 'remote/dist/mf-manifest.json']) {
  if (!existsSync(build)) {
    console.error(`Missing ${build}: run "pnpm build" first.`);
    process.exit(1);
  }
}

const testDir = path.join('e2e', 'tests');
const files = readdirSync(testDir)
  .filter((name) => name.endsWith('.test.ts'))
  .filter(
    (name) => process.argv.length <= 2 || process.argv.slice(2).some((arg) => name.includes(arg)),
  )
  .map((name) => path.join(testDir, name));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
