import { screen } from '@testing-library/react';
import type { RenderWithProvidersResult } from './render';

/** What the host answers when the backend refuses to start a live failover of the VM. */
const HOST_REFUSAL = 'Validation failed: VM not found or not replicated';

/**
 * Renders a view (with `render`) whose host refuses the live failover it asks for, clicks
 * Try Live Failover and expects the host's reason to be shown.
 */
export async function expectLiveFailoverRefusalShown(
  render: (
    onTryLiveFailover: () => Promise<never>,
  ) => RenderWithProvidersResult | Promise<RenderWithProvidersResult>,
) {
  const { user } = await render(() => Promise.reject(new Error(HOST_REFUSAL)));
  await user.click(screen.getByRole('button', { name: 'Try Live Failover' }));
  expect(
    await screen.findByText(`Live failover could not be started: ${HOST_REFUSAL}`),
  ).toBeInTheDocument();
}
