import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH } from './support/browser';

/*
 * Browser tests against the production builds (`pnpm build` first). Installs Debian's Chromium
 * when it is missing and we may (root); Playwright's own browser download is not used.
 */
if (!existsSync(CHROMIUM_PATH)) {
  if (process.getuid?.() === 0) {
    console.log("Chromium is missing: installing Debian's chromium package…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) process.exit(result.status ?? 1);
    }
  } else {
    console.error(
      `No Chromium at ${CHROMIUM_PATH}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
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
