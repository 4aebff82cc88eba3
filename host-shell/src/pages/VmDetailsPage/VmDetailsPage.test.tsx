import { buildVmContext, buildVmContextResponse, scenarios } from '@migratekit/mocks';
import { failures, mockState, server } from '@migratekit/mocks/node';
import { omaCacheKey } from '@migratekit/oma-api';
import { HttpResponse, http } from 'msw';
import { unstable_serialize } from 'swr';
import { appRoutes } from '../../app/routes';
import { render, screen, setupMockOmaApi, waitFor, within } from '../../test-utils';

setupMockOmaApi();

let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

const pgtest1 = scenarios.pgtest1;

/** Records the JSON bodies of live-failover requests, then lets the mock API answer them. */
function recordLiveFailoverBodies(): unknown[] {
  const bodies: unknown[] = [];
  server.use(
    http.post('*/api/v1/failover/live', async ({ request }) => {
      bodies.push(await request.clone().json());
      // Returning nothing passes the request on to the mock API's own handler.
      return undefined;
    }),
  );
  return bodies;
}

async function openPgtest1(role?: 'admin' | 'operator') {
  const rendered = render(appRoutes, { route: `/vms/pgtest1${role ? `?role=${role}` : ''}` });
  await screen.findByTestId('fake-vm-operations');
  return rendered;
}

