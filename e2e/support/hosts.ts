import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { type Dirent, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MockOmaApi, startMockOmaApi } from '@migratekit/mocks/http';
import type { BrowserContext, Page } from 'playwright-core';
import { digestFiles } from '../../build/digestFiles';
import { serveRemote, startProductionStack } from '../../scripts/productionStack';
import { listen, proxyTo, type RunningServer, staticFiles } from '../../scripts/staticServer';
import { confirmDialog } from './app';
import { runCommand } from './command';
import { freePort } from './ports';
import { waitUntil } from './waitUntil';

/*
 * The hosts of the browser matrix (e2e/hosts/*, and host-shell) and the bridge hosts, built for
 * production and served the way each is deployed, in front of the production remote on its own
 * origin and the mock OMA API. Builds are cached: a host is rebuilt only when its files or the lockfile changed.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hostsDir = path.join(repoRoot, 'e2e/hosts');
const require = createRequire(import.meta.url);

export const HOST_NAMES = [
  'next-app-router',
  'vite',
  'webpack',
  'webpack-lean',
  'host-shell',
] as const;
/** Hosts that cannot share a compatible React: they load the bridge manifest (bridge-host.test.ts). */
export const BRIDGE_HOST_NAMES = ['react17', 'no-react'] as const;
export type HostName = (typeof HOST_NAMES)[number] | (typeof BRIDGE_HOST_NAMES)[number];

/** The bridge build's manifest, in the remote's output folder (remote/dist/bridge). */
const BRIDGE_MANIFEST = 'bridge/mf-manifest.json';
/** The lean build's manifest (remote/dist/lean), for hosts that provide the federation runtime. */
const LEAN_MANIFEST = 'lean/mf-manifest.json';

/**
 * Where each matrix host lives in e2e/hosts/ and where its build goes: `webpack-lean` is the
 * webpack host built with `--env lean` (it provides its federation runtime, so it loads the lean
 * manifest); the others are a folder each.
 */
const HOST_BUILDS: Record<
  Exclude<HostName, 'host-shell'>,
  { folder: string; output: string; manifest: string }
> = {
  'next-app-router': { folder: 'next-app-router', output: '.next', manifest: 'mf-manifest.json' },
  vite: { folder: 'vite', output: 'dist', manifest: 'mf-manifest.json' },
  webpack: { folder: 'webpack', output: 'dist', manifest: 'mf-manifest.json' },
  'webpack-lean': { folder: 'webpack', output: 'dist-lean', manifest: LEAN_MANIFEST },
  react17: { folder: 'react17', output: 'dist', manifest: BRIDGE_MANIFEST },
  'no-react': { folder: 'no-react', output: 'dist', manifest: BRIDGE_MANIFEST },
};

/** The bearer token the Next.js host's server adds; the OMA API in front of the mock wants it. */
export const OMA_API_TOKEN = 'matrix-token-5b1e';

/** The React DOM each host runs: its own (Next.js: the build it bundles for the App Router). */
export function hostReactDomVersion(name: HostName): string {
  if (name === 'next-app-router') {
    // Next's bundled copy has no version in its package.json; its production build states it.
    const file =
      'e2e/hosts/next-app-router/node_modules/next/dist/compiled/react-dom/cjs/react-dom.production.js';
    const source = readFileSync(path.join(repoRoot, file), 'utf8');
    const version = /exports\.version = "([^"]+)"/.exec(source)?.[1];
    if (!version) throw new Error(`No version in ${file}`);
    return version;
  }
  const folder = name === 'host-shell' ? 'host-shell' : `e2e/hosts/${HOST_BUILDS[name].folder}`;
  const packageJson = path.join(repoRoot, folder, 'node_modules/react-dom/package.json');
  return JSON.parse(readFileSync(packageJson, 'utf8')).version;
}

const STAMP = '.matrix-build-stamp';

/** A hash of what a host's build reads: its own files and the lockfile. */
function inputsHash(dir: string): string {
  const hash = createHash('sha256').update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')));
  const skipped = new Set(['node_modules', '.next', 'dist', 'dist-lean']);
  const options = { base: dir, skip: (entry: Dirent) => skipped.has(entry.name) };
  digestFiles(hash, dir, options);
  // The page code the matrix hosts share.
  digestFiles(hash, path.join(hostsDir, 'shared'), options);
  return hash.digest('hex');
}

