import { render, screen, setupMockOmaApi, waitFor } from '../test-utils';
import { appRoutes } from './routes';

setupMockOmaApi();

describe('dashboard routes', () => {
  it('shows the header on every page', async () => {
    render(appRoutes, { route: '/vms/pgtest1' });

    expect(screen.getByRole('heading', { name: 'MigrateKit OSSEA', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Role' })).toBeInTheDocument();
    await screen.findByTestId('fake-vm-operations');
  });

  it('shows a not-found page for an unknown address, with a way to the VM list', async () => {
    const { user, router } = render(appRoutes, { route: '/reports/weekly' });

    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Go to the VM list' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('link', { name: 'pgtest1' })).toBeInTheDocument();
  });

  it('warns when its settings cannot be loaded, keeps the VM list working, and retries', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    const load = jest
      .fn()
      .mockRejectedValueOnce(new Error('GET /config.json answered 502'))
      .mockResolvedValue({ vmOperationsRemoteUrl: 'http://remote.test/mf-manifest.json' });
    const { user } = render(appRoutes, { runtimeConfig: { load } });

    expect(await screen.findByText('Dashboard settings could not be loaded')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'pgtest1' })).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringContaining('runtime configuration'),
      expect.objectContaining({ message: 'GET /config.json answered 502' }),
    );

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    await waitFor(() =>
      expect(screen.queryByText('Dashboard settings could not be loaded')).not.toBeInTheDocument(),
    );
    consoleError.mockRestore();
  });
});
