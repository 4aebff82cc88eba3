import {
  DEFAULT_OMA_API_URL,
  parseOmaApiUrl,
  readBindHost,
  readHostPort,
  readHostRuntimeConfig,
  readOmaApiUrl,
} from './server-config';

describe('host server configuration', () => {
  it('serves the local dev remote in /config.json unless VM_OPERATIONS_REMOTE_URL is set', () => {
    expect(readHostRuntimeConfig({})).toEqual({
      vmOperationsRemoteUrl: 'http://localhost:3001/mf-manifest.json',
    });
    expect(
      readHostRuntimeConfig({
        VM_OPERATIONS_REMOTE_URL: ' https://ops.example/vm/mf-manifest.json ',
      }),
    ).toEqual({ vmOperationsRemoteUrl: 'https://ops.example/vm/mf-manifest.json' });
    expect(readHostRuntimeConfig({ VM_OPERATIONS_REMOTE_URL: '' }).vmOperationsRemoteUrl).toBe(
      'http://localhost:3001/mf-manifest.json',
    );
  });

  it('proxies /api to OMA_API_URL, or the OMA API on port 8082', () => {
    expect(readOmaApiUrl({})).toBe(DEFAULT_OMA_API_URL);
    expect(DEFAULT_OMA_API_URL).toBe('http://127.0.0.1:8082');
    expect(readOmaApiUrl({ OMA_API_URL: 'http://oma.internal:8082' })).toBe(
      'http://oma.internal:8082',
    );
  });

  it('accepts an http: or https: OMA API origin and refuses anything else, saying why', () => {
    expect(readOmaApiUrl({ OMA_API_URL: 'https://oma.example:8443/' })).toBe(
      'https://oma.example:8443',
    );
    expect(parseOmaApiUrl(' http://10.0.0.5:8082 ')).toBe('http://10.0.0.5:8082');
    const refusals: Array<[string, string]> = [
      ['oma.example:8082', 'only http: and https: are supported'],
      ['ftp://oma.example', 'only http: and https: are supported'],
      ['not a url', 'not a URL'],
      ['https://admin:secret@oma.example', 'no user name or password'],
      ['https://oma.example/api/v1', 'no path, query or #fragment'],
      ['http://oma.example:8082?x=1', 'no path, query or #fragment'],
    ];
    for (const [value, reason] of refusals) {
      expect(() => readOmaApiUrl({ OMA_API_URL: value })).toThrow(
        `OMA_API_URL must be the OMA API's origin, e.g. http://127.0.0.1:8082 or https://oma.example:8443, got "${value}": ${reason}`,
      );
    }
  });

  it('listens on HOST_PORT, 3000 by default, and refuses a port that is not one', () => {
    expect(readHostPort({})).toBe(3000);
    expect(readHostPort({ HOST_PORT: '4000' })).toBe(4000);
    expect(() => readHostPort({ HOST_PORT: '30o0' })).toThrow('HOST_PORT must be a port number');
    expect(() => readHostPort({ HOST_PORT: '70000' })).toThrow('HOST_PORT must be a port number');
  });

  it('listens on the loopback interface unless BIND_HOST says otherwise', () => {
    expect(readBindHost({})).toBe('127.0.0.1');
    expect(readBindHost({ BIND_HOST: '0.0.0.0' })).toBe('0.0.0.0');
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
      vmOperationsRemoteUrl: 'http://localhost:3001/mf-manifest.json',
      activePollMs: 1000,
      idlePollMs: 60_000,
    });
    expect(() => readHostRuntimeConfig({ VM_OPERATIONS_IDLE_POLL_MS: '30s' })).toThrow(
      'VM_OPERATIONS_IDLE_POLL_MS must be a whole number of milliseconds',
    );
  });
});
