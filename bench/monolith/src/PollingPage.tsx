import { OMA_API_BASE_URL } from '@migratekit/host-shell/api/omaApi';
import { useVmContext } from '@migratekit/host-shell/api/vmQueries';
import { LastOperationBadge } from '@migratekit/vm-operations/LastOperationBadge';
import { VmOperations } from '@migratekit/vm-operations/VmOperations';

/** Path of the polling page: `/bench/polling/<vm name>?activePollMs=…&idlePollMs=…`. */
export const POLLING_PAGE_PREFIX = '/bench/polling/';

function positiveMs(value: string | null): number | undefined {
  const ms = Number(value);
  return Number.isInteger(ms) && ms > 0 ? ms : undefined;
}

/**
 * The job list, the failure banner and the last-operation badge of one VM mounted together,
 * with refresh intervals chosen by the benchmark (scaled down, so that a short measuring
 * window spans many of them).
 */
export function PollingPage({ location }: { location: Location }) {
  const vmName = decodeURIComponent(location.pathname.slice(POLLING_PAGE_PREFIX.length));
  const search = new URLSearchParams(location.search);
  const { data } = useVmContext(vmName);
  if (!data) return null;
  return (
    <main style={{ padding: 16 }}>
      <LastOperationBadge vmName={vmName} apiBaseUrl={OMA_API_BASE_URL} />
      <VmOperations
        contextId={data.value.context.contextId}
        vmName={vmName}
        apiBaseUrl={OMA_API_BASE_URL}
        activePollMs={positiveMs(search.get('activePollMs'))}
        idlePollMs={positiveMs(search.get('idlePollMs'))}
      />
    </main>
  );
}
