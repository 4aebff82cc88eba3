import { Badge, Button, Paper, Progress, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { formatBytes, formatDuration, formatPercent } from '../../lib/format';
import type { JobListEntry } from '../../lib/jobListEntry';
import { jobTypePresentation, showsProgress, statusPresentation } from '../../lib/presentation';
import { ActionableSteps } from '../ActionableSteps';
import { BADGE_ICON_SIZE, Icon } from '../Icon';
import { RelativeTime } from '../RelativeTime';
import cx from './UnifiedJobList.module.css';

export interface JobListItemProps {
  /** The job to show, its text already through the operator-text policy (see `toJobListEntry`). */
  job: JobListEntry;
  /** The current time in ms, for relative times. */
  now: number;
  /** Opens the details of a failed job, by its id. */
  onSelectJob: (jobId: string) => void;
}

function transferredText(job: JobListEntry): string | null {
  if (job.jobType !== 'replication') return null;
  const bytes = formatBytes(job.bytesTransferred);
  if (bytes === null) return null;
  if (job.status === 'completed') return `${bytes} transferred`;
  if (job.status === 'running') return `${bytes} transferred so far`;
  return null;
}

/** One operation in the unified list; every job type shares this layout. */
export function JobListItem({ job, now, onSelectJob }: JobListItemProps) {
  const titleId = useId();
  const type = jobTypePresentation(job.jobType);
  const status = statusPresentation(job.status);
  const { title, currentStep, failure } = job;
  const percent = showsProgress(job.status, job.progress) ? formatPercent(job.progress) : null;
  const isRunning = job.status === 'running';
  const isActive = isRunning || job.status === 'pending';
  const transferred = transferredText(job);
  const duration = formatDuration(job.durationSeconds);

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      p="md"
      className={cx.item}
      data-status={job.status}
    >
      <div className={cx.header}>
        <Icon name={type.icon} label={type.iconLabel} className={cx.typeIcon} />
        <Title order={3} id={titleId} className={cx.title}>
          {title}
        </Title>
        <Badge
          color={status.color}
          variant="light"
          tt="none"
          className={cx.badge}
          leftSection={<Icon name={status.icon} label={null} size={BADGE_ICON_SIZE} />}
        >
          {percent ? `${status.label} (${percent})` : status.label}
        </Badge>
      </div>

      {isRunning && job.progress !== null && (
        <div className={cx.progress}>
          <Progress
            // The bar's accessible value reads like the percent beside it, never "2.8e-143".
            value={Math.floor(Math.min(100, Math.max(0, job.progress)))}
            color={status.color}
            size="lg"
            striped
            animated
            aria-label={`${title} progress`}
            className={cx.progressBar}
          />
          <Text size="sm" fw={600}>
            {formatPercent(job.progress)}
          </Text>
        </div>
      )}
      {currentStep && (
        <Text size="sm" className={cx.wrap}>
          Current step: {currentStep}
        </Text>
      )}

      {failure && (
        <>
          <Text size="sm" className={cx.issue}>
            Issue: {failure.issue}
          </Text>
          <ActionableSteps steps={failure.actionableSteps} />
        </>
      )}

      {transferred && <Text size="sm">{transferred}</Text>}

      <div className={cx.meta}>
        <RelativeTime
          iso={isActive ? job.startedAt : (job.completedAt ?? job.startedAt)}
          now={now}
          prefix={isActive ? 'Started' : undefined}
        />
        {duration && <span>Duration: {duration}</span>}
      </div>

      {failure && (
        <div className={cx.actions}>
          <Button variant="light" color="red" size="xs" onClick={() => onSelectJob(job.jobId)}>
            View details<VisuallyHidden> of {title}</VisuallyHidden>
          </Button>
        </div>
      )}
    </Paper>
  );
}
