import { HostRuntimeConfigSchema } from './hostRuntimeConfig';

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
