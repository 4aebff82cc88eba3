import { scenarios } from '@migratekit/mocks';
import { render, screen } from '@testing-library/react';
import { setupMockApi } from '../test-utils';
import { VmOperations } from './VmOperations';

// A file of its own: Mantine's provider must not have been loaded by an earlier test.
setupMockApi();

const { contextId, vmName } = scenarios.pgtest1;

it("asks for the VM's operations while Mantine is still loading, in a host without it", async () => {
  const hostFetch = jest.fn((input: string, init: RequestInit) =>
    fetch(new URL(input, 'http://dashboard.test').href, init),
  );
  const asked = (ending: string) =>
    hostFetch.mock.calls.filter(([url]) =>
      new URL(url, 'http://dashboard.test').pathname.endsWith(ending),
    );
  render(<VmOperations contextId={contextId} vmName={vmName} fetch={hostFetch} />);

  // Mantine (and its stylesheet) are still on their way: the screen is not there yet…
  expect(screen.queryByRole('heading', { name: 'Recent Operations' })).not.toBeInTheDocument();
  // …but its requests have left.
  expect(asked(`/vm-contexts/${contextId}/recent-jobs`)).toHaveLength(1);
  expect(asked(`/vm-contexts/${vmName}`)).toHaveLength(1);

  expect(await screen.findByText('Test Failover failed at step 3 of 5 (60%)')).toBeInTheDocument();
  // The screen showed those answers instead of asking again.
  expect(asked(`/vm-contexts/${contextId}/recent-jobs`)).toHaveLength(1);
  expect(asked(`/vm-contexts/${vmName}`)).toHaveLength(1);
});
