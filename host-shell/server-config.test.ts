import { readHostRuntimeConfig } from './server-config';

describe('host server configuration', () => {
  it('serves the local dev remote in /config.json unless VM_OPERATIONS_REMOTE_URL is set', () => {
    expect(readHostRuntimeConfig({ REMOTE_PORT: '4001' }).vmOperationsRemoteUrl).toBe(
      'http://127.0.0.1:4001/mf-manifest.json',
    );
    expect(readHostRuntimeConfig({})).toEqual({
      vmOperationsRemoteUrl: 'http://127.0.0.1:3001/mf-manifest.json',
    });
    expect(
      readHostRuntimeConfig({
        VM_OPERATIONS_REMOTE_URL: ' https://ops.example/vm/mf-manifest.json ',
      }),
    ).toEqual({ vmOperationsRemoteUrl: 'https://ops.example/vm/mf-manifest.json' });
    expect(readHostRuntimeConfig({ VM_OPERATIONS_REMOTE_URL: '' }).vmOperationsRemoteUrl).toBe(
      'http://127.0.0.1:3001/mf-manifest.json',
    );
  });
});

describe('host server configuration: refresh intervals', () => {
  it('serves VM_OPERATIONS_ACTIVE_POLL_MS / VM_OPERATIONS_IDLE_POLL_MS in /config.json when set', () => {
    expect(
      readHostRuntimeConfig({
        VM_OPERATIONS_ACTIVE_POLL_MS: '1000',
        VM_OPERATIONS_IDLE_POLL_MS: '60000',
      }),
    ).toEqual({
      vmOperationsRemoteUrl: 'http://127.0.0.1:3001/mf-manifest.json',
      activePollMs: 1000,
      idlePollMs: 60_000,
    });
    expect(() => readHostRuntimeConfig({ VM_OPERATIONS_IDLE_POLL_MS: '30s' })).toThrow(
      'VM_OPERATIONS_IDLE_POLL_MS must be a whole number of milliseconds',
    );
  });
});
