import { existsSync } from 'node:fs';
import { parseOmaApiUrl } from '../host-shell/server-config';
import { readVmOperationsPolling } from '../host-shell/src/config/hostRuntimeConfig';
import { startProductionStack } from './productionStack';

/*
 * `pnpm serve`: serves the production builds (run `pnpm build` first) the way they are deployed:
 * host and remote on separate origins, plus the mock OMA API unless OMA_API_URL is set.
 */
const env = process.env;
const port = (name: string, fallback: number) => {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number, got "${env[name]}"`);
    process.exit(2);
  }
  return value;
};

// Checked first: a bad OMA_API_URL would otherwise only show as every API call failing.
let omaApiUrl: string | undefined;
if (env.OMA_API_URL?.trim()) {
  try {
    omaApiUrl = parseOmaApiUrl(env.OMA_API_URL);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
const vmOperationsPolling = (() => {
  try {
    return readVmOperationsPolling(env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
})();

for (const dist of ['host-shell/dist/index.html', 'remote/dist/mf-manifest.json']) {
  if (!existsSync(dist)) {
    console.error(`Missing ${dist}: run "pnpm build" first.`);
    process.exit(1);
  }
}

const stack = await startProductionStack({
  bindHost: env.BIND_HOST,
  hostPort: port('HOST_PORT', 3000),
  remotePort: port('REMOTE_PORT', 3001),
  mockApiPort: port('MOCK_API_PORT', 8082),
  omaApiUrl,
  remoteManifestUrl: env.VM_OPERATIONS_REMOTE_URL,
  mockSpeed: env.MOCK_API_SPEED ? Number(env.MOCK_API_SPEED) : undefined,
  vmOperationsPolling,
});

console.log(`OMA API:   ${stack.mock ? `mock at ${stack.apiUrl}` : stack.apiUrl}`);
console.log(`Remote:    ${stack.remoteUrl}/mf-manifest.json`);
console.log(`Dashboard: ${stack.hostUrl}/  ← open this`);

const stop = async () => {
  await stack.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
