import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedAtStartup, readEnvironment } from './environment';

/*
 * `pnpm dev`: the whole app with live reload — the mock OMA API (unless OMA_API_URL is set),
 * the remote's dev server (its standalone workbench and its remote entry) and the host's.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every setting is checked here, so a typo stops `pnpm dev` before any server starts; the
// servers read the same variables (scripts/environment.ts) from the environment passed on.
const settings = checkedAtStartup(() => readEnvironment(process.env));
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' };

const children: ChildProcess[] = [];
function run(name: string, command: string, args: string[]) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) stream.write(`${prefix}${line}\n`);
  };
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${prefix}exited with code ${code}; stopping everything.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

async function waitFor(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const tsx = path.join(root, 'node_modules/.bin/tsx');
const rspack = path.join(root, 'node_modules/.bin/rspack');
if (settings.realOmaApiUrl) {
  console.log(`Using the OMA API at ${settings.realOmaApiUrl} (no mock started).`);
} else {
  // Both dev servers proxy /api to the mock on MOCK_API_PORT when OMA_API_URL is not set.
  run('mock-api', tsx, ['mocks/src/http/cli.ts']);
}
run('remote', rspack, ['serve', '-c', 'remote/rspack.config.ts']);
run('host', rspack, ['serve', '-c', 'host-shell/rspack.config.ts']);

const hostUrl = `http://127.0.0.1:${settings.hostPort}/`;
const remoteUrl = `http://127.0.0.1:${settings.remotePort}/`;
if ((await waitFor(`${remoteUrl}mf-manifest.json`, 180_000)) && (await waitFor(hostUrl, 180_000))) {
  console.log('\n  MigrateKit dashboard (host + remote + API) is up:');
  console.log(`    Dashboard:             ${hostUrl}`);
  console.log(`    VmOperations workbench: ${remoteUrl}  (the remote on its own)`);
  console.log('  Press Ctrl+C to stop.\n');
} else if (!stopping) {
  console.error('The dev servers did not come up within 3 minutes; see the output above.');
  stop(1);
}
