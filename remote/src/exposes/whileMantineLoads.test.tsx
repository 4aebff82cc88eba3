import { scenarios } from '@migratekit/mocks';
import { render, screen } from '@testing-library/react';
import { setupMockApi } from '../test-utils';
import { LastOperationBadge } from './LastOperationBadge';
import { VmOperations } from './VmOperations';

// A file of its own: Mantine's provider must not have been loaded by an earlier test.
setupMockApi();

/** A host's fetch that notes which paths each module asked for. */
function recordingFetch() {
  const hostFetch = jest.fn((input: string, init: RequestInit) =>
    fetch(new URL(input, 'http://dashboard.test').href, init),
  );
  const asked = (ending: string) =>
    hostFetch.mock.calls.filter(([url]) =>
      new URL(url, 'http://dashboard.test').pathname.endsWith(ending),
    ).length;
  return { hostFetch, asked };
}

it('both modules ask for their data while Mantine is still loading, in a host without it', async () => {
  const { contextId, vmName } = scenarios.pgtest1;
  const badgeVm = scenarios['websrv-ok'].vmName;
  const screenRequests = recordingFetch();
  const badgeRequests = recordingFetch();
  render(
    <>
      <LastOperationBadge vmName={badgeVm} fetch={badgeRequests.hostFetch} />
      <VmOperations contextId={contextId} vmName={vmName} fetch={screenRequests.hostFetch} />
    </>,
  );

  // Mantine (and its stylesheet) are still on their way: neither module shows yet…
  expect(screen.queryByRole('heading', { name: 'Recent Operations' })).not.toBeInTheDocument();
  expect(screen.queryByTestId('last-operation-badge')).not.toBeInTheDocument();
  // …but their requests have left.
  expect(screenRequests.asked(`/vm-contexts/${contextId}/recent-jobs`)).toBe(1);
  expect(screenRequests.asked(`/vm-contexts/${vmName}`)).toBe(1);
  expect(badgeRequests.asked(`/vm-contexts/${badgeVm}`)).toBe(1);

  expect(await screen.findByText('Test Failover failed at step 3 of 5 (60%)')).toBeInTheDocument();
  expect(await screen.findByText('Rollback completed')).toBeInTheDocument();
  // They showed those answers instead of asking again.
  expect(screenRequests.asked(`/vm-contexts/${contextId}/recent-jobs`)).toBe(1);
  expect(screenRequests.asked(`/vm-contexts/${vmName}`)).toBe(1);
  expect(badgeRequests.asked(`/vm-contexts/${badgeVm}`)).toBe(1);
});
