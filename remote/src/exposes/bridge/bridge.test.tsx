import { scenarios } from '@migratekit/mocks';
import { CONTRACT_VERSION } from '@migratekit/vm-operations-contract';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forgetDismissalsInMemory, setupMockApi } from '../../test-utils';
import * as badgeModule from './LastOperationBadge';
import * as operationsModule from './VmOperations';

const { server } = setupMockApi();
const { contextId, vmName } = scenarios.pgtest1;

let dom: HTMLElement;
beforeEach(() => {
  dom = document.createElement('div');
  document.body.append(dom);
});
afterEach(() => {
  dom.remove();
  window.localStorage.clear();
  forgetDismissalsInMemory();
});

/** What a bridge host does: render with the host's props into its element, later destroy. */
describe('the bridge build’s exposed modules', () => {
  it('export a bridge provider and the contract version', () => {
    expect(operationsModule.CONTRACT_VERSION).toBe(CONTRACT_VERSION);
    expect(badgeModule.CONTRACT_VERSION).toBe(CONTRACT_VERSION);
    const provider = operationsModule.default();
    expect(typeof provider.render).toBe('function');
    expect(typeof provider.destroy).toBe('function');
  });

  it("passes the host's props through unchanged, functions included, and destroy empties the element", async () => {
    const seen: Array<string | null> = [];
    const onRequest = ({ request }: { request: Request }) => {
      seen.push(request.headers.get('authorization'));
    };
    server.events.on('request:start', onRequest);
    const hostFetch = jest.fn((input: string, init: RequestInit) =>
      fetch(new URL(input, 'http://dashboard.test').href, init),
    );
    const onTryLiveFailover = jest.fn(() => Promise.resolve());
    const provider = operationsModule.default();
    try {
      await act(() =>
        provider.render({
          moduleName: 'vm_operations_bridge/VmOperations',
          dom,
          contextId,
          vmName,
          isAdmin: true,
          apiBaseUrl: '/oma-proxy/api/v1',
          fetch: hostFetch,
          requestHeaders: { Authorization: 'Bearer host-token' },
          credentials: 'include',
          colorScheme: 'dark',
          onTryLiveFailover,
        }),
      );
      const banner = await screen.findByRole('alert', { name: 'Last Operation Failed' });
      expect(banner).toHaveTextContent('Test Failover failed at step 3 of 5 (60%)');
      await userEvent.click(within(banner).getByRole('button', { name: 'Try Live Failover' }));
      await waitFor(() => expect(onTryLiveFailover).toHaveBeenCalledTimes(1));
      expect(onTryLiveFailover.mock.calls[0]).toEqual([
        expect.objectContaining({ contextId, vmName }),
      ]);
      // colorScheme and isAdmin arrived: the feature's root is dark, admins get technical details.
      expect(dom.querySelector('[data-mantine-color-scheme="dark"]')).not.toBeNull();
      await userEvent.click(within(banner).getByRole('button', { name: /View Details/ }));
      expect(await screen.findByRole('dialog')).toHaveTextContent('Technical Details');
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
    expect(hostFetch.mock.calls.map(([input]) => input)).toEqual(
      expect.arrayContaining([`/oma-proxy/api/v1/vm-contexts/${contextId}/recent-jobs`]),
    );
    for (const [, init] of hostFetch.mock.calls) expect(init.credentials).toBe('include');
    expect(seen.length).toBe(hostFetch.mock.calls.length);
    for (const authorization of seen) expect(authorization).toBe('Bearer host-token');

    act(() => provider.destroy({ moduleName: 'vm_operations_bridge/VmOperations', dom }));
    expect(dom).toBeEmptyDOMElement();
  });

  it('renders the badge the same way', async () => {
    const provider = badgeModule.default();
    await act(() => provider.render({ dom, vmName }));
    await waitFor(() => expect(dom).toHaveTextContent(/Test Failover/));
    act(() => provider.destroy({ moduleName: 'vm_operations_bridge/LastOperationBadge', dom }));
    expect(dom).toBeEmptyDOMElement();
  });
});
