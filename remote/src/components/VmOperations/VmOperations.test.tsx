import { LEAKY_TEXTS, SCENARIO_NAMES, type ScenarioName, scenarios } from '@migratekit/mocks';
import { CONTRACT_VERSION, type VmOperationsProps } from '@migratekit/vm-operations-contract';
import { forgetDismissalsInMemory } from '../../hooks';
import {
  act,
  advance,
  axeInAct,
  installFakeClock,
  renderWithProviders,
  screen,
  settle,
  setupMockApi,
  waitFor,
  within,
} from '../../test-utils';
import { LastOperationBadge } from '../LastOperationBadge';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import { forbiddenFragments } from '../testing/fixtures';
import { visibleText } from '../testing/visibleText';
import { VmOperations } from './VmOperations';

const { server, mockState, failures } = setupMockApi();

afterEach(() => {
  window.localStorage.clear();
  forgetDismissalsInMemory();
});

function propsFor(name: ScenarioName, extra: Partial<VmOperationsProps> = {}): VmOperationsProps {
  const { contextId, vmName } = scenarios[name];
  return { contextId, vmName, ...extra };
}

/**
 * Renders a scenario beside the host's status badge for the same VM; the badge shares the
 * VM-context cache entry, so once it shows a status the banner has had its chance to show.
 */
async function renderScenario(name: ScenarioName, extra: Partial<VmOperationsProps> = {}) {
  const result = renderWithProviders(
    <>
      <LastOperationBadge vmName={scenarios[name].vmName} />
      <VmOperations {...propsFor(name, extra)} />
    </>,
  );
  await settled();
  return result;
}

/** Waits until both the list and the last-operation summary have loaded. */
async function settled() {
  const list = await screen.findByRole('region', { name: 'Recent Operations' });
  await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'false'));
  await waitFor(() => expect(screen.queryByText('Checking…')).not.toBeInTheDocument());
}

const banner = () => screen.queryByRole('alert', { name: 'Last Operation Failed' });
const operations = () => screen.getAllByRole('article');
const titles = () => operations().map((item) => within(item).getByRole('heading').textContent);

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
    expect(within(failed).getByText('25 seconds ago')).toBeInTheDocument();
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

describe('VmOperations never shows technical details to operators', () => {
  const TOOL_AND_PATH = /virt-v2v|virtio|libguestfs|qemu-img|nbdkit|\/dev\/|\/var\//i;

  it.each(SCENARIO_NAMES)('%s', async (name) => {
    const { user } = await renderScenario(name, { onTryLiveFailover: jest.fn() });
    const texts = [visibleText(document.body)];
    const details = banner() && screen.getByRole('button', { name: 'View Details' });
    if (details) {
      await user.click(details);
      await screen.findByRole('dialog');
      texts.push(visibleText(document.body));
      expect(screen.queryByText('Technical Details')).not.toBeInTheDocument();
    }
    for (const text of texts) {
      expect(forbiddenFragments(text)).toEqual([]);
      for (const leaked of [
        LEAKY_TEXTS.errorMessage,
        LEAKY_TEXTS.secondErrorMessage,
        LEAKY_TEXTS.pathStep,
        ...LEAKY_TEXTS.internalSteps,
      ]) {
        expect(text).not.toContain(leaked);
      }
    }
    // Not even hidden: no attribute or off-screen text carries them either.
    const markup = document.body.innerHTML.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
    expect(markup).not.toMatch(TOOL_AND_PATH);
    expect(markup).not.toContain('technical_details');
    expect(markup).not.toContain('failed_step_internal');
  });

  it('leaky-vm: still tells the operator what failed and what to do', async () => {
    await renderScenario('leaky-vm');
    const failedItems = operations().filter((item) => item.textContent?.includes('Failed'));
    expect(failedItems.length).toBeGreaterThan(0);
    for (const item of failedItems) {
      expect(item).toHaveTextContent(/Issue: \S/);
      expect(within(item).getByRole('list', { name: 'What you can do:' })).toBeInTheDocument();
    }
  });
});

