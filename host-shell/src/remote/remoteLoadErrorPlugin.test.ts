import { createInstance } from '@module-federation/runtime';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { RemoteLoadError } from './RemoteLoadError';
import { REMOTE_LOAD_ERROR_PLUGIN_NAME, remoteLoadErrorPlugin } from './remoteLoadErrorPlugin';

const MANIFEST_URL = 'http://remote.test/mf-manifest.json';
let manifestRequests = 0;
const server = setupServer(
  http.get(MANIFEST_URL, () => {
    manifestRequests += 1;
    return HttpResponse.error();
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let consoleError: jest.SpyInstance;
let consoleWarn: jest.SpyInstance;
beforeEach(() => {
  manifestRequests = 0;
  // The runtime logs its own errors; they are not this test's subject.
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  consoleWarn = jest.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
  consoleWarn.mockRestore();
});

/** A real federation runtime instance for a host, with the plugin registered. */
function createHost(name: string) {
  return createInstance({ name, remotes: [], plugins: [remoteLoadErrorPlugin()] });
}

describe('remoteLoadErrorPlugin, in the Module Federation runtime', () => {
  it('turns an unreachable manifest into a typed unreachable failure', async () => {
    const host = createHost('plugin_test_host_a');
    host.registerRemotes([{ name: 'vm_operations', entry: MANIFEST_URL }]);

    const failure = await host.loadRemote('vm_operations/VmOperations').catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(RemoteLoadError);
    expect(failure).toMatchObject({ kind: 'unreachable', request: 'vm_operations/VmOperations' });
    expect((failure as Error).message).toContain('RUNTIME-003');
  });

  it('lets a forced re-registration fetch the manifest again after a failure', async () => {
    const host = createHost('plugin_test_host_b');
    host.registerRemotes([{ name: 'vm_operations', entry: MANIFEST_URL }]);
    await host.loadRemote('vm_operations/VmOperations').catch(() => undefined);
    expect(manifestRequests).toBe(1);

    host.registerRemotes([{ name: 'vm_operations', entry: MANIFEST_URL }], { force: true });
    await expect(host.loadRemote('vm_operations/VmOperations')).rejects.toBeInstanceOf(
      RemoteLoadError,
    );

    expect(manifestRequests).toBe(2);
  });

  it('leaves the reports made while loading untouched, so the runtime cleans up after them', () => {
    const plugin = remoteLoadErrorPlugin();
    const report = (lifecycle: 'beforeRequest' | 'afterResolve' | 'beforeLoadShare') =>
      plugin.errorLoadRemote?.({
        id: MANIFEST_URL,
        error: new Error('fetch failed'),
        from: 'runtime',
        lifecycle,
        origin: createHost(`plugin_test_host_${lifecycle}`),
      });

    expect(plugin.name).toBe(REMOTE_LOAD_ERROR_PLUGIN_NAME);
    expect(report('beforeRequest')).toBeUndefined();
    expect(report('afterResolve')).toBeUndefined();
    expect(report('beforeLoadShare')).toBeUndefined();
  });
});
