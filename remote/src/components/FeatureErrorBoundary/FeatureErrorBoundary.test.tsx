import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeInAct } from '../../test-utils';
import { FeatureErrorBoundary } from './FeatureErrorBoundary';

let shouldThrow = true;

function Fragile() {
  if (shouldThrow) throw new Error('render failed');
  return <p>Recent Operations</p>;
}

describe('FeatureErrorBoundary', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    shouldThrow = true;
    // React reports caught render errors on the console; the test expects them.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => consoleError.mockRestore());

  it('shows a visible message instead of crashing, and recovers on Retry', async () => {
    const onError = jest.fn();
    const { container } = render(
      <main>
        <h1>Host page</h1>
        <FeatureErrorBoundary message="Recent operations could not be displayed" onError={onError}>
          <Fragile />
        </FeatureErrorBoundary>
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'Host page' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Recent operations could not be displayed');
    expect(onError).toHaveBeenCalledWith(expect.any(Error), expect.anything());
    expect(await axeInAct(container)).toHaveNoViolations();

    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Recent Operations')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the fallback again if Retry fails too, inline where a badge would be', async () => {
    render(
      <FeatureErrorBoundary message="Status unavailable" variant="inline">
        <Fragile />
      </FeatureErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    const alert = screen.getByRole('alert');
    expect(alert.tagName).toBe('SPAN');
    expect(alert).toHaveTextContent('Status unavailable');
  });
});
