import { Button } from '@mantine/core';
import { Icon } from '../Icon';

export interface LiveFailoverButtonProps {
  /** Starts the live failover (the host confirms with the user first). */
  onClick: () => void;
  /** Shows a loader and disables the button while the request runs. */
  loading: boolean;
}

/** The "Try Live Failover" quick action offered when a failure suggests it. */
export function LiveFailoverButton({ onClick, loading }: LiveFailoverButtonProps) {
  return (
    <Button
      // Filled: black text on orange 6 (8.2:1) in both colour schemes, whatever the theme's
      // primary shade; white text on any orange shade stays under 4.5:1.
      color="orange.6"
      autoContrast
      variant="filled"
      loading={loading}
      aria-busy={loading || undefined}
      onClick={onClick}
      leftSection={<Icon name="live-failover" label={null} />}
    >
      Try Live Failover
    </Button>
  );
}
