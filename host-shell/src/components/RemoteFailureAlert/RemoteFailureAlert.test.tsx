import type { RemoteFailureKind } from '../../remote/RemoteLoadError';
import { render, screen } from '../../test-utils';
import { RemoteFailureAlert } from './RemoteFailureAlert';

describe('RemoteFailureAlert', () => {
  it.each<[RemoteFailureKind, string]>([
    ['not-configured', 'VM operations are unavailable'],
    ['unreachable', 'VM operations are unavailable'],
    ['chunk-load', 'VM operations did not finish loading'],
    ['incompatible', 'VM operations need an update'],
    ['render', 'VM operations stopped working'],
  ])('explains %s plainly and offers Retry', async (kind, title) => {
    const onRetry = jest.fn();
    const { user } = render(<RemoteFailureAlert kind={kind} onRetry={onRetry} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).not.toHaveTextContent(/RUNTIME|chunk \d|undefined|manifest|contract/i);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
