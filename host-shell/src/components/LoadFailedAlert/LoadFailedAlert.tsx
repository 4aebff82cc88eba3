import { Alert, Button, Stack, Text } from '@mantine/core';
import type { OperatorText } from '@migratekit/operator-text';

export interface LoadFailedAlertProps {
  /** What could not be loaded, as a heading. */
  title: string;
  /** What happened and what to do, through the operator-text policy (it may quote the API). */
  message: OperatorText;
  /** Loads it again. */
  onRetry: () => void;
  /** True while the retry is running. */
  retrying?: boolean;
}

/** A failed load of the host's own data, with a Retry. */
export function LoadFailedAlert({
  title,
  message,
  onRetry,
  retrying = false,
}: LoadFailedAlertProps) {
  return (
    <Alert color="red" variant="light" title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="default" onClick={onRetry} loading={retrying}>
          Retry
        </Button>
      </Stack>
    </Alert>
  );
}
