import { screen } from '@testing-library/react';
import { renderWithMantine } from '../../test-utils';
import { LoadFailedAlert } from './LoadFailedAlert';

describe('LoadFailedAlert', () => {
  it('shows what failed and retries on request', async () => {
    const onRetry = jest.fn();
    const { user } = renderWithMantine(
      <LoadFailedAlert
        title="The VM list could not be loaded"
        message="Try again."
        onRetry={onRetry}
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('The VM list could not be loaded');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
