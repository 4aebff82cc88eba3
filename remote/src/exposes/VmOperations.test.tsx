import { MantineProvider } from '@mantine/core';
import { scenarios } from '@migratekit/mocks';
import { CONTRACT_VERSION, type VmOperationsModule } from '@migratekit/shared-contracts';
import { render, screen } from '@testing-library/react';
import { setupMockApi } from '../test-utils';
import * as exposed from './VmOperations';

const { server } = setupMockApi();

const { contextId, vmName } = scenarios.pgtest1;

describe('the ./VmOperations exposed module', () => {
  it('matches the federation contract', () => {
    const module: VmOperationsModule = exposed;
    expect(module.default).toBe(exposed.VmOperations);
    expect(module.CONTRACT_VERSION).toBe(CONTRACT_VERSION);
  });

  it("works inside a host's MantineProvider, following its colour scheme", async () => {
    render(
      <MantineProvider forceColorScheme="dark" theme={{ primaryColor: 'grape' }}>
        <exposed.default contextId={contextId} vmName={vmName} />
      </MantineProvider>,
    );
    expect(
      await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
    ).toBeInTheDocument();
    // One provider only: a nested one would have reset the scheme to light.
    expect(document.querySelectorAll('style[data-mantine-styles="true"]')).toHaveLength(1);
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it('works in a host without Mantine', async () => {
    render(<exposed.VmOperations contextId={contextId} vmName={vmName} />);
    expect(
      await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('vm-operations')).toHaveAttribute(
      'data-contract-version',
      CONTRACT_VERSION,
    );
  });

  it("shows what is wrong with a plain-JavaScript host's props", () => {
    const Remote = exposed.default as unknown as (props: { vmName: string }) => React.ReactElement;
    render(<Remote vmName={vmName} />);
    expect(screen.getByRole('alert', { name: 'This view could not be shown' })).toHaveTextContent(
      'contextId',
    );
  });

  it("makes every request with the host's fetch, headers and credentials mode", async () => {
    const seen: Array<{ url: string; authorization: string | null }> = [];
    const onRequest = ({ request }: { request: Request }) => {
      seen.push({ url: request.url, authorization: request.headers.get('authorization') });
    };
    server.events.on('request:start', onRequest);
    const hostFetch = jest.fn((input: string, init: RequestInit) =>
      fetch(new URL(input, 'http://dashboard.test').href, init),
    );
    try {
      render(
        <exposed.VmOperations
          contextId={contextId}
          vmName={vmName}
          apiBaseUrl="/oma-proxy/api/v1"
          fetch={hostFetch}
          requestHeaders={{ Authorization: 'Bearer host-token' }}
          credentials="include"
        />,
      );
      expect(
        await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
      ).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
    const urls = hostFetch.mock.calls.map(([input]) => input);
    expect(urls).toEqual(
      expect.arrayContaining([
        `/oma-proxy/api/v1/vm-contexts/${contextId}/recent-jobs`,
        `/oma-proxy/api/v1/vm-contexts/${vmName}`,
      ]),
    );
    for (const [, init] of hostFetch.mock.calls) expect(init.credentials).toBe('include');
    // Every request that reached the API came through the host's fetch, with its token.
    expect(seen.length).toBe(hostFetch.mock.calls.length);
    for (const request of seen) expect(request.authorization).toBe('Bearer host-token');
  });
});
