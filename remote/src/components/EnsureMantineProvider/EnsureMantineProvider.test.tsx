import { MantineProvider, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { EnsureMantineProvider } from './EnsureMantineProvider';

function ThemeProbe() {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  return (
    <p>
      primary {theme.primaryColor}, scheme {scheme}
    </p>
  );
}

const providerStyleTags = () =>
  document.querySelectorAll('style[data-mantine-styles="true"]').length;

describe('EnsureMantineProvider', () => {
  it("inherits the host's theme and colour scheme without nesting a provider", () => {
    render(
      <MantineProvider theme={{ primaryColor: 'grape' }} forceColorScheme="dark">
        <EnsureMantineProvider>
          <ThemeProbe />
        </EnsureMantineProvider>
      </MantineProvider>,
    );
    expect(screen.getByText('primary grape, scheme dark')).toBeInTheDocument();
    expect(providerStyleTags()).toBe(1);
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it('provides Mantine itself in a host without it', () => {
    render(
      <EnsureMantineProvider>
        <ThemeProbe />
      </EnsureMantineProvider>,
    );
    expect(screen.getByText('primary blue, scheme light')).toBeInTheDocument();
    expect(providerStyleTags()).toBe(1);
  });
});
