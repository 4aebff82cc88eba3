/*
 * The dashboard side of every matrix host, without React and without federation: which VM the
 * page is about, its record from the OMA API, and the live failover the dashboard starts when
 * the feature asks. Each host's federation setup stays in its own folder.
 */

/** What the page needs of the VM's record. */
export interface Vm {
  contextId: string;
  vmName: string;
  vmwareVmId: string;
}

/** The VM of `/vms/<name>` (pgtest1 on any other path). */
export function currentVmName(): string {
  return decodeURIComponent(location.pathname.split('/')[2] ?? 'pgtest1');
}

/** The VM's record, through the dashboard's `/api` proxy. */
export async function fetchVm(vmName: string): Promise<Vm> {
  const response = await fetch(`/api/v1/vm-contexts/${encodeURIComponent(vmName)}`);
  const { context } = await response.json();
  return {
    contextId: context.context_id,
    vmName: context.vm_name,
    vmwareVmId: context.vmware_vm_id,
  };
}

/**
 * The feature asks; the dashboard confirms with the user and calls the OMA API. Resolves to the
 * notice to show once started, or null if the user declined.
 */
export async function startLiveFailover(
  vmwareVmId: string | null,
  vmName: string,
): Promise<string | null> {
  if (!window.confirm(`Start live failover for ${vmName}? This is permanent.`)) return null;
  const response = await fetch('/api/v1/failover/live', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ vm_id: vmwareVmId, vm_name: vmName }),
  });
  if (!response.ok) throw new Error(`Live failover of ${vmName} could not be started.`);
  return `Live failover started for ${vmName}.`;
}

/** Dark mode the Tailwind way: a `dark` class on <html>, from the user's saved choice. */
export function applySavedColorScheme(): void {
  document.documentElement.classList.toggle('dark', document.cookie.includes('theme=dark'));
}
