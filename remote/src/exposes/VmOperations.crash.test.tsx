import { scenarios } from '@migratekit/mocks';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '../test-utils';
import { VmOperations } from './VmOperations';

let crash = true;

// The feature is replaced by one that crashes on demand: the wrapper is under test here.
jest.mock('../components/VmOperations', () => {
  const actual = jest.requireActual('../components/VmOperations');
  return {
    ...actual,
    VmOperations: (props: Parameters<typeof actual.VmOperations>[0]) => {
      if (crash) throw new Error('unexpected render failure');
      return actual.VmOperations(props);
    },
  };
});

setupMockApi();

describe('the ./VmOperations exposed module when the feature crashes', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => consoleError.mockRestore());

  it('shows a message and Retry instead of taking the host page down', async () => {
    const { contextId, vmName } = scenarios.pgtest1;
    render(
      <main>
        <h1>VM pgtest1</h1>
        <VmOperations contextId={contextId} vmName={vmName} />
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'VM pgtest1' })).toBeInTheDocument();
    // The remote's own Mantine (a host without one) loads first.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Recent operations could not be displayed',
    );

    crash = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
    ).toBeInTheDocument();
  });
});
