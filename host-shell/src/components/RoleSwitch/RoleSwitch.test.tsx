import { appRoutes } from '../../app/routes';
import { ROLE_STORAGE_KEY } from '../../role/role';
import { render, screen, setupMockOmaApi, waitFor } from '../../test-utils';

setupMockOmaApi();

describe('RoleSwitch', () => {
  it('starts as Operator, switches to Admin from the header, and remembers it', async () => {
    const { user, unmount } = render(appRoutes, { route: '/vms/pgtest1' });
    await screen.findByTestId('fake-vm-operations');

    expect(screen.getByRole('radio', { name: 'Operator' })).toBeChecked();
    expect(screen.getByTestId('prop-isAdmin')).toHaveTextContent('false');

    await user.click(screen.getByRole('radio', { name: 'Admin' }));

    expect(screen.getByRole('radio', { name: 'Admin' })).toBeChecked();
    expect(screen.getByTestId('prop-isAdmin')).toHaveTextContent('true');
    expect(localStorage.getItem(ROLE_STORAGE_KEY)).toBe('admin');

    unmount();
    render(appRoutes, { route: '/vms/pgtest1' });
    expect(await screen.findByRole('radio', { name: 'Admin' })).toBeChecked();
    expect(await screen.findByTestId('prop-isAdmin')).toHaveTextContent('true');
  });

  it('takes ?role=admin from the URL, remembers it and clears it from the address', async () => {
    const { router } = render(appRoutes, { route: '/vms/pgtest1?role=admin' });

    expect(await screen.findByTestId('prop-isAdmin')).toHaveTextContent('true');
    expect(screen.getByRole('radio', { name: 'Admin' })).toBeChecked();
    expect(localStorage.getItem(ROLE_STORAGE_KEY)).toBe('admin');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(router.state.location.pathname).toBe('/vms/pgtest1');
  });

  it('takes ?role=operator over a remembered Admin', async () => {
    localStorage.setItem(ROLE_STORAGE_KEY, 'admin');
    render(appRoutes, { route: '/?role=operator' });

    expect(await screen.findByRole('radio', { name: 'Operator' })).toBeChecked();
    await waitFor(() => expect(localStorage.getItem(ROLE_STORAGE_KEY)).toBe('operator'));
  });

  it('ignores an unknown role in the URL or in storage', async () => {
    localStorage.setItem(ROLE_STORAGE_KEY, 'root');
    const { router } = render(appRoutes, { route: '/?role=superuser' });

    expect(await screen.findByRole('radio', { name: 'Operator' })).toBeChecked();
    expect(router.state.location.search).toBe('?role=superuser');
  });
});
