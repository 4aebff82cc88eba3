import {
  DEFAULT_OMA_API_URL,
  parseOmaApiUrl,
  readBindHost,
  readHostPort,
  readMockApiHost,
  readMockApiPort,
  readMockApiSpeed,
  readOmaApiUrl,
  readRealOmaApiUrl,
  readRemotePort,
  readVmOperationsPolling,
  readVmOperationsRemoteUrl,
} from './environment';

describe('environment: the servers', () => {
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

  it('takes every port from its variable, with its default, and 0 for any free one', () => {
    expect([readHostPort({}), readRemotePort({}), readMockApiPort({})]).toEqual([3000, 3001, 8082]);
    expect(readRemotePort({ REMOTE_PORT: ' 4001 ' })).toBe(4001);
    expect(readMockApiPort({ MOCK_API_PORT: '0' })).toBe(0);
    expect(() => readRemotePort({ REMOTE_PORT: '-1' })).toThrow(
      'REMOTE_PORT must be a port number (0-65535, 0 for any free one), got "-1".',
    );
    expect(() => readMockApiPort({ MOCK_API_PORT: '1e3' })).toThrow(
      'MOCK_API_PORT must be a port number',
    );
  });

  it('proxies to the mock on MOCK_API_PORT, and starts no mock when OMA_API_URL is set', () => {
    expect(readOmaApiUrl({ MOCK_API_PORT: '9090' })).toBe('http://127.0.0.1:9090');
    expect(readRealOmaApiUrl({ OMA_API_URL: ' ' })).toBeUndefined();
    expect(readRealOmaApiUrl({ OMA_API_URL: 'https://oma.example:8443' })).toBe(
      'https://oma.example:8443',
    );
  });

  it('loads the remote from VM_OPERATIONS_REMOTE_URL, or from REMOTE_PORT on this machine', () => {
    expect(readVmOperationsRemoteUrl({})).toBe('http://127.0.0.1:3001/mf-manifest.json');
    expect(readVmOperationsRemoteUrl({ REMOTE_PORT: '4001' })).toBe(
      'http://127.0.0.1:4001/mf-manifest.json',
    );
    expect(
      readVmOperationsRemoteUrl({ VM_OPERATIONS_REMOTE_URL: 'https://cdn.example/m.json' }),
    ).toBe('https://cdn.example/m.json');
  });

  it('runs the mock on the loopback interface at speed 1 unless told otherwise', () => {
    expect(readMockApiHost({})).toBe('127.0.0.1');
    expect(readMockApiHost({ MOCK_API_HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(readMockApiSpeed({})).toBe(1);
    expect(readMockApiSpeed({ MOCK_API_SPEED: '5' })).toBe(5);
    for (const raw of ['fast', '0', '-2']) {
      expect(() => readMockApiSpeed({ MOCK_API_SPEED: raw })).toThrow(
        `MOCK_API_SPEED must be a positive number, got "${raw}".`,
      );
    }
  });
});

describe('environment: readVmOperationsPolling', () => {
  it('sets nothing when neither variable is set, or one is blank', () => {
    expect(readVmOperationsPolling({})).toEqual({});
    expect(
      readVmOperationsPolling({
        VM_OPERATIONS_ACTIVE_POLL_MS: ' ',
        VM_OPERATIONS_IDLE_POLL_MS: '',
      }),
    ).toEqual({});
  });

  it('reads each interval from its variable', () => {
    expect(
      readVmOperationsPolling({
        VM_OPERATIONS_ACTIVE_POLL_MS: ' 1000 ',
        VM_OPERATIONS_IDLE_POLL_MS: '60000',
      }),
    ).toEqual({ activePollMs: 1000, idlePollMs: 60_000 });
    expect(readVmOperationsPolling({ VM_OPERATIONS_IDLE_POLL_MS: '3600000' })).toEqual({
      idlePollMs: 3_600_000,
    });
  });

  it("refuses an idle interval below the feature's idle floor", () => {
    expect(readVmOperationsPolling({ VM_OPERATIONS_IDLE_POLL_MS: '5000' })).toEqual({
      idlePollMs: 5000,
    });
    expect(() => readVmOperationsPolling({ VM_OPERATIONS_IDLE_POLL_MS: '4999' })).toThrow(
      'VM_OPERATIONS_IDLE_POLL_MS must be a whole number of milliseconds from 5000 to 3600000, got "4999".',
    );
  });

  it.each([
    ['999', 'below the fastest refresh'],
    ['0', 'zero'],
    ['-5000', 'negative'],
    ['3600001', 'above an hour'],
    ['1e3', 'in exponent notation'],
    ['0x3e8', 'in hex'],
    ['1000.5', 'a fraction'],
    ['1s', 'with a unit'],
    ['fast', 'not a number'],
  ])('refuses %s (%s), naming the variable and the allowed range', (raw) => {
    expect(() => readVmOperationsPolling({ VM_OPERATIONS_ACTIVE_POLL_MS: raw })).toThrow(
      `VM_OPERATIONS_ACTIVE_POLL_MS must be a whole number of milliseconds from 1000 to 3600000, got "${raw}".`,
    );
    expect(() => readVmOperationsPolling({ VM_OPERATIONS_IDLE_POLL_MS: raw })).toThrow(
      'VM_OPERATIONS_IDLE_POLL_MS must be',
    );
  });
});
