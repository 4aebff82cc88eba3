import { Text } from '@mantine/core';
import cx from './LiveFailoverFailure.module.css';

export interface LiveFailoverFailureProps {
  /** Why the live failover could not be started; nothing is shown while null. */
  failure: string | null;
}

/** "Live failover could not be started: …", announced where the action was offered. */
export function LiveFailoverFailure({ failure }: LiveFailoverFailureProps) {
  if (!failure) return null;
  return (
    <Text size="sm" role="status" className={cx.failure}>
      {failure}
    </Text>
  );
}
