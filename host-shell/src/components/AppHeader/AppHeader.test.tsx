import { appRoutes } from '../../app/routes';
import { render, screen, setupMockOmaApi } from '../../test-utils';

setupMockOmaApi();

describe('AppHeader', () => {
  it('names the dashboard, links home, and offers the role and colour scheme switches', async () => {
    render(appRoutes);
    await screen.findAllByTestId('fake-badge');

    const title = screen.getByRole('heading', { name: 'MigrateKit OSSEA', level: 1 });
    expect(title.closest('a')).toHaveAttribute('href', '/');
    expect(screen.getByRole('radiogroup', { name: 'Role' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Operator' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Admin' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Switch to dark colour scheme' }),
    ).toBeInTheDocument();
  });
});
