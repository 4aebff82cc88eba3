#!/usr/bin/env node
// Runs the pinned pnpm (package.json "packageManager"), so a machine with only Node and npm works.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pinned = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).packageManager.split('@')[1];
let installed = null;
try {
  installed = execFileSync('pnpm', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  // not on PATH
}
const [command, args] =
  installed === pinned
    ? ['pnpm', process.argv.slice(2)]
    : ['npx', ['--yes', `pnpm@${pinned}`, ...process.argv.slice(2)]];
const result = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, CI: process.env.CI ?? '' },
});
process.exit(result.status ?? 1);
