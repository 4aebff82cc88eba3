import { notFound } from 'next/navigation';
import { getVmContext } from '../../../lib/omaApi';
import { VmOperationsPanel } from './VmOperationsPanel';

/** A VM's page: the dashboard's own header and controls, then the VmOperations feature. */
export default async function VmPage({ params }: { params: Promise<{ vmName: string }> }) {
  const { vmName } = await params;
  const vm = await getVmContext(decodeURIComponent(vmName));
  if (!vm) notFound();
  const manifestUrl = process.env.VM_OPERATIONS_REMOTE_URL;
  if (!manifestUrl) throw new Error('VM_OPERATIONS_REMOTE_URL must be set');
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{vm.vmName}</h1>
      <p className="mb-4 text-sm text-gray-600 dark:text-gray-400">
        Replication and failover history.{' '}
        <a href="/" className="text-blue-700 underline dark:text-blue-400">
          All VMs
        </a>
      </p>
      <form className="mb-4 flex gap-2">
        <label htmlFor="vm-search" className="sr-only">
          Find a VM
        </label>
        <input
          id="vm-search"
          type="search"
          placeholder="Find a VM"
          className="block rounded-lg border border-gray-300 bg-gray-50 p-2 text-sm dark:border-gray-600 dark:bg-gray-700"
        />
        <button
          type="button"
          className="rounded-lg bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          Refresh
        </button>
      </form>
      <h2 className="mb-2 text-xl font-semibold">Recent operations</h2>
      <VmOperationsPanel manifestUrl={manifestUrl} vm={vm} />
    </>
  );
}
