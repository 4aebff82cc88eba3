import { scenarios } from '@migratekit/mocks';
import {
  act,
  banner,
  expectLiveFailoverRefusalShown,
  forgetDismissalsInMemory,
  operations,
  renderScenario,
  screen,
  setupScreenTests,
  titles,
  waitFor,
  within,
} from '../../test-utils';

const { mockState } = setupScreenTests();

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
    await expectLiveFailoverRefusalShown((onTryLiveFailover) =>
      renderScenario('pgtest1', { onTryLiveFailover }),
    );
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
