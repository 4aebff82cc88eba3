import { Alert, Button, Stack, Text } from '@mantine/core';
import type { RemoteFailureKind } from '../../remote/RemoteLoadError';

interface FailureMessage {
  title: string;
  body: string;
}

const MESSAGES: Record<RemoteFailureKind, FailureMessage> = {
  'not-configured': {
    title: 'VM operations are unavailable',
    body: 'The dashboard could not load its settings, so it cannot find the operations view. The rest of the dashboard still works.',
  },
  unreachable: {
    title: 'VM operations are unavailable',
    body: 'The operations view could not be loaded. Its service may be restarting or unreachable. The rest of the dashboard still works.',
  },
  'chunk-load': {
    title: 'VM operations did not finish loading',
    body: 'Part of the operations view could not be downloaded. Check your network connection and try again.',
  },
  incompatible: {
    title: 'VM operations need an update',
    body: 'The installed operations view does not match this version of the dashboard. Ask your administrator to update it, then try again.',
  },
  render: {
    title: 'VM operations stopped working',
    body: 'The operations view ran into an unexpected problem. Try again; if it keeps happening, contact support.',
  },
};

export interface RemoteFailureAlertProps {
  /** What went wrong; chooses the message. */
  kind: RemoteFailureKind;
  /** Loads the operations view again, without reloading the page. */
  onRetry: () => void;
}

/** Shown in place of the operations view when it cannot be loaded or shown. */
export function RemoteFailureAlert({ kind, onRetry }: RemoteFailureAlertProps) {
  const message = MESSAGES[kind];
  return (
    <Alert color="red" variant="light" title={message.title} data-failure-kind={kind}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message.body}</Text>
        <Button size="xs" variant="default" onClick={onRetry}>
          Retry
        </Button>
      </Stack>
    </Alert>
  );
}
