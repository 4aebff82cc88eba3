import { appRoutes } from '../../app/routes';
import { COLOR_SCHEME_STORAGE_KEY } from '../../app/theme';
import { render, screen, setupMockOmaApi } from '../../test-utils';

setupMockOmaApi();

describe('ColorSchemeToggle', () => {
  it('switches to dark and back, and remembers the choice', async () => {
    const { user, unmount } = render(appRoutes);

    await user.click(await screen.findByRole('button', { name: 'Switch to dark colour scheme' }));

    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe('dark');

    unmount();
    const second = render(appRoutes);
    expect(
      await screen.findByRole('button', { name: 'Switch to light colour scheme' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');

    await second.user.click(screen.getByRole('button', { name: 'Switch to light colour scheme' }));

    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe('light');
  });
});
