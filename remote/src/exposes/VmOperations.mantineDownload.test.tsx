import { scenarios } from '@migratekit/mocks';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '../test-utils';
import { VmOperations } from './VmOperations';

let mockDownloadFails = true;

// The remote's own Mantine provider, downloaded in a host without Mantine, fails to arrive
// until the test lets it (a chunk the network lost).
jest.mock('../components/EnsureMantineProvider/IsolatedMantineProvider', () => {
  if (mockDownloadFails) throw new Error('Loading chunk 100 failed');
  return jest.requireActual('../components/EnsureMantineProvider/IsolatedMantineProvider');
});

setupMockApi();

it("says so when the remote's Mantine does not download, and Retry downloads it again", async () => {
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const { contextId, vmName } = scenarios.pgtest1;
    render(<VmOperations contextId={contextId} vmName={vmName} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Recent operations could not be displayed',
    );

    mockDownloadFails = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
    ).toBeInTheDocument();
  } finally {
    consoleError.mockRestore();
  }
});
