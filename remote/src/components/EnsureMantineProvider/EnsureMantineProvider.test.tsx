import { MantineProvider, Modal, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
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
  [...document.querySelectorAll<HTMLStyleElement>('style[data-mantine-styles="true"]')].map(
    (style) => style.textContent ?? '',
  );

const html = document.documentElement;

function mockPrefersDark(prefersDark: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: prefersDark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
}

const originalMatchMedia = window.matchMedia;
afterEach(() => {
  window.matchMedia = originalMatchMedia;
  html.className = '';
  html.removeAttribute('data-mantine-color-scheme');
});

const featureRoot = () => document.querySelector('[data-vm-operations-root]');

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
    expect(providerStyleTags()).toHaveLength(1);
    expect(featureRoot()).toBeNull();
  });

  it('provides Mantine itself in a host without it, confined to the feature root', async () => {
    const before = [...html.attributes].map((a) => `${a.name}=${a.value}`);
    const bodyBefore = [...document.body.attributes].map((a) => `${a.name}=${a.value}`);
    render(
      <EnsureMantineProvider>
        <ThemeProbe />
      </EnsureMantineProvider>,
    );
    expect(await screen.findByText('primary blue, scheme light')).toBeInTheDocument();
    const root = featureRoot();
    expect(root).toHaveAttribute('data-mantine-color-scheme', 'light');
    // Mantine's variables are written for the root only, never for :root or the body.
    const [variables = ''] = providerStyleTags();
    const rootSelector = `[data-vm-operations-root="${root?.getAttribute('data-vm-operations-root')}"]`;
    const selectors = [...variables.matchAll(/([^{}]+)\{/g)].map((rule) => rule[1]?.trim());
    expect(selectors.length).toBeGreaterThan(0);
    for (const selector of selectors) expect(selector?.startsWith(rootSelector)).toBe(true);
    expect([...html.attributes].map((a) => `${a.name}=${a.value}`)).toEqual(before);
    expect([...document.body.attributes].map((a) => `${a.name}=${a.value}`)).toEqual(bodyBefore);
  });

  it('follows the colorScheme prop', async () => {
    render(
      <EnsureMantineProvider colorScheme="dark">
        <ThemeProbe />
      </EnsureMantineProvider>,
    );
    expect(await screen.findByText('primary blue, scheme dark')).toBeInTheDocument();
    expect(featureRoot()).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it("follows the host's dark class on <html>, also when the host switches it", async () => {
    html.classList.add('dark');
    render(
      <EnsureMantineProvider>
        <ThemeProbe />
      </EnsureMantineProvider>,
    );
    expect(await screen.findByText('primary blue, scheme dark')).toBeInTheDocument();
    await act(async () => {
      html.classList.remove('dark');
    });
    expect(await screen.findByText('primary blue, scheme light')).toBeInTheDocument();
    expect(featureRoot()).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  it("follows the browser's preference when the host says nothing", async () => {
    mockPrefersDark(true);
    render(
      <EnsureMantineProvider>
        <ThemeProbe />
      </EnsureMantineProvider>,
    );
    expect(await screen.findByText('primary blue, scheme dark')).toBeInTheDocument();
  });

  it("keeps portals (a modal) inside the feature's root", async () => {
    render(
      <EnsureMantineProvider>
        <Modal opened onClose={() => {}} title="Details">
          body
        </Modal>
      </EnsureMantineProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(featureRoot()).toContainElement(dialog);
  });
});
