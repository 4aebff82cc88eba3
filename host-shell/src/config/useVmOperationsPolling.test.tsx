import type { VmOperationsProps } from '@migratekit/vm-operations-contract';
import { appRoutes } from '../app/routes';
import {
  createFakeRemoteLoader,
  render,
  screen,
  setupMockOmaApi,
  vmOperationsModule,
} from '../test-utils';

setupMockOmaApi();

/** Stands in for the remote: shows the refresh props it was given. */
function PollingProbe({ activePollMs, idlePollMs }: VmOperationsProps) {
  return (
    <dl data-testid="polling-probe">
      <dt>activePollMs</dt>
      <dd data-testid="active">{String(activePollMs ?? 'absent')}</dd>
      <dt>idlePollMs</dt>
      <dd data-testid="idle">{String(idlePollMs ?? 'absent')}</dd>
    </dl>
  );
}

function renderVmPage(config: Record<string, unknown>) {
  return render(appRoutes, {
    route: '/vms/pgtest1',
    remoteLoader: createFakeRemoteLoader({ vmOperations: [vmOperationsModule(PollingProbe)] }),
    runtimeConfig: {
      load: async () => ({
        vmOperationsRemoteUrl: 'http://remote.test/mf-manifest.json',
        ...config,
      }),
    },
  });
}

describe('the VM page and the refresh intervals of /config.json', () => {
  it('passes the intervals the deployment sets to VmOperations', async () => {
    renderVmPage({ activePollMs: 1000, idlePollMs: 45_000 });

    expect(await screen.findByTestId('polling-probe')).toBeInTheDocument();
    expect(await screen.findByText('1000')).toBeInTheDocument();
    expect(screen.getByTestId('active')).toHaveTextContent('1000');
    expect(screen.getByTestId('idle')).toHaveTextContent('45000');
  });

  it('passes only the one that is set', async () => {
    renderVmPage({ activePollMs: 2000 });

    expect(await screen.findByText('2000')).toBeInTheDocument();
    expect(screen.getByTestId('idle')).toHaveTextContent('absent');
  });

  it("leaves both to the feature's defaults when the deployment sets none", async () => {
    renderVmPage({});

    expect(await screen.findByTestId('polling-probe')).toBeInTheDocument();
    expect(screen.getByTestId('active')).toHaveTextContent('absent');
    expect(screen.getByTestId('idle')).toHaveTextContent('absent');
  });
});
