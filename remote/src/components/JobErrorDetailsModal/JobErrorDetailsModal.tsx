import { Badge, Button, Code, Modal, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import type { DetailsView } from '../../lib/failureViews';
import type { LiveFailoverAction } from '../../lib/liveFailoverAction';
import type { TechnicalDetails } from '../../lib/presentation';
import { ActionableSteps } from '../ActionableSteps';
import { BADGE_ICON_SIZE, Icon } from '../Icon';
import { LiveFailoverFailure, LiveFailoverOffer } from '../LiveFailoverButton';
import { RelativeTime } from '../RelativeTime';
import { ACCESSIBLE_COLORS_CLASS, textClasses } from '../styles';
import cx from './JobErrorDetailsModal.module.css';

export interface JobErrorDetailsModalProps {
  /** Closes the modal (Close button, Escape, overlay click). */
  onClose: () => void;
  /** The operation to explain (`toDetailsView`); the modal is open while it is not null. */
  view: DetailsView | null;
  /** The VM the operation ran on, as the host names it. */
  vmName: string;
  /** The current time in ms, for relative times. */
  now: number;
  /** The "Try Live Failover" quick action and its state. */
  liveFailover: LiveFailoverAction;
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
  hasContent: boolean;
}

/** Admin-only section, collapsed until asked for. */
function TechnicalSection({ technical, hasContent }: TechnicalSectionProps) {
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
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
  view: DetailsView;
  vmName: string;
  now: number;
  onClose: () => void;
  liveFailover: LiveFailoverAction;
}

function DetailsBody({ view, vmName, now, onClose, liveFailover }: DetailsBodyProps) {
  const { details, status, duration, progress } = view;

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
        {view.showsIssue && (
          <Fact term="Issue">
            <span className={textClasses.issue}>{details.issue}</span>
          </Fact>
        )}
        {details.categoryLabel && <Fact term="Category">{details.categoryLabel}</Fact>}
      </dl>
      <ActionableSteps steps={details.actionableSteps} />
      {details.technical && (
        <TechnicalSection technical={details.technical} hasContent={view.hasTechnicalContent} />
      )}
      <LiveFailoverFailure failure={liveFailover.failure} />
      <div className={cx.footer}>
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
        <LiveFailoverOffer action={liveFailover} />
      </div>
    </div>
  );
}

/** Everything known about one failed operation, with what to do next. */
export function JobErrorDetailsModal({
  onClose,
  view,
  vmName,
  now,
  liveFailover,
}: JobErrorDetailsModalProps) {
  // Phones get the whole screen, so nothing scrolls sideways at 375 px.
  const isNarrow = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={view !== null}
      onClose={onClose}
      size="lg"
      fullScreen={isNarrow}
      // Rendered in a portal, outside the feature's root: it brings its own accessible colours.
      classNames={{ content: `${cx.content} ${ACCESSIBLE_COLORS_CLASS}`, title: cx.title }}
      // The header is the dialog's title bar, not a second banner landmark of the page.
      // Mantine 8's Modal types leave `attributes` out, though Modal.Root applies it (as 9 does).
      {...({ attributes: { header: { role: 'none' } } } as object)}
      title={
        view ? (
          <span className={cx.heading}>
            <Icon name={view.type.icon} label={view.type.iconLabel} />
            {view.heading}
          </span>
        ) : null
      }
      closeButtonProps={{ 'aria-label': 'Close details' }}
    >
      {view && (
        <DetailsBody
          // A different operation starts with its Technical Details collapsed.
          key={view.details.jobId ?? 'operation'}
          view={view}
          vmName={vmName}
          now={now}
          onClose={onClose}
          liveFailover={liveFailover}
        />
      )}
    </Modal>
  );
}
