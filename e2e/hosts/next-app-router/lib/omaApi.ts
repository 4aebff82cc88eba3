/*
 * The OMA API as this dashboard's server reaches it: its origin and the bearer token come from
 * the environment and never reach the browser.
 */

/** A request to the OMA API (`path` below `/api/v1`), with the dashboard's bearer token. */
export function omaFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const origin = process.env.OMA_API_URL;
  const token = process.env.OMA_API_TOKEN;
  if (!origin || !token) throw new Error('OMA_API_URL and OMA_API_TOKEN must be set');
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return fetch(`${origin}/api/v1/${path}`, { ...init, headers, cache: 'no-store' });
}

/** What a VM page needs to know about the VM (`GET /vm-contexts/{vm_name}`). */
export interface VmContext {
  contextId: string;
  vmName: string;
  vmwareVmId: string;
}

/** The VM's replication context, or null when the OMA API does not know the VM. */
export async function getVmContext(vmName: string): Promise<VmContext | null> {
  const response = await omaFetch(`vm-contexts/${encodeURIComponent(vmName)}`);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`OMA API answered ${response.status} for ${vmName}`);
  const { context } = (await response.json()) as {
    context: { context_id: string; vm_name: string; vmware_vm_id: string };
  };
  return {
    contextId: context.context_id,
    vmName: context.vm_name,
    vmwareVmId: context.vmware_vm_id,
  };
}
