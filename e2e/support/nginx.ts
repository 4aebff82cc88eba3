import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from './ports';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDER_SCRIPT = path.join(repoRoot, 'deploy/nginx/render.mjs');
const MIME_TYPES = process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types';

export interface NginxSites {
  /** The dashboard host's origin, e.g. http://127.0.0.1:41234. */
  hostUrl: string;
  /** The remote's origin. */
  remoteUrl: string;
  /** The rendered site config, as deployed. */
  siteConfig: string;
  /** nginx's error log so far. */
  errorLog(): Promise<string>;
  /** Stops nginx and deletes its folder. */
  close(): Promise<void>;
}

export interface NginxSitesOptions {
  hostRoot: string;
  remoteRoot: string;
  /** Origin of the OMA API the host's /api goes to. */
  omaApiUrl: string;
  /** How long nginx waits for the API to answer (OMA_API_TIMEOUT; default the template's). */
  omaApiTimeout?: string;
  /** Certificate authorities for an https: API (OMA_API_CA_FILE; default the template's). */
  omaApiCaFile?: string;
}

/** Renders deploy/nginx's template as a deployer would: `node render.mjs --out FILE` with env. */
async function renderSiteConfig(out: string, env: Record<string, string>): Promise<string> {
  await promisify(execFile)(process.execPath, [RENDER_SCRIPT, '--out', out], {
    env: { ...process.env, ...env },
  });
  return readFile(out, 'utf8');
}

/**
 * A minimal nginx.conf around the deployed site config, for nginx run by this user on free
 * ports: everything it writes (pid, logs, temporary files) goes to its own folder.
 */
function mainConfig(dir: string, siteConfigPath: string): string {
  return [
    // As root, nginx's workers would run as nobody, who may not read the checkout.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    `  include ${MIME_TYPES};`,
    '  default_type application/octet-stream;',
    `  access_log ${dir}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${dir}/${kind};`,
    ),
    `  include ${siteConfigPath};`,
    '}',
    '',
  ].join('\n');
}

/** Resolves once `url` answers at all, or rejects when nginx exits or time runs out. */
async function waitUntilServing(url: string, nginx: ChildProcess, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      // Not listening yet: try again shortly.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Serves the two static builds with Debian's nginx and the production config of deploy/nginx,
 * rendered for free loopback ports. nginx runs in the foreground as this test's child.
 */
export async function startNginxSites(options: NginxSitesOptions): Promise<NginxSites> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vm-operations-nginx-'));
  await chmod(dir, 0o755);
  const [hostPort, remotePort] = [await freePort(), await freePort()];
  const hostUrl = `http://127.0.0.1:${hostPort}`;
  const remoteUrl = `http://127.0.0.1:${remotePort}`;
  const siteConfigPath = path.join(dir, 'vm-operations.conf');
  const configPath = path.join(dir, 'nginx.conf');
  const errorLog = () => readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '');
  let nginx: ChildProcess | null = null;

  const close = async () => {
    if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
      const exited = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const siteConfig = await renderSiteConfig(siteConfigPath, {
      HOST_LISTEN: `127.0.0.1:${hostPort}`,
      HOST_ROOT: path.resolve(options.hostRoot),
      OMA_API_URL: options.omaApiUrl,
      VM_OPERATIONS_REMOTE_URL: `${remoteUrl}/mf-manifest.json`,
      REMOTE_LISTEN: `127.0.0.1:${remotePort}`,
      REMOTE_ROOT: path.resolve(options.remoteRoot),
      ...(options.omaApiTimeout ? { OMA_API_TIMEOUT: options.omaApiTimeout } : {}),
      ...(options.omaApiCaFile ? { OMA_API_CA_FILE: options.omaApiCaFile } : {}),
    });
    await writeFile(configPath, mainConfig(dir, siteConfigPath));
    let output = '';
    nginx = spawn(NGINX_PATH, ['-p', dir, '-c', configPath, '-e', path.join(dir, 'error.log')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    nginx.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    nginx.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    try {
      await waitUntilServing(`${hostUrl}/`, nginx);
      await waitUntilServing(`${remoteUrl}/mf-manifest.json`, nginx);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${output}\n${await errorLog()}`);
    }
    return { hostUrl, remoteUrl, siteConfig, errorLog, close };
  } catch (error) {
    await close();
    throw error;
  }
}
