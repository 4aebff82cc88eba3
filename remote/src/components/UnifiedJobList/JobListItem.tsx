import { Badge, Button, Paper, Progress, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import type { JobListEntry } from '../../lib/jobListEntry';
import { ActionableSteps } from '../ActionableSteps';
import { BADGE_ICON_SIZE, Icon } from '../Icon';
import { RelativeTime } from '../RelativeTime';
import { textClasses } from '../styles';
import cx from './UnifiedJobList.module.css';

export interface JobListItemProps {
  /** The job to show, its text already through the operator-text policy (see `toJobListEntry`). */
  job: JobListEntry;
  /** The current time in ms, for relative times. */
  now: number;
  /** Opens the details of a failed job, by its id. */
  onSelectJob: (jobId: string) => void;
}

/** One operation in the unified list; every job type shares this layout. */
export function JobListItem({ job, now, onSelectJob }: JobListItemProps) {
  const titleId = useId();
  const { title, currentStep, failure, type, badge, progressBar } = job;

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
          color={badge.color}
          variant="light"
          tt="none"
          className={cx.badge}
          leftSection={<Icon name={badge.icon} label={null} size={BADGE_ICON_SIZE} />}
        >
          {badge.label}
        </Badge>
      </div>

      {progressBar && (
        <div className={cx.progress}>
          <Progress
            value={progressBar.value}
            color={badge.color}
            size="lg"
            striped
            animated
            aria-label={`${title} progress`}
            className={cx.progressBar}
          />
          <Text size="sm" fw={600}>
            {progressBar.percent}
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
          <Text size="sm" className={textClasses.issue}>
            Issue: {failure.issue}
          </Text>
          <ActionableSteps steps={failure.actionableSteps} />
        </>
      )}

      {job.transferred && <Text size="sm">{job.transferred}</Text>}

      <div className={cx.meta}>
        <RelativeTime iso={job.time.iso} now={now} prefix={job.time.prefix} />
        {job.duration && <span>Duration: {job.duration}</span>}
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