describe('VmOperations for admins', () => {
  it('shows a collapsed Technical Details section with the internal step name', async () => {
    const { user } = await renderScenario('pgtest1', { isAdmin: true });
    await user.click(screen.getByRole('button', { name: 'View Details' }));
    const dialog = await screen.findByRole('dialog');
    const toggle = within(dialog).getByRole('button', { name: 'Technical Details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(dialog).queryByText('virtio-driver-injection')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(await within(dialog).findByText('virtio-driver-injection')).toBeVisible();
    expect(dialog).toHaveTextContent('virt-v2v-in-place');
  });

  it("an operator's page has no Technical Details at all", async () => {
    const { user } = await renderScenario('pgtest1', { isAdmin: false });
    await user.click(screen.getByRole('button', { name: 'View Details' }));
    await screen.findByRole('dialog');
    expect(screen.queryByRole('button', { name: 'Technical Details' })).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('virtio-driver-injection');
  });
});

describe('dismissing the failure banner', () => {
  it('keeps it dismissed across a remount and a reload, until a new failure', async () => {
    const first = await renderScenario('pgtest1');
    await first.user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(banner()).not.toBeInTheDocument();
    // The failure stays in the list: dismissing clears client state only.
    expect(screen.getByText('Failed (60%)')).toBeInTheDocument();
    first.unmount();

    const remounted = await renderScenario('pgtest1');
    expect(banner()).not.toBeInTheDocument();
    remounted.unmount();

    // A reload starts with empty memory; the dismissal comes back from storage.
    forgetDismissalsInMemory();
    const reloaded = await renderScenario('pgtest1');
    expect(banner()).not.toBeInTheDocument();
    reloaded.unmount();

    mockState.recordFailure('pgtest1');
    await renderScenario('pgtest1');
    expect(banner()).toBeInTheDocument();
  });

  it('moves keyboard focus to the Recent Operations heading, not to the page', async () => {
    const { user } = await renderScenario('pgtest1');
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await user.keyboard('{Enter}');
    expect(banner()).not.toBeInTheDocument();
    const heading = screen.getByRole('heading', { level: 2, name: 'Recent Operations' });
    expect(heading).toHaveFocus();
    // Reachable from script only: the heading does not become a tab stop.
    expect(heading).toHaveAttribute('tabindex', '-1');
  });
});

describe('Try Live Failover', () => {
  it('asks the host for a live failover of this VM, then shows the new job', async () => {
    const { contextId, vmName, vmwareVmId } = scenarios.pgtest1;
    let release: () => void = () => {};
    const onTryLiveFailover = jest.fn(async () => {
      // The host confirms with the user, then starts the failover through the API.
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      mockState.startLiveFailover({ vm_id: vmwareVmId, vm_name: vmName });
    });
    // A slow idle poll proves the new job comes from the refresh after the callback.
    const { user } = await renderScenario('pgtest1', {
      onTryLiveFailover,
      idlePollMs: 10 * 60_000,
    });
    const failedJobId = mockState.getVmContext('pgtest1')?.last_operation?.job_id;

    await user.click(screen.getByRole('button', { name: 'Try Live Failover' }));
    expect(onTryLiveFailover).toHaveBeenCalledWith({ contextId, vmName, failedJobId });
    expect(screen.getByRole('button', { name: 'Try Live Failover' })).toBeDisabled();

    await act(async () => release());
    await waitFor(() => expect(titles()[0]).toBe('Live Failover'));
    expect(within(operations()[0] as HTMLElement).getByText(/^Running/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try Live Failover' })).toBeEnabled();
  });

  it('shows why the host could not start it', async () => {
    const { user } = await renderScenario('pgtest1', {
      onTryLiveFailover: () =>
        Promise.reject(new Error('Validation failed: VM not found or not replicated')),
    });
    await user.click(screen.getByRole('button', { name: 'Try Live Failover' }));
    expect(
      await screen.findByText(
        'Live failover could not be started: Validation failed: VM not found or not replicated',
      ),
    ).toBeInTheDocument();
  });

  it('is offered in the details too, and closes them once started', async () => {
    const onTryLiveFailover = jest.fn(() => Promise.resolve());
    const { user } = await renderScenario('pgtest1', { onTryLiveFailover });
    await user.click(screen.getByRole('button', { name: 'View details of Test Failover' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Preparing Drivers for Compatibility');
    await user.click(within(dialog).getByRole('button', { name: 'Try Live Failover' }));
    expect(onTryLiveFailover).toHaveBeenCalledWith(
      expect.objectContaining({ vmName: 'pgtest1', failedJobId: expect.any(String) }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('is not offered when the host gives no callback', async () => {
    await renderScenario('pgtest1');
    expect(screen.queryByRole('button', { name: 'Try Live Failover' })).not.toBeInTheDocument();
  });
});

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
