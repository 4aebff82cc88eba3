import { HostRuntimeConfigSchema, readVmOperationsPolling } from './hostRuntimeConfig';

describe('readVmOperationsPolling', () => {
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

describe('HostRuntimeConfigSchema', () => {
  const remote = { vmOperationsRemoteUrl: '/mf-manifest.json' };

  it('takes the refresh intervals as optional', () => {
    expect(HostRuntimeConfigSchema.parse(remote)).toEqual(remote);
    expect(
      HostRuntimeConfigSchema.parse({ ...remote, activePollMs: 1000, idlePollMs: 30_000 }),
    ).toEqual({ ...remote, activePollMs: 1000, idlePollMs: 30_000 });
  });

  it.each([
    ['activePollMs', 1],
    ['activePollMs', '1000'],
    ['idlePollMs', 1000],
    ['idlePollMs', 5000.5],
    ['idlePollMs', 2 ** 31],
  ])('refuses a file with %s = %p', (name, value) => {
    expect(HostRuntimeConfigSchema.safeParse({ ...remote, [name]: value }).success).toBe(false);
  });
});
