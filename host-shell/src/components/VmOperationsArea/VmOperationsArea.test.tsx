import type { VmOperationsProps } from '@migratekit/vm-operations-contract';
import {
  createFederationRemoteLoader,
  type FederationRuntime,
} from '../../remote/federationRemoteLoader';
import { RemoteLoadError } from '../../remote/RemoteLoadError';
import type { RemoteLoader } from '../../remote/RemoteLoader';
import {
  act,
  createFakeRemoteLoader,
  FakeVmOperations,
  type RenderOptions,
  render,
  screen,
  vmOperationsModule,
} from '../../test-utils';
import { VmOperationsArea } from './VmOperationsArea';

const onTryLiveFailover = jest.fn(async () => undefined);
const props: VmOperationsProps = {
  contextId: 'ctx-pgtest1-20251003-140708',
  vmName: 'pgtest1',
  isAdmin: true,
  onTryLiveFailover,
  apiBaseUrl: '/api/v1',
};

/** A remote component that throws while rendering until it is "fixed". */
const flakyRemote = { broken: true };
function FlakyVmOperations(received: VmOperationsProps) {
  if (flakyRemote.broken)
    throw new TypeError("Cannot read properties of undefined (reading 'map')");
  return <FakeVmOperations {...received} />;
}

/** A remote component whose own lazily loaded part cannot be downloaded. */
function VmOperationsWithMissingChunk(): never {
  throw Object.assign(new Error('Loading chunk 77 failed.'), { name: 'ChunkLoadError' });
}

function renderArea(loader: RemoteLoader, userEventOptions?: RenderOptions['userEventOptions']) {
  return render(
    <>
      <h2>pgtest1</h2>
      <VmOperationsArea {...props} />
      <p>Rest of the page</p>
    </>,
    { remoteLoader: loader, userEventOptions },
  );
}

let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

