import { Button, type ButtonProps } from '@mantine/core';
import { Icon } from '../Icon';

export interface LiveFailoverButtonProps {
  /** Starts the live failover (the host confirms with the user first). */
  onClick: () => void;
  /** Shows a loader and disables the button while the request runs. */
  loading: boolean;
  /** Mantine variant; filled where it is the main action. */
  variant?: ButtonProps['variant'];
  /** Stretches the button, e.g. on narrow screens. */
  fullWidth?: boolean;
}

/** The "Try Live Failover" quick action offered when a failure suggests it. */
export function LiveFailoverButton({
  onClick,
  loading,
  variant = 'filled',
  fullWidth,
}: LiveFailoverButtonProps) {
  return (
    <Button
      // Filled: black text on orange 6 (8.2:1) in both colour schemes, whatever the theme's
      // primary shade; white text on any orange shade stays under 4.5:1.
      color={variant === 'filled' ? 'orange.6' : 'orange'}
      autoContrast
      variant={variant}
      loading={loading}
      aria-busy={loading || undefined}
      onClick={onClick}
      fullWidth={fullWidth}
      leftSection={<Icon name="live-failover" label={null} />}
    >
      Try Live Failover
    </Button>
  );
}
