import { buildVmContext } from '@migratekit/mocks';
import { failures, mockState, server } from '@migratekit/mocks/node';
import { axe } from 'jest-axe';
import { HttpResponse, http } from 'msw';
import { appRoutes } from '../../app/routes';
import { RemoteLoadError } from '../../remote/RemoteLoadError';
import {
  createFakeRemoteLoader,
  lastOperationBadgeModule,
  render,
  screen,
  setupMockOmaApi,
  waitFor,
  within,
} from '../../test-utils';

setupMockOmaApi();

let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

/** Serves exactly these VMs from `GET /api/v1/vm-contexts`. */
function serveVmList(vmContexts: unknown[]) {
  server.use(
    http.get('*/api/v1/vm-contexts', () =>
      HttpResponse.json({ vm_contexts: vmContexts, count: vmContexts.length }),
    ),
  );
}

function cardOf(vmName: string): HTMLElement {
  const card = screen.getByRole('link', { name: vmName }).closest('li');
  if (!card) throw new Error(`No card for ${vmName}`);
  return card;
}

describe('VM list page', () => {
  it('shows a loading state, then a card per VM with its status in plain words and its badge', async () => {
    serveVmList([
      buildVmContext({
        vm_name: 'pgtest1',
        context_id: 'ctx-1',
        current_status: 'ready_for_failover',
        os_type: 'windows',
        power_state: 'poweredOn',
      }),
      buildVmContext({ vm_name: 'leaky-vm', context_id: 'ctx-2', current_status: 'exploding' }),
      buildVmContext({
        vm_name: 'newvm-empty',
        context_id: 'ctx-3',
        current_status: 'discovered',
        os_type: null,
        power_state: null,
      }),
    ]);
    render(appRoutes);

    expect(screen.getByRole('status')).toHaveTextContent('Loading VMs…');
    expect(await screen.findByRole('link', { name: 'pgtest1' })).toHaveAttribute(
      'href',
      '/vms/pgtest1',
    );

    const pgtest1 = within(cardOf('pgtest1'));
    expect(pgtest1.getByText('Ready for failover')).toBeInTheDocument();
    expect(pgtest1.getByText('Windows · Powered on')).toBeInTheDocument();
    expect(await pgtest1.findByText('Last operation of pgtest1')).toBeInTheDocument();
    expect(pgtest1.getByTestId('fake-badge')).toHaveAttribute('data-api-base-url', '/api/v1');

    expect(within(cardOf('leaky-vm')).getByText('Status unknown')).toBeInTheDocument();
    const newVm = within(cardOf('newvm-empty'));
    expect(newVm.getByText('Discovered')).toBeInTheDocument();
    expect(cardOf('newvm-empty')).not.toHaveTextContent(/undefined|null|NaN/);
  });

  it('loads the badge module once for all cards', async () => {
    const loader = createFakeRemoteLoader();
    render(appRoutes, { remoteLoader: loader });

    expect(await screen.findAllByTestId('fake-badge')).not.toHaveLength(0);
    expect(screen.getAllByTestId('fake-badge').length).toBeGreaterThan(1);
    expect(loader.badgeCalls).toHaveLength(1);
  });

  it('opens a VM from its card with the keyboard', async () => {
    const { user, router } = render(appRoutes);
    const link = await screen.findByRole('link', { name: 'pgtest1' });

    link.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/vms/pgtest1'));
    expect(await screen.findByRole('heading', { name: 'pgtest1', level: 2 })).toBeInTheDocument();
  });

  it('keeps the cards when the remote is unavailable, with a small note instead of the badge', async () => {
    render(appRoutes, {
      remoteLoader: createFakeRemoteLoader({
        badge: [new RemoteLoadError('unreachable', 'Failed to get manifest. #RUNTIME-003')],
      }),
    });

    const link = await screen.findByRole('link', { name: 'pgtest1' });
    expect(link).toBeInTheDocument();
    const notes = await screen.findAllByText('Operation status unavailable');
    expect(notes).toHaveLength(screen.getAllByRole('listitem').length);
    expect(within(cardOf('pgtest1')).getByText('Ready for failover')).toBeInTheDocument();
    // One load failed: it is logged once, not once per card.
    const logged = consoleError.mock.calls.filter(([message]) =>
      String(message).includes('LastOperationBadge'),
    );
    expect(logged).toHaveLength(1);
  });

  it('shows a badge built for another contract as unavailable', async () => {
    render(appRoutes, {
      remoteLoader: createFakeRemoteLoader({
        badge: [lastOperationBadgeModule(undefined, '0.9.0')],
      }),
    });

    expect(await screen.findAllByText('Operation status unavailable')).not.toHaveLength(0);
    expect(screen.queryByTestId('fake-badge')).not.toBeInTheDocument();
  });

  it('shows the VMs it can read when the backend describes one badly', async () => {
    serveVmList([
      buildVmContext({ vm_name: 'pgtest1', context_id: 'ctx-1' }),
      { vm_name: 'no-context-id', current_status: 'replicating' },
    ]);
    render(appRoutes);

    expect(await screen.findByRole('link', { name: 'pgtest1' })).toBeInTheDocument();
    expect(screen.queryByText('no-context-id')).not.toBeInTheDocument();
    expect(
      screen.getByText('1 VM cannot be shown because the OMA API sent incomplete data for it.'),
    ).toBeInTheDocument();
  });

  it('says so when there are no VMs', async () => {
    serveVmList([]);
    render(appRoutes);

    expect(await screen.findByText(/No VMs yet/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'VMs' })).not.toBeInTheDocument();
  });

  it('shows a failed load with Retry, which loads the list', async () => {
    server.use(failures.serverError('vm-list', { once: true }));
    const { user } = render(appRoutes);

    expect(await screen.findByText('The VM list could not be loaded')).toBeInTheDocument();
    expect(screen.getByText(/The OMA API reported a problem/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: 'pgtest1' })).toBeInTheDocument();
    expect(screen.queryByText('The VM list could not be loaded')).not.toBeInTheDocument();
    expect(mockState.getRequests({ route: 'vm-list' })).toHaveLength(2);
  });

  it('shows a plain sentence instead of a 4xx body with a database error and a file path', async () => {
    server.use(
      http.get('*/api/v1/vm-contexts', () =>
        HttpResponse.json(
          {
            error:
              'pq: column "vm_name" does not exist at /opt/migratekit/internal/database/repository.go:214',
          },
          { status: 400 },
        ),
      ),
    );
    render(appRoutes);

    expect(await screen.findByText('The VM list could not be loaded')).toBeInTheDocument();
    expect(screen.getByText(/The OMA API refused the request/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/pq:|repository\.go|\/opt\//);
  });

  it('says the API is unreachable when the request fails without an answer', async () => {
    server.use(failures.networkError('vm-list'));
    render(appRoutes);

    expect(await screen.findByText(/The OMA API could not be reached/)).toBeInTheDocument();
  });

  it('says so when the answer cannot be read at all', async () => {
    server.use(failures.wrongShape('vm-list'));
    render(appRoutes);

    expect(await screen.findByText('The VM list could not be loaded')).toBeInTheDocument();
    expect(screen.getByText(/sent an answer the dashboard could not read/)).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    const { container } = render(appRoutes);
    await screen.findAllByTestId('fake-badge');

    expect(await axe(container)).toHaveNoViolations();
  });
});
