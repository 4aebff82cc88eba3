'use client';

import type { VmOperationsModule, VmOperationsProps } from '@migratekit/vm-operations-contract';
import { createInstance, type ModuleFederation } from '@module-federation/enhanced/runtime';
import * as React from 'react';
import {
  Component,
  type ComponentType,
  type ReactNode,
  useCallback,
  useEffect,
  useState,
} from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as ReactDOM from 'react-dom';
import type { VmContext } from '../../../lib/omaApi';

// One federation instance per page: it shares this app's React, its JSX runtime and ReactDOM.
let federation: ModuleFederation | null = null;

function loadVmOperations(manifestUrl: string, fresh: boolean) {
  if (!federation) {
    federation = createInstance({
      name: 'migratekit_gui',
      remotes: [{ name: 'vm_operations', entry: manifestUrl }],
      shared: {
        react: {
          version: React.version,
          lib: () => React,
          shareConfig: { singleton: true, requiredVersion: false },
        },
        // The remote's compiled JSX calls React's JSX runtime: the host's too.
        'react/jsx-runtime': {
          version: React.version,
          lib: () => jsxRuntime,
          shareConfig: { singleton: true, requiredVersion: false },
        },
        'react-dom': {
          version: ReactDOM.version,
          lib: () => ReactDOM,
          shareConfig: { singleton: true, requiredVersion: false },
        },
      },
    });
  } else if (fresh) {
    // Forgets the failed manifest and entry, so Retry fetches them again.
    federation.registerRemotes([{ name: 'vm_operations', entry: manifestUrl }], { force: true });
  }
  return federation.loadRemote<VmOperationsModule>('vm_operations/VmOperations');
}

type Loaded =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; VmOperations: ComponentType<VmOperationsProps> };

/** A crash while rendering the feature shows the same fallback as a failed load. */
class FeatureBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Loads VmOperations from its own origin and renders it, with loading, fallback and Retry. */
export function VmOperationsPanel({ manifestUrl, vm }: { manifestUrl: string; vm: VmContext }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    loadVmOperations(manifestUrl, attempt > 0).then(
      (module) => {
        if (!current) return;
        setLoaded(
          module ? { status: 'ready', VmOperations: module.default } : { status: 'failed' },
        );
      },
      (error: unknown) => {
        console.warn('VmOperations could not be loaded', error);
        if (current) setLoaded({ status: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [manifestUrl, attempt]);

  // The feature asks; the dashboard confirms with the user and calls the OMA API.
  const tryLiveFailover = useCallback(
    async ({ vmName }: { vmName: string }) => {
      if (!window.confirm(`Start live failover for ${vmName}? This is permanent.`)) return;
      const response = await fetch('/api/v1/failover/live', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ vm_id: vm.vmwareVmId, vm_name: vmName }),
      });
      if (!response.ok) throw new Error(`Live failover of ${vmName} could not be started.`);
      setNotice(`Live failover started for ${vmName}.`);
    },
    [vm.vmwareVmId],
  );

  const fallback = (
    <div
      role="alert"
      className="rounded-lg bg-yellow-50 p-4 text-sm text-yellow-800 dark:bg-gray-800 dark:text-yellow-300"
    >
      Recent operations are unavailable right now.{' '}
      <button
        type="button"
        className="font-medium underline"
        onClick={() => setAttempt((n) => n + 1)}
      >
        Retry
      </button>
    </div>
  );

  return (
    <section aria-label="VM operations">
      {notice && (
        <div
          role="status"
          className="mb-4 rounded-lg bg-green-50 p-4 text-sm text-green-800 dark:bg-gray-800 dark:text-green-400"
        >
          {notice}
        </div>
      )}
      {loaded.status === 'loading' && (
        <p className="text-sm text-gray-500">Loading recent operations…</p>
      )}
      {loaded.status === 'failed' && fallback}
      {loaded.status === 'ready' && (
        <FeatureBoundary key={attempt} fallback={fallback}>
          <loaded.VmOperations
            contextId={vm.contextId}
            vmName={vm.vmName}
            onTryLiveFailover={tryLiveFailover}
          />
        </FeatureBoundary>
      )}
    </section>
  );
}
