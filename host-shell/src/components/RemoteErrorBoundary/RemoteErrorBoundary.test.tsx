import { useState } from 'react';
import { RemoteLoadError } from '../../remote/RemoteLoadError';
import { render, screen } from '../../test-utils';
import { RemoteErrorBoundary } from './RemoteErrorBoundary';

const remote = { error: null as unknown };
function RemotePart() {
  if (remote.error) throw remote.error;
  return <p>Remote content</p>;
}

function Harness() {
  const [attempt, setAttempt] = useState(0);
  return (
    <>
      <RemoteErrorBoundary
        label="The test remote"
        resetKey={attempt}
        fallback={({ kind }) => (
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            Failed: {kind}
          </button>
        )}
      >
        <RemotePart />
      </RemoteErrorBoundary>
      <p>Host content</p>
    </>
  );
}

let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
  remote.error = null;
});

describe('RemoteErrorBoundary', () => {
  it('shows the fallback in place of a remote that throws, keeping the host around it', () => {
    remote.error = new Error('boom');
    render(<Harness />);

    expect(screen.getByRole('button', { name: 'Failed: render' })).toBeInTheDocument();
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith(
      '[dashboard] The test remote failed (render):',
      remote.error,
      expect.any(String),
    );
  });

  it('keeps the kind of a typed load failure', () => {
    remote.error = new RemoteLoadError('incompatible', 'contract 2.0.0');
    render(<Harness />);

    expect(screen.getByRole('button', { name: 'Failed: incompatible' })).toBeInTheDocument();
  });

  it('renders the remote again once the reset key changes', async () => {
    remote.error = new Error('boom');
    const { user } = render(<Harness />);

    remote.error = null;
    await user.click(screen.getByRole('button', { name: 'Failed: render' }));

    expect(screen.getByText('Remote content')).toBeInTheDocument();
  });
});
