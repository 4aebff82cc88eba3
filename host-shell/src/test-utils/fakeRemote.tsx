import {
  CONTRACT_VERSION,
  type LastOperationBadgeModule,
  type LastOperationBadgeProps,
  type VmOperationsModule,
  type VmOperationsProps,
} from '@migratekit/vm-operations-contract';
import { type ComponentType, useState } from 'react';
import type { RemoteLoader, RemoteLoadOptions } from '../remote/RemoteLoader';

/** Stands in for the remote's VmOperations: shows the props it got, and can request a failover. */
export function FakeVmOperations(props: VmOperationsProps) {
  const [outcome, setOutcome] = useState<string | null>(null);
  const { contextId, vmName, isAdmin, apiBaseUrl, onTryLiveFailover } = props;
  return (
    <div data-testid="fake-vm-operations">
      <p>Recent operations of {vmName}</p>
      <dl>
        <dt>contextId</dt>
        <dd data-testid="prop-contextId">{contextId}</dd>
        <dt>vmName</dt>
        <dd data-testid="prop-vmName">{vmName}</dd>
        <dt>isAdmin</dt>
        <dd data-testid="prop-isAdmin">{String(isAdmin)}</dd>
        <dt>apiBaseUrl</dt>
        <dd data-testid="prop-apiBaseUrl">{apiBaseUrl}</dd>
        <dt>onTryLiveFailover</dt>
        <dd data-testid="prop-onTryLiveFailover">{typeof onTryLiveFailover}</dd>
      </dl>
      <button
        type="button"
        onClick={() => {
          setOutcome('pending');
          Promise.resolve(onTryLiveFailover?.({ contextId, vmName, failedJobId: null })).then(
            () => setOutcome('resolved'),
            (error: unknown) =>
              setOutcome(`rejected: ${error instanceof Error ? error.message : String(error)}`),
          );
        }}
      >
        Try live failover (remote)
      </button>
      {outcome && <p data-testid="failover-outcome">{outcome}</p>}
    </div>
  );
}

/** Stands in for the remote's LastOperationBadge. */
export function FakeLastOperationBadge({ vmName, apiBaseUrl }: LastOperationBadgeProps) {
  return (
    <span data-testid="fake-badge" data-api-base-url={apiBaseUrl}>
      Last operation of {vmName}
    </span>
  );
}

/** A `vm_operations/VmOperations` module exposing `component` under `contractVersion`. */
export function vmOperationsModule(
  component: ComponentType<VmOperationsProps> = FakeVmOperations,
  contractVersion: string = CONTRACT_VERSION,
): VmOperationsModule {
  return { default: component, VmOperations: component, CONTRACT_VERSION: contractVersion };
}

/** A `vm_operations/LastOperationBadge` module exposing `component` under `contractVersion`. */
export function lastOperationBadgeModule(
  component: ComponentType<LastOperationBadgeProps> = FakeLastOperationBadge,
  contractVersion: string = CONTRACT_VERSION,
): LastOperationBadgeModule {
  return { default: component, LastOperationBadge: component, CONTRACT_VERSION: contractVersion };
}

/** What one load resolves to (a module) or rejects with (an Error). */
export type FakeLoadOutcome<M> = M | Error;

export interface FakeRemoteLoader extends RemoteLoader {
  /** The options of every loadVmOperations call, in order. */
  vmOperationsCalls: RemoteLoadOptions[];
  /** The options of every loadLastOperationBadge call, in order. */
  badgeCalls: RemoteLoadOptions[];
}

function sequence<M>(outcomes: FakeLoadOutcome<M>[], calls: RemoteLoadOptions[]) {
  return (options: RemoteLoadOptions = {}): Promise<M> => {
    calls.push(options);
    // Outcomes are used in order; the last one answers every further call.
    const outcome = outcomes[Math.min(calls.length, outcomes.length) - 1];
    if (outcome === undefined) return Promise.reject(new Error('No outcome configured.'));
    return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome);
  };
}

/** A RemoteLoader for tests: each load answers with the next configured outcome. */
export function createFakeRemoteLoader({
  vmOperations = [vmOperationsModule()],
  badge = [lastOperationBadgeModule()],
}: {
  vmOperations?: FakeLoadOutcome<VmOperationsModule>[];
  badge?: FakeLoadOutcome<LastOperationBadgeModule>[];
} = {}): FakeRemoteLoader {
  const vmOperationsCalls: RemoteLoadOptions[] = [];
  const badgeCalls: RemoteLoadOptions[] = [];
  return {
    vmOperationsCalls,
    badgeCalls,
    loadVmOperations: sequence(vmOperations, vmOperationsCalls),
    loadLastOperationBadge: sequence(badge, badgeCalls),
  };
}
