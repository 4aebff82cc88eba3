import { Alert, Button, Stack, Text } from '@mantine/core';
import type { OperatorText } from '@migratekit/operator-text';
import { Icon } from '../Icon';
import cx from './RetryAlert.module.css';

export interface RetryAlertProps {
  /** `error`: nothing could be loaded (red alert); `stale`: earlier data is shown (yellow status). */
  tone: 'error' | 'stale';
  /** What happened, e.g. "Recent operations could not be loaded". */
  title: string;
  /** Why, as the operator-text policy lets it through; nothing when null. */
  message: OperatorText | null;
  /** Fetches again. */
  onRetry: () => void;
}

/** A failed load or refresh, why, and Retry. */
export function RetryAlert({ tone, title, message, onRetry }: RetryAlertProps) {
  const color = tone === 'error' ? 'red' : 'yellow';
  return (
    <Alert
      color={color}
      role={tone === 'stale' ? 'status' : undefined}
      title={title}
      icon={<Icon name="warning" label={tone === 'error' ? 'Error' : 'Warning'} />}
    >
      <Stack gap="xs" align="flex-start">
        {message && (
          <Text size="sm" className={cx.message}>
            {message}
          </Text>
        )}
        <Button size="xs" variant="light" color={color} onClick={onRetry}>
          Retry
        </Button>
      </Stack>
    </Alert>
  );
}
