import { existsSync } from 'node:fs';
import { checkedAtStartup, readEnvironment, readSetting } from './environment';
import { startProductionStack } from './productionStack';

/*
 * `pnpm serve`: serves the production builds (run `pnpm build` first) the way they are deployed:
 * host and remote on separate origins, plus the mock OMA API unless OMA_API_URL is set.
 */
const env = process.env;
// Checked first: a bad OMA_API_URL would otherwise only show as every API call failing.
const settings = checkedAtStartup(() => readEnvironment(env));

for (const dist of ['host-shell/dist/index.html', 'remote/dist/mf-manifest.json']) {
  if (!existsSync(dist)) {
    console.error(`Missing ${dist}: run "pnpm build" first.`);
    process.exit(1);
  }
}

const stack = await startProductionStack({
  ...settings,
  omaApiUrl: settings.realOmaApiUrl,
  // Unset: the remote this command serves, on the port it got.
  remoteManifestUrl: readSetting(env, 'VM_OPERATIONS_REMOTE_URL'),
  mockSpeed: settings.mockApiSpeed,
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