describe('VM details page', () => {
  it('shows the VM header and hands the remote the context, name, role, API and callback', async () => {
    render(appRoutes, { route: '/vms/pgtest1' });

    expect(screen.getByRole('status')).toHaveTextContent('Loading pgtest1…');
    expect(await screen.findByRole('heading', { name: 'pgtest1', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('Ready for failover')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Back to VMs' })).toHaveAttribute('href', '/');

    expect(await screen.findByTestId('prop-contextId')).toHaveTextContent(pgtest1.contextId);
    expect(screen.getByTestId('prop-vmName')).toHaveTextContent('pgtest1');
    expect(screen.getByTestId('prop-isAdmin')).toHaveTextContent('false');
    expect(screen.getByTestId('prop-apiBaseUrl')).toHaveTextContent('/api/v1');
    expect(screen.getByTestId('prop-onTryLiveFailover')).toHaveTextContent('function');
  });

  it("keeps the VM context under the remote's cache key, as the remote stores it", async () => {
    const { swrCache } = await openPgtest1();

    const key = unstable_serialize(omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest1' }));
    const entry = swrCache.get(key)?.data;
    expect(entry).toEqual({
      value: expect.objectContaining({
        context: expect.objectContaining({ vmName: 'pgtest1', contextId: pgtest1.contextId }),
      }),
      receivedAt: expect.any(Number),
    });
    expect(mockState.getRequests({ route: 'vm-context' })).toHaveLength(1);
  });

  it('tells the remote the user is an admin when the Admin role is chosen', async () => {
    const { user } = await openPgtest1();
    expect(screen.getByTestId('prop-isAdmin')).toHaveTextContent('false');

    await user.click(screen.getByRole('radio', { name: 'Admin' }));

    expect(screen.getByTestId('prop-isAdmin')).toHaveTextContent('true');
  });

  it('asks for the VM by its encoded name', async () => {
    const requestedPaths: string[] = [];
    server.use(
      http.get('*/api/v1/vm-contexts/*', ({ request }) => {
        requestedPaths.push(new URL(request.url).pathname);
        return HttpResponse.json(
          buildVmContextResponse({
            context: buildVmContext({ vm_name: 'web 01/a', context_id: 'ctx-web' }),
          }),
        );
      }),
    );
    render(appRoutes, { route: `/vms/${encodeURIComponent('web 01/a')}` });

    expect(await screen.findByRole('heading', { name: 'web 01/a', level: 2 })).toBeInTheDocument();
    expect(requestedPaths[0]).toBe('/api/v1/vm-contexts/web%2001%2Fa');
  });

  it('shows "VM not found" with a way back for an unknown VM', async () => {
    const { user, router } = render(appRoutes, { route: '/vms/pgtest9' });

    expect(await screen.findByRole('heading', { name: 'VM not found' })).toBeInTheDocument();
    expect(screen.getByText(/no VM named “pgtest9”/)).toBeInTheDocument();
    expect(screen.queryByTestId('fake-vm-operations')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '← Back to VMs' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('shows other failures with Retry, which loads the VM', async () => {
    server.use(failures.serverError('vm-context', { once: true }));
    const { user } = render(appRoutes, { route: '/vms/pgtest1' });

    expect(await screen.findByText('pgtest1 could not be loaded')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByTestId('fake-vm-operations')).toBeInTheDocument();
    expect(screen.queryByText('pgtest1 could not be loaded')).not.toBeInTheDocument();
  });
});

describe('VM details page with refusals from the API', () => {
  it('shows a plain sentence instead of a 4xx body that names a tool or a device', async () => {
    server.use(
      http.get('*/api/v1/vm-contexts/:vmName', () =>
        HttpResponse.json({ error: 'virt-v2v: cannot open /dev/sdb: EBUSY' }, { status: 409 }),
      ),
    );
    render(appRoutes, { route: '/vms/pgtest1' });

    const title = await screen.findByText('pgtest1 could not be loaded');
    const alert = title.closest('[role="alert"]') ?? document.body;
    expect(alert).toHaveTextContent(/The OMA API refused the request/);
    expect(document.body.textContent).not.toMatch(/virt-v2v|\/dev\/sdb|EBUSY/);
  });

  it('still shows a plain 4xx message as the backend wrote it', async () => {
    server.use(
      http.get('*/api/v1/vm-contexts/:vmName', () =>
        HttpResponse.json({ error: 'The VM is being migrated; try again later' }, { status: 409 }),
      ),
    );
    render(appRoutes, { route: '/vms/pgtest1' });

    expect(
      await screen.findByText('The VM is being migrated; try again later'),
    ).toBeInTheDocument();
  });
});

describe('live failover requested by the remote', () => {
  it('asks for confirmation, POSTs the VMware id and name, and announces the start', async () => {
    const bodies = recordLiveFailoverBodies();
    const { user } = await openPgtest1();

    await user.click(screen.getByRole('button', { name: 'Try live failover (remote)' }));

    const dialog = await screen.findByRole('dialog', { name: 'Start live failover for pgtest1?' });
    expect(dialog).toHaveTextContent(/permanent/);
    expect(dialog).toHaveTextContent(/cannot be undone/);
    expect(bodies).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Start live failover' }));

    expect(await screen.findByText('Live failover started for pgtest1')).toBeInTheDocument();
    expect(bodies).toEqual([{ vm_id: pgtest1.vmwareVmId, vm_name: 'pgtest1' }]);
    expect(await screen.findByTestId('failover-outcome')).toHaveTextContent('resolved');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const jobs = mockState.getRecentJobs(pgtest1.contextId)?.jobs ?? [];
    expect(jobs.some((job) => job.job_type === 'live_failover' && job.status === 'running')).toBe(
      true,
    );
  });

  it('does nothing on Cancel, and settles the remote promise', async () => {
    const { user } = await openPgtest1();

    await user.click(screen.getByRole('button', { name: 'Try live failover (remote)' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByTestId('failover-outcome')).toHaveTextContent('resolved');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mockState.getRequests({ route: 'live-failover' })).toEqual([]);
  });

  it("shows the backend's refusal and rejects the remote's promise with it", async () => {
    server.use(
      http.post('*/api/v1/failover/live', () =>
        HttpResponse.json(
          {
            success: false,
            error: 'Validation failed: VM not found or not replicated',
            details: { error_code: 'VM_NOT_FOUND' },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = await openPgtest1();

    await user.click(screen.getByRole('button', { name: 'Try live failover (remote)' }));
    await user.click(await screen.findByRole('button', { name: 'Start live failover' }));

    expect(
      await screen.findByText('Validation failed: VM not found or not replicated'),
    ).toBeInTheDocument();
    expect(screen.getByText('Live failover not started for pgtest1')).toBeInTheDocument();
    expect(await screen.findByTestId('failover-outcome')).toHaveTextContent(
      'rejected: Validation failed: VM not found or not replicated',
    );
    expect(screen.queryByText(/VM_NOT_FOUND/)).not.toBeInTheDocument();
  });

  it('shows a plain sentence instead of a refusal that names a tool or a path', async () => {
    server.use(
      http.post('*/api/v1/failover/live', () =>
        HttpResponse.json(
          { success: false, error: 'virt-v2v-in-place failed: cannot open /dev/vdc' },
          { status: 500 },
        ),
      ),
    );
    const { user } = await openPgtest1();

    await user.click(screen.getByRole('button', { name: 'Try live failover (remote)' }));
    await user.click(await screen.findByRole('button', { name: 'Start live failover' }));

    expect(
      await screen.findByText(
        'Live failover of pgtest1 could not be started. Try again later or contact support.',
      ),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/virt-v2v|\/dev\/vdc/);
  });

  it("never logs the backend's raw refusal, only what support needs", async () => {
    const rawError = 'virt-v2v-in-place failed: cannot open /dev/vdc';
    server.use(
      http.post('*/api/v1/failover/live', () =>
        HttpResponse.json(
          { success: false, error: rawError, details: { path: '/var/lib/oma/vm.json' } },
          { status: 409 },
        ),
      ),
    );
    const { user } = await openPgtest1();

    await user.click(screen.getByRole('button', { name: 'Try live failover (remote)' }));
    await user.click(await screen.findByRole('button', { name: 'Start live failover' }));
    await screen.findByText(
      'Live failover of pgtest1 could not be started. Try again later or contact support.',
    );

    const logged = consoleError.mock.calls.map((args: unknown[]) =>
      args.map((arg) => (typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? String(arg)))),
    );
    const refusal = logged.find((args) => args.join(' ').includes('failover/live'));
    expect(refusal?.join(' ')).toMatch(/HTTP 409/);
    expect(refusal?.join(' ')).toMatch(/pgtest1/);
    for (const args of logged) {
      expect(args.join(' ')).not.toMatch(/virt-v2v|\/dev\/vdc|\/var\/lib/);
    }
  });

  it('treats a 200 answer with success false as a failure', async () => {
    server.use(
      http.post('*/api/v1/failover/live', () =>
        HttpResponse.json({ success: false, error: 'A live failover is already running' }),
      ),
    );
    const { user } = await openPgtest1();

    await user.click(screen.getByRole('button', { name: 'Try live failover (remote)' }));
    await user.click(await screen.findByRole('button', { name: 'Start live failover' }));

    expect(await screen.findByTestId('failover-outcome')).toHaveTextContent(
      'rejected: A live failover is already running',
    );
    expect(screen.queryByText('Live failover started for pgtest1')).not.toBeInTheDocument();
  });

  it('explains a network failure in plain words', async () => {
    server.use(failures.networkError('live-failover'));
    const { user } = await openPgtest1();

    await user.click(screen.getByRole('button', { name: 'Try live failover (remote)' }));
    await user.click(await screen.findByRole('button', { name: 'Start live failover' }));

    expect(await screen.findByTestId('failover-outcome')).toHaveTextContent(
      'rejected: Live failover of pgtest1 could not be requested: the OMA API could not be reached.',
    );
  });

  it('refuses without asking or POSTing when the VM has no VMware id', async () => {
    server.use(
      http.get('*/api/v1/vm-contexts/:vmName', () =>
        HttpResponse.json(
          buildVmContextResponse({
            context: buildVmContext({
              vm_name: 'orphan',
              context_id: 'ctx-orphan',
              vmware_vm_id: '',
            }),
          }),
        ),
      ),
    );
    const { user } = render(appRoutes, { route: '/vms/orphan' });

    await user.click(await screen.findByRole('button', { name: 'Try live failover (remote)' }));

    expect(await screen.findByTestId('failover-outcome')).toHaveTextContent(
      /rejected: orphan has no VMware VM ID on record/,
    );
    expect(screen.getByText('Live failover not started for orphan')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mockState.getRequests({ route: 'live-failover' })).toEqual([]);
  });
});