describe('VmOperationsArea', () => {
  it('shows a loading state, then the remote with the props the host passes', async () => {
    renderArea(createFakeRemoteLoader());

    expect(screen.getByRole('status')).toHaveTextContent('Loading VM operations…');
    expect(await screen.findByText('Recent operations of pgtest1')).toBeInTheDocument();
    expect(screen.getByTestId('prop-contextId')).toHaveTextContent('ctx-pgtest1-20251003-140708');
    expect(screen.getByTestId('prop-vmName')).toHaveTextContent('pgtest1');
    expect(screen.getByTestId('prop-isAdmin')).toHaveTextContent('true');
    expect(screen.getByTestId('prop-apiBaseUrl')).toHaveTextContent('/api/v1');
    expect(screen.getByTestId('prop-onTryLiveFailover')).toHaveTextContent('function');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('passes the host callback itself, so the remote reaches the host', async () => {
    const { user } = renderArea(createFakeRemoteLoader());

    await user.click(await screen.findByRole('button', { name: 'Try live failover (remote)' }));

    expect(onTryLiveFailover).toHaveBeenCalledWith({
      contextId: 'ctx-pgtest1-20251003-140708',
      vmName: 'pgtest1',
      failedJobId: null,
    });
  });

  it('shows an unreachable remote in the area, and Retry loads it afresh without a reload', async () => {
    const loader = createFakeRemoteLoader({
      vmOperations: [
        new RemoteLoadError('unreachable', 'Failed to get manifest. #RUNTIME-003'),
        vmOperationsModule(),
      ],
    });
    const { user } = renderArea(loader);

    expect(await screen.findByText('VM operations are unavailable')).toBeInTheDocument();
    expect(screen.getByText(/could not be loaded/)).toBeInTheDocument();
    expect(screen.queryByText(/RUNTIME-003/)).not.toBeInTheDocument();
    expect(screen.getByText('Rest of the page')).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringContaining('VmOperations'),
      expect.objectContaining({ message: expect.stringContaining('RUNTIME-003') }),
      expect.anything(),
    );

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Recent operations of pgtest1')).toBeInTheDocument();
    expect(screen.queryByText('VM operations are unavailable')).not.toBeInTheDocument();
    expect(loader.vmOperationsCalls).toEqual([{ fresh: false }, { fresh: true }]);
  });

  it('recognises a raw federation error for an unreachable remote entry', async () => {
    const entryError = new Error(
      '[ Federation Runtime ]: Failed to load script resources. #RUNTIME-008',
    );
    renderArea(createFakeRemoteLoader({ vmOperations: [entryError] }));

    expect(await screen.findByText('VM operations are unavailable')).toBeInTheDocument();
  });

  it('tells a chunk that failed to download apart, and recovers on Retry', async () => {
    const chunkError = Object.assign(new Error('Loading chunk 512 failed.'), {
      name: 'ChunkLoadError',
    });
    const { user } = renderArea(
      createFakeRemoteLoader({ vmOperations: [chunkError, vmOperationsModule()] }),
    );

    expect(await screen.findByText('VM operations did not finish loading')).toBeInTheDocument();
    expect(screen.getByText(/Check your network connection/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Recent operations of pgtest1')).toBeInTheDocument();
  });

  it('contains the remote throwing while rendering, and Retry renders it again', async () => {
    flakyRemote.broken = true;
    const { user } = renderArea(
      createFakeRemoteLoader({ vmOperations: [vmOperationsModule(FlakyVmOperations)] }),
    );

    expect(await screen.findByText('VM operations stopped working')).toBeInTheDocument();
    expect(screen.queryByText(/Cannot read properties/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'pgtest1' })).toBeInTheDocument();
    expect(screen.getByText('Rest of the page')).toBeInTheDocument();

    flakyRemote.broken = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Recent operations of pgtest1')).toBeInTheDocument();
  });

  it('reports a chunk the remote loads while rendering as a download problem', async () => {
    renderArea(
      createFakeRemoteLoader({ vmOperations: [vmOperationsModule(VmOperationsWithMissingChunk)] }),
    );

    expect(await screen.findByText('VM operations did not finish loading')).toBeInTheDocument();
  });

  it('refuses a remote built for another contract major, and takes an updated one on Retry', async () => {
    const loader = createFakeRemoteLoader({
      vmOperations: [vmOperationsModule(FakeVmOperations, '2.0.0'), vmOperationsModule()],
    });
    const { user } = renderArea(loader);

    expect(await screen.findByText('VM operations need an update')).toBeInTheDocument();
    expect(screen.queryByText('Recent operations of pgtest1')).not.toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ message: expect.stringContaining('"2.0.0"') }),
      expect.anything(),
    );

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Recent operations of pgtest1')).toBeInTheDocument();
  });

  it('refuses a module that declares no contract version or no component', async () => {
    const noVersion = { default: FakeVmOperations, VmOperations: FakeVmOperations };
    const noComponent = { CONTRACT_VERSION: '1.0.0' };
    const loader = createFakeRemoteLoader({
      // Casts stand for a broken deployment: the loaded bundle does not match its type.
      vmOperations: [noVersion as never, noComponent as never],
    });
    const { user } = renderArea(loader);

    expect(await screen.findByText('VM operations need an update')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('VM operations need an update')).toBeInTheDocument();
    expect(loader.vmOperationsCalls).toHaveLength(2);
  });

  it('shows the settings failure when the host does not know where the remote is', async () => {
    renderArea(
      createFakeRemoteLoader({
        vmOperations: [new RemoteLoadError('not-configured', 'GET /config.json answered 500')],
      }),
    );

    expect(await screen.findByText(/could not load its settings/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('VmOperationsArea with a remote that never answers', () => {
  afterEach(() => jest.useRealTimers());

  it('ends the loading in the unavailable state, and Retry loads the remote', async () => {
    jest.useFakeTimers();
    // The remote's server accepts the request and never answers; after a Retry it does.
    let loads = 0;
    const runtime: FederationRuntime = {
      registerRemotes: () => {},
      loadRemote: <T,>() => {
        loads += 1;
        return loads === 1
          ? new Promise<T | null>(() => {})
          : Promise.resolve(vmOperationsModule() as T);
      },
    };
    const loader = createFederationRemoteLoader({
      runtime,
      getManifestUrl: async () => 'http://remote.test/mf-manifest.json',
    });
    const { user } = renderArea(loader, { advanceTimers: jest.advanceTimersByTime });
    expect(screen.getByRole('status')).toHaveTextContent('Loading VM operations…');

    await act(() => jest.advanceTimersByTimeAsync(60_000));

    expect(await screen.findByText('VM operations are unavailable')).toBeInTheDocument();
    expect(screen.queryByText('Loading VM operations…')).not.toBeInTheDocument();
    expect(screen.getByText('Rest of the page')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Recent operations of pgtest1')).toBeInTheDocument();
  });
});
