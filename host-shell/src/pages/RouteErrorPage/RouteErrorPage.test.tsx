import { render, screen } from '../../test-utils';
import { RouteErrorPage } from './RouteErrorPage';

function CrashingPage(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'vmName')");
}

describe('RouteErrorPage', () => {
  it('replaces a crashed page with a plain message and logs the details', () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    render([{ path: '/', element: <CrashingPage />, errorElement: <RouteErrorPage /> }]);

    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByText(/Cannot read properties/)).not.toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith(
      '[dashboard] A page failed to render:',
      expect.objectContaining({ message: expect.stringContaining('vmName') }),
    );
    consoleError.mockRestore();
  });
});
