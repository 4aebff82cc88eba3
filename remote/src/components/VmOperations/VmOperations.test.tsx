import { CONTRACT_VERSION, type VmOperationsProps } from '@migratekit/vm-operations-contract';
import {
  act,
  advance,
  axeInAct,
  banner,
  installFakeClock,
  operations,
  propsFor,
  renderScenario,
  renderWithProviders,
  screen,
  settle,
  setupScreenTests,
  titles,
  waitFor,
  within,
} from '../../test-utils';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import { VmOperations } from './VmOperations';

const { mockState } = setupScreenTests();

describe("VmOperations with the brief's scenarios", () => {
  it('pgtest1: shows the failed test failover exactly as the brief does', async () => {
    await renderScenario('pgtest1', { onTryLiveFailover: jest.fn() });
    const alert = banner();
    if (!alert) throw new Error('expected the failure banner');
    expect(within(alert).getByText('Test Failover failed at step 3 of 5 (60%)')).toBeVisible();
    expect(alert).toHaveTextContent('Failed Step: Preparing Drivers for Compatibility');
    expect(alert).toHaveTextContent('Issue: KVM driver installation failed - compatibility issue');
    const steps = within(alert).getByRole('list', { name: 'What you can do:' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Try live failover (no driver modification)', 'Verify VM is Windows-based']);
    expect(within(alert).getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Try Live Failover' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'View Details' })).toBeInTheDocument();

    const [failed, replication] = operations();
    if (!failed || !replication) throw new Error('expected the failure and a replication');
    expect(failed).toHaveTextContent('Test Failover');
    expect(within(failed).getByText('Failed (60%)')).toBeInTheDocument();
    // The brief's "25 seconds ago": the scenario ended 25 s before it was seeded, and a loaded
    // machine may take a few seconds more to render it.
    expect(within(failed).getByText(/^(25|26|27|28|29) seconds ago$/)).toBeInTheDocument();
    expect(
      within(replication).getByText('Replication Completed', { selector: 'h3' }),
    ).toBeVisible();
    expect(within(replication).getByText('26.4 GB transferred')).toBeInTheDocument();
    expect(within(replication).getByText('3 hours ago')).toBeInTheDocument();

    const root = screen.getByTestId('vm-operations');
    expect(root).toHaveAttribute('data-contract-version', CONTRACT_VERSION);
    expect(root).toHaveAttribute('data-build-label', 'dev');
  });

  it('pgtest2: shows the failed live failover without offering another one', async () => {
    await renderScenario('pgtest2', { onTryLiveFailover: jest.fn() });
    const alert = banner();
    if (!alert) throw new Error('expected the failure banner');
    expect(alert).toHaveTextContent('Live Failover failed at step 4 of 6 (75%)');
    expect(alert).toHaveTextContent('Failed Step: Configuring Network');
    expect(alert).toHaveTextContent(
      'Issue: Network configuration could not be applied to the new VM',
    );
    expect(within(alert).getByText('Check the network mappings for this VM')).toBeInTheDocument();
    expect(
      within(alert).queryByRole('button', { name: 'Try Live Failover' }),
    ).not.toBeInTheDocument();
    expect(within(operations()[0] as HTMLElement).getByText('Failed (75%)')).toBeInTheDocument();
    expect(titles()[0]).toBe('Live Failover');
  });

  it('pgtest3: shows the failed rollback', async () => {
    await renderScenario('pgtest3');
    const alert = banner();
    if (!alert) throw new Error('expected the failure banner');
    expect(alert).toHaveTextContent('Rollback failed at step 2 of 5 (40%)');
    expect(alert).toHaveTextContent('Failed Step: Detaching Test Volumes');
    expect(alert).toHaveTextContent('Issue: Storage volume could not be detached from the test VM');
    expect(titles()[0]).toBe('Rollback');
    expect(within(operations()[0] as HTMLElement).getByText('Failed (40%)')).toBeInTheDocument();
  });

  it('websrv-ok: shows successful operations and no banner', async () => {
    await renderScenario('websrv-ok');
    expect(banner()).not.toBeInTheDocument();
    expect(operations().length).toBeGreaterThan(1);
    for (const item of operations()) {
      expect(within(item).getByText('Completed')).toBeInTheDocument();
      expect(item).not.toHaveTextContent('Issue:');
    }
    expect(screen.getByTestId('last-operation-badge')).toHaveTextContent('Rollback completed');
  });

  it('appsrv-mixed: lists every job type in one list, newest first', async () => {
    await renderScenario('appsrv-mixed');
    expect(titles()).toEqual([
      'Live Failover',
      'Rollback',
      'Replication Cancelled',
      'Rollback',
      'Test Failover',
      'Replication Completed',
      'Test Failover',
      'Operation',
    ]);
    const statuses = operations().map(
      (item) => within(item).getByText(/^(Pending|Failed|Cancelled|Completed)/).textContent,
    );
    expect(statuses).toEqual([
      'Pending',
      'Failed (25%)',
      'Cancelled',
      'Completed',
      'Completed',
      'Completed',
      'Cancelled',
      'Completed',
    ]);
    expect(banner()).toHaveTextContent('Rollback failed');
  });

  it('newvm-empty: says there are no operations yet', async () => {
    await renderScenario('newvm-empty');
    expect(screen.getByText('No operations yet for this VM')).toBeInTheDocument();
    expect(banner()).not.toBeInTheDocument();
    expect(screen.getByTestId('last-operation-badge')).toHaveTextContent('No recent operations');
  });
});

describe('VmOperations with a running operation', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('dbsrv-running: advances the progress bar as the operation runs', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    renderWithProviders(<VmOperations {...propsFor('dbsrv-running')} />);
    const bar = await screen.findByRole('progressbar', { name: /progress$/ });
    const first = Number(bar.getAttribute('aria-valuenow'));
    expect(first).toBeGreaterThanOrEqual(35);
    expect(screen.getByText('Current step: Copying disk data')).toBeInTheDocument();

    // 30 s of the operation pass on the mock API's clock; the 3 s poll picks it up.
    await act(() => jest.advanceTimersByTimeAsync(30_000));
    await waitFor(() =>
      expect(
        Number(
          screen.getByRole('progressbar', { name: /progress$/ }).getAttribute('aria-valuenow'),
        ),
      ).toBeGreaterThan(first + 5),
    );
    const later = Number(
      screen.getByRole('progressbar', { name: /progress$/ }).getAttribute('aria-valuenow'),
    );
    expect(screen.getByText(`Running (${Math.floor(later)}%)`)).toBeInTheDocument();
  });
});

describe('VmOperations poll intervals', () => {
  beforeEach(() => {
    installFakeClock();
    // Scenario times are relative to the (now fake) clock.
    mockState.reset();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  const requestsTo = (route: 'recent-jobs' | 'vm-context') =>
    mockState.getRequests({ route }).length;

  it('refreshes a running operation at most once a second, however small activePollMs is', async () => {
    renderWithProviders(
      <VmOperations {...propsFor('dbsrv-running', { activePollMs: 1, idlePollMs: 1 })} />,
    );
    await settle();
    expect(screen.getByText('Current step: Copying disk data')).toBeInTheDocument();
    mockState.clearRequests();

    // With a 1 ms interval the first 50 ms alone would send dozens of requests.
    await advance(50);
    expect([requestsTo('recent-jobs'), requestsTo('vm-context')]).toEqual([0, 0]);
    // Still the fast refresh of a running operation (idle would wait 5 s), but at most one
    // request per endpoint per second.
    await advance(2_950);
    expect(requestsTo('recent-jobs')).toBeGreaterThanOrEqual(2);
    expect(requestsTo('recent-jobs')).toBeLessThanOrEqual(3);
    expect(requestsTo('vm-context')).toBeLessThanOrEqual(3);
  });

  it('refreshes an idle VM at most every 5 seconds, however small idlePollMs is', async () => {
    renderWithProviders(
      <VmOperations {...propsFor('pgtest1', { activePollMs: 1, idlePollMs: 1 })} />,
    );
    await settle();
    expect(screen.getByText('Test Failover failed at step 3 of 5 (60%)')).toBeInTheDocument();
    mockState.clearRequests();

    await advance(50);
    expect([requestsTo('recent-jobs'), requestsTo('vm-context')]).toEqual([0, 0]);
    await advance(4_850);
    expect([requestsTo('recent-jobs'), requestsTo('vm-context')]).toEqual([0, 0]);
    await advance(200);
    expect(requestsTo('recent-jobs')).toBe(1);
    expect(requestsTo('vm-context')).toBe(1);
  });
});

describe('VmOperations with wrong props', () => {
  it('explains the problem instead of crashing', () => {
    const badProps = {
      contextId: '',
      vmName: 42,
      activePollMs: -1,
    } as unknown as VmOperationsProps;
    renderWithProviders(<VmOperations {...badProps} />);
    const alert = screen.getByRole('alert', { name: 'This view could not be shown' });
    expect(alert).toHaveTextContent(/contextId/);
    expect(alert).toHaveTextContent(/vmName/);
    expect(alert).toHaveTextContent(/activePollMs/);
    expect(screen.getByTestId('vm-operations')).toHaveAttribute(
      'data-contract-version',
      CONTRACT_VERSION,
    );
  });
});

describe('VmOperations accessibility', () => {
  it('renders the same content in the dark colour scheme', async () => {
    renderWithProviders(<VmOperations {...propsFor('pgtest1')} />, { colorScheme: 'dark' });
    expect(await screen.findByText('Test Failover failed at step 3 of 5 (60%)')).toBeVisible();
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it("adds no landmark of its own beside the host's, and keeps its colours readable", async () => {
    await renderScenario('pgtest1');
    const root = screen.getByTestId('vm-operations');
    expect(root.tagName).toBe('DIV');
    expect(root).not.toHaveAttribute('aria-label');
    expect(screen.getAllByRole('region')).toEqual([
      screen.getByRole('region', { name: 'Recent Operations' }),
    ]);
    expect(root).toHaveClass(ACCESSIBLE_COLORS_CLASS);
  });

  it('has no violations with the banner and list, nor with the details open', async () => {
    const { container, user } = await renderScenario('pgtest1', { onTryLiveFailover: jest.fn() });
    expect(await axeInAct(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'View Details' }));
    await screen.findByRole('dialog');
    expect(await axeInAct(document.body)).toHaveNoViolations();
  });
});
