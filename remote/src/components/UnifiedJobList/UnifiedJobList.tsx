import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Job } from '@migratekit/shared-contracts';
import { useId } from 'react';
import { guardMessage } from '../../lib/displayGuard';
import { formatRelativeTime } from '../../lib/format';
import { Emoji } from '../Emoji';
import { JobListItem } from './JobListItem';
import cx from './UnifiedJobList.module.css';

/** A failed refresh, as the data hooks report it. */
export interface JobListError {
  /** A sentence an operator can act on. */
  userMessage: string;
}

export interface UnifiedJobListProps {
  /** The VM's recent jobs, newest first; undefined until the first response arrives. */
  jobs: Job[] | undefined;
  /** True while the first response is awaited. */
  isLoading: boolean;
  /** Why the last fetch failed, when it did. */
  error?: JobListError | null;
  /** True when the jobs shown are kept from before a failed refresh. */
  isStale?: boolean;
  /** When the jobs shown were fetched (ms since the epoch). */
  lastUpdatedAt?: number | null;
  /** Fetches the jobs again. */
  onRetry: () => void;
  /** Opens the details of a failed job. */
  onSelectJob: (job: Job) => void;
  /** The current time in ms, for relative times. */
  now: number;
}

function staleNotice(lastUpdatedAt: number | null | undefined, now: number): string {
  const when =
    lastUpdatedAt != null && Number.isFinite(lastUpdatedAt)
      ? formatRelativeTime(new Date(lastUpdatedAt).toISOString(), now)
      : null;
  return when
    ? `Showing data from ${when}; refreshing failed.`
    : 'Showing earlier data; refreshing failed.';
}

/** "Recent Operations": replication, failover and rollback jobs of one VM in one list. */
export function UnifiedJobList({
  jobs,
  isLoading,
  error,
  isStale = false,
  lastUpdatedAt,
  onRetry,
  onSelectJob,
  now,
}: UnifiedJobListProps) {
  const headingId = useId();
  const waiting = jobs === undefined && !error;

  let body: React.ReactNode;
  if (jobs === undefined && error) {
    body = (
      <Alert
        color="red"
        title="Recent operations could not be loaded"
        icon={<Emoji symbol="⚠️" label="Error" />}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm" className={cx.wrap}>
            {guardMessage(error.userMessage)}
          </Text>
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Retry
          </Button>
        </Stack>
      </Alert>
    );
  } else if (jobs === undefined) {
    body = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {isLoading ? 'Loading recent operations…' : 'Waiting for recent operations…'}
        </Text>
        <Skeleton height={72} radius="md" />
        <Skeleton height={72} radius="md" />
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm">
        {(isStale || error) && (
          <Alert
            color="yellow"
            role="status"
            title={staleNotice(lastUpdatedAt, now)}
            icon={<Emoji symbol="⚠️" label="Warning" />}
          >
            <Stack gap="xs" align="flex-start">
              {error && (
                <Text size="sm" className={cx.wrap}>
                  {guardMessage(error.userMessage)}
                </Text>
              )}
              <Button size="xs" variant="light" color="yellow" onClick={onRetry}>
                Retry
              </Button>
            </Stack>
          </Alert>
        )}
        {jobs.length === 0 ? (
          <Text size="sm" c="dimmed">
            No operations yet for this VM
          </Text>
        ) : (
          <ul className={cx.list}>
            {jobs.map((job) => (
              <li key={job.jobId}>
                <JobListItem job={job} now={now} onSelectJob={onSelectJob} />
              </li>
            ))}
          </ul>
        )}
      </Stack>
    );
  }

  return (
    <section aria-labelledby={headingId} aria-busy={waiting} className={cx.root}>
      <Title order={2} id={headingId} className={cx.heading}>
        Recent Operations
      </Title>
      {body}
    </section>
  );
}
