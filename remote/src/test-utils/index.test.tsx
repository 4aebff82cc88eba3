import { Button } from '@mantine/core';
import useSWR from 'swr';
import { renderWithProviders, screen, waitFor } from '.';

function CachedGreeting({ fetcher }: { fetcher: () => Promise<string> }) {
  const { data } = useSWR('greeting', fetcher);
  return <p>{data ?? 'Loading'}</p>;
}

describe('renderWithProviders', () => {
  it('renders Mantine components and lets the user interact with them', async () => {
    const onClick = jest.fn();
    const { user } = renderWithProviders(<Button onClick={onClick}>Dismiss</Button>);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('applies the requested colour scheme', () => {
    renderWithProviders(<Button>Close</Button>, { colorScheme: 'dark' });
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it('gives every render its own data cache', async () => {
    const first = renderWithProviders(<CachedGreeting fetcher={async () => 'first'} />);
    expect(await screen.findByText('first')).toBeInTheDocument();
    first.unmount();

    const secondFetcher = jest.fn(async () => 'second');
    renderWithProviders(<CachedGreeting fetcher={secondFetcher} />);
    expect(screen.queryByText('first')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('second')).toBeInTheDocument());
    expect(secondFetcher).toHaveBeenCalledTimes(1);
  });
});
