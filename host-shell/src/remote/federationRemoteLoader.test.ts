import { vmOperationsModule } from '../test-utils/fakeRemote';
import { createFederationRemoteLoader, type FederationRuntime } from './federationRemoteLoader';
import { RemoteLoadError } from './RemoteLoadError';

const MANIFEST_URL = 'http://remote.test/mf-manifest.json';

type Step = unknown;

/** A federation runtime whose loadRemote answers with `steps` in order (Errors reject). */
function fakeRuntime(steps: Step[]) {
  const registrations: Array<{ entry: string | undefined; force: boolean }> = [];
  const requests: string[] = [];
  const runtime: FederationRuntime = {
    registerRemotes: (remotes, options) => {
      registrations.push({ entry: remotes[0]?.entry, force: options?.force ?? false });
    },
    loadRemote: async <T>(request: string) => {
      requests.push(request);
      const step = steps[Math.min(requests.length, steps.length) - 1];
      if (step instanceof Error) throw step;
      return step as T | null;
    },
  };
  return { runtime, registrations, requests };
}

const manifestUnreachable = () =>
  new Error('[ Federation Runtime ]: Failed to get manifest. #RUNTIME-003 TypeError: fetch failed');

let consoleWarn: jest.SpyInstance;
beforeEach(() => {
  consoleWarn = jest.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => consoleWarn.mockRestore());

describe('createFederationRemoteLoader', () => {
  it('registers the remote from the configured manifest URL once, then loads the requested expose', async () => {
    const module = vmOperationsModule();
    const { runtime, registrations, requests } = fakeRuntime([module]);
    const loader = createFederationRemoteLoader({
      runtime,
      getManifestUrl: async () => MANIFEST_URL,
    });

    await expect(loader.loadVmOperations()).resolves.toBe(module);
    await loader.loadLastOperationBadge();

    expect(registrations).toEqual([{ entry: MANIFEST_URL, force: false }]);
    expect(requests).toEqual(['vm_operations/VmOperations', 'vm_operations/LastOperationBadge']);
  });

  it('retries a transient failure after re-registering with force, within the same load', async () => {
    const module = vmOperationsModule();
    const { runtime, registrations } = fakeRuntime([manifestUnreachable(), module]);
    const loader = createFederationRemoteLoader({
      runtime,
      getManifestUrl: async () => MANIFEST_URL,
      retryDelayMs: 0,
    });

    await expect(loader.loadVmOperations()).resolves.toBe(module);
    expect(registrations).toEqual([
      { entry: MANIFEST_URL, force: false },
      { entry: MANIFEST_URL, force: true },
    ]);
  });

  it('gives up after maxAttempts with a typed failure', async () => {
    const { runtime, requests } = fakeRuntime([manifestUnreachable()]);
    const loader = createFederationRemoteLoader({
      runtime,
      getManifestUrl: async () => MANIFEST_URL,
      maxAttempts: 2,
      retryDelayMs: 0,
    });

    const failure = await loader.loadVmOperations().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RemoteLoadError);
    expect(failure).toMatchObject({ kind: 'unreachable', request: 'vm_operations/VmOperations' });
    expect(requests).toHaveLength(2);
  });

  it('does not retry a failure that will not go away by itself', async () => {
    const missingExpose = new Error(
      '[ Federation Runtime ]: The remote does not expose the requested module. #RUNTIME-014',
    );
    const { runtime, requests } = fakeRuntime([missingExpose]);
    const loader = createFederationRemoteLoader({
      runtime,
      getManifestUrl: async () => MANIFEST_URL,
      retryDelayMs: 0,
    });

    await expect(loader.loadVmOperations()).rejects.toMatchObject({ kind: 'incompatible' });
    expect(requests).toHaveLength(1);
  });

  it('reports a module the runtime resolves to nothing as incompatible', async () => {
    const { runtime } = fakeRuntime([null]);
    const loader = createFederationRemoteLoader({
      runtime,
      getManifestUrl: async () => MANIFEST_URL,
    });

    await expect(loader.loadVmOperations()).rejects.toMatchObject({ kind: 'incompatible' });
  });

  it('fails as not-configured while the manifest URL is unknown, and registers once it is', async () => {
    const module = vmOperationsModule();
    const { runtime, registrations } = fakeRuntime([module]);
    const getManifestUrl = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(new Error('GET /config.json answered 502'))
      .mockResolvedValue(MANIFEST_URL);
    const loader = createFederationRemoteLoader({ runtime, getManifestUrl, retryDelayMs: 0 });

    await expect(loader.loadVmOperations()).rejects.toMatchObject({ kind: 'not-configured' });
    expect(registrations).toEqual([]);

    await expect(loader.loadVmOperations({ fresh: true })).resolves.toBe(module);
    expect(registrations).toEqual([{ entry: MANIFEST_URL, force: false }]);
  });

  it('re-registers with force for a fresh load, so a redeployed remote is fetched anew', async () => {
    const { runtime, registrations } = fakeRuntime([vmOperationsModule()]);
    const loader = createFederationRemoteLoader({
      runtime,
      getManifestUrl: async () => MANIFEST_URL,
    });

    await loader.loadVmOperations();
    await loader.loadVmOperations();
    await loader.loadVmOperations({ fresh: true });

    expect(registrations).toEqual([
      { entry: MANIFEST_URL, force: false },
      { entry: MANIFEST_URL, force: true },
    ]);
  });

  it('shares one load between callers asking at the same time', async () => {
    const { runtime, requests } = fakeRuntime([vmOperationsModule()]);
    const loader = createFederationRemoteLoader({
      runtime,
      getManifestUrl: async () => MANIFEST_URL,
    });

    const [first, second] = await Promise.all([
      loader.loadLastOperationBadge(),
      loader.loadLastOperationBadge(),
    ]);

    expect(first).toBe(second);
    expect(requests).toEqual(['vm_operations/LastOperationBadge']);
  });

  describe('a remote that never answers', () => {
    afterEach(() => jest.useRealTimers());

    /** A runtime whose first `hangs` loads never settle; later ones resolve to `module`. */
    function hangingRuntime(hangs: number, module: unknown) {
      const registrations: Array<{ force: boolean }> = [];
      let calls = 0;
      const runtime: FederationRuntime = {
        registerRemotes: (_remotes, options) => {
          registrations.push({ force: options?.force ?? false });
        },
        loadRemote: <T>() => {
          calls += 1;
          return calls <= hangs ? new Promise<T | null>(() => {}) : Promise.resolve(module as T);
        },
      };
      return { runtime, registrations };
    }

    it('fails the load as unreachable once the time is up, and a Retry loads it anew', async () => {
      jest.useFakeTimers();
      const module = vmOperationsModule();
      const { runtime, registrations } = hangingRuntime(1, module);
      const loader = createFederationRemoteLoader({
        runtime,
        getManifestUrl: async () => MANIFEST_URL,
        loadTimeoutMs: 10_000,
      });

      const outcome = loader.loadVmOperations().then(
        () => 'loaded',
        (error: unknown) => error,
      );
      await jest.advanceTimersByTimeAsync(9_999);
      // Still waiting: a slow network is given the whole time.
      await expect(Promise.race([outcome, Promise.resolve('pending')])).resolves.toBe('pending');
      await jest.advanceTimersByTimeAsync(1);
      const failure = await outcome;
      expect(failure).toBeInstanceOf(RemoteLoadError);
      expect(failure).toMatchObject({ kind: 'unreachable', request: 'vm_operations/VmOperations' });

      // The hung load is not shared with the next caller; the runtime forgets the remote first.
      await expect(loader.loadVmOperations({ fresh: true })).resolves.toBe(module);
      expect(registrations).toEqual([{ force: false }, { force: true }]);
    });

    it('bounds the loading by default', async () => {
      jest.useFakeTimers();
      const { runtime } = hangingRuntime(Number.POSITIVE_INFINITY, null);
      const loader = createFederationRemoteLoader({
        runtime,
        getManifestUrl: async () => MANIFEST_URL,
      });
      const outcome = loader.loadLastOperationBadge().catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(60_000);
      await expect(outcome).resolves.toMatchObject({ kind: 'unreachable' });
    });

    it('gives up when the host configuration never arrives either', async () => {
      jest.useFakeTimers();
      const { runtime } = hangingRuntime(0, vmOperationsModule());
      const loader = createFederationRemoteLoader({
        runtime,
        getManifestUrl: () => new Promise<string>(() => {}),
        loadTimeoutMs: 5_000,
      });
      const outcome = loader.loadVmOperations().catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(5_000);
      await expect(outcome).resolves.toBeInstanceOf(RemoteLoadError);
    });
  });
});
