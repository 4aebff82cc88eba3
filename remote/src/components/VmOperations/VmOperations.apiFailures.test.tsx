import {
  advance,
  banner,
  installFakeClock,
  propsFor,
  renderWithProviders,
  screen,
  settle,
  setupScreenTests,
  within,
} from '../../test-utils';
import { VmOperations } from './VmOperations';

const { server, mockState, failures } = setupScreenTests();

describe('VmOperations when the API fails', () => {
  it("shows the list's error and recovers on Retry", async () => {
    server.use(failures.serverError('recent-jobs', { once: true }));
    const { user } = renderWithProviders(<VmOperations {...propsFor('pgtest1')} />);
    const alert = await screen.findByRole('alert', {
      name: 'Recent operations could not be loaded',
    });
    expect(alert).toHaveTextContent('The migration service reported a problem.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('26.4 GB transferred')).toBeInTheDocument();
    expect(
      screen.queryByRole('alert', { name: 'Recent operations could not be loaded' }),
    ).not.toBeInTheDocument();
  });

  it("shows when the VM's last operation cannot be read, while the list still works", async () => {
    server.use(failures.notFound('vm-context', { once: true }));
    const { user } = renderWithProviders(<VmOperations {...propsFor('pgtest1')} />);
    const alert = await screen.findByRole('alert', { name: 'Last operation status unavailable' });
    expect(alert).toHaveTextContent('The migration service has no record of this VM.');
    expect(await screen.findByText('26.4 GB transferred')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert', { name: 'Last Operation Failed' })).toBeInTheDocument();
  });
});

describe('VmOperations when refreshes fail after a failure was shown', () => {
  beforeEach(() => {
    installFakeClock();
    mockState.reset();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  const IDLE_MS = 10_000;

  it('says by the banner that it shows earlier data, as the list does', async () => {
    renderWithProviders(
      <VmOperations
        {...propsFor('pgtest1', { idlePollMs: IDLE_MS, onTryLiveFailover: jest.fn() })}
      />,
    );
    await settle();
    const alert = banner();
    if (!alert) throw new Error('expected the failure banner');
    expect(within(alert).queryByText(/refreshing failed/)).not.toBeInTheDocument();

    server.use(failures.serverError('vm-context'), failures.serverError('recent-jobs'));
    await advance(IDLE_MS);
    await settle();

    const list = screen.getByRole('region', { name: 'Recent Operations' });
    const listNotice = within(list).getByRole('status');
    expect(listNotice).toHaveTextContent(/^Showing data from .+; refreshing failed\./);
    const stillShown = banner();
    if (!stillShown) throw new Error('expected the failure banner to stay');
    const bannerNotice = within(stillShown).getByRole('status');
    expect(bannerNotice).toHaveTextContent(
      within(listNotice).getByText(/refreshing failed/).textContent ?? '',
    );
    // The action stays, now next to the notice.
    expect(within(stillShown).getByRole('button', { name: 'Try Live Failover' })).toBeEnabled();
  });

  it('says so by the banner when only the summary cannot be refreshed', async () => {
    renderWithProviders(<VmOperations {...propsFor('pgtest1', { idlePollMs: IDLE_MS })} />);
    await settle();
    server.use(failures.serverError('vm-context'));
    await advance(IDLE_MS);
    await settle();
    const alert = banner();
    if (!alert) throw new Error('expected the failure banner');
    expect(within(alert).getByRole('status')).toHaveTextContent(
      'Showing data from 10 seconds ago; refreshing failed.',
    );
    const list = screen.getByRole('region', { name: 'Recent Operations' });
    expect(within(list).queryByRole('status')).not.toBeInTheDocument();
  });
});
