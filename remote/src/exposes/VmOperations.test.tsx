import { MantineProvider } from '@mantine/core';
import { scenarios } from '@migratekit/mocks';
import { CONTRACT_VERSION, type VmOperationsModule } from '@migratekit/vm-operations-contract';
import { render, screen } from '@testing-library/react';
import { renderWithProviders, setupScreenTests, waitFor, within } from '../test-utils';
import * as exposed from './VmOperations';

const { mockState, server } = setupScreenTests();

const { contextId, vmName } = scenarios.pgtest1;

describe('the ./VmOperations exposed module', () => {
  it('matches the federation contract', () => {
    const module: VmOperationsModule = exposed;
    expect(module.default).toBe(exposed.VmOperations);
    expect(module.CONTRACT_VERSION).toBe(CONTRACT_VERSION);
  });

  it("works inside a host's MantineProvider, following its colour scheme", async () => {
    render(
      <MantineProvider forceColorScheme="dark" theme={{ primaryColor: 'grape' }}>
        <exposed.default contextId={contextId} vmName={vmName} />
      </MantineProvider>,
    );
    expect(
      await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
    ).toBeInTheDocument();
    // One provider only: a nested one would have reset the scheme to light.
    expect(document.querySelectorAll('style[data-mantine-styles="true"]')).toHaveLength(1);
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it('works in a host without Mantine', async () => {
    render(<exposed.VmOperations contextId={contextId} vmName={vmName} />);
    expect(
      await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('vm-operations')).toHaveAttribute(
      'data-contract-version',
      CONTRACT_VERSION,
    );
  });

  it("shows what is wrong with a plain-JavaScript host's props", () => {
    const Remote = exposed.default as unknown as (props: { vmName: string }) => React.ReactElement;
    render(<Remote vmName={vmName} />);
    expect(screen.getByRole('alert', { name: 'This view could not be shown' })).toHaveTextContent(
      'contextId',
    );
  });

  it("makes every request with the host's fetch, headers and credentials mode", async () => {
    const seen: Array<{ url: string; authorization: string | null }> = [];
    const onRequest = ({ request }: { request: Request }) => {
      seen.push({ url: request.url, authorization: request.headers.get('authorization') });
    };
    server.events.on('request:start', onRequest);
    const hostFetch = jest.fn((input: string, init: RequestInit) =>
      fetch(new URL(input, 'http://dashboard.test').href, init),
    );
    try {
      render(
        <exposed.VmOperations
          contextId={contextId}
          vmName={vmName}
          apiBaseUrl="/oma-proxy/api/v1"
          fetch={hostFetch}
          requestHeaders={{ Authorization: 'Bearer host-token' }}
          credentials="include"
        />,
      );
      expect(
        await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
      ).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
    const urls = hostFetch.mock.calls.map(([input]) => input);
    expect(urls).toEqual(
      expect.arrayContaining([
        `/oma-proxy/api/v1/vm-contexts/${contextId}/recent-jobs`,
        `/oma-proxy/api/v1/vm-contexts/${vmName}`,
      ]),
    );
    for (const [, init] of hostFetch.mock.calls) expect(init.credentials).toBe('include');
    // Every request that reached the API came through the host's fetch, with its token.
    expect(seen.length).toBe(hostFetch.mock.calls.length);
    for (const request of seen) expect(request.authorization).toBe('Bearer host-token');
  });
});

describe('the ./VmOperations exposed module in a host that keeps it mounted across VMs', () => {
  const vmA = scenarios.pgtest1;
  const vmB = scenarios['websrv-ok'];
  const propsOf = (vm: typeof vmA, onTryLiveFailover: jest.Mock) => ({
    contextId: vm.contextId,
    vmName: vm.vmName,
    onTryLiveFailover,
  });
  const banner = () => screen.findByRole('alert', { name: 'Last Operation Failed' });

  /** vm-B gets a failure of its own that suggests a live failover, like vm-A's. */
  function failVmB(): string {
    const recorded = mockState.recordFailure(vmB.vmName);
    if (!recorded) throw new Error('expected a failure of vm-B');
    return recorded.jobId;
  }

  it("closes vm-A's details when the host switches to vm-B, and fails over vm-B only", async () => {
    const jobB = failVmB();
    const onTryLiveFailover = jest.fn(() => Promise.resolve());
    const { user, rerender } = renderWithProviders(
      <exposed.default {...propsOf(vmA, onTryLiveFailover)} />,
    );
    await user.click(await screen.findByRole('button', { name: 'View details of Test Failover' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent(vmA.vmName);

    rerender(<exposed.default {...propsOf(vmB, onTryLiveFailover)} />);

    // The list and banner now show vm-B; no dialog still explains vm-A's job.
    const alert = await banner();
    await waitFor(() => expect(alert).toHaveTextContent('Test Failover failed'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try Live Failover' }));
    expect(onTryLiveFailover.mock.calls).toEqual([
      [{ contextId: vmB.contextId, vmName: vmB.vmName, failedJobId: jobB }],
    ]);
  });

  it("does not carry vm-A's pending live failover over to vm-B", async () => {
    const jobB = failVmB();
    // vm-A's request never settles: the host is still asking its user to confirm.
    const onTryLiveFailover = jest.fn(() => new Promise<void>(() => {}));
    // vm-B first, so its data is at hand when the host comes back to it.
    const { user, rerender } = renderWithProviders(
      <exposed.default {...propsOf(vmB, onTryLiveFailover)} />,
    );
    await banner();
    rerender(<exposed.default {...propsOf(vmA, onTryLiveFailover)} />);
    await waitFor(() =>
      expect(screen.getByTestId('vm-operations')).toHaveTextContent('Failed (60%)'),
    );
    await user.click(within(await banner()).getByRole('button', { name: 'Try Live Failover' }));
    expect(screen.getByRole('button', { name: 'Try Live Failover' })).toBeDisabled();

    rerender(<exposed.default {...propsOf(vmB, onTryLiveFailover)} />);

    const button = within(await banner()).getByRole('button', { name: 'Try Live Failover' });
    expect(button).toBeEnabled();
    await user.click(button);
    expect(onTryLiveFailover).toHaveBeenLastCalledWith({
      contextId: vmB.contextId,
      vmName: vmB.vmName,
      failedJobId: jobB,
    });
  });

  it("keeps vm-A's dismissal to vm-A", async () => {
    failVmB();
    const onTryLiveFailover = jest.fn();
    const { user, rerender } = renderWithProviders(
      <exposed.default {...propsOf(vmA, onTryLiveFailover)} />,
    );
    await user.click(within(await banner()).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'Last Operation Failed' })).not.toBeInTheDocument();

    rerender(<exposed.default {...propsOf(vmB, onTryLiveFailover)} />);
    expect(await banner()).toBeInTheDocument();

    rerender(<exposed.default {...propsOf(vmA, onTryLiveFailover)} />);
    await waitFor(() =>
      expect(
        screen.queryByRole('alert', { name: 'Last Operation Failed' }),
      ).not.toBeInTheDocument(),
    );
  });
});
