import { notifications } from '@mantine/notifications';
import type { VmContext } from '@migratekit/oma-api';
import type { LiveFailoverTarget } from '@migratekit/vm-operations-contract';
import { type ReactElement, useCallback, useEffect, useRef, useState } from 'react';
import { LiveFailoverConfirmModal } from '../components/LiveFailoverConfirmModal';
import { requestLiveFailover } from './requestLiveFailover';

interface PendingConfirmation {
  resolve: () => void;
  reject: (error: Error) => void;
}

export interface LiveFailoverControls {
  /** The handler the VmOperations remote calls; settles once the user and the API answered. */
  onTryLiveFailover: (target: LiveFailoverTarget) => Promise<void>;
  /** The confirmation modal; render it once on the page. */
  confirmModal: ReactElement;
}

function showFailure(vmName: string, message: string): void {
  notifications.show({
    color: 'red',
    title: `Live failover not started for ${vmName}`,
    message,
    autoClose: false,
  });
}

/**
 * Live failover for the VM of `context`, as the remote requests it: the user confirms in a
 * modal, then the OMA API is asked to start it. The returned promise resolves when the user
 * cancels or the failover started, and rejects with the reason shown to the user when it could
 * not start, so the remote can show it too. `onStarted` runs after a successful start.
 */
export function useLiveFailover(context: VmContext, onStarted?: () => void): LiveFailoverControls {
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  // The handler stays the same function across renders, so read the latest values from refs.
  const contextRef = useRef(context);
  contextRef.current = context;
  const onStartedRef = useRef(onStarted);
  onStartedRef.current = onStarted;
  const pendingRef = useRef<PendingConfirmation | null>(null);

  const settle = useCallback((outcome: { error?: Error }) => {
    const current = pendingRef.current;
    pendingRef.current = null;
    setConfirming(false);
    if (!current) return;
    if (outcome.error) current.reject(outcome.error);
    else current.resolve();
  }, []);

  const onTryLiveFailover = useCallback(
    // The target names the VM this page shows (the page passed its ids to the remote).
    (_target: LiveFailoverTarget) =>
      new Promise<void>((resolve, reject) => {
        const { vmName, vmwareVmId } = contextRef.current;
        if (!vmwareVmId) {
          const message = `${vmName} has no VMware VM ID on record, so a live failover cannot be requested for it.`;
          console.error(`[dashboard] Live failover of ${vmName}: the context has no vmware_vm_id.`);
          showFailure(vmName, message);
          reject(new Error(message));
          return;
        }
        // A second request while one waits for confirmation replaces it; the first counts as cancelled.
        pendingRef.current?.resolve();
        pendingRef.current = { resolve, reject };
        setConfirming(true);
      }),
    [],
  );

  const confirm = useCallback(async () => {
    const { vmName, vmwareVmId } = contextRef.current;
    if (!pendingRef.current || !vmwareVmId) return;
    setSubmitting(true);
    try {
      await requestLiveFailover({ vm_id: vmwareVmId, vm_name: vmName });
      notifications.show({
        color: 'green',
        title: 'Live failover started',
        message: `Live failover started for ${vmName}`,
      });
      settle({});
      onStartedRef.current?.();
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      showFailure(vmName, failure.message);
      settle({ error: failure });
    } finally {
      setSubmitting(false);
    }
  }, [settle]);

  const cancel = useCallback(() => settle({}), [settle]);

  // Leaving the page while the modal is open counts as cancelling: the remote is not left waiting.
  useEffect(() => () => pendingRef.current?.resolve(), []);

  return {
    onTryLiveFailover,
    confirmModal: (
      <LiveFailoverConfirmModal
        vmName={confirming ? context.vmName : null}
        submitting={submitting}
        onConfirm={confirm}
        onCancel={cancel}
      />
    ),
  };
}
