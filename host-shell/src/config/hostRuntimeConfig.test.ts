import * as v from 'valibot';
import { HostRuntimeConfigSchema } from './hostRuntimeConfig';

describe('HostRuntimeConfigSchema', () => {
  const remote = { vmOperationsRemoteUrl: '/mf-manifest.json' };

  it('takes the refresh intervals as optional', () => {
    expect(v.parse(HostRuntimeConfigSchema, remote)).toEqual(remote);
    expect(
      v.parse(HostRuntimeConfigSchema, { ...remote, activePollMs: 1000, idlePollMs: 30_000 }),
    ).toEqual({ ...remote, activePollMs: 1000, idlePollMs: 30_000 });
  });

  it.each([
    ['activePollMs', 1],
    ['activePollMs', '1000'],
    ['idlePollMs', 1000],
    ['idlePollMs', 5000.5],
    ['idlePollMs', 2 ** 31],
  ])('refuses a file with %s = %p', (name, value) => {
    expect(v.safeParse(HostRuntimeConfigSchema, { ...remote, [name]: value }).success).toBe(false);
  });
});
