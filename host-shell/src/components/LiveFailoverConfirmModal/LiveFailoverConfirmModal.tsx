import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef } from 'react';

export interface LiveFailoverConfirmModalProps {
  /** The VM a live failover would start for; the modal is closed while this is null. */
  vmName: string | null;
  /** True while the request is being sent: the choice can no longer be taken back. */
  submitting: boolean;
  /** The user confirmed. */
  onConfirm: () => void;
  /** The user declined (Cancel, Escape, the close button or a click outside). */
  onCancel: () => void;
}

/** Asks the user to confirm a live failover, which cannot be undone. */
export function LiveFailoverConfirmModal({
  vmName,
  submitting,
  onConfirm,
  onCancel,
}: LiveFailoverConfirmModalProps) {
  // Keep naming the VM while the modal fades out after vmName went back to null.
  const shownVmName = useRef(vmName);
  if (vmName !== null) shownVmName.current = vmName;
  const name = shownVmName.current;
  return (
    <Modal
      opened={vmName !== null}
      onClose={onCancel}
      title={`Start live failover for ${name}?`}
      centered
      closeOnEscape={!submitting}
      closeOnClickOutside={!submitting}
      withCloseButton={!submitting}
    >
      <Stack gap="md">
        <Text size="sm">
          A live failover is permanent: the source VM {name} is cut over to OSSEA, and this cannot
          be undone.
        </Text>
        <Text size="sm">Start it only when the VM is ready to run in OSSEA from now on.</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={submitting}>
            Start live failover
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