/** The host's production build (`pnpm run build` in its folder), unless the last one is current. */
export async function buildHost(name: HostName): Promise<void> {
  // host-shell is built by `pnpm build`, before the browser tests.
  if (name === 'host-shell') return;
  const { folder, output } = HOST_BUILDS[name];
  const dir = path.join(hostsDir, folder);
  const stamp = path.join(dir, output, STAMP);
  const hash = inputsHash(dir);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  const started = Date.now();
  await runCommand(process.execPath, [path.join(repoRoot, 'scripts/pnpm.mjs'), 'run', 'build'], {
    cwd: dir,
    env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  // One build writes every output of the folder (the webpack host's two).
  for (const other of Object.values(HOST_BUILDS).filter((b) => b.folder === folder)) {
    writeFileSync(path.join(dir, other.output, STAMP), hash);
  }
  console.log(`# built ${name} in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * The OMA API as the real one guards it: a request without the dashboard's bearer token gets
 * 401; others go on to the mock. Counts the requests it let through.
 */
async function startTokenGate(apiOrigin: string) {
  const forward = proxyTo(apiOrigin);
  let authorized = 0;
  const server = await listen(
    [
      (req, res) => {
        if (req.headers.authorization !== `Bearer ${OMA_API_TOKEN}`) {
          res.writeHead(401, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: 'unauthorized' }));
          return true;
        }
        authorized += 1;
        forward(req, res);
        return true;
      },
    ],
    0,
    '127.0.0.1',
  );
  return { ...server, authorizedRequests: () => authorized };
}

/** A host serving its pages, with the remote on its own origin and the mock API behind it. */
export interface RunningHost {
  name: HostName;
  /** The host's origin. */
  url: string;
  /** The remote's origin. */
  remoteOrigin: string;
  api: MockOmaApi;
  /** Requests that reached the mock through the bearer-token check (Next.js host only). */
  authorizedApiRequests(): number;
  /** Makes the next pages of `context` use the dark scheme the host's own way. */
  chooseDark(context: BrowserContext): Promise<void>;
  /** Answers the host's "Start live failover?" question with yes; resolves to its text. */
  confirmLiveFailover(page: Page): Promise<string>;
  close(): Promise<void>;
}

async function startNext(
  remoteManifestUrl: string,
  apiOrigin: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const dir = path.join(hostsDir, 'next-app-router');
  const port = await freePort();
  const nextCli = require.resolve('next/dist/bin/next', { paths: [dir] });
  const child: ChildProcess = spawn(
    process.execPath,
    [nextCli, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: dir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        OMA_API_URL: apiOrigin,
        OMA_API_TOKEN,
        VM_OPERATIONS_REMOTE_URL: remoteManifestUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
        return fetch(url).then(
          () => true,
          () => false,
        );
      },
      { what: `next start on ${url}`, timeoutMs: 60_000, intervalMs: 250 },
    );
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    async close() {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}

/** A static build served as a CDN would, with `/config.json` and the `/api` proxy of its server. */
function startStatic(dist: string, remoteManifestUrl: string, apiOrigin: string) {
  const forwardToApi = proxyTo(apiOrigin);
  return listen(
    [
      (req, res) => {
        if (!req.url?.startsWith('/config.json')) return false;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
        res.end(JSON.stringify({ vmOperationsRemoteUrl: remoteManifestUrl }));
        return true;
      },
      (req, res) => {
        if (!req.url?.startsWith('/api/')) return false;
        forwardToApi(req, res);
        return true;
      },
      staticFiles({ root: dist, spaFallback: true }),
    ],
    0,
    '127.0.0.1',
  );
}

/** Answers the browser's confirm() (the plain hosts ask with it). */
async function acceptBrowserConfirm(page: Page): Promise<string> {
  const dialog = await page.waitForEvent('dialog');
  const message = dialog.message();
  await dialog.accept();
  return message;
}

/** Starts the mock API, the remote (`remote/dist`) and the host, each on a free port. */
export async function startHost(name: HostName): Promise<RunningHost> {
  const api = await startMockOmaApi({ port: 0, host: '127.0.0.1' });
  const apiOrigin = new URL(api.url).origin;
  const servers: Array<{ close(): Promise<void> }> = [];
  try {
    if (name === 'host-shell') {
      const stack = await startProductionStack({
        hostPort: 0,
        remotePort: 0,
        mockApiPort: 0,
        omaApiUrl: apiOrigin,
      });
      servers.push(stack);
      return {
        name,
        url: stack.hostUrl,
        remoteOrigin: new URL(stack.remoteUrl ?? '').origin,
        api,
        authorizedApiRequests: () => 0,
        async chooseDark(context) {
          await context.addInitScript(() =>
            localStorage.setItem('migratekit-dashboard.color-scheme', 'dark'),
          );
        },
        async confirmLiveFailover(page) {
          const dialog = confirmDialog(page);
          await dialog.waitFor();
          // biome-ignore lint/performance/useDomNodeTextContent: laid-out text, as a user reads it.
          const question = await dialog.innerText();
          await dialog.getByRole('button', { name: 'Start live failover' }).click();
          return question;
        },
        close: () => closeAll(),
      };
    }
    const remote: RunningServer = await serveRemote(path.join(repoRoot, 'remote/dist'), 0);
    servers.push(remote);
    const build = HOST_BUILDS[name];
    const manifestUrl = `${remote.url}/${build.manifest}`;
    let authorizedApiRequests = () => 0;
    let host: { url: string; close(): Promise<void> };
    if (name === 'next-app-router') {
      const gate = await startTokenGate(apiOrigin);
      servers.push(gate);
      authorizedApiRequests = gate.authorizedRequests;
      host = await startNext(manifestUrl, gate.url);
    } else {
      host = await startStatic(
        path.join(hostsDir, build.folder, build.output),
        manifestUrl,
        apiOrigin,
      );
    }
    servers.push(host);
    return {
      name,
      url: host.url,
      remoteOrigin: new URL(remote.url).origin,
      api,
      authorizedApiRequests,
      chooseDark: (context) =>
        context.addCookies([{ name: 'theme', value: 'dark', url: host.url }]),
      confirmLiveFailover: acceptBrowserConfirm,
      close: () => closeAll(),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }

  async function closeAll() {
    await Promise.all(servers.reverse().map((server) => server.close()));
    await api.close();
  }
}
