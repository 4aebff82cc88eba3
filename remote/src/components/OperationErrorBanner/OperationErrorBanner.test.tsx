import {
  axeInAct,
  BannerHarness,
  type BannerHarnessProps,
  briefLeaksIn,
  expectLiveFailoverRefusalShown,
  makeLastOperation,
  readableText,
  renderWithProviders,
  screen,
  waitFor,
  within,
} from '../../test-utils';

function deferred() {
  let resolve: (value?: unknown) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The banner as the remote builds it from the VM's last operation (the brief's by default). */
function renderBanner({
  lastOperation = makeLastOperation(),
  ...props
}: Partial<BannerHarnessProps> = {}) {
  const onDismiss = jest.fn();
  const onViewDetails = jest.fn();
  const result = renderWithProviders(
    <BannerHarness
      lastOperation={lastOperation}
      onDismiss={onDismiss}
      onViewDetails={onViewDetails}
      {...props}
    />,
  );
  return { ...result, onDismiss, onViewDetails };
}

describe('OperationErrorBanner', () => {
  it("shows the brief's failed test failover", () => {
    renderBanner({ onTryLiveFailover: jest.fn() });
    const banner = screen.getByRole('alert', { name: 'Last Operation Failed' });
    expect(within(banner).getByRole('img', { name: 'Warning' })).toBeInTheDocument();
    expect(within(banner).getByText('Test Failover failed at step 3 of 5 (60%)')).toBeVisible();
    expect(banner).toHaveTextContent('Failed Step: Preparing Drivers for Compatibility');
    expect(banner).toHaveTextContent('Issue: KVM driver installation failed - compatibility issue');
    const steps = within(banner).getByRole('list', { name: 'What you can do:' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Try live failover (no driver modification)', 'Verify VM is Windows-based']);
    expect(within(banner).getAllByRole('button')).toEqual([
      within(banner).getByRole('button', { name: 'Dismiss' }),
      within(banner).getByRole('button', { name: 'Try Live Failover' }),
      within(banner).getByRole('button', { name: 'View Details' }),
    ]);
  });

  it('renders nothing unless the last operation failed', () => {
    renderBanner({ lastOperation: makeLastOperation({ status: 'completed' }) });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaves out what the summary does not say, never "null"', () => {
    const { container } = renderBanner({
      lastOperation: makeLastOperation({
        steps_completed: undefined,
        steps_total: undefined,
        progress: undefined,
        failed_step: undefined,
      }),
    });
    expect(screen.getByText('Test Failover failed')).toBeInTheDocument();
    expect(screen.queryByText(/Failed Step/)).not.toBeInTheDocument();
    expect(briefLeaksIn(readableText(container))).toEqual([]);
  });

  it('offers a live failover only when a step suggests it and the host can start one', () => {
    const { unmount } = renderBanner();
    expect(screen.queryByRole('button', { name: 'Try Live Failover' })).not.toBeInTheDocument();
    unmount();

    renderBanner({
      onTryLiveFailover: jest.fn(),
      lastOperation: makeLastOperation({ actionable_steps: ['Check the network mappings'] }),
    });
    expect(screen.queryByRole('button', { name: 'Try Live Failover' })).not.toBeInTheDocument();
  });

  it('calls back for Dismiss and View Details', async () => {
    const { user, onDismiss, onViewDetails } = renderBanner();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'View Details' }));
    expect(onViewDetails).toHaveBeenCalledTimes(1);
  });

  it('shows the live failover as loading until the host settles it', async () => {
    const request = deferred();
    const onTryLiveFailover = jest.fn(() => request.promise);
    const { user } = renderBanner({ onTryLiveFailover });
    await user.click(screen.getByRole('button', { name: 'Try Live Failover' }));
    expect(onTryLiveFailover).toHaveBeenCalledTimes(1);
    const button = screen.getByRole('button', { name: 'Try Live Failover' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('data-loading', 'true');

    request.resolve();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Try Live Failover' })).toBeEnabled(),
    );
    expect(screen.queryByText(/could not be started/)).not.toBeInTheDocument();
  });

  it('shows why a live failover could not be started', async () => {
    await expectLiveFailoverRefusalShown((onTryLiveFailover) =>
      renderBanner({ onTryLiveFailover }),
    );
    expect(screen.getByRole('button', { name: 'Try Live Failover' })).toBeEnabled();
  });

  it('does not repeat a technical rejection reason', async () => {
    const { user } = renderBanner({
      onTryLiveFailover: () => Promise.reject(new Error('virt-v2v exited with status 1')),
    });
    await user.click(screen.getByRole('button', { name: 'Try Live Failover' }));
    const message = await screen.findByText(/^Live failover could not be started: /);
    expect(message.textContent).not.toMatch(/virt-v2v|status 1/);
  });

  it('hides technical text from the API', () => {
    const { container } = renderBanner({
      lastOperation: makeLastOperation({
        failed_step: 'virtio-driver-injection',
        error_message: 'VirtIO driver error at /dev/vdc (virt-v2v-in-place)',
        actionable_steps: ['Inspect /var/log/libguestfs.log', 'Run qemu-img check'],
      }),
    });
    expect(briefLeaksIn(readableText(container))).toEqual([]);
    expect(container).toHaveTextContent('Failed Step: Preparing Drivers for Compatibility');
    expect(container).toHaveTextContent('Issue: Driver installation failed - compatibility issue');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('has no accessibility violations', async () => {
    const { container } = renderBanner({ onTryLiveFailover: jest.fn() });
    expect(await axeInAct(container)).toHaveNoViolations();
  });
});
