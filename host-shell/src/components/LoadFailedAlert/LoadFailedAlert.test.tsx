import { guardMessage, plainText } from '@migratekit/operator-text';
import { render, screen } from '../../test-utils';
import { LoadFailedAlert } from './LoadFailedAlert';

describe('LoadFailedAlert', () => {
  it('shows what failed and retries on request', async () => {
    const onRetry = jest.fn();
    const { user } = render(
      <LoadFailedAlert
        title="The VM list could not be loaded"
        message={plainText('Try again.')}
        onRetry={onRetry}
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('The VM list could not be loaded');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows API text only through the operator-text policy', () => {
    render(
      <LoadFailedAlert
        title="pgtest9 could not be loaded"
        message={guardMessage('VM context not found at /dev/vdc (virt-v2v)')}
        onRetry={jest.fn()}
      />,
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(/virt-v2v|\/dev\/vdc/);
    expect(screen.getByRole('alert')).toHaveTextContent('The operation failed.');
  });

  // Compiled by `pnpm typecheck`, never called: raw API text does not type-check as a message.
  function rawTextIsRejected() {
    return (
      <LoadFailedAlert
        title="pgtest9 could not be loaded"
        // @ts-expect-error a raw string is not OperatorText
        message="VirtIO driver error at /dev/vdc"
        onRetry={jest.fn()}
      />
    );
  }

  it('keeps its type-level check compiled', () => {
    expect(typeof rawTextIsRejected).toBe('function');
  });
});
