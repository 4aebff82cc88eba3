import { Badge, Button, Code, Modal, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { formatDuration, formatPercent } from '../../lib/format';
import {
  type FailureDetails,
  jobTypePresentation,
  statusPresentation,
  type TechnicalDetails,
} from '../../lib/presentation';
import { ActionableSteps } from '../ActionableSteps';
import { BADGE_ICON_SIZE, Icon } from '../Icon';
import {
  LiveFailoverButton,
  type LiveFailoverRequest,
  useLiveFailoverRequest,
} from '../LiveFailoverButton';
import { RelativeTime } from '../RelativeTime';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import cx from './JobErrorDetailsModal.module.css';

export interface JobErrorDetailsModalProps {
  /** Whether the modal is open. */
  opened: boolean;
  /** Closes the modal (Close button, Escape, overlay click). */
  onClose: () => void;
  /** The operation to explain; the modal stays closed while it is null. */
  details: FailureDetails | null;
  /** The VM the operation ran on, as the host names it. */
  vmName: string;
  /** The current time in ms, for relative times. */
  now: number;
  /** Starts a live failover; without it the quick action is not offered. */
  onTryLiveFailover?: LiveFailoverRequest;
}

/** "60% (3 of 5 steps completed)", leaving out whatever is unknown. */
export function progressSummary(
  progress: number | null,
  stepsCompleted: number | null,
  stepsTotal: number | null,
): string | null {
  const percent = formatPercent(progress);
  const steps =
    stepsCompleted !== null && stepsTotal !== null
      ? `${stepsCompleted} of ${stepsTotal} steps completed`
      : null;
  if (percent && steps) return `${percent} (${steps})`;
  return percent ?? steps;
}

interface FactProps {
  term: string;
  children: React.ReactNode;
}

function Fact({ term, children }: FactProps) {
  return (
    <div className={cx.fact}>
      <dt className={cx.term}>{term}</dt>
      <dd className={cx.value}>{children}</dd>
    </div>
  );
}

interface TechnicalSectionProps {
  technical: TechnicalDetails;
}

/** Admin-only section, collapsed until asked for. */
function TechnicalSection({ technical }: TechnicalSectionProps) {
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const hasContent =
    technical.internalStepName !== null ||
    technical.rawMessage !== null ||
    technical.ids.length > 0 ||
    technical.detailsJson !== null;
  return (
    <div className={cx.technical}>
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={panelId}
        leftSection={<Icon name={opened ? 'chevron-down' : 'chevron-right'} label={null} />}
      >
        Technical Details
      </Button>
      {/*
       * Unmounted while collapsed: the raw text stays out of the page until it is asked for.
       * Plain rendering, not Collapse, whose open prop differs between Mantine 8 and 9.
       */}
      {opened && (
        <div className={cx.technicalBody} id={panelId}>
          {hasContent ? (
            <dl className={cx.facts}>
              {technical.internalStepName && (
                <Fact term="Internal step name">
                  <Code>{technical.internalStepName}</Code>
                </Fact>
              )}
              {technical.rawMessage && (
                <Fact term="Error message as sent">
                  <Code className={cx.wrap}>{technical.rawMessage}</Code>
                </Fact>
              )}
              {technical.ids.map((id) => (
                <Fact key={id.label} term={id.label}>
                  <Code className={cx.wrap}>{id.value}</Code>
                </Fact>
              ))}
              {technical.detailsJson && (
                <Fact term="Technical details">
                  <Code block className={cx.json}>
                    {technical.detailsJson}
                  </Code>
                </Fact>
              )}
            </dl>
          ) : (
            <Text size="sm" c="dimmed">
              No technical details were recorded for this operation.
            </Text>
          )}
        </div>
      )}
    </div>
  );
}

interface DetailsBodyProps {
  details: FailureDetails;
  vmName: string;
  now: number;
  onClose: () => void;
  onTryLiveFailover?: LiveFailoverRequest;
}

function DetailsBody({ details, vmName, now, onClose, onTryLiveFailover }: DetailsBodyProps) {
  const liveFailover = useLiveFailoverRequest(onTryLiveFailover);
  const status = statusPresentation(details.status);
  const duration = formatDuration(details.durationSeconds);
  const progress = progressSummary(details.progress, details.stepsCompleted, details.stepsTotal);
  const failed = details.status === 'failed';
  const offerLiveFailover = details.suggestsLiveFailover && onTryLiveFailover !== undefined;

  return (
    <div className={cx.body}>
      <div>
        <Badge
          color={status.color}
          variant="light"
          tt="none"
          leftSection={<Icon name={status.icon} label={null} size={BADGE_ICON_SIZE} />}
        >
          {status.label}
        </Badge>
      </div>
      <dl className={cx.facts}>
        {/* The host's name for the VM, which the user sees all over the dashboard; names like
            "web_server_01" would not pass the guard's identifier rules, and hiding it would hide
            which VM failed. */}
        {vmName.trim() !== '' && <Fact term="VM">{vmName}</Fact>}
        {details.startedAt && (
          <Fact term="Started">
            <RelativeTime iso={details.startedAt} now={now} />
          </Fact>
        )}
        {duration && <Fact term="Duration">{duration}</Fact>}
        {progress && <Fact term="Progress">{progress}</Fact>}
        {details.failedStep && <Fact term="Failed step">{details.failedStep}</Fact>}
        {failed && (
          <Fact term="Issue">
            <span className={cx.issue}>{details.issue}</span>
          </Fact>
        )}
        {details.categoryLabel && <Fact term="Category">{details.categoryLabel}</Fact>}
      </dl>
      <ActionableSteps steps={details.actionableSteps} />
      {details.technical && <TechnicalSection technical={details.technical} />}
      {liveFailover.failure && (
        <Text size="sm" role="status" className={cx.issue}>
          {liveFailover.failure}
        </Text>
      )}
      <div className={cx.footer}>
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
        {offerLiveFailover && (
          <LiveFailoverButton
            loading={liveFailover.pending}
            onClick={() => void liveFailover.start()}
          />
        )}
      </div>
    </div>
  );
}

/** Everything known about one failed operation, with what to do next. */
export function JobErrorDetailsModal({
  opened,
  onClose,
  details,
  vmName,
  now,
  onTryLiveFailover,
}: JobErrorDetailsModalProps) {
  // Phones get the whole screen, so nothing scrolls sideways at 375 px.
  const isNarrow = useMediaQuery('(max-width: 36em)') ?? false;
  const type = details ? jobTypePresentation(details.jobType) : null;
  const heading = details
    ? details.status === 'failed'
      ? `${details.title} failed`
      : `${details.title} details`
    : '';
  return (
    <Modal
      opened={opened && details !== null}
      onClose={onClose}
      size="lg"
      fullScreen={isNarrow}
      // Rendered in a portal, outside the feature's root: it brings its own accessible colours.
      classNames={{ content: `${cx.content} ${ACCESSIBLE_COLORS_CLASS}`, title: cx.title }}
      // The header is the dialog's title bar, not a second banner landmark of the page.
      // Mantine 8's Modal types leave `attributes` out, though Modal.Root applies it (as 9 does).
      {...({ attributes: { header: { role: 'none' } } } as object)}
      title={
        type ? (
          <span className={cx.heading}>
            <Icon name={type.icon} label={type.iconLabel} />
            {heading}
          </span>
        ) : null
      }
      closeButtonProps={{ 'aria-label': 'Close details' }}
    >
      {details && (
        <DetailsBody
          // A different operation starts with a fresh live-failover state.
          key={details.jobId ?? 'operation'}
          details={details}
          vmName={vmName}
          now={now}
          onClose={onClose}
          onTryLiveFailover={onTryLiveFailover}
        />
      )}
    </Modal>
  );
}
