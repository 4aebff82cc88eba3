import { type ReactNode, useCallback, useState } from 'react';
import { startLiveFailover } from './vm';

/*
 * The page around the feature in the React hosts (React 17 to 19): the dashboard's own nav,
 * heading, search form and the fallback it shows when the remote cannot be loaded. Written for
 * the oldest React the hosts run; each host resolves `react` from its own node_modules.
 */

/** The dashboard's page for `vmName`, with `children` under its "Recent operations" heading. */
export function DashboardPage({ vmName, children }: { vmName: string; children: ReactNode }) {
  return (
    <>
      <nav>
        <a href="/">MigrateKit OSSEA</a>
      </nav>
      <main>
        <h1>{vmName}</h1>
        <p>
          Replication and failover history. <a href="/">All VMs</a>
        </p>
        <form>
          <label htmlFor="vm-search">Find a VM </label>
          <input id="vm-search" type="search" />
          <button type="button">Refresh</button>
        </form>
        <h2>Recent operations</h2>
        {children}
      </main>
    </>
  );
}

/** The host's own notice when the remote cannot be loaded, with its Retry. */
export function RemoteUnavailable({ onRetry }: { onRetry: () => void }) {
  return (
    <div role="alert">
      Recent operations are unavailable right now.{' '}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

/** The `onTryLiveFailover` the host passes the feature, and the notice once it started. */
export function useLiveFailover(vmwareVmId: string | null) {
  const [notice, setNotice] = useState<string | null>(null);
  const tryLiveFailover = useCallback(
    async ({ vmName }: { vmName: string }) => {
      const started = await startLiveFailover(vmwareVmId, vmName);
      if (started) setNotice(started);
    },
    [vmwareVmId],
  );
  return { notice, tryLiveFailover };
}
